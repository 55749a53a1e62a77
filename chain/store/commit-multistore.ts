import { equalBytes, toHex, utf8 } from "../crypto/bytes.js";
import { CacheMulti, validateKey, validateValue } from "./cache.js";
import { type StoreRoot, computeAppHash, createStoreProof } from "./commit-info.js";
import { ErrCorruptRows, ErrInvalidStoreName, ErrUnknownStore, ErrVersionNotFound, ErrVersionPruned } from "./errors.js";
import { NODE_KEY_LENGTH, Slab, writeNodeKey } from "./iavl/codec.js";
import { Node, rootHash } from "./iavl/node.js";
import { encodeCommitmentProof, getWithProof } from "./iavl/proof.js";
import { saveWorkingTree } from "./iavl/save.js";
import { MutableTree, getFromTree, iterateTree } from "./iavl/tree.js";
import { loadRows } from "./load.js";
import {
  META_KEY,
  ROW_NODE,
  ROW_ORPHANS,
  ROW_ROOT,
  rowPrefix,
  storeTag,
  versionRowKey,
  writeU64,
} from "./rows.js";
import type { CacheMultiStore, CommitMultiStore, CommitResult, KVStore, ProofOp, StoreQueryResult } from "./types.js";

export interface CommitMultiStoreOptions {
  storeNames: readonly string[];
  /**
   * Number of most recent versions kept queryable (and on disk); older versions are pruned at
   * commit and their no longer used nodes are returned in `deletes`. 0 keeps every version.
   */
  keepRecent?: number;
  /** Every row ever written by commit() minus the deleted ones, in any order. */
  rows?: Iterable<[Uint8Array, Uint8Array]>;
}

interface StoreState {
  name: string;
  tree: MutableTree;
  nodePrefix: Uint8Array;
  rootPrefix: Uint8Array;
  orphanPrefix: Uint8Array;
  /** Packed node keys orphaned at a version (ascending versions). */
  orphans: Map<number, Uint8Array>;
  kv: KVStore;
}

interface VersionState {
  roots: Map<string, Node | undefined>;
  /** Sorted by name. */
  rootHashes: StoreRoot[];
  appHash: Uint8Array;
}

/** The working state of one store: writes go straight into its mutable tree. */
class WorkingStore implements KVStore {
  constructor(private readonly tree: MutableTree) {}
  get(key: Uint8Array): Uint8Array | undefined {
    return getFromTree(this.tree.root, key);
  }
  has(key: Uint8Array): boolean {
    return getFromTree(this.tree.root, key) !== undefined;
  }
  set(key: Uint8Array, value: Uint8Array): void {
    validateKey(key);
    validateValue(value);
    this.tree.set(key.slice(), value.slice());
  }
  delete(key: Uint8Array): void {
    validateKey(key);
    this.tree.remove(key);
  }
  iterate(start?: Uint8Array, end?: Uint8Array, reverse = false): IterableIterator<[Uint8Array, Uint8Array]> {
    return iterateTree(this.tree.root, start, end, reverse);
  }
}

function validateStoreName(name: string): void {
  if (!/^[\x21-\x7e]+$/.test(name)) throw ErrInvalidStoreName.raise(JSON.stringify(name));
}

class CommitMultiStoreImpl implements CommitMultiStore {
  private readonly stores = new Map<string, StoreState>();
  private readonly sortedNames: string[];
  private readonly versions = new Map<number, VersionState>();
  private latest = 0;
  private oldest = 0;
  private readonly keepRecent: number;

  constructor(opts: CommitMultiStoreOptions) {
    this.keepRecent = opts.keepRecent ?? 100;
    this.sortedNames = [...new Set(opts.storeNames)].sort();
    for (const n of this.sortedNames) validateStoreName(n);
    const loaded = opts.rows !== undefined ? loadRows(opts.rows) : undefined;
    this.latest = loaded?.latest ?? 0;
    const versions = loaded !== undefined && loaded.versions.length > 0 ? loaded.versions : [this.latest];
    this.oldest = versions[0]!;
    if (versions[versions.length - 1] !== this.latest) throw ErrCorruptRows.raise("latest version has no roots");
    for (const name of this.sortedNames) {
      const tag = storeTag(name);
      const ls = loaded?.stores.get(name);
      const tree = new MutableTree(ls?.roots.get(this.latest), this.latest);
      this.stores.set(name, {
        name,
        tree,
        nodePrefix: rowPrefix(ROW_NODE, tag),
        rootPrefix: rowPrefix(ROW_ROOT, tag),
        orphanPrefix: rowPrefix(ROW_ORPHANS, tag),
        orphans: ls?.orphans ?? new Map(),
        kv: new WorkingStore(tree),
      });
    }
    for (const v of versions) {
      const roots = new Map<string, Node | undefined>();
      for (const name of this.sortedNames) roots.set(name, loaded?.stores.get(name)?.roots.get(v));
      this.versions.set(v, this.versionState(roots));
    }
    const missing = this.sortedNames.some((n) => loaded !== undefined && !loaded.stores.has(n));
    if (loaded?.appHash !== undefined && loaded.versions.length > 0 && !missing) {
      if (!equalBytes(loaded.appHash, this.appHash)) {
        throw ErrCorruptRows.raise(`app hash ${toHex(this.appHash)} != persisted ${toHex(loaded.appHash)}`);
      }
    }
  }

  private versionState(roots: Map<string, Node | undefined>): VersionState {
    const rootHashes = this.sortedNames.map((name) => ({ name, root: rootHash(roots.get(name)) }));
    return { roots, rootHashes, appHash: computeAppHash(rootHashes) };
  }

  get version(): bigint {
    return BigInt(this.latest);
  }

  get appHash(): Uint8Array {
    return this.versions.get(this.latest)!.appHash;
  }

  getStore(name: string): KVStore {
    const s = this.stores.get(name);
    if (s === undefined) throw ErrUnknownStore.raise(name);
    return s.kv;
  }

  storeNames(): readonly string[] {
    return this.sortedNames;
  }

  branch(): CacheMultiStore {
    return new CacheMulti(this);
  }

  workingHash(): Uint8Array {
    return computeAppHash(this.sortedNames.map((name) => ({ name, root: rootHash(this.stores.get(name)!.tree.root) })));
  }

  commit(): CommitResult {
    const v = this.latest + 1;
    const writes: Array<[Uint8Array, Uint8Array]> = [];
    const deletes: Uint8Array[] = [];
    const slab = new Slab();
    const roots = new Map<string, Node | undefined>();
    for (const name of this.sortedNames) {
      const s = this.stores.get(name)!;
      const saved = saveWorkingTree(s.tree, s.nodePrefix, slab, writes);
      roots.set(name, saved.root);
      const rootKey = new Uint8Array(saved.root === undefined ? 0 : NODE_KEY_LENGTH);
      if (saved.root !== undefined) writeNodeKey(rootKey, 0, saved.root.version, saved.root.nonce);
      writes.push([versionRowKey(s.rootPrefix, v), rootKey]);
      if (saved.orphans.length > 0) {
        const packed = new Uint8Array(saved.orphans.length * NODE_KEY_LENGTH);
        for (let i = 0; i < saved.orphans.length; i++) {
          const o = saved.orphans[i]!;
          writeNodeKey(packed, i * NODE_KEY_LENGTH, o.version, o.nonce);
        }
        s.orphans.set(v, packed);
        writes.push([versionRowKey(s.orphanPrefix, v), packed]);
      }
    }
    const state = this.versionState(roots);
    this.versions.set(v, state);
    if (this.latest === 0) this.versions.delete(0); // the empty pre-genesis state has no rows
    if (this.oldest === 0) this.oldest = 1;
    this.latest = v;
    this.prune(deletes);
    const meta = new Uint8Array(8 + state.appHash.length);
    writeU64(meta, 0, v);
    meta.set(state.appHash, 8);
    writes.push([META_KEY, meta]);
    return { version: BigInt(v), appHash: state.appHash, writes, deletes };
  }

  /** Drops versions older than keepRecent, and the nodes only they used. */
  private prune(deletes: Uint8Array[]): void {
    if (this.keepRecent <= 0) return;
    const newOldest = Math.max(1, this.latest - this.keepRecent + 1);
    if (newOldest <= this.oldest) return;
    for (let p = this.oldest; p < newOldest; p++) {
      this.versions.delete(p);
      for (const name of this.sortedNames) deletes.push(versionRowKey(this.stores.get(name)!.rootPrefix, p));
    }
    for (const name of this.sortedNames) {
      const s = this.stores.get(name)!;
      const pl = s.nodePrefix.length;
      for (const [o, packed] of s.orphans) {
        // nodes orphaned at o were last used by version o - 1
        if (o > newOldest) break;
        for (let i = 0; i < packed.length; i += NODE_KEY_LENGTH) {
          const k = new Uint8Array(pl + NODE_KEY_LENGTH);
          k.set(s.nodePrefix, 0);
          k.set(packed.subarray(i, i + NODE_KEY_LENGTH), pl);
          deletes.push(k);
        }
        deletes.push(versionRowKey(s.orphanPrefix, o));
        s.orphans.delete(o);
      }
    }
    this.oldest = newOldest;
  }

  private versionAt(height: bigint | undefined): { v: number; state: VersionState } {
    const v = height === undefined || height === 0n ? this.latest : Number(height);
    if (height !== undefined && (height < 0n || height > BigInt(this.latest))) {
      throw ErrVersionNotFound.raise(`height ${height}, latest ${this.latest}`);
    }
    const state = this.versions.get(v);
    if (state === undefined) {
      if (v < this.oldest) throw ErrVersionPruned.raise(`height ${v}, oldest kept ${this.oldest}`);
      throw ErrVersionNotFound.raise(`height ${v}`);
    }
    return { v, state };
  }

  query(storeName: string, key: Uint8Array, opts: { height?: bigint; prove?: boolean } = {}): StoreQueryResult {
    if (!this.stores.has(storeName)) throw ErrUnknownStore.raise(storeName);
    validateKey(key);
    const { v, state } = this.versionAt(opts.height);
    const root = state.roots.get(storeName);
    if (!opts.prove) return { height: BigInt(v), value: getFromTree(root, key) };
    const { value, proof } = getWithProof(root, key);
    const storeProof = createStoreProof(state.rootHashes, storeName)!;
    const proofOps: ProofOp[] = [
      { type: "ics23:iavl", key: key.slice(), data: encodeCommitmentProof(proof) },
      { type: "ics23:simple", key: utf8(storeName), data: encodeCommitmentProof(storeProof) },
    ];
    return { height: BigInt(v), value, proofOps };
  }

  iterateAt(
    storeName: string,
    height: bigint | undefined,
    start?: Uint8Array,
    end?: Uint8Array,
  ): IterableIterator<[Uint8Array, Uint8Array]> {
    if (!this.stores.has(storeName)) throw ErrUnknownStore.raise(storeName);
    const { state } = this.versionAt(height);
    return iterateTree(state.roots.get(storeName), start, end, false);
  }

  storeRoots(): Array<{ name: string; root: Uint8Array }> {
    return this.versions.get(this.latest)!.rootHashes.map((r) => ({ name: r.name, root: r.root }));
  }

  /** App hash of a retained version (for the header of version + 1 and light-client checks). */
  appHashAt(height: bigint): Uint8Array {
    return this.versionAt(height).state.appHash;
  }

  /** Oldest version still queryable. */
  get oldestVersion(): bigint {
    return BigInt(this.oldest);
  }
}

export type CommitMultiStoreWithHistory = CommitMultiStore & {
  appHashAt(height: bigint): Uint8Array;
  readonly oldestVersion: bigint;
};

export function createCommitMultiStore(opts: CommitMultiStoreOptions): CommitMultiStoreWithHistory {
  return new CommitMultiStoreImpl(opts);
}
