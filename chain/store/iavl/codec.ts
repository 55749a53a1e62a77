import { ErrCorruptRows } from "../errors.js";
import { Node, keyPrefixNumber, putUvarint } from "./node.js";

/**
 * Node rows. A node is stored under its node key (version, nonce) as in iavl v1, never under
 * its hash, so a later commit can neither overwrite nor delete a node that an older retained
 * version still uses; deleting happens only through orphan tracking.
 *
 *   leaf:  0x00 | uvarint(len key) | key | value
 *   inner: uvarint(height >= 1) | uvarint(size) | uvarint(lver) uvarint(lnonce) uvarint(rver) uvarint(rnonce) | key
 *
 * Hashes are not stored: they are recomputed at load (which also checks the rows against the
 * app hash kept in the metadata row).
 */

/** Hands out subarrays of large buffers, so a commit of 100k rows makes few allocations. */
export class Slab {
  private buf = new Uint8Array(0);
  private pos = 0;
  alloc(n: number): Uint8Array {
    if (this.pos + n > this.buf.length) {
      this.buf = new Uint8Array(Math.max(n, 256 * 1024));
      this.pos = 0;
    }
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

export const NODE_KEY_LENGTH = 12;

/** Big-endian 8-byte write of a non-negative integer below 2^53. */
export function writeU64(out: Uint8Array, off: number, v: number): void {
  const hi = Math.floor(v / 0x100000000);
  const lo = v >>> 0;
  out[off] = hi >>> 24;
  out[off + 1] = (hi >>> 16) & 0xff;
  out[off + 2] = (hi >>> 8) & 0xff;
  out[off + 3] = hi & 0xff;
  out[off + 4] = lo >>> 24;
  out[off + 5] = (lo >>> 16) & 0xff;
  out[off + 6] = (lo >>> 8) & 0xff;
  out[off + 7] = lo & 0xff;
}

export function writeNodeKey(out: Uint8Array, off: number, version: number, nonce: number): void {
  writeU64(out, off, version);
  out[off + 8] = nonce >>> 24;
  out[off + 9] = (nonce >>> 16) & 0xff;
  out[off + 10] = (nonce >>> 8) & 0xff;
  out[off + 11] = nonce & 0xff;
}

export function readU32(b: Uint8Array, off: number): number {
  return ((b[off]! << 24) >>> 0) + (b[off + 1]! << 16) + (b[off + 2]! << 8) + b[off + 3]!;
}

export function readNodeKey(b: Uint8Array, off: number): { version: number; nonce: number } {
  return { version: readU32(b, off) * 0x100000000 + readU32(b, off + 4), nonce: readU32(b, off + 8) };
}

function uvarintLen(n: number): number {
  let l = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    l++;
  }
  return l;
}

export function encodeNode(n: Node, slab: Slab): Uint8Array {
  if (n.height === 0) {
    const k = n.key;
    const v = n.value!;
    const out = slab.alloc(1 + uvarintLen(k.length) + k.length + v.length);
    out[0] = 0;
    let o = putUvarint(out, 1, k.length);
    out.set(k, o);
    o += k.length;
    out.set(v, o);
    return out;
  }
  const l = n.left!;
  const r = n.right!;
  const len =
    uvarintLen(n.height) +
    uvarintLen(n.size) +
    uvarintLen(l.version) +
    uvarintLen(l.nonce) +
    uvarintLen(r.version) +
    uvarintLen(r.nonce) +
    n.key.length;
  const out = slab.alloc(len);
  let o = putUvarint(out, 0, n.height);
  o = putUvarint(out, o, n.size);
  o = putUvarint(out, o, l.version);
  o = putUvarint(out, o, l.nonce);
  o = putUvarint(out, o, r.version);
  o = putUvarint(out, o, r.nonce);
  out.set(n.key, o);
  return out;
}

class Reader {
  off = 0;
  constructor(readonly b: Uint8Array) {}
  uvarint(): number {
    let n = 0;
    let mul = 1;
    for (;;) {
      if (this.off >= this.b.length) throw ErrCorruptRows.raise("truncated varint in node row");
      const byte = this.b[this.off++]!;
      n += (byte & 0x7f) * mul;
      if (byte < 0x80) return n;
      mul *= 0x80;
    }
  }
}

/** Decodes a node row; `child` resolves a node key to an already decoded node. */
export function decodeNode(
  row: Uint8Array,
  version: number,
  nonce: number,
  child: (version: number, nonce: number) => Node,
): Node {
  const r = new Reader(row);
  const height = r.uvarint();
  if (height === 0) {
    const kl = r.uvarint();
    if (r.off + kl > row.length) throw ErrCorruptRows.raise("truncated leaf row");
    const key = row.slice(r.off, r.off + kl);
    const value = row.slice(r.off + kl);
    return new Node(key, keyPrefixNumber(key), value, undefined, undefined, 0, 1, version, nonce, undefined);
  }
  const size = r.uvarint();
  const lv = r.uvarint();
  const ln = r.uvarint();
  const rv = r.uvarint();
  const rn = r.uvarint();
  const key = row.slice(r.off);
  const left = child(lv, ln);
  const right = child(rv, rn);
  return new Node(key, keyPrefixNumber(key), undefined, left, right, height, size, version, nonce, undefined);
}
