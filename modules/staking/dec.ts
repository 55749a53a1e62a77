import { ErrInvalidRequest } from "../../chain/errors/index.js";

/**
 * sdk.Dec as a bigint of atomics with 18 decimals. On the protobuf wire a Dec is the decimal
 * string of its atomics ("100000000000000000" = 0.1), as gogoproto's LegacyDec marshals it and
 * CosmJS `Decimal.fromAtomics(x, 18)` reads it; in genesis JSON it is "0.100000000000000000".
 */
export const DEC_DECIMALS = 18;
export const DEC_ONE = 10n ** 18n;

/** A fraction num/den with 0 <= num <= den, den > 0 (slash fractions, thresholds). */
export interface Fraction {
  num: bigint;
  den: bigint;
}

export function decToFraction(d: bigint): Fraction {
  return { num: d, den: DEC_ONE };
}

/** Parses a protobuf Dec (atomics, no point) or a human decimal ("0.05"); rejects signs and junk. */
export function parseDec(s: string, what = "decimal"): bigint {
  if (/^[0-9]{1,96}$/.test(s)) return BigInt(s);
  const m = /^([0-9]{1,60})\.([0-9]{1,18})$/.exec(s);
  if (!m) throw ErrInvalidRequest.raise(`invalid ${what} ${JSON.stringify(s)}`);
  return BigInt(m[1]!) * DEC_ONE + BigInt(m[2]!.padEnd(DEC_DECIMALS, "0"));
}

/** Protobuf wire form: the atomics. */
export function decToProto(d: bigint): string {
  return d.toString();
}

/** JSON form with exactly 18 decimals, as the SDK prints LegacyDec. */
export function decToJson(d: bigint): string {
  const neg = d < 0n;
  const a = neg ? -d : d;
  const s = `${a / DEC_ONE}.${(a % DEC_ONE).toString().padStart(DEC_DECIMALS, "0")}`;
  return neg ? `-${s}` : s;
}

/** Genesis JSON accepts "0.1" (JSON form) only; a bare integer there means whole units. */
export function decFromJson(s: string, what = "decimal"): bigint {
  if (/^[0-9]{1,60}$/.test(s)) return BigInt(s) * DEC_ONE;
  return parseDec(s, what);
}

/** floor(a * b / c); c > 0, a, b >= 0. */
export function mulDivFloor(a: bigint, b: bigint, c: bigint): bigint {
  return (a * b) / c;
}

/** ceil(a * b / c); c > 0, a, b >= 0. */
export function mulDivCeil(a: bigint, b: bigint, c: bigint): bigint {
  return (a * b + c - 1n) / c;
}
