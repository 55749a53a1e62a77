import { equalBytes, toHex } from "../../chain/crypto/bytes.js";
import { isZeroBlockId, type BlockId, type Timestamp } from "../../chain/block/types.js";

const keys = new WeakMap<BlockId, string>();

/** A map key for a block id; "" for nil. Cached per object: votes for one block share their id. */
export function blockIdKey(id: BlockId): string {
  let k = keys.get(id);
  if (k === undefined) {
    k = isZeroBlockId(id) ? "" : `${toHex(id.hash)}:${id.partSetHeader.total}:${toHex(id.partSetHeader.hash)}`;
    keys.set(id, k);
  }
  return k;
}

export function sameBlockId(a: BlockId, b: BlockId): boolean {
  return (
    equalBytes(a.hash, b.hash) &&
    a.partSetHeader.total === b.partSetHeader.total &&
    equalBytes(a.partSetHeader.hash, b.partSetHeader.hash)
  );
}

export function timestampFromMs(ms: number): Timestamp {
  const m = Math.floor(ms);
  const seconds = Math.floor(m / 1000);
  return { seconds: BigInt(seconds), nanos: (m - seconds * 1000) * 1_000_000 };
}

/** Milliseconds since the epoch (sub-millisecond nanos are dropped). */
export function timestampToMs(t: Timestamp): number {
  return Number(t.seconds) * 1000 + Math.floor(t.nanos / 1_000_000);
}

export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  if (a.seconds !== b.seconds) return a.seconds < b.seconds ? -1 : 1;
  return a.nanos - b.nanos;
}

export function addMs(t: Timestamp, ms: number): Timestamp {
  let nanos = t.nanos + ms * 1_000_000;
  let seconds = t.seconds;
  while (nanos >= 1e9) {
    nanos -= 1e9;
    seconds += 1n;
  }
  return { seconds, nanos };
}
