import { pogcs } from "../../proto/gen/pogcs.js";
import type { QuerySpec } from "../../chain/app/module.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { decodeRequest } from "../shared/query-codec.js";
import { fromLong, toLong } from "../devices/long.js";
import { basketHoldingsFrozen, basketToProto, getBasket, getBaskets, requireBasket, type Basket } from "./baskets.js";
import { ErrBatchNotFound, ErrInvalidId, ErrRetirementNotFound, ErrUnknownCreditType } from "./errors.js";
import type { ReadCtx } from "./expected-keepers.js";
import { isBatchFrozen } from "./frozen.js";
import type { CarbonKeeper } from "./keeper.js";
import { getRegions, regionOfCell } from "./regions.js";
import { CERT_CLASS, getRetirementBytes, iterateRetirements, requireRetirement, retirementHash, retirementIdOfCertificate } from "./retire.js";
import { balanceToProto, batchToProto, isCreditType, regionToProto, segmentToProto, supplyToProto, type Batch } from "./types.js";

import P = pogcs.carbon.v1;

const Q = "/pogcs.carbon.v1.Query";

function page<T>(all: T[], p: P.IPageRequest | null | undefined): { items: T[]; page: P.IPageResponse } {
  const offset = Number(fromLong(p?.offset));
  let limit = Number(fromLong(p?.limit));
  if (limit <= 0) limit = 100;
  if (limit > 1000) limit = 1000;
  return { items: all.slice(offset, offset + limit), page: { total: toLong(BigInt(all.length)) } };
}

function batchInfo(k: CarbonKeeper, ctx: ReadCtx, b: Batch): P.IBatchInfo {
  return { batch: batchToProto(b), supply: supplyToProto(k.ledger.getSupply(ctx, b.id)), frozen: isBatchFrozen(ctx, k.devices, b) };
}

function basketInfo(k: CarbonKeeper, ctx: ReadCtx, b: Basket): P.IBasketInfo {
  const holdings = basketHoldingsFrozen(k, ctx, b.id);
  return {
    basket: basketToProto(b), coinSupply: k.bank.getSupply(ctx, b.denom).toString(),
    balances: holdings.map((h) => ({ basketId: b.id, batchId: h.batchId, vintageHour: toLong(h.vintageHour), amount: h.amount.toString(), frozen: h.frozen })),
    frozenEscrowed: holdings.reduce((a, h) => (h.frozen ? a + h.amount : a), 0n).toString(),
  };
}

/**
 * Certificate -> retirement -> retired batches (and the REC batches behind CO2 ones) -> device
 * reports, each with whether its device was later caught double reporting (`device_flagged`).
 */
function trail(k: CarbonKeeper, ctx: ReadCtx, cert: string): P.IQueryCertificateTrailResponse {
  const id = retirementIdOfCertificate(cert);
  if (id === undefined) throw ErrRetirementNotFound.raise(`certificate ${JSON.stringify(cert)}`);
  const retirement = requireRetirement(ctx, id);
  const nft = k.nft.getNft(ctx, CERT_CLASS, cert);
  const hash = retirementHash(getRetirementBytes(ctx, id)!);
  const batches: Batch[] = [];
  const seen = new Set<string>();
  const add = (bid: string) => {
    if (seen.has(bid)) return;
    seen.add(bid);
    const b = k.ledger.requireBatch(ctx, bid);
    batches.push(b);
    if (b.sourceBatch !== "") add(b.sourceBatch);
  };
  for (const c of retirement.credits) add(c.batchId ?? "");
  const reports: P.ITrailReport[] = batches.filter((b) => b.report).map((b) => {
    const ref = b.report!;
    const live = k.devices.getReport(ctx, ref.deviceId, ref.epoch);
    const device = k.devices.getDevice(ctx, ref.deviceId);
    return {
      recorded: batchToProto(b).report, found: live !== undefined, bodyHash: live?.bodyHash ?? new Uint8Array(),
      greenWh: live ? live.body.greenWh.toString() : "", hashMatches: live !== undefined && equalBytes(live.bodyHash, ref.bodyHash),
      deviceFlagged: device?.flagged === true, deviceFlaggedHeight: toLong(device?.flagged ? device.flaggedHeight : 0n),
    };
  });
  return {
    retirement, certificateOwner: nft?.owner ?? "", certificateUriHash: nft?.uriHash ?? "", uriHashMatches: nft?.uriHash === hash,
    batches: batches.map(batchToProto), reports,
  };
}

export function carbonQueries(k: CarbonKeeper): QuerySpec[] {
  const q = (method: string, handle: QuerySpec["handle"]): QuerySpec => ({ path: `${Q}/${method}`, handle });
  return [
    q("Regions", (ctx, data) => {
      decodeRequest(P.QueryRegionsRequest, data);
      return P.QueryRegionsResponse.encode({ regions: getRegions(ctx).map(regionToProto) }).finish();
    }),
    q("RegionOfCell", (ctx, data) => {
      const req = decodeRequest(P.QueryRegionOfCellRequest, data);
      return P.QueryRegionOfCellResponse.encode({ region: regionOfCell(ctx, fromLong(req.h3Cell)) ?? "" }).finish();
    }),
    q("Batches", (ctx, data) => {
      const req = decodeRequest(P.QueryBatchesRequest, data);
      if (req.creditType !== "" && !isCreditType(req.creditType)) throw ErrUnknownCreditType.raise(JSON.stringify(req.creditType));
      const all = [...k.ledger.iterateBatches(ctx)].filter((b) => req.creditType === "" || b.creditType === req.creditType);
      const { items, page: pg } = page(all, req.page);
      return P.QueryBatchesResponse.encode({ batches: items.map((b) => batchInfo(k, ctx, b)), page: pg }).finish();
    }),
    q("Batch", (ctx, data) => {
      const req = decodeRequest(P.QueryBatchRequest, data);
      return P.QueryBatchResponse.encode({ batch: batchInfo(k, ctx, k.ledger.requireBatch(ctx, req.batchId)) }).finish();
    }),
    q("Serial", (ctx, data) => {
      const req = decodeRequest(P.QuerySerialRequest, data);
      if (!isCreditType(req.creditType)) throw ErrUnknownCreditType.raise(JSON.stringify(req.creditType));
      if (!/^[1-9][0-9]{0,19}$/.test(req.serial)) throw ErrInvalidRequest.raise(`serial ${JSON.stringify(req.serial)}`);
      const hit = k.ledger.findSerial(ctx, req.creditType, BigInt(req.serial));
      if (!hit) throw ErrBatchNotFound.raise(`no ${req.creditType} batch holds serial ${req.serial}`);
      return P.QuerySerialResponse.encode({ batch: batchToProto(hit.batch), segment: segmentToProto(hit.segment) }).finish();
    }),
    q("BatchHolders", (ctx, data) => {
      const req = decodeRequest(P.QueryBatchHoldersRequest, data);
      k.ledger.requireBatch(ctx, req.batchId);
      const { items, page: pg } = page(k.ledger.holdersOf(ctx, req.batchId), req.page);
      const segments = k.ledger.segmentsOf(ctx, req.batchId).map(segmentToProto);
      return P.QueryBatchHoldersResponse.encode({ balances: items.map(balanceToProto), segments, page: pg }).finish();
    }),
    q("Balances", (ctx, data) => {
      const req = decodeRequest(P.QueryBalancesRequest, data);
      let all;
      try {
        all = k.ledger.balancesOf(ctx, req.address);
      } catch {
        throw ErrInvalidRequest.raise(`address ${JSON.stringify(req.address)}`);
      }
      const { items, page: pg } = page(all, req.page);
      return P.QueryBalancesResponse.encode({ balances: items.map(balanceToProto), page: pg }).finish();
    }),
    q("Retirements", (ctx, data) => {
      const req = decodeRequest(P.QueryRetirementsRequest, data);
      const all = [...iterateRetirements(ctx)].filter((r) => req.owner === "" || r.owner === req.owner);
      const { items, page: pg } = page(all, req.page);
      return P.QueryRetirementsResponse.encode({ retirements: items, page: pg }).finish();
    }),
    q("Retirement", (ctx, data) => {
      const req = decodeRequest(P.QueryRetirementRequest, data);
      return P.QueryRetirementResponse.encode({ retirement: requireRetirement(ctx, fromLong(req.id)) }).finish();
    }),
    q("CertificateTrail", (ctx, data) => {
      const req = decodeRequest(P.QueryCertificateTrailRequest, data);
      return P.QueryCertificateTrailResponse.encode(trail(k, ctx, req.certificateId)).finish();
    }),
    q("Baskets", (ctx, data) => {
      decodeRequest(P.QueryBasketsRequest, data);
      return P.QueryBasketsResponse.encode({ baskets: getBaskets(ctx).map((b) => basketInfo(k, ctx, b)) }).finish();
    }),
    q("Basket", (ctx, data) => {
      const req = decodeRequest(P.QueryBasketRequest, data);
      if (req.basketId === "") throw ErrInvalidId.raise("empty basket id");
      return P.QueryBasketResponse.encode({ basket: basketInfo(k, ctx, getBasket(ctx, req.basketId) ?? requireBasket(ctx, req.basketId)) }).finish();
    }),
    q("IssuedReport", (ctx, data) => {
      const req = decodeRequest(P.QueryIssuedReportRequest, data);
      return P.QueryIssuedReportResponse.encode({ batchId: k.issuedBatchOf(ctx, fromLong(req.deviceId), fromLong(req.epoch)) ?? "" }).finish();
    }),
  ];
}
