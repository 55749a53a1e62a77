import { concatBytes, equalBytes } from "../crypto/bytes.js";
import { sha256 } from "../crypto/hash.js";
import { ErrInvalidProof } from "./errors.js";

/**
 * CometBFT's simple merkle tree (`crypto/merkle`), RFC 6962 with SHA-256: leaves are hashed with a
 * 0x00 prefix and inner nodes with 0x01, so a leaf can never be passed off as a node; the split is
 * at the largest power of two strictly below n; the empty tree hashes to SHA-256("").
 */

const LEAF_PREFIX = Uint8Array.of(0);
const INNER_PREFIX = Uint8Array.of(1);

/** CometBFT `merkle.MaxAunts`: a proof deeper than this is rejected before hashing. */
export const MAX_AUNTS = 100;

export interface MerkleProof {
  total: number;
  index: number;
  leafHash: Uint8Array;
  /** Sibling hashes from the leaf's sibling up to a child of the root. */
  aunts: Uint8Array[];
}

export function emptyHash(): Uint8Array {
  return sha256(new Uint8Array(0));
}

export function leafHash(leaf: Uint8Array): Uint8Array {
  return sha256(concatBytes(LEAF_PREFIX, leaf));
}

export function innerHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concatBytes(INNER_PREFIX, left, right));
}

/** Largest power of two strictly less than n; 0 for n <= 1 (as CometBFT's getSplitPoint(1)). */
export function getSplitPoint(n: number): number {
  if (n <= 1) return 0;
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function hashRange(items: readonly Uint8Array[], lo: number, hi: number): Uint8Array {
  const n = hi - lo;
  if (n === 0) return emptyHash();
  if (n === 1) return leafHash(items[lo]!);
  const k = getSplitPoint(n);
  return innerHash(hashRange(items, lo, lo + k), hashRange(items, lo + k, hi));
}

/** `merkle.HashFromByteSlices`. */
export function hashFromByteSlices(items: readonly Uint8Array[]): Uint8Array {
  return hashRange(items, 0, items.length);
}

/** Root plus one proof per item (`merkle.ProofsFromByteSlices`). */
export function proofsFromByteSlices(items: readonly Uint8Array[]): {
  root: Uint8Array;
  proofs: MerkleProof[];
} {
  const aunts: Uint8Array[][] = items.map(() => []);
  const leafHashes: Uint8Array[] = new Array(items.length);
  const build = (lo: number, hi: number): Uint8Array => {
    const n = hi - lo;
    if (n === 0) return emptyHash();
    if (n === 1) {
      const h = leafHash(items[lo]!);
      leafHashes[lo] = h;
      return h;
    }
    const k = getSplitPoint(n);
    const left = build(lo, lo + k);
    const right = build(lo + k, hi);
    // Aunts are collected bottom-up, so each leaf's list ends with the root's other child.
    for (let i = lo; i < lo + k; i++) aunts[i]!.push(right);
    for (let i = lo + k; i < hi; i++) aunts[i]!.push(left);
    return innerHash(left, right);
  };
  const root = build(0, items.length);
  const proofs = items.map((_, i) => ({
    total: items.length,
    index: i,
    leafHash: leafHashes[i]!,
    aunts: aunts[i]!,
  }));
  return { root, proofs };
}

/** `computeHashFromAunts`; undefined when the aunt count does not fit the tree shape. */
export function computeRootFromAunts(
  index: number,
  total: number,
  leaf: Uint8Array,
  aunts: readonly Uint8Array[],
  auntsEnd: number = aunts.length,
): Uint8Array | undefined {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(total)) return undefined;
  if (index >= total || index < 0 || total <= 0) return undefined;
  if (total === 1) return auntsEnd === 0 ? leaf : undefined;
  if (auntsEnd === 0) return undefined;
  const k = getSplitPoint(total);
  const aunt = aunts[auntsEnd - 1]!;
  if (index < k) {
    const left = computeRootFromAunts(index, k, leaf, aunts, auntsEnd - 1);
    return left === undefined ? undefined : innerHash(left, aunt);
  }
  const right = computeRootFromAunts(index - k, total - k, leaf, aunts, auntsEnd - 1);
  return right === undefined ? undefined : innerHash(aunt, right);
}

/**
 * `Proof.Verify` plus the size checks of `Proof.ValidateBasic`: proves that `leaf` is item
 * `proof.index` of a tree with `proof.total` items and root `root`. Throws ErrInvalidProof.
 */
export function verifyMerkleProof(proof: MerkleProof, root: Uint8Array, leaf: Uint8Array): void {
  if (proof.aunts.length > MAX_AUNTS) throw ErrInvalidProof.raise(`more than ${MAX_AUNTS} aunts`);
  for (const a of proof.aunts) {
    if (a.length !== 32) throw ErrInvalidProof.raise("aunt is not 32 bytes");
  }
  const lh = leafHash(leaf);
  if (!equalBytes(lh, proof.leafHash)) throw ErrInvalidProof.raise("leaf hash mismatch");
  const computed = computeRootFromAunts(proof.index, proof.total, lh, proof.aunts);
  if (computed === undefined) {
    throw ErrInvalidProof.raise(`bad index ${proof.index}, total ${proof.total} or aunt count`);
  }
  if (!equalBytes(computed, root)) throw ErrInvalidProof.raise("root hash mismatch");
}

/** Boolean form of verifyMerkleProof. */
export function isValidMerkleProof(proof: MerkleProof, root: Uint8Array, leaf: Uint8Array): boolean {
  try {
    verifyMerkleProof(proof, root, leaf);
    return true;
  } catch {
    return false;
  }
}
