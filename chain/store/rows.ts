import { encodeUvarint, utf8 } from "../crypto/bytes.js";
import { NODE_KEY_LENGTH, readNodeKey, readU32, writeNodeKey, writeU64 } from "./iavl/codec.js";

export { writeU64 };

/**
 * Row keys of the committed state (node/ adds its own prefix and keeps all rows in one
 * keyspace). Multi-byte integers are big-endian so rows sort by version.
 *
 *   'm'                                   -> u64(latest version) || app hash
 *   'n' || tag(store) || u64(ver) u32(nonce) -> node row (iavl/codec.ts)
 *   'r' || tag(store) || u64(ver)          -> root node key (12 bytes), empty for an empty tree
 *   'o' || tag(store) || u64(ver)          -> node keys (12 bytes each) that version `ver` no
 *                                            longer references; deleted once ver-1 is pruned
 *
 * tag(store) = uvarint(len name) || name, so no store's rows are a prefix of another's.
 */
export const ROW_META = 0x6d; // 'm'
export const ROW_NODE = 0x6e; // 'n'
export const ROW_ROOT = 0x72; // 'r'
export const ROW_ORPHANS = 0x6f; // 'o'

export const META_KEY = Uint8Array.of(ROW_META);

export function storeTag(name: string): Uint8Array {
  const n = utf8(name);
  const len = encodeUvarint(n.length);
  const out = new Uint8Array(len.length + n.length);
  out.set(len, 0);
  out.set(n, len.length);
  return out;
}

export function rowPrefix(kind: number, tag: Uint8Array): Uint8Array {
  const out = new Uint8Array(1 + tag.length);
  out[0] = kind;
  out.set(tag, 1);
  return out;
}

export function readU64(b: Uint8Array, off: number): number {
  return readU32(b, off) * 0x100000000 + readU32(b, off + 4);
}

export function versionRowKey(prefix: Uint8Array, version: number): Uint8Array {
  const out = new Uint8Array(prefix.length + 8);
  out.set(prefix, 0);
  writeU64(out, prefix.length, version);
  return out;
}

export function nodeRowKey(prefix: Uint8Array, version: number, nonce: number): Uint8Array {
  const out = new Uint8Array(prefix.length + NODE_KEY_LENGTH);
  out.set(prefix, 0);
  writeNodeKey(out, prefix.length, version, nonce);
  return out;
}

export interface ParsedRowKey {
  kind: number;
  store: string;
  rest: Uint8Array;
}

const dec = new TextDecoder();

/** Splits kind || tag || rest; undefined for the metadata row or a malformed key. */
export function parseStoreRowKey(key: Uint8Array): ParsedRowKey | undefined {
  if (key.length < 2) return undefined;
  let len = 0;
  let mul = 1;
  let o = 1;
  for (;;) {
    if (o >= key.length) return undefined;
    const b = key[o++]!;
    len += (b & 0x7f) * mul;
    if (b < 0x80) break;
    mul *= 0x80;
  }
  if (o + len > key.length) return undefined;
  return { kind: key[0]!, store: dec.decode(key.subarray(o, o + len)), rest: key.subarray(o + len) };
}

export { readNodeKey };
