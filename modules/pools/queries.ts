import { pogcs } from "../../proto/gen/pogcs.js";
import type { QuerySpec } from "../../chain/app/module.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { decodeRequest } from "../shared/query-codec.js";
import { fromLong, toLong } from "../devices/long.js";
import type { PoolsKeeper } from "./keeper.js";
import { paramsToProto } from "./params.js";
import { computeSlotStatus } from "./capacity.js";
import { parseSlotDenom } from "./slots.js";
import { applicationToProto, commitmentToProto, memberToProto, poolToProto, withdrawalToProto } from "./types.js";
import { ErrPoolNotFound, ErrUnknownSlot } from "./errors.js";

import P = pogcs.pools.v1;

const S = "/pogcs.pools.v1.Query";
const DEFAULT_LIMIT = 100n;
const MAX_LIMIT = 1000n;

function page<T>(all: T[], req: P.IPageReq | null | undefined): { items: T[]; page: P.IPageResp } {
  const offset = fromLong(req?.offset);
  let limit = fromLong(req?.limit);
  if (limit === 0n) limit = DEFAULT_LIMIT;
  if (limit > MAX_LIMIT) limit = MAX_LIMIT;
  const end = offset + limit;
  const items = all.slice(Number(offset), Number(end));
  return { items, page: { total: toLong(BigInt(all.length)), nextOffset: toLong(end < BigInt(all.length) ? end : 0n) } };
}

function requirePool(k: PoolsKeeper, ctx: Parameters<QuerySpec["handle"]>[0], id: bigint) {
  const pool = k.getPool(ctx, id);
  if (!pool) throw ErrPoolNotFound.raise(`pool ${id}`);
  return pool;
}

/** gRPC-style queries at /pogcs.pools.v1.Query/<Method>. */
export function poolsQueries(k: PoolsKeeper): QuerySpec[] {
  const q = (method: string, handle: QuerySpec["handle"]): QuerySpec => ({ path: `${S}/${method}`, handle });
  return [
    q("Params", (ctx, data) => {
      decodeRequest(P.QueryParamsRequest, data);
      return P.QueryParamsResponse.encode({ params: paramsToProto(k.params(ctx)) }).finish();
    }),
    q("Pool", (ctx, data) => {
      const req = decodeRequest(P.QueryPoolRequest, data);
      return P.QueryPoolResponse.encode({ pool: poolToProto(requirePool(k, ctx, fromLong(req.poolId))) }).finish();
    }),
    q("Pools", (ctx, data) => {
      const req = decodeRequest(P.QueryPoolsRequest, data);
      const r = page([...k.iteratePools(ctx)], req.page);
      return P.QueryPoolsResponse.encode({ pools: r.items.map(poolToProto), page: r.page }).finish();
    }),
    q("Members", (ctx, data) => {
      const req = decodeRequest(P.QueryMembersRequest, data);
      const id = fromLong(req.poolId);
      requirePool(k, ctx, id);
      const r = page(k.members(ctx, id), req.page);
      return P.QueryMembersResponse.encode({ members: r.items.map(memberToProto), page: r.page }).finish();
    }),
    q("Applications", (ctx, data) => {
      const req = decodeRequest(P.QueryApplicationsRequest, data);
      const id = fromLong(req.poolId);
      requirePool(k, ctx, id);
      const r = page(k.applications(ctx, id), req.page);
      return P.QueryApplicationsResponse.encode({ applications: r.items.map(applicationToProto), page: r.page }).finish();
    }),
    q("Withdrawals", (ctx, data) => {
      const req = decodeRequest(P.QueryWithdrawalsRequest, data);
      const id = fromLong(req.poolId);
      requirePool(k, ctx, id);
      const r = page(k.withdrawals(ctx, id), req.page);
      return P.QueryWithdrawalsResponse.encode({ withdrawals: r.items.map(withdrawalToProto), page: r.page }).finish();
    }),
    q("InvestorShares", (ctx, data) => {
      const req = decodeRequest(P.QueryInvestorSharesRequest, data);
      parseAccAddress(req.investor);
      const pools = k.poolsOfInvestor(ctx, req.investor);
      const shares = pools.map((pool) => ({ poolId: toLong(pool), investor: req.investor, shares: k.getShares(ctx, pool, req.investor).toString() }));
      const pending = k.withdrawals(ctx).filter((w) => w.investor === req.investor).map(withdrawalToProto);
      return P.QueryInvestorSharesResponse.encode({ shares, pending }).finish();
    }),
    q("SlotStatus", (ctx, data) => {
      const req = decodeRequest(P.QuerySlotStatusRequest, data);
      if (!parseSlotDenom(req.denom)) throw ErrUnknownSlot.raise(JSON.stringify(req.denom));
      const at = fromLong(req.atTime);
      const st = computeSlotStatus(k, ctx, req.denom, at === 0n ? 0n : at);
      if (!st) throw ErrUnknownSlot.raise(req.denom);
      const ledger = k.getLedger(ctx, st.hourStart, req.denom);
      return P.QuerySlotStatusResponse.encode({
        denom: req.denom, cls: st.cls, hourStart: toLong(st.hourStart), supply: st.supply.toString(), backedUnits: st.backedUnits.toString(),
        backed: st.backed, expired: at === 0n ? false : st.expired, minted: (ledger?.minted ?? 0n).toString(), burned: (ledger?.burned ?? 0n).toString(),
      }).finish();
    }),
    q("DeviceCommitments", (ctx, data) => {
      const req = decodeRequest(P.QueryDeviceCommitmentsRequest, data);
      const id = fromLong(req.deviceId);
      const pool = k.poolOfDevice(ctx, id);
      return P.QueryDeviceCommitmentsResponse.encode({
        commitments: k.deviceCommitments(ctx, id).map(commitmentToProto), poolId: toLong(pool ?? 0n), member: pool !== undefined,
      }).finish();
    }),
  ];
}
