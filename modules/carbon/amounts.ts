import { ErrAmountOverflow, ErrInvalidAmount, ErrNegativeAmount, ErrZeroAmount } from "./errors.js";

/** Credit amounts and serials live in a 64-bit serial space per credit type. */
export const MAX_CREDIT_AMOUNT = (1n << 64n) - 1n;

/**
 * Parses a message amount: a positive decimal integer below 2^64. "-1" (negative), "0" (zero),
 * "1.5" / "" / "1e3" (not an integer) and overflow each have their own code.
 */
export function parseCreditAmount(s: string): bigint {
  if (/^-[0-9]+$/.test(s)) throw ErrNegativeAmount.raise(JSON.stringify(s));
  if (!/^[0-9]{1,40}$/.test(s)) throw ErrInvalidAmount.raise(JSON.stringify(s));
  const v = BigInt(s);
  if (v === 0n) throw ErrZeroAmount.raise();
  if (v > MAX_CREDIT_AMOUNT) throw ErrAmountOverflow.raise(s);
  return v;
}

/** Decimal string from state (trusted); "" is 0. */
export function big(s: string | null | undefined): bigint {
  return s ? BigInt(s) : 0n;
}
