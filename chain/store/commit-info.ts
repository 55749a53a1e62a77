import {
  CommitmentProof,
  ExistenceProof,
  HashOp,
  InnerOp,
  LeafOp,
  LengthOp,
} from "cosmjs-types/cosmos/ics23/v1/proofs";
import { sha256 } from "../crypto/hash.js";
import { concatBytes, encodeUvarint, utf8 } from "../crypto/bytes.js";

/**
 * The app hash: the Cosmos SDK's simple merkle map (store/internal/maps) over
 * storeName -> store root hash, i.e. the CometBFT RFC-6962 tree over the leaves
 * uvarint(len name) || name || uvarint(32) || sha256(root), sorted by name.
 * Verifiable with ICS23 TendermintSpec.
 */

export interface StoreRoot {
  name: string;
  root: Uint8Array;
}

const LEAF = Uint8Array.of(0);
const INNER = Uint8Array.of(1);

function leafHash(name: Uint8Array, root: Uint8Array): Uint8Array {
  const vh = sha256(root);
  return sha256(concatBytes(LEAF, encodeUvarint(name.length), name, encodeUvarint(vh.length), vh));
}

function innerHash(l: Uint8Array, r: Uint8Array): Uint8Array {
  return sha256(concatBytes(INNER, l, r));
}

/** Largest power of two strictly less than n (n >= 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function sortRoots(roots: readonly StoreRoot[]): StoreRoot[] {
  return [...roots].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function merkleRoot(leaves: Uint8Array[], lo: number, hi: number): Uint8Array {
  const n = hi - lo;
  if (n === 0) return sha256(new Uint8Array(0));
  if (n === 1) return leaves[lo]!;
  const k = splitPoint(n);
  return innerHash(merkleRoot(leaves, lo, lo + k), merkleRoot(leaves, lo + k, hi));
}

export function computeAppHash(roots: readonly StoreRoot[]): Uint8Array {
  const sorted = sortRoots(roots);
  const leaves = sorted.map((s) => leafHash(utf8(s.name), s.root));
  return merkleRoot(leaves, 0, leaves.length);
}

/**
 * ICS23 existence proof of `name -> root` in the map; undefined if the name is not a store.
 * Inner ops: the sibling on the right goes in the suffix, on the left in the prefix after 0x01.
 */
export function createStoreProof(roots: readonly StoreRoot[], name: string): CommitmentProof | undefined {
  const sorted = sortRoots(roots);
  const idx = sorted.findIndex((s) => s.name === name);
  if (idx < 0) return undefined;
  const leaves = sorted.map((s) => leafHash(utf8(s.name), s.root));
  const ops: InnerOp[] = [];
  // walk down recording siblings, then emit bottom-up
  let lo = 0;
  let hi = leaves.length;
  const steps: Array<{ sibling: Uint8Array; siblingOnLeft: boolean }> = [];
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo);
    if (idx < lo + k) {
      steps.push({ sibling: merkleRoot(leaves, lo + k, hi), siblingOnLeft: false });
      hi = lo + k;
    } else {
      steps.push({ sibling: merkleRoot(leaves, lo, lo + k), siblingOnLeft: true });
      lo = lo + k;
    }
  }
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i]!;
    ops.push(
      s.siblingOnLeft
        ? InnerOp.fromPartial({ hash: HashOp.SHA256, prefix: concatBytes(INNER, s.sibling), suffix: new Uint8Array(0) })
        : InnerOp.fromPartial({ hash: HashOp.SHA256, prefix: INNER, suffix: s.sibling }),
    );
  }
  const leaf = LeafOp.fromPartial({
    hash: HashOp.SHA256,
    prehashKey: HashOp.NO_HASH,
    prehashValue: HashOp.SHA256,
    length: LengthOp.VAR_PROTO,
    prefix: LEAF,
  });
  const exist = ExistenceProof.fromPartial({ key: utf8(name), value: sorted[idx]!.root, leaf, path: ops });
  return CommitmentProof.fromPartial({ exist });
}
