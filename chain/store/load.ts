import { ErrCorruptRows } from "./errors.js";
import { decodeNode } from "./iavl/codec.js";
import { Node, hashNode } from "./iavl/node.js";
import { ROW_META, ROW_NODE, ROW_ORPHANS, ROW_ROOT, parseStoreRowKey, readNodeKey, readU64 } from "./rows.js";

export interface LoadedStore {
  /** Root per retained version (undefined = empty tree). */
  roots: Map<number, Node | undefined>;
  /** Packed node keys orphaned at each version, ascending by version. */
  orphans: Map<number, Uint8Array>;
}

export interface LoadedState {
  latest: number;
  appHash: Uint8Array | undefined;
  versions: number[];
  stores: Map<string, LoadedStore>;
}

interface RawStore {
  nodes: Map<number, Array<Uint8Array | Node | undefined>>;
  roots: Map<number, Uint8Array>;
  orphans: Map<number, Uint8Array>;
}

/**
 * Rebuilds every retained version from the persisted rows (all rows ever written minus those
 * deleted). Nodes shared between versions are decoded once; hashes are recomputed.
 */
export function loadRows(rows: Iterable<[Uint8Array, Uint8Array]>): LoadedState {
  let latest = 0;
  let appHash: Uint8Array | undefined;
  const raw = new Map<string, RawStore>();
  const rawFor = (name: string): RawStore => {
    let r = raw.get(name);
    if (r === undefined) {
      r = { nodes: new Map(), roots: new Map(), orphans: new Map() };
      raw.set(name, r);
    }
    return r;
  };
  for (const [key, value] of rows) {
    if (key.length === 1 && key[0] === ROW_META) {
      if (value.length < 8) throw ErrCorruptRows.raise("metadata row");
      latest = readU64(value, 0);
      appHash = value.slice(8);
      continue;
    }
    const p = parseStoreRowKey(key);
    if (p === undefined) throw ErrCorruptRows.raise("unparsable row key");
    const r = rawFor(p.store);
    if (p.kind === ROW_NODE && p.rest.length === 12) {
      const { version, nonce } = readNodeKey(p.rest, 0);
      let arr = r.nodes.get(version);
      if (arr === undefined) {
        arr = [];
        r.nodes.set(version, arr);
      }
      arr[nonce] = value;
    } else if (p.kind === ROW_ROOT && p.rest.length === 8) {
      r.roots.set(readU64(p.rest, 0), value);
    } else if (p.kind === ROW_ORPHANS && p.rest.length === 8) {
      r.orphans.set(readU64(p.rest, 0), value);
    } else {
      throw ErrCorruptRows.raise(`unknown row kind ${p.kind}`);
    }
  }

  const versionSet = new Set<number>();
  for (const r of raw.values()) for (const v of r.roots.keys()) if (v <= latest) versionSet.add(v);
  const versions = [...versionSet].sort((a, b) => a - b);

  const stores = new Map<string, LoadedStore>();
  for (const [name, r] of raw) {
    const resolve = (version: number, nonce: number): Node => {
      const arr = r.nodes.get(version);
      const x = arr?.[nonce];
      if (x === undefined) throw ErrCorruptRows.raise(`store ${name}: missing node ${version}/${nonce}`);
      if (x instanceof Node) return x;
      const n = decodeNode(x, version, nonce, resolve);
      arr![nonce] = n;
      return n;
    };
    const roots = new Map<number, Node | undefined>();
    for (const v of versions) {
      const rk = r.roots.get(v);
      if (rk === undefined) throw ErrCorruptRows.raise(`store ${name}: no root row for version ${v}`);
      if (rk.length === 0) roots.set(v, undefined);
      else {
        const { version, nonce } = readNodeKey(rk, 0);
        const root = resolve(version, nonce);
        hashNode(root);
        roots.set(v, root);
      }
    }
    const orphans = new Map<number, Uint8Array>();
    for (const v of [...r.orphans.keys()].sort((a, b) => a - b)) orphans.set(v, r.orphans.get(v)!);
    stores.set(name, { roots, orphans });
  }
  return { latest, appHash, versions, stores };
}
