import Long from "long";

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
