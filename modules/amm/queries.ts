import { pogcs } from "../../proto/gen/pogcs.js";
import type { QuerySpec } from "../../chain/app/module.js";
import type { QueryContext } from "../../chain/app/context.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { decodeRequest } from "../shared/query-codec.js";
import { fromLong, toLong } from "../devices/long.js";
import { validateAddress } from "../nft/keeper.js";
import { isValidSlotClass } from "../pools/slots.js";
import { ErrUnknownPool, ErrUnknownPosition } from "./errors.js";
import { computeFeeBps, isTradingOpen } from "./fees.js";
import { encodePool, type AmmKeeper, type Pool, type Position } from "./keeper.js";
import { LP_CLASS_ID, parsePositionNftId } from "./keys.js";
import { computeRemoval } from "./liquidity.js";
import { parseAmount } from "./msgs.js";
import { ammParamsToProto } from "./params.js";
import { computePriceIndex } from "./pricing.js";
import { computeSwapPlan } from "./swap.js";
import { isTimelessDenom, requireBaseDenom } from "./denoms.js";
import { computeTwap } from "./twap.js";

const Q = "/pogcs.amm.v1.Query";
const V1 = pogcs.amm.v1;
const MAX_LIMIT = 1000n;

function page<T>(all: T[], req: pogcs.amm.v1.IPageReq | null | undefined): { items: T[]; page: pogcs.amm.v1.IPageResp } {
  const offset = fromLong(req?.offset);
  let limit = fromLong(req?.limit);
  if (limit === 0n || limit > MAX_LIMIT) limit = limit === 0n ? 100n : MAX_LIMIT;
  const items = all.slice(Number(offset), Number(offset + limit));
  const next = offset + limit < BigInt(all.length) ? offset + limit : 0n;
  return { items, page: { total: toLong(BigInt(all.length)), nextOffset: toLong(next) } };
}

export function poolView(k: AmmKeeper, ctx: QueryContext, p: Pool): pogcs.amm.v1.IPoolView {
  const now = k.clock(ctx);
  const fees = k.params(ctx).fees;
  const since = p.acc.lastTime > p.createdTime ? computeTwap({ time: p.createdTime, cumulative: 0n }, { time: p.acc.lastTime, cumulative: p.acc.cumulative }) : p.acc.lastPrice;
  const timeless = isTimelessDenom(p.slotDenom);
  const open = timeless || (!p.expired && isTradingOpen(now, p.hourStart, fees));
  const feeBps = !open ? 0n : timeless ? fees.baseBps : computeFeeBps(p.hourStart - now, fees);
  return {
    pool: encodePool(p), spotPrice: p.base === 0n ? "0" : p.acc.lastPrice.toString(), twapSinceOpen: since.toString(),
    tradingOpen: open, feeBps: toLong(feeBps),
  };
}

function positionView(k: AmmKeeper, ctx: QueryContext, pos: Position): pogcs.amm.v1.IPositionView {
  const pool = k.getPool(ctx, pos.slotDenom);
  let base = 0n;
  let quote = 0n;
  if (pool) {
    try {
      const c = computeRemoval(pool, pos.shares);
      base = c.base;
      quote = c.quote;
    } catch {
      // A position worth less than one unit of each denom reads as zero.
    }
  }
  return {
    position: { id: toLong(pos.id), nftId: pos.nftId, slotDenom: pos.slotDenom, shares: pos.shares.toString() },
    owner: k.nft.ownerOf(ctx, LP_CLASS_ID, pos.nftId) ?? "", baseValue: base.toString(), quoteValue: quote.toString(),
  };
}

function requireClassName(cls: string): void {
  if (!isValidSlotClass(cls)) throw ErrInvalidRequest.raise(`slot class ${JSON.stringify(cls)}`);
}

/** Pools, positions, quotes and the class price index at /pogcs.amm.v1.Query/<Method>. */
export function ammQueries(k: AmmKeeper): QuerySpec[] {
  return [
    {
      path: `${Q}/Params`,
      handle: (ctx) => V1.QueryParamsResponse.encode({ params: ammParamsToProto(k.params(ctx)) }).finish(),
    },
    {
      path: `${Q}/Pool`,
      handle(ctx, data) {
        const req = decodeRequest(V1.QueryPoolRequest, data);
        requireBaseDenom(req.slotDenom);
        const p = k.getPool(ctx, req.slotDenom);
        if (!p) throw ErrUnknownPool.raise(req.slotDenom);
        return V1.QueryPoolResponse.encode({ pool: poolView(k, ctx, p) }).finish();
      },
    },
    {
      path: `${Q}/PoolsByClass`,
      handle(ctx, data) {
        const req = decodeRequest(V1.QueryPoolsByClassRequest, data);
        requireClassName(req.slotClass);
        const { items, page: pg } = page(k.poolsOfClass(ctx, req.slotClass), req.page);
        return V1.QueryPoolsByClassResponse.encode({ pools: items.map((p) => poolView(k, ctx, p)), page: pg }).finish();
      },
    },
    {
      path: `${Q}/Classes`,
      handle(ctx) {
        const classes = [...k.iterateClasses(ctx)].map((c) => ({
          slotClass: c.slotClass, sumBase: c.sumBase.toString(), sumQuote: c.sumQuote.toString(), priceCumulative: c.acc.cumulative.toString(),
          priceLastTime: toLong(c.acc.lastTime), priceLast: c.acc.lastPrice.toString(), obsNext: toLong(c.obsNext), obsCount: toLong(c.obsCount), lastObsTime: toLong(c.lastObsTime),
        }));
        return V1.QueryClassesResponse.encode({ classes }).finish();
      },
    },
    {
      path: `${Q}/Position`,
      handle(ctx, data) {
        const req = decodeRequest(V1.QueryPositionRequest, data);
        const pos = k.getPosition(ctx, fromLong(req.positionId));
        if (!pos) throw ErrUnknownPosition.raise(`position ${fromLong(req.positionId)}`);
        return V1.QueryPositionResponse.encode({ position: positionView(k, ctx, pos) }).finish();
      },
    },
    {
      path: `${Q}/PositionsByOwner`,
      handle(ctx, data) {
        const req = decodeRequest(V1.QueryPositionsByOwnerRequest, data);
        validateAddress(req.owner, "owner");
        const ids = k.nft.nftIdsOfOwner(ctx, req.owner, LP_CLASS_ID).map(parsePositionNftId).filter((x): x is bigint => x !== undefined);
        ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const all = ids.map((id) => k.getPosition(ctx, id)).filter((p): p is Position => p !== undefined);
        const { items, page: pg } = page(all, req.page);
        return V1.QueryPositionsByOwnerResponse.encode({ positions: items.map((p) => positionView(k, ctx, p)), page: pg }).finish();
      },
    },
    {
      path: `${Q}/Quote`,
      handle(ctx, data) {
        const req = decodeRequest(V1.QueryQuoteRequest, data);
        const amount = parseAmount("amount", req.amount);
        const at = fromLong(req.atTime) || k.clock(ctx);
        const limit = req.exactOut ? (1n << 128n) - 1n : 0n;
        const p = computeSwapPlan(k, ctx, { slotDenom: req.slotDenom, denomIn: req.denomIn, amount, exactOut: req.exactOut, limit }, at);
        return V1.QueryQuoteResponse.encode({
          amountIn: p.quote.amountIn.toString(), amountOut: p.quote.amountOut.toString(), fee: p.quote.feeAmount.toString(), feeBps: toLong(p.feeBps), denomOut: p.denomOut,
        }).finish();
      },
    },
    {
      path: `${Q}/PriceIndex`,
      handle(ctx, data) {
        const req = decodeRequest(V1.QueryPriceIndexRequest, data);
        requireClassName(req.slotClass);
        const ix = computePriceIndex(k, ctx, req.slotClass, fromLong(req.windowSeconds), k.clock(ctx));
        return V1.QueryPriceIndexResponse.encode({
          price: ix.price.toString(), startTime: toLong(ix.start.time), endTime: toLong(ix.end.time), spotPrice: ix.spot.toString(),
          sumBase: ix.sumBase.toString(), sumQuote: ix.sumQuote.toString(),
        }).finish();
      },
    },
  ];
}
