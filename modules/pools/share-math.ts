/** Pool share arithmetic, pure bigint; every division rounds in favour of the pool. */

/** Shares for a deposit: 1:1 when the pool has no shares, else floor(amount·shares/assets); 0 when assets are 0 but shares exist. */
export function computeDepositShares(amount: bigint, totalShares: bigint, assets: bigint): bigint {
  if (totalShares === 0n) return amount;
  if (assets === 0n) return 0n;
  return (amount * totalShares) / assets;
}

/** Value of `shares` at the current price, floor. */
export function computeShareValue(shares: bigint, totalShares: bigint, assets: bigint): bigint {
  if (totalShares === 0n) return 0n;
  return (shares * assets) / totalShares;
}

/** Shares to retire for a partial payout of `paid` (< full value): ceil(paid·shares/assets). */
export function computeSharesForPayout(paid: bigint, totalShares: bigint, assets: bigint): bigint {
  if (assets === 0n) return 0n;
  return (paid * totalShares + assets - 1n) / assets;
}

/** The pool's revenue share, floor(amount·bps/10000). */
export function computeRevenueCut(amount: bigint, bps: number): bigint {
  return (amount * BigInt(bps)) / 10_000n;
}
