import { YEAR_SECONDS } from "./params.js";

/**
 * Pure valuation and loan maths. bigint only; every division names its rounding, always against
 * the borrower / in favour of the lender (value down, interest up, LTV cap down).
 */

const BPS = 10_000n;

/** ceil(a / b) for a >= 0, b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/**
 * Straight-line depreciation with a floor:
 *   dep   = ceil(V0 * rate_bps * elapsed / (10000 * YEAR))
 *   floor = floor(V0 * floor_bps / 10000)
 *   V(t)  = max(floor, V0 - dep)
 * elapsed = max(0, at - appraisedAt); an appraisal dated after `at` is worth V0.
 */
export function computeDepreciatedValue(v0: bigint, appraisedAt: bigint, at: bigint, rateBpsPerYear: number, floorBps: number): bigint {
  if (v0 <= 0n) return 0n;
  const elapsed = at > appraisedAt ? at - appraisedAt : 0n;
  const dep = ceilDiv(v0 * BigInt(rateBpsPerYear) * elapsed, BPS * YEAR_SECONDS);
  const floor = (v0 * BigInt(floorBps)) / BPS;
  const left = v0 - dep;
  return left > floor ? left : floor;
}

/** Simple interest from funding: ceil(P * rate_bps * elapsed / (10000 * YEAR)). */
export function computeInterest(principal: bigint, rateBps: number, fundedAt: bigint, at: bigint): bigint {
  const elapsed = at > fundedAt ? at - fundedAt : 0n;
  return ceilDiv(principal * BigInt(rateBps) * elapsed, BPS * YEAR_SECONDS);
}

export function computeAmountDue(principal: bigint, rateBps: number, fundedAt: bigint, at: bigint): bigint {
  return principal + computeInterest(principal, rateBps, fundedAt, at);
}

/** Largest principal allowed against `value`: floor(value * ltv_bps / 10000). */
export function computeMaxPrincipal(value: bigint, ltvBps: number): bigint {
  return (value * BigInt(ltvBps)) / BPS;
}
