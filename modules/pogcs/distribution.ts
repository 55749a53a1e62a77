/**
 * Pro-rata split of `amount` by integer weights, each share rounded down; the remainder stays
 * with the protocol (the caller carries it forward). Never creates value:
 * sum(shares) + remainder = amount and 0 <= remainder < number of positive weights.
 */
export function splitProRata(amount: bigint, weights: readonly bigint[]): { shares: bigint[]; remainder: bigint } {
  const total = weights.reduce((s, w) => s + (w > 0n ? w : 0n), 0n);
  if (amount <= 0n || total === 0n) return { shares: weights.map(() => 0n), remainder: amount > 0n ? amount : 0n };
  let paid = 0n;
  const shares = weights.map((w) => {
    if (w <= 0n) return 0n;
    const s = (amount * w) / total;
    paid += s;
    return s;
  });
  return { shares, remainder: amount - paid };
}

/** Splits a block's distributable amount by per-mille shares; the work pool takes the rounding remainder. */
export function splitByPermille(amount: bigint, stakersPermille: bigint, capacityPermille: bigint): { stakers: bigint; capacity: bigint; work: bigint } {
  const stakers = (amount * stakersPermille) / 1000n;
  const capacity = (amount * capacityPermille) / 1000n;
  return { stakers, capacity, work: amount - stakers - capacity };
}
