import { pogcs } from "../../proto/gen/pogcs.js";
import { INDEX_MARKER } from "../../chain/store/cache.js";
import type { Context } from "../../chain/app/context.js";
import { fromUtf8, prefixEnd } from "../../chain/crypto/bytes.js";
import type { ReadCtx } from "../auth/keeper.js";
import { fromLong, toLong } from "../devices/long.js";
import type { PriceAccumulator } from "./twap.js";
import { ammParamsFromProto, ammParamsToProto, DEFAULT_AMM_PARAMS, type AmmParams } from "./params.js";
import {
  AMM_STORE, CLASS_PREFIX, CLOCK_KEY, EXPIRY_PREFIX, NEXT_POSITION_KEY, PARAMS_KEY, POOL_PREFIX, POSITION_PREFIX,
  classKey, expiryBound, expiryKey, observationKey, parseExpiryKey, poolClassPrefix, poolKey, positionKey,
} from "./keys.js";
import type { AmmBank, AmmNft } from "./expected-keepers.js";
import type { SlotReader } from "../pools/slots.js";

const V1 = pogcs.amm.v1;

export interface Pool {
  slotDenom: string;
  slotClass: string;
  hourStart: bigint;
  quoteDenom: string;
  base: bigint;
  quote: bigint;
  /** All shares, the locked MINIMUM_LIQUIDITY included. */
  shares: bigint;
  createdTime: bigint;
  acc: PriceAccumulator;
  expired: boolean;
}

export interface Position {
  id: bigint;
  nftId: string;
  slotDenom: string;
  shares: bigint;
}

export interface ClassIndex {
  slotClass: string;
  sumBase: bigint;
  sumQuote: bigint;
  acc: PriceAccumulator;
  obsNext: bigint;
  obsCount: bigint;
  lastObsTime: bigint;
}

export interface Observation {
  time: bigint;
  cumulative: bigint;
}

const big = (s: string | null | undefined): bigint => BigInt(s || "0");

/**
 * amm state: pools, LP positions, per-class price indices and their observation rings, params.
 * Only records live here; the rules that change them are in liquidity.ts, swap.ts, pricing.ts
 * and expiry.ts, which validate everything before their first write.
 */
export class AmmKeeper {
  constructor(readonly bank: AmmBank, readonly nft: AmmNft, readonly slots: SlotReader) {}

  params(ctx: ReadCtx): AmmParams {
    const raw = ctx.kv(AMM_STORE).get(PARAMS_KEY);
    return raw ? ammParamsFromProto(V1.Params.decode(raw)) : DEFAULT_AMM_PARAMS;
  }

  setParams(ctx: Context, p: AmmParams): void {
    ctx.kv(AMM_STORE).set(PARAMS_KEY, V1.Params.encode(ammParamsToProto(p)).finish());
  }

  /** Block time of the last block the module ran in (queries have no clock of their own). */
  clock(ctx: ReadCtx): bigint {
    const raw = ctx.kv(AMM_STORE).get(CLOCK_KEY);
    return raw ? BigInt(fromUtf8(raw)) : 0n;
  }

  setClock(ctx: Context, t: bigint): void {
    ctx.kv(AMM_STORE).set(CLOCK_KEY, new TextEncoder().encode(t.toString()));
  }

  // ---- pools

  getPool(ctx: ReadCtx, slotDenom: string): Pool | undefined {
    const raw = ctx.kv(AMM_STORE).get(poolKey(slotDenom));
    return raw ? decodePool(raw) : undefined;
  }

  setPool(ctx: Context, p: Pool): void {
    ctx.kv(AMM_STORE).set(poolKey(p.slotDenom), V1.Pool.encode(encodePool(p)).finish());
  }

  /** A new pool waits here for the end of its hour. */
  queueExpiry(ctx: Context, hourStart: bigint, slotDenom: string): void {
    ctx.kv(AMM_STORE).set(expiryKey(hourStart, slotDenom), INDEX_MARKER);
  }

  poolsOfClass(ctx: ReadCtx, cls: string): Pool[] {
    const p = poolClassPrefix(cls);
    return [...ctx.kv(AMM_STORE).iterate(p, prefixEnd(p))].map(([, v]) => decodePool(v));
  }

  *iteratePools(ctx: ReadCtx): IterableIterator<Pool> {
    for (const [, v] of ctx.kv(AMM_STORE).iterate(POOL_PREFIX, prefixEnd(POOL_PREFIX))) yield decodePool(v);
  }

  /** Live pools whose hour started before `hourStartBefore`, in hour order. */
  dueForExpiry(ctx: ReadCtx, hourStartBefore: bigint): Array<{ hourStart: bigint; slotDenom: string }> {
    return [...ctx.kv(AMM_STORE).iterate(EXPIRY_PREFIX, expiryBound(hourStartBefore))].map(([k]) => parseExpiryKey(k));
  }

  dequeueExpiry(ctx: Context, hourStart: bigint, slotDenom: string): void {
    ctx.kv(AMM_STORE).delete(expiryKey(hourStart, slotDenom));
  }

  isQueuedForExpiry(ctx: ReadCtx, p: Pool): boolean {
    return ctx.kv(AMM_STORE).has(expiryKey(p.hourStart, p.slotDenom));
  }

  // ---- positions

  getPosition(ctx: ReadCtx, id: bigint): Position | undefined {
    const raw = ctx.kv(AMM_STORE).get(positionKey(id));
    if (!raw) return undefined;
    const m = V1.Position.decode(raw);
    return { id: fromLong(m.id), nftId: m.nftId, slotDenom: m.slotDenom, shares: big(m.shares) };
  }

  setPosition(ctx: Context, p: Position): void {
    ctx.kv(AMM_STORE).set(positionKey(p.id), V1.Position.encode({ id: toLong(p.id), nftId: p.nftId, slotDenom: p.slotDenom, shares: p.shares.toString() }).finish());
  }

  deletePosition(ctx: Context, id: bigint): void {
    ctx.kv(AMM_STORE).delete(positionKey(id));
  }

  *iteratePositions(ctx: ReadCtx): IterableIterator<Position> {
    for (const [, v] of ctx.kv(AMM_STORE).iterate(POSITION_PREFIX, prefixEnd(POSITION_PREFIX))) {
      const m = V1.Position.decode(v);
      yield { id: fromLong(m.id), nftId: m.nftId, slotDenom: m.slotDenom, shares: big(m.shares) };
    }
  }

  /** The id the next position gets (ids start at 1 and are never reused). */
  nextPositionId(ctx: ReadCtx): bigint {
    const raw = ctx.kv(AMM_STORE).get(NEXT_POSITION_KEY);
    return raw ? BigInt(fromUtf8(raw)) : 1n;
  }

  setNextPositionId(ctx: Context, id: bigint): void {
    ctx.kv(AMM_STORE).set(NEXT_POSITION_KEY, new TextEncoder().encode(id.toString()));
  }

  // ---- class price indices

  getClass(ctx: ReadCtx, cls: string): ClassIndex | undefined {
    const raw = ctx.kv(AMM_STORE).get(classKey(cls));
    return raw ? decodeClass(raw) : undefined;
  }

  setClass(ctx: Context, c: ClassIndex): void {
    ctx.kv(AMM_STORE).set(classKey(c.slotClass), V1.ClassIndex.encode({
      slotClass: c.slotClass, sumBase: c.sumBase.toString(), sumQuote: c.sumQuote.toString(),
      priceCumulative: c.acc.cumulative.toString(), priceLastTime: toLong(c.acc.lastTime), priceLast: c.acc.lastPrice.toString(),
      obsNext: toLong(c.obsNext), obsCount: toLong(c.obsCount), lastObsTime: toLong(c.lastObsTime),
    }).finish());
  }

  *iterateClasses(ctx: ReadCtx): IterableIterator<ClassIndex> {
    for (const [, v] of ctx.kv(AMM_STORE).iterate(CLASS_PREFIX, prefixEnd(CLASS_PREFIX))) yield decodeClass(v);
  }

  getObservation(ctx: ReadCtx, cls: string, slot: bigint): Observation | undefined {
    const raw = ctx.kv(AMM_STORE).get(observationKey(cls, slot));
    if (!raw) return undefined;
    const m = V1.Observation.decode(raw);
    return { time: fromLong(m.time), cumulative: big(m.cumulative) };
  }

  setObservation(ctx: Context, cls: string, slot: bigint, o: Observation): void {
    ctx.kv(AMM_STORE).set(observationKey(cls, slot), V1.Observation.encode({ time: toLong(o.time), cumulative: o.cumulative.toString() }).finish());
  }

  deleteObservation(ctx: Context, cls: string, slot: bigint): void {
    ctx.kv(AMM_STORE).delete(observationKey(cls, slot));
  }
}

function decodePool(raw: Uint8Array): Pool {
  const m = V1.Pool.decode(raw);
  return {
    slotDenom: m.slotDenom, slotClass: m.slotClass, hourStart: fromLong(m.hourStart), quoteDenom: m.quoteDenom,
    base: big(m.baseReserve), quote: big(m.quoteReserve), shares: big(m.totalShares), createdTime: fromLong(m.createdTime),
    acc: { cumulative: big(m.priceCumulative), lastTime: fromLong(m.priceLastTime), lastPrice: big(m.priceLast) },
    expired: m.expired,
  };
}

export function encodePool(p: Pool): pogcs.amm.v1.IPool {
  return {
    slotDenom: p.slotDenom, slotClass: p.slotClass, hourStart: toLong(p.hourStart), quoteDenom: p.quoteDenom,
    baseReserve: p.base.toString(), quoteReserve: p.quote.toString(), totalShares: p.shares.toString(), createdTime: toLong(p.createdTime),
    priceCumulative: p.acc.cumulative.toString(), priceLastTime: toLong(p.acc.lastTime), priceLast: p.acc.lastPrice.toString(), expired: p.expired,
  };
}

function decodeClass(raw: Uint8Array): ClassIndex {
  const m = V1.ClassIndex.decode(raw);
  return {
    slotClass: m.slotClass, sumBase: big(m.sumBase), sumQuote: big(m.sumQuote),
    acc: { cumulative: big(m.priceCumulative), lastTime: fromLong(m.priceLastTime), lastPrice: big(m.priceLast) },
    obsNext: fromLong(m.obsNext), obsCount: fromLong(m.obsCount), lastObsTime: fromLong(m.lastObsTime),
  };
}
