/**
 * Key layout shared by the tx and block indexers. Keys are utf8 strings whose byte order is the
 * order we scan in:
 *
 *   tx record     "tr:" POS                         -> JSON {h: HASH, e: [[ck, v, ck, v, ...], ...]}
 *   tx by hash    "th:" HASH                        -> POS
 *   tx attribute  "ta:" part(ck) part(value) POS     -> ""
 *   block record  "br:" POS                         -> JSON {e: [[ck, v, ...], ...]}
 *   block attr    "ba:" part(ck) part(value) POS     -> ""
 *
 * POS is the height as 20 zero-padded decimal digits (u64 max has 20), and for txs ":" and the
 * index as 10 digits, so string order is (height, index) order and a height range is a key range.
 * HASH is upper-case hex. part(s) is s with NUL escaped as NUL 0xFF and terminated by NUL 0x01,
 * so parts never run into each other and every key under a composite key shares one prefix.
 */
import { IndexerError } from "./errors.js";

export const MAX_HEIGHT = (1n << 64n) - 1n;
const MAX_INDEX = 0xffff_ffff;

const ESCAPED_NUL = "\u0000\u00ff";
const TERMINATOR = "\u0000\u0001";

export function keyPart(s: string): string {
  return s.replaceAll("\u0000", ESCAPED_NUL) + TERMINATOR;
}

/** Reads one part starting at `from`; returns the decoded string and the offset after it. */
export function readKeyPart(key: string, from: number): { value: string; next: number } | undefined {
  let out = "";
  let i = from;
  for (;;) {
    const nul = key.indexOf("\u0000", i);
    if (nul < 0 || nul + 1 >= key.length) return undefined;
    out += key.slice(i, nul);
    const marker = key[nul + 1];
    if (marker === "\u0001") return { value: out, next: nul + 2 };
    if (marker !== "\u00ff") return undefined;
    out += "\u0000";
    i = nul + 2;
  }
}

/** The least string greater than every string that starts with `prefix` (last char is ASCII). */
export function prefixEnd(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

export function heightPos(height: bigint): string {
  if (height < 0n || height > MAX_HEIGHT) {
    throw new RangeError(`height ${height} outside [0, 2^64-1]`);
  }
  return height.toString().padStart(20, "0");
}

export function txPos(height: bigint, index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > MAX_INDEX) {
    throw new RangeError(`tx index ${index} outside [0, 2^32-1]`);
  }
  return `${heightPos(height)}:${index.toString().padStart(10, "0")}`;
}

export function posHeight(pos: string): bigint {
  return BigInt(pos.slice(0, 20));
}

export function posIndex(pos: string): number {
  return Number(pos.slice(21, 31));
}

export const TX_RECORD = "tr:";
export const TX_HASH = "th:";
export const TX_ATTR = "ta:";
export const BLOCK_RECORD = "br:";
export const BLOCK_ATTR = "ba:";

/** Upper-case hex of a hash given as bytes or hex; throws IndexerError for non-hex text. */
export function normalizeHash(hash: string): string {
  if (!/^[0-9a-fA-F]*$/.test(hash) || hash.length % 2 !== 0) {
    throw new IndexerError("tx-hash", `invalid tx.hash ${JSON.stringify(hash)}: want hex`);
  }
  return hash.toUpperCase();
}
