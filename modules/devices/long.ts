import Long from "long";
import type { ErrorKind } from "../../chain/errors/error.js";

/** uint64 proto fields are `Long` in the generated code (--force-long); state and logic use bigint. */
export function toLong(n: bigint): Long {
  return Long.fromString(n.toString(), true);
}

export function fromLong(x: Long | number | null | undefined): bigint {
  if (x === null || x === undefined) return 0n;
  return BigInt(x.toString());
}

/** Decimal-string amounts (Cosmos Int): digits only, no sign. */
export function amountFromString(s: string | null | undefined): bigint {
  if (!s) return 0n;
  if (!/^[0-9]{1,78}$/.test(s)) return -1n;
  return BigInt(s);
}

/** A decimal-string param (absent or empty is 0); anything but digits is `invalid` with the field named. */
export function decimalParam(v: string | null | undefined, name: string, invalid: ErrorKind): bigint {
  const n = amountFromString(v);
  if (n < 0n) throw invalid.raise(`${name} must be a non-negative integer, got ${JSON.stringify((v ?? "").slice(0, 40))}`);
  return n;
}
