import { BPS } from "./params.js";

/** Largest price, incentive or slot amount the market accepts (keeps every product far from 256 bits). */
export const MAX_MARKET_AMOUNT = (1n << 128n) - 1n;

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/** Bond a provider posts: price x bps / 10,000, rounded up (in favour of the requester). */
export function computeBond(price: bigint, bps: number): bigint {
  return ceilDiv(price * BigInt(bps), BPS);
}

export interface SlashSplit {
  slashed: bigint;
  toRequester: bigint;
  burned: bigint;
  returned: bigint;
}

/** A bond cut: slashed rounds up (against the offender), the requester's part rounds down (the rest burns). */
export function computeSlash(bond: bigint, slashBps: number, toRequesterBps: number): SlashSplit {
  const slashed = ceilDiv(bond * BigInt(slashBps), BPS);
  const toRequester = (slashed * BigInt(toRequesterBps)) / BPS;
  return { slashed, toRequester, burned: slashed - toRequester, returned: bond - slashed };
}

export interface CheckerPay {
  perSeat: bigint;
  paid: Array<{ checker: string; amount: bigint }>;
  /** Incentive not earned by any checker (empty seats, wrong votes, rounding). */
  leftover: bigint;
}

/**
 * The incentive is cut into one share per checker seat (committee members, plus the spot checker
 * when one was drawn), rounded down; each checker whose verdict matched the outcome earns its
 * share; whatever is not earned is the leftover.
 */
export function computeCheckerPay(incentive: bigint, seats: number, earned: string[]): CheckerPay {
  if (seats <= 0) return { perSeat: 0n, paid: [], leftover: incentive };
  const perSeat = incentive / BigInt(seats);
  const paid = earned.map((checker) => ({ checker, amount: perSeat }));
  return { perSeat, paid, leftover: incentive - perSeat * BigInt(earned.length) };
}

/** Splits `total` pro rata to `units`, rounding down, the dust going to the last share; sums to total exactly. */
export function computeProRata(total: bigint, units: bigint[]): bigint[] {
  if (units.length === 0) return [];
  const sum = units.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return units.map((_, i) => (i === units.length - 1 ? total : 0n));
  const shares = units.map((u) => (total * u) / sum);
  const given = shares.reduce((a, b) => a + b, 0n);
  shares[shares.length - 1] = shares[shares.length - 1]! + (total - given);
  return shares;
}
