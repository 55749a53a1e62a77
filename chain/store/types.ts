/**
 * Store interfaces. The state machine only ever sees these; persistence lives in node/.
 * Keys and values are bytes; iteration is always in unsigned byte order of keys.
 */

export interface KVReader {
  get(key: Uint8Array): Uint8Array | undefined;
  has(key: Uint8Array): boolean;
  /**
   * Entries with start <= key < end (either bound optional), ascending unless `reverse`.
   * The caller must not write to the same store while iterating.
   */
  iterate(start?: Uint8Array, end?: Uint8Array, reverse?: boolean): IterableIterator<[Uint8Array, Uint8Array]>;
}

export interface KVStore extends KVReader {
  set(key: Uint8Array, value: Uint8Array): void;
  delete(key: Uint8Array): void;
}

/** A set of named KV stores (one per module), as the app sees it during a block. */
export interface MultiStore {
  getStore(name: string): KVStore;
  storeNames(): readonly string[];
}

/**
 * A write cache over a parent MultiStore. Reads fall through; `write()` flushes into the
 * parent; dropping it discards. Branches nest (block -> tx -> message).
 */
export interface CacheMultiStore extends MultiStore {
  write(): void;
  branch(): CacheMultiStore;
}

/** One ICS23 proof op as CometBFT's `crypto.ProofOp` (type, key, data = CommitmentProof bytes). */
export interface ProofOp {
  type: string; // "ics23:iavl" | "ics23:simple"
  key: Uint8Array;
  data: Uint8Array;
}

export interface StoreQueryResult {
  /** The version (block height) the query ran at. */
  height: bigint;
  value: Uint8Array | undefined;
  /** Present when prove=true: [iavl existence/non-existence proof, simple-map proof of the store root]. */
  proofOps?: ProofOp[];
}

/** What a commit hands to node/ to persist atomically with the block (one LevelDB batch). */
export interface CommitResult {
  version: bigint;
  appHash: Uint8Array;
  /** Opaque key/value rows to put (tree nodes, roots, metadata). */
  writes: Array<[Uint8Array, Uint8Array]>;
  /** Opaque keys to delete (pruned nodes). */
  deletes: Uint8Array[];
}

/**
 * The committed, versioned state: IAVL-style trees, one per store, with an app hash over the
 * store roots (a simple merkle map, as the Cosmos SDK's commit info).
 */
export interface CommitMultiStore extends MultiStore {
  /** Last committed version (0n before the first commit). */
  readonly version: bigint;
  /** App hash of the last committed version (sha256("") style empty hash before any commit). */
  readonly appHash: Uint8Array;
  /** A cache branch over the working (uncommitted) state. */
  branch(): CacheMultiStore;
  /**
   * App hash the working state would commit to, without committing (InitChain reports the
   * genesis state's hash this way; the header of block 1 carries it).
   */
  workingHash(): Uint8Array;
  /** Hash the working state as version `version + 1`, keep it in memory, and return rows to persist. */
  commit(): CommitResult;
  /** Read a key at a committed version (default latest), optionally with proofs. */
  query(storeName: string, key: Uint8Array, opts?: { height?: bigint; prove?: boolean }): StoreQueryResult;
  /** Iterate a committed version of one store (for historical prefix queries). */
  iterateAt(storeName: string, height: bigint | undefined, start?: Uint8Array, end?: Uint8Array): IterableIterator<[Uint8Array, Uint8Array]>;
  /** Store roots of the last commit, sorted by name (for debugging and the light client). */
  storeRoots(): Array<{ name: string; root: Uint8Array }>;
}
