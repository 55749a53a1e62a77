import { ErrLogic } from "../../chain/errors/index.js";
import { ErrDelegatorShareExRateInvalid } from "./errors.js";
import { DEC_ONE, mulDivCeil, mulDivFloor } from "./dec.js";

/**
 * Share arithmetic of a validator pool (x/staking's Validator.tokens / delegator_shares).
 * Shares are sdk.Dec atomics (18 decimals), tokens are integers. Every rounding favours the pool:
 * shares issued for a deposit round down, shares taken for a withdrawal round up, tokens paid
 * for shares round down. So the token value of all shares never exceeds the pool's tokens.
 */
export interface PoolState {
  tokens: bigint;
  shares: bigint;
}

/** Shares issued for depositing `amount` tokens (rounded down). */
export function computeSharesIssued(p: PoolState, amount: bigint): bigint {
  if (amount <= 0n) throw ErrLogic.raise("deposit must be positive");
  if (p.shares === 0n) {
    // A fresh pool, or one whose shares were all withdrawn: 1 token = 1 share.
    if (p.tokens !== 0n) throw ErrLogic.raise("validator holds tokens without shares");
    return amount * DEC_ONE;
  }
  if (p.tokens === 0n) throw ErrDelegatorShareExRateInvalid.raise();
  return mulDivFloor(p.shares, amount, p.tokens);
}

/** Token value of `shares` (rounded down), as queries report delegation balances. */
export function computeTokensOf(p: PoolState, shares: bigint): bigint {
  if (p.shares === 0n) return 0n;
  return mulDivFloor(shares, p.tokens, p.shares);
}

/** Shares to take from a delegator who withdraws `amount` tokens (rounded up). */
export function computeSharesToWithdraw(p: PoolState, amount: bigint): bigint {
  if (p.tokens === 0n) throw ErrDelegatorShareExRateInvalid.raise();
  return mulDivCeil(p.shares, amount, p.tokens);
}

/**
 * Removes `shares` from the pool and returns the tokens they pay out (rounded down); the last
 * shares out take every remaining token, so no dust is stranded in a pool without shares.
 */
export function applyRemoveShares(p: PoolState, shares: bigint): { pool: PoolState; tokens: bigint } {
  if (shares <= 0n || shares > p.shares) throw ErrLogic.raise(`cannot remove ${shares} shares of ${p.shares}`);
  const remaining = p.shares - shares;
  const tokens = remaining === 0n ? p.tokens : mulDivFloor(shares, p.tokens, p.shares);
  return { pool: { tokens: p.tokens - tokens, shares: remaining }, tokens };
}

export function applyAddTokens(p: PoolState, amount: bigint): { pool: PoolState; shares: bigint } {
  const shares = computeSharesIssued(p, amount);
  return { pool: { tokens: p.tokens + amount, shares: p.shares + shares }, shares };
}
