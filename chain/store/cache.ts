import { compareBytes } from "../crypto/bytes.js";
import { ErrInvalidKey, ErrNilValue, ErrUnknownStore } from "./errors.js";
import type { CacheMultiStore, KVStore, MultiStore } from "./types.js";

/** A binary string with one char per byte: compares exactly like the bytes (unsigned, shorter first). */
function keyString(k: Uint8Array): string {
  let s = "";
  for (let i = 0; i < k.length; i++) s += String.fromCharCode(k[i]!);
  return s;
}

export function validateKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length === 0) throw ErrInvalidKey.raise();
}

/**
 * Values must be non-empty: ICS23 (and so every light client) cannot prove an empty value, and
 * an empty value next to an absent key would even break the absence proof. Index entries store
 * INDEX_MARKER instead.
 */
export function validateValue(value: Uint8Array): void {
  if (value === undefined || value === null || !(value instanceof Uint8Array)) throw ErrNilValue.raise();
  if (value.length === 0) throw ErrNilValue.raise("empty values cannot be proven; store INDEX_MARKER for index entries");
}

/** The value of an index entry (presence is all it says). */
export const INDEX_MARKER: Uint8Array = Uint8Array.of(1);

interface Entry {
  key: Uint8Array;
  /** undefined = deleted in this cache (shadows the parent). */
  value: Uint8Array | undefined;
}

/**
 * A write-buffering KVStore over a parent (Cosmos SDK cachekv): reads fall through, deletes
 * shadow, iteration merges the buffered entries with the parent's in key order.
 */
export class CacheKVStore implements KVStore {
  private entries = new Map<string, Entry>();
  private sorted: Array<[string, Entry]> | undefined;

  constructor(private readonly parent: KVStore) {}

  get(key: Uint8Array): Uint8Array | undefined {
    const e = this.entries.get(keyString(key));
    return e !== undefined ? e.value : this.parent.get(key);
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }

  set(key: Uint8Array, value: Uint8Array): void {
    validateKey(key);
    validateValue(value);
    this.put(key.slice(), value.slice());
  }

  delete(key: Uint8Array): void {
    validateKey(key);
    this.put(key.slice(), undefined);
  }

  private put(key: Uint8Array, value: Uint8Array | undefined): void {
    const s = keyString(key);
    const e = this.entries.get(s);
    if (e !== undefined) e.value = value;
    else {
      this.entries.set(s, { key, value });
      this.sorted = undefined;
    }
  }

  private sortedEntries(): Array<[string, Entry]> {
    if (this.sorted === undefined) {
      this.sorted = [...this.entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    return this.sorted;
  }

  *iterate(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<[Uint8Array, Uint8Array]> {
    const all = this.sortedEntries();
    // range [lo, hi) of buffered entries inside [start, end)
    let lo = 0;
    let hi = all.length;
    if (start !== undefined) {
      const s = keyString(start);
      lo = lowerBound(all, s);
    }
    if (end !== undefined) {
      const e = keyString(end);
      hi = lowerBound(all, e);
    }
    const mine = all.slice(lo, Math.max(lo, hi));
    if (reverse) mine.reverse();
    const dir = reverse ? -1 : 1;
    const it = this.parent.iterate(start, end, reverse);
    let p = it.next();
    let i = 0;
    while (i < mine.length || !p.done) {
      if (p.done) {
        const e = mine[i++]![1];
        if (e.value !== undefined) yield [e.key, e.value];
        continue;
      }
      if (i >= mine.length) {
        yield p.value;
        p = it.next();
        continue;
      }
      const e = mine[i]![1];
      const c = compareBytes(p.value[0], e.key) * dir;
      if (c < 0) {
        yield p.value;
        p = it.next();
      } else {
        // the buffered entry wins on equal keys (and hides the parent's if deleted)
        if (c === 0) p = it.next();
        i++;
        if (e.value !== undefined) yield [e.key, e.value];
      }
    }
  }

  /** Flushes buffered writes into the parent in key order and empties the cache. */
  write(): void {
    for (const [, e] of this.sortedEntries()) {
      if (e.value === undefined) this.parent.delete(e.key);
      else this.parent.set(e.key, e.value);
    }
    this.entries.clear();
    this.sorted = undefined;
  }
}

function lowerBound(all: Array<[string, Entry]>, s: string): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]![0] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A CacheMultiStore over any MultiStore; stores are branched lazily on first use. */
export class CacheMulti implements CacheMultiStore {
  private stores = new Map<string, CacheKVStore>();
  private readonly names: readonly string[];

  constructor(private readonly parent: MultiStore) {
    this.names = parent.storeNames();
  }

  getStore(name: string): KVStore {
    let s = this.stores.get(name);
    if (s === undefined) {
      if (!this.names.includes(name)) throw ErrUnknownStore.raise(name);
      s = new CacheKVStore(this.parent.getStore(name));
      this.stores.set(name, s);
    }
    return s;
  }

  storeNames(): readonly string[] {
    return this.names;
  }

  write(): void {
    const names = [...this.stores.keys()].sort();
    for (const n of names) this.stores.get(n)!.write();
  }

  branch(): CacheMultiStore {
    return new CacheMulti(this);
  }
}

export function createCacheMultiStore(parent: MultiStore): CacheMultiStore {
  return new CacheMulti(parent);
}
