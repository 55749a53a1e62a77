/**
 * Exact numbers and timestamps for query comparisons. CometBFT compares numbers as big.Float;
 * we compare decimals exactly (mantissa and power of ten), so `0.1 + 0.2`-style float surprises
 * and 2^53 limits never change a match.
 */
import { daysFromCivil } from "../../chain/codec/time.js";

/** value = mant * 10^-scale (scale may be negative for exponents). */
export interface Decimal {
  readonly mant: bigint;
  readonly scale: number;
}

/** Exponents beyond this are treated as "not a number" rather than building huge bigints. */
const MAX_EXPONENT = 400;

const STRICT_NUMBER = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const STRICT_NUMBER_FRACTION_ONLY = /^([+-]?)()\.(\d+)(?:[eE]([+-]?\d+))?$/;
/** Like CometBFT's `extractNum` (`^\d+(\.\d+)?`), plus an optional minus sign. */
const LEADING_NUMBER = /^(-?)(\d+)(?:\.(\d+))?/;

function build(sign: string, intPart: string, fracPart: string, exp: string | undefined): Decimal | undefined {
  const e = exp === undefined ? 0 : Number(exp);
  if (!Number.isSafeInteger(e) || Math.abs(e) > MAX_EXPONENT) return undefined;
  const digits = (intPart + fracPart).replace(/^0+(?=\d)/, "");
  let mant = BigInt(digits === "" ? "0" : digits);
  if (sign === "-") mant = -mant;
  return { mant, scale: fracPart.length - e };
}

/**
 * Parses a whole string as a decimal number: optional sign, digits, optional fraction,
 * optional exponent ("5", "-2.50", "5.", ".5", "1e3"). Anything else is not a number.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const m = STRICT_NUMBER.exec(text) ?? STRICT_NUMBER_FRACTION_ONLY.exec(text);
  if (!m) return undefined;
  return build(m[1] ?? "", m[2] ?? "", m[3] ?? "", m[4]);
}

/**
 * Parses the number at the start of a string, ignoring what follows ("100stake" -> 100), as
 * CometBFT's pubsub matcher does for attribute values.
 */
export function parseLeadingDecimal(text: string): Decimal | undefined {
  const m = LEADING_NUMBER.exec(text);
  if (!m) return undefined;
  return build(m[1] ?? "", m[2] ?? "", m[3] ?? "", undefined);
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  let x = a.mant;
  let y = b.mant;
  if (a.scale < b.scale) x *= pow10(b.scale - a.scale);
  else if (b.scale < a.scale) y *= pow10(a.scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The integer part, rounded towards -infinity. */
export function floorDecimal(d: Decimal): bigint {
  if (d.scale <= 0) return d.mant * pow10(-d.scale);
  const p = pow10(d.scale);
  const q = d.mant / p;
  return d.mant < 0n && q * p !== d.mant ? q - 1n : q;
}

/** The integer part, rounded towards +infinity. */
export function ceilDecimal(d: Decimal): bigint {
  return -floorDecimal({ mant: -d.mant, scale: d.scale });
}

export function isIntegerDecimal(d: Decimal): boolean {
  return floorDecimal(d) === ceilDecimal(d);
}

// --- time ---

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const NS_PER_SEC = 1_000_000_000n;

/** Nanoseconds since the Unix epoch of an RFC 3339 timestamp (Go's time.RFC3339 layout). */
export function parseTimestamp(text: string): bigint | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  if (!validDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  let offsetMin = 0;
  if (m[8] !== "Z") {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offsetMin = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const secs = BigInt(daysFromCivil(y, mo, d)) * 86400n + BigInt(h * 3600 + mi * 60 + s) - BigInt(offsetMin * 60);
  const frac = m[7] ? BigInt(m[7].padEnd(9, "0")) : 0n;
  return secs * NS_PER_SEC + frac;
}

/** Nanoseconds since the Unix epoch of midnight UTC of a `YYYY-MM-DD` date. */
export function parseDateValue(text: string): bigint | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (!validDate(y, mo, d)) return undefined;
  return BigInt(daysFromCivil(y, mo, d)) * 86400n * NS_PER_SEC;
}

/** Year of a timestamp or date string (both start with YYYY). */
export function yearOf(text: string): number {
  return Number(text.slice(0, 4));
}
