import type { QuerySpec } from "../../chain/app/module.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { ErrKeyNotFound, ErrInvalidRequest } from "../../chain/errors/index.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { decodeRequest } from "../shared/query-codec.js";
import { fromLong, toLong } from "./long.js";
import type { DevicesKeeper } from "./keeper.js";
import { devicesParamsToProto } from "./params.js";
import { epochOf } from "./epochs.js";
import { challengeToProto, deviceToProto, epochRecordToProto, makerToProto, reportRecordToProto, type Device } from "./types.js";

import P = pogcs.devices.v1;

export const DEVICES_QUERY = "/pogcs.devices.v1.Query";
const MAX_PAGE = 1000n;

function page<T>(all: T[], req: P.IPageReq | null | undefined): { items: T[]; page: P.IPageResp } {
  const offset = fromLong(req?.offset);
  let limit = fromLong(req?.limit);
  if (limit === 0n) limit = 100n;
  if (limit > MAX_PAGE) limit = MAX_PAGE;
  const end = offset + limit;
  const items = all.slice(Number(offset), Number(end));
  return { items, page: { total: toLong(BigInt(all.length)), nextOffset: toLong(end < BigInt(all.length) ? end : 0n) } };
}

export function devicesQueries(k: DevicesKeeper): QuerySpec[] {
  const list = (ids: bigint[], ctx: Parameters<QuerySpec["handle"]>[0], req: P.IPageReq | null | undefined) => {
    const { items, page: pg } = page(ids, req);
    const devices = items.map((id) => k.getDevice(ctx, id)).filter((d): d is Device => d !== undefined).map(deviceToProto);
    return P.QueryDevicesResponse.encode({ devices, page: pg }).finish();
  };
  return [
    {
      path: `${DEVICES_QUERY}/Params`,
      handle(ctx, data) {
        decodeRequest(P.QueryParamsRequest, data);
        return P.QueryParamsResponse.encode({ params: devicesParamsToProto(k.params(ctx)) }).finish();
      },
    },
    {
      path: `${DEVICES_QUERY}/Makers`,
      handle(ctx, data) {
        decodeRequest(P.QueryMakersRequest, data);
        return P.QueryMakersResponse.encode({ makers: k.getAllMakers(ctx).map(makerToProto) }).finish();
      },
    },
    {
      path: `${DEVICES_QUERY}/Device`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryDeviceRequest, data);
        const d = k.getDevice(ctx, fromLong(req.deviceId));
        if (!d) throw ErrKeyNotFound.raise(`device ${fromLong(req.deviceId)} not found`);
        return P.QueryDeviceResponse.encode({
          device: deviceToProto(d), densityCount: toLong(k.densityCount(ctx, d.location.h3Cell, d.deviceClass)), densityCap: k.params(ctx).densityCap,
        }).finish();
      },
    },
    {
      path: `${DEVICES_QUERY}/DevicesByOwner`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryDevicesByOwnerRequest, data);
        parseAccAddress(req.owner);
        return list(k.deviceIdsByOwner(ctx, req.owner), ctx, req.page);
      },
    },
    {
      path: `${DEVICES_QUERY}/DevicesByCell`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryDevicesByCellRequest, data);
        return list(k.deviceIdsByCell(ctx, fromLong(req.h3Cell)), ctx, req.page);
      },
    },
    {
      path: `${DEVICES_QUERY}/DevicesByClass`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryDevicesByClassRequest, data);
        if (req.class < 1 || req.class > 4) throw ErrInvalidRequest.raise(`unknown class ${req.class}`);
        return list(k.deviceIdsByClass(ctx, req.class), ctx, req.page);
      },
    },
    {
      path: `${DEVICES_QUERY}/DeviceHistory`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryDeviceHistoryRequest, data);
        const id = fromLong(req.deviceId);
        const d = k.getDevice(ctx, id);
        if (!d) throw ErrKeyNotFound.raise(`device ${id} not found`);
        const byEpoch = new Map<bigint, P.IEpochHistoryEntry>();
        for (const r of k.reportsOf(ctx, id)) byEpoch.set(r.body.epoch, { epoch: toLong(r.body.epoch), report: reportRecordToProto(r) });
        for (const c of k.challengesOf(ctx, id)) byEpoch.set(c.epoch, { ...(byEpoch.get(c.epoch) ?? { epoch: toLong(c.epoch) }), challenge: challengeToProto(c) });
        const entries = [...byEpoch.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([, e]) => e);
        const { items, page: pg } = page(entries, req.page);
        return P.QueryDeviceHistoryResponse.encode({ score: d.score, flagged: d.flagged, entries: items, page: pg }).finish();
      },
    },
    {
      path: `${DEVICES_QUERY}/Challenge`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryChallengeRequest, data);
        const c = k.getChallenge(ctx, fromLong(req.deviceId), fromLong(req.epoch));
        if (!c) throw ErrKeyNotFound.raise("no such challenge");
        return P.QueryChallengeResponse.encode({ challenge: challengeToProto(c) }).finish();
      },
    },
    {
      path: `${DEVICES_QUERY}/EpochInfo`,
      handle(ctx, data) {
        const req = decodeRequest(P.QueryEpochInfoRequest, data);
        const p = k.params(ctx);
        const current = epochOf(ctx.height, p.epochLength);
        const epoch = req.current ? current : fromLong(req.epoch);
        const rec = k.getEpochRecord(ctx, epoch);
        return P.QueryEpochInfoResponse.encode({
          currentEpoch: toLong(current), epochLength: toLong(p.epochLength), record: rec ? epochRecordToProto(rec) : undefined,
        }).finish();
      },
    },
  ];
}
