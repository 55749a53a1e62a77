/**
 * Big-endian unsigned 64-bit integers, the encoding of ids, heights and times inside store keys:
 * keys then sort in numeric order. Like DataView, values wrap modulo 2^64.
 */
export function u64be(n: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, n));
  return b;
}

/** The u64 at byte offset `at` of `b`, big-endian. */
export function readU64be(b: Uint8Array, at = 0): bigint {
  return new DataView(b.buffer, b.byteOffset + at, 8).getBigUint64(0);
}
