import { isValidDenom, type Coin } from "../../chain/codec/coins.js";
import { ErrAmountOverflow, ErrInvalidAmount, ErrNegativeAmount, ErrZeroAmount } from "./errors.js";

/** Values and principals are capped at 2^128 - 1, far above any real price, so products stay small. */
export const MAX_VALUE = (1n << 128n) - 1n;

/**
 * A positive coin from a message, each kind of bad input with its own code: missing or
 * malformed (14), signed (12), zero (11), above MAX_VALUE (13).
 */
export function parsePositiveCoin(c: { denom?: string | null; amount?: string | null } | null | undefined, what: string): Coin {
  if (!c || !c.denom || !isValidDenom(c.denom)) throw ErrInvalidAmount.raise(`${what}: invalid or missing denom`);
  const s = c.amount ?? "";
  if (/^-[0-9]+$/.test(s)) throw ErrNegativeAmount.raise(`${what}: ${s}`);
  if (!/^[0-9]{1,80}$/.test(s)) throw ErrInvalidAmount.raise(`${what}: amount ${JSON.stringify(s)}`);
  const v = BigInt(s);
  if (v === 0n) throw ErrZeroAmount.raise(what);
  if (v > MAX_VALUE) throw ErrAmountOverflow.raise(`${what}: ${s} exceeds 2^128-1`);
  return { denom: c.denom, amount: v };
}

export function coinToProto(c: Coin): { denom: string; amount: string } {
  return { denom: c.denom, amount: c.amount.toString() };
}

export function coinFromProto(c: { denom?: string | null; amount?: string | null } | null | undefined): Coin | undefined {
  if (!c || !c.denom) return undefined;
  return { denom: c.denom, amount: BigInt(c.amount || "0") };
}

export function formatCoin(c: Coin): string {
  return `${c.amount}${c.denom}`;
}
