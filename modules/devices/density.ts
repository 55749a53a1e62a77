/**
 * Density rule: with `cap` devices allowed per (H3 cell, class), each of `count` devices in an
 * over-full cell earns cap/count of its verified green compute. Returned as a fraction so no
 * precision is lost before the caller's single rounding.
 */
export interface Fraction {
  num: bigint;
  den: bigint;
}

export function computeDensityWeight(count: bigint, cap: bigint): Fraction {
  if (count <= cap || count === 0n) return { num: 1n, den: 1n };
  return { num: cap, den: count };
}
