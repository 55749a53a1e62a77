/**
 * Swap fee as a function of seconds until the slot starts, and the hard close before it.
 * Far from the slot the fee is `baseBps`; over the last `rampSeconds` before the close it rises
 * linearly to `maxBps` (rounded up, in favour of the pool), because near delivery informed flow
 * (who knows the hour's real demand) dominates and LPs are paid for that adverse selection.
 * At `closeSeconds` before the slot trading stops (Pendle V1 lock, YieldSpace "after maturity").
 * Integer seconds; the fee never increases as the time to the slot grows.
 */
import { ErrInvalidFeeSchedule, ErrPoolClosed } from "./errors.js";
import { BPS } from "./curve.js";

export interface FeeSchedule {
  readonly baseBps: bigint;
  readonly maxBps: bigint;
  /** Length of the linear ramp from baseBps to maxBps, ending at the close. */
  readonly rampSeconds: bigint;
  /** Trading closes this many seconds before the slot starts. */
  readonly closeSeconds: bigint;
}

/** 0.30% far out, up to 1.00% over the last 6 h, closed 15 min before the hour. */
export const DEFAULT_FEE_SCHEDULE: FeeSchedule = {
  baseBps: 30n,
  maxBps: 100n,
  rampSeconds: 6n * 3600n,
  closeSeconds: 15n * 60n,
};

/** Largest fee a schedule may set: 50%. */
export const MAX_FEE_BPS = 5_000n;

export function validateFeeSchedule(s: FeeSchedule): void {
  if (s.baseBps < 0n || s.baseBps > s.maxBps || s.maxBps > MAX_FEE_BPS) {
    throw ErrInvalidFeeSchedule.raise(`fees ${s.baseBps}..${s.maxBps} bps`);
  }
  if (s.rampSeconds < 0n || s.closeSeconds < 0n) {
    throw ErrInvalidFeeSchedule.raise(`ramp ${s.rampSeconds}s close ${s.closeSeconds}s`);
  }
  if (BPS <= s.maxBps) throw ErrInvalidFeeSchedule.raise("fee of 100%");
}

/** Whether a slot starting at `slotStart` may still trade at `now` (unix seconds). */
export function isTradingOpen(now: bigint, slotStart: bigint, s: FeeSchedule): boolean {
  return slotStart - now > s.closeSeconds;
}

/**
 * Fee in bps for `secondsToSlot` seconds before the slot start. Total over all integers (the
 * closed region reads maxBps); callers gate trading with isTradingOpen / computeSwapFeeBps.
 * fee = base + ceil((max − base)·(close + ramp − t)/ramp) for close ≤ t < close + ramp.
 */
export function computeFeeBps(secondsToSlot: bigint, s: FeeSchedule): bigint {
  const rampEnd = s.closeSeconds + s.rampSeconds;
  if (secondsToSlot >= rampEnd) return s.baseBps;
  if (secondsToSlot <= s.closeSeconds) return s.maxBps;
  const elapsed = rampEnd - secondsToSlot; // in (0, ramp)
  const p = (s.maxBps - s.baseBps) * elapsed;
  return s.baseBps + (p === 0n ? 0n : (p - 1n) / s.rampSeconds + 1n);
}

/** The fee for a swap at `now` on the slot starting at `slotStart`; throws ErrPoolClosed at and after the close. */
export function computeSwapFeeBps(now: bigint, slotStart: bigint, s: FeeSchedule): bigint {
  if (!isTradingOpen(now, slotStart, s)) {
    throw ErrPoolClosed.raise(`now ${now}, slot ${slotStart}, closes ${s.closeSeconds}s before`);
  }
  return computeFeeBps(slotStart - now, s);
}
