/**
 * Time-weighted price (Uniswap v2 oracle shape): the accumulator adds price·Δt before each change,
 * and a TWAP is the difference of two observations over their time difference.
 * Price is quote per slot token in fixed point with PRICE_DECIMALS decimals (1e18 = 1 quote unit
 * per GPU-hour unit). Divisions round down; the price index is informative, no value moves on it.
 */
import { ErrInvalidTime, ErrInvalidAmount, ErrInsufficientLiquidity } from "./errors.js";
import { validateAmount } from "./curve.js";

export const PRICE_DECIMALS = 18;
export const PRICE_SCALE = 10n ** 18n;

export interface PriceAccumulator {
  /** Σ price·Δt up to lastTime (price in PRICE_SCALE units, Δt in seconds). */
  readonly cumulative: bigint;
  /** Unix seconds of the last update. */
  readonly lastTime: bigint;
  /** Price in force since lastTime. */
  readonly lastPrice: bigint;
}

export interface PriceObservation {
  readonly time: bigint;
  readonly cumulative: bigint;
}

/** floor(quote·PRICE_SCALE / base): the marginal price of one slot token in quote. */
export function computeSpotPrice(reserveBase: bigint, reserveQuote: bigint): bigint {
  validateAmount("reserve base", reserveBase);
  validateAmount("reserve quote", reserveQuote);
  if (reserveBase === 0n) throw ErrInsufficientLiquidity.raise("no slot tokens in pool");
  return (reserveQuote * PRICE_SCALE) / reserveBase;
}

export function createAccumulator(time: bigint, price: bigint): PriceAccumulator {
  if (time < 0n) throw ErrInvalidTime.raise(`time ${time}`);
  if (price < 0n) throw ErrInvalidAmount.raise(`price ${price}`);
  return { cumulative: 0n, lastTime: time, lastPrice: price };
}

/** The observation at `now` without changing the price; `now` must not precede lastTime. */
export function computeObservation(acc: PriceAccumulator, now: bigint): PriceObservation {
  if (now < acc.lastTime) throw ErrInvalidTime.raise(`now ${now} < last ${acc.lastTime}`);
  return { time: now, cumulative: acc.cumulative + acc.lastPrice * (now - acc.lastTime) };
}

/** Accrues the old price up to `now`, then records `price` as in force from `now`. */
export function applyPrice(acc: PriceAccumulator, now: bigint, price: bigint): PriceAccumulator {
  if (price < 0n) throw ErrInvalidAmount.raise(`price ${price}`);
  const obs = computeObservation(acc, now);
  return { cumulative: obs.cumulative, lastTime: now, lastPrice: price };
}

/** floor((c1 − c0)/(t1 − t0)) in PRICE_SCALE units; the window must be non-empty and forward. */
export function computeTwap(start: PriceObservation, end: PriceObservation): bigint {
  const dt = end.time - start.time;
  if (dt <= 0n) throw ErrInvalidTime.raise(`window ${start.time}..${end.time}`);
  const dc = end.cumulative - start.cumulative;
  if (dc < 0n) throw ErrInvalidTime.raise("cumulative decreased");
  return dc / dt;
}
