/**
 * Price bookkeeping around every pool write: the pool's own accumulator (its TWAP) and the class
 * index, the green compute price of a GPU class = Σquote·1e18 / Σbase over the class's live (not
 * yet expired) pools, i.e. the spot prices weighted by slot tokens in each pool. The class
 * accumulator feeds a bounded FIFO of observations (written in end block at most every
 * observation_interval_seconds); PriceIndex is a TWAP between two of them (Uniswap v2 oracle).
 * With no live liquidity a price carries forward unchanged. Divisions round down; no value moves
 * on these numbers.
 */
import type { Context, QueryContext } from "../../chain/app/context.js";
import type { ReadCtx } from "../auth/keeper.js";
import { ErrInvalidTime, ErrUnknownClass } from "./errors.js";
import { applyPrice, computeObservation, computeTwap, createAccumulator, PRICE_SCALE, type PriceObservation } from "./twap.js";
import type { AmmKeeper, ClassIndex, Observation, Pool } from "./keeper.js";
import { isTimelessDenom } from "./denoms.js";

/** floor(quote·1e18/base), or undefined without slot tokens. */
export function computePrice(base: bigint, quote: bigint): bigint | undefined {
  return base === 0n ? undefined : (quote * PRICE_SCALE) / base;
}

function live(p: Pool | undefined): { base: bigint; quote: bigint } {
  return !p || p.expired ? { base: 0n, quote: 0n } : { base: p.base, quote: p.quote };
}

/**
 * Writes `after` (a new or changed pool) with its accumulator advanced to block time, and moves
 * the class sums by the change of its live reserves. `before` is undefined for a new pool.
 * A timeless pool (carbon basket coin) keeps only its own accumulator: the class index is for
 * GPU slots alone.
 */
export function commitPool(k: AmmKeeper, ctx: Context, before: Pool | undefined, after: Pool): Pool {
  const now = ctx.block.timeSeconds;
  const spot = computePrice(after.base, after.quote) ?? after.acc.lastPrice;
  const pool: Pool = { ...after, acc: applyPrice(after.acc, now, spot) };
  k.setPool(ctx, pool);
  if (isTimelessDenom(pool.slotDenom)) return pool;

  const was = live(before);
  const is = live(pool);
  let c = k.getClass(ctx, pool.slotClass);
  const created = c === undefined;
  if (!c) c = { slotClass: pool.slotClass, sumBase: 0n, sumQuote: 0n, acc: createAccumulator(now, 0n), obsNext: 0n, obsCount: 0n, lastObsTime: 0n };
  const sumBase = c.sumBase + is.base - was.base;
  const sumQuote = c.sumQuote + is.quote - was.quote;
  const price = computePrice(sumBase, sumQuote) ?? c.acc.lastPrice;
  c = { ...c, sumBase, sumQuote, acc: created ? createAccumulator(now, price) : applyPrice(c.acc, now, price) };
  // A new class starts its history at once, so a window can begin at its first pool.
  if (created) c = pushObservation(k, ctx, c, { time: now, cumulative: 0n });
  k.setClass(ctx, c);
  return pool;
}

/** Appends an observation, dropping the oldest beyond max_observations; returns the new head. */
function pushObservation(k: AmmKeeper, ctx: Context, c: ClassIndex, o: Observation): ClassIndex {
  const max = k.params(ctx).maxObservations;
  k.setObservation(ctx, c.slotClass, c.obsNext, o);
  let first = c.obsNext - c.obsCount;
  let count = c.obsCount + 1n;
  while (count > max) {
    k.deleteObservation(ctx, c.slotClass, first);
    first++;
    count--;
  }
  return { ...c, obsNext: c.obsNext + 1n, obsCount: count, lastObsTime: o.time };
}

/** End block: every class whose last observation is at least one interval old gets a new one. */
export function processObservations(k: AmmKeeper, ctx: Context): void {
  const now = ctx.block.timeSeconds;
  const interval = k.params(ctx).observationIntervalSeconds;
  for (const c of [...k.iterateClasses(ctx)]) {
    if (c.obsCount > 0n && now - c.lastObsTime < interval) continue;
    if (now < c.acc.lastTime) continue;
    k.setClass(ctx, pushObservation(k, ctx, c, computeObservation(c.acc, now)));
  }
}

export interface PriceIndex {
  price: bigint;
  start: PriceObservation;
  end: PriceObservation;
  spot: bigint;
  sumBase: bigint;
  sumQuote: bigint;
}

/**
 * TWAP of the class price over `window` seconds ending at `end` (the module clock): from the newest
 * observation at or before end − window (binary search; observation times increase with their
 * sequence), or the oldest held when the history is shorter.
 */
export function computePriceIndex(k: AmmKeeper, ctx: ReadCtx | QueryContext, cls: string, window: bigint, endTime: bigint): PriceIndex {
  const c = k.getClass(ctx, cls);
  if (!c || c.obsCount === 0n) throw ErrUnknownClass.raise(`class ${cls}`);
  if (window <= 0n) throw ErrInvalidTime.raise("window_seconds must be positive");
  const endAt = endTime > c.acc.lastTime ? endTime : c.acc.lastTime;
  const end = computeObservation(c.acc, endAt);
  const target = endAt - window;
  let lo = c.obsNext - c.obsCount;
  let hi = c.obsNext - 1n;
  let start = k.getObservation(ctx, cls, lo)!;
  if (start.time <= target) {
    // Invariant: obs(lo).time <= target.
    while (lo < hi) {
      const mid = (lo + hi + 1n) / 2n;
      if (k.getObservation(ctx, cls, mid)!.time <= target) lo = mid;
      else hi = mid - 1n;
    }
    start = k.getObservation(ctx, cls, lo)!;
  }
  // A window of no length (history starts at the clock) reads the price in force.
  const price = end.time > start.time ? computeTwap(start, end) : c.acc.lastPrice;
  return { price, start, end, spot: c.acc.lastPrice, sumBase: c.sumBase, sumQuote: c.sumQuote };
}
