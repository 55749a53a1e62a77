import { concat } from "./bytes.js";
import { sha256 } from "./hash.js";

/**
 * CometBFT's simple merkle tree (RFC 6962 with SHA-256): leaf = H(0x00||leaf), inner =
 * H(0x01||L||R), split at the largest power of two below n, empty tree = H("").
 */
const LEAF = Uint8Array.of(0);
const INNER = Uint8Array.of(1);

function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function hashRange(items: readonly Uint8Array[], lo: number, hi: number): Uint8Array {
  const n = hi - lo;
  if (n === 0) return sha256(new Uint8Array(0));
  if (n === 1) return sha256(concat(LEAF, items[lo]!));
  const k = splitPoint(n);
  return sha256(concat(INNER, hashRange(items, lo, lo + k), hashRange(items, lo + k, hi)));
}

export function merkleRoot(items: readonly Uint8Array[]): Uint8Array {
  return hashRange(items, 0, items.length);
}
