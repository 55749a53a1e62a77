import { sha256 } from "../../crypto/hash.js";

/**
 * One IAVL node. Leaves hold key and value; an inner node holds the smallest key of its right
 * subtree (as cosmos/iavl), so lookups go left iff key < node.key.
 *
 * A node with `nonce === 0` is dirty: created in the working version, not yet persisted, and may
 * be changed in place. Once committed it gets its node key (version, nonce) and is never changed
 * again, so every committed version stays readable through its root (path copying).
 */
export class Node {
  constructor(
    public key: Uint8Array,
    /** First 6 key bytes as a number: a cheap comparison that is exact unless equal. */
    public kp: number,
    public value: Uint8Array | undefined,
    public left: Node | undefined,
    public right: Node | undefined,
    public height: number,
    public size: number,
    public version: number,
    public nonce: number,
    public hash: Uint8Array | undefined,
  ) {}
}

export function keyPrefixNumber(k: Uint8Array): number {
  const n = k.length;
  return (
    (n > 0 ? k[0]! : 0) * 0x10000000000 +
    (n > 1 ? k[1]! : 0) * 0x100000000 +
    (n > 2 ? k[2]! : 0) * 0x1000000 +
    (n > 3 ? k[3]! : 0) * 0x10000 +
    (n > 4 ? k[4]! : 0) * 0x100 +
    (n > 5 ? k[5]! : 0)
  );
}

/** Unsigned byte order of keys; the number prefix is monotone in it, so it decides unless equal. */
export function compareKeys(akp: number, a: Uint8Array, bkp: number, b: Uint8Array): number {
  if (akp !== bkp) return akp < bkp ? -1 : 1;
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 6; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function newLeaf(key: Uint8Array, kp: number, value: Uint8Array, version: number): Node {
  return new Node(key, kp, value, undefined, undefined, 0, 1, version, 0, undefined);
}

export function isLeaf(n: Node): boolean {
  return n.height === 0;
}

// ---- hashing (cosmos/iavl docs/node/node.md) ----

let scratch = new Uint8Array(512);

/**
 * Backends may return Buffers with their own (external) ArrayBuffer; a tree keeps millions of
 * hashes alive, and small on-heap arrays are far cheaper for the garbage collector to track.
 */
function hashToHeap(data: Uint8Array): Uint8Array {
  const h = sha256(data);
  const out = new Uint8Array(h.length);
  out.set(h);
  return out;
}

function ensureScratch(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2));
  return scratch;
}

/** Go binary.PutUvarint for a non-negative safe integer; returns the new offset. */
export function putUvarint(buf: Uint8Array, off: number, n: number): number {
  while (n >= 0x80) {
    buf[off++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  buf[off++] = n;
  return off;
}

/** Go binary.PutVarint (zigzag) for a non-negative safe integer. */
export function putVarint(buf: Uint8Array, off: number, n: number): number {
  return putUvarint(buf, off, n * 2);
}

/** sha256(varint(0) || varint(1) || varint(version) || lp(key) || lp(sha256(value))). */
export function computeLeafHash(key: Uint8Array, value: Uint8Array, version: number): Uint8Array {
  const vh = sha256(value);
  const buf = ensureScratch(key.length + 64);
  buf[0] = 0;
  buf[1] = 2;
  let o = putVarint(buf, 2, version);
  o = putUvarint(buf, o, key.length);
  buf.set(key, o);
  o += key.length;
  buf[o++] = 32;
  buf.set(vh, o);
  o += 32;
  return hashToHeap(buf.subarray(0, o));
}

/** sha256(varint(height) || varint(size) || varint(version) || lp(leftHash) || lp(rightHash)). */
export function computeInnerHash(
  height: number,
  size: number,
  version: number,
  leftHash: Uint8Array,
  rightHash: Uint8Array,
): Uint8Array {
  const buf = ensureScratch(32 + leftHash.length + rightHash.length);
  let o = putVarint(buf, 0, height);
  o = putVarint(buf, o, size);
  o = putVarint(buf, o, version);
  buf[o++] = leftHash.length;
  buf.set(leftHash, o);
  o += leftHash.length;
  buf[o++] = rightHash.length;
  buf.set(rightHash, o);
  o += rightHash.length;
  return hashToHeap(buf.subarray(0, o));
}

/** Hashes every node under `n` that has no hash yet (children first), and returns n's hash. */
export function hashNode(n: Node): Uint8Array {
  if (n.hash !== undefined) return n.hash;
  if (n.height === 0) {
    n.hash = computeLeafHash(n.key, n.value!, n.version);
  } else {
    const lh = hashNode(n.left!);
    const rh = hashNode(n.right!);
    n.hash = computeInnerHash(n.height, n.size, n.version, lh, rh);
  }
  return n.hash;
}

let emptyHash: Uint8Array | undefined;

/** Root hash of an empty tree: sha256(""), as iavl and the SDK's commit info use. */
export function emptyRootHash(): Uint8Array {
  if (emptyHash === undefined) emptyHash = sha256(new Uint8Array(0));
  return emptyHash;
}

export function rootHash(root: Node | undefined): Uint8Array {
  return root === undefined ? emptyRootHash() : hashNode(root);
}
