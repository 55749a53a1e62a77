import { Block } from "cosmjs-types/tendermint/types/block";
import { BlockMeta, Commit } from "cosmjs-types/tendermint/types/types";
import { ResponseFinalizeBlock, TxResult } from "cosmjs-types/tendermint/abci/types";
import type { NodeDb } from "../storage/db.js";
import { be64, readBe64 } from "../storage/db.js";

const LATEST_KEY = new TextEncoder().encode("latest");
const BEACON_PREFIX = new TextEncoder().encode("B");
const CS_KEY = new TextEncoder().encode("consensus_state");
const VALSET_PREFIX = new TextEncoder().encode("V");
const EVIDENCE_PREFIX = new TextEncoder().encode("E");

/** A batch operation on one of the node's sublevels; the node writes them all in one batch. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DbOp = { type: "put" | "del"; key: any; value?: any; sublevel?: any; keyEncoding?: any; valueEncoding?: any };

export interface SavedBlock {
  block: Block;
  meta: BlockMeta;
  /** The commit that finalized this block (its precommits). */
  commit: Commit;
  results: ResponseFinalizeBlock;
  /** Tx records keyed by their (already computed) sha256 hash. */
  txRecords: Array<{ hash: Uint8Array; record: TxResult }>;
}

/**
 * Blocks, commits, results and tx records, keyed by height and by hash. Reads of recent blocks
 * hit a small cache because RPC clients poll the tip.
 */
export class BlockStore {
  private latest = 0n;
  private readonly cache = new Map<bigint, { block: Block; meta: BlockMeta }>();

  constructor(private readonly db: NodeDb) {}

  async open(): Promise<void> {
    const v = await this.db.meta.get(LATEST_KEY);
    this.latest = v ? readBe64(v) : 0n;
  }

  get height(): bigint {
    return this.latest;
  }

  /** Batch operations that persist one block with everything that belongs to it. */
  saveOps(s: SavedBlock): DbOp[] {
    const h = be64(s.block.header.height);
    const ops: DbOp[] = [
      { type: "put", sublevel: this.db.blocks, key: h, value: Block.encode(s.block).finish() },
      { type: "put", sublevel: this.db.meta, key: concat(new TextEncoder().encode("M"), h), value: BlockMeta.encode(s.meta).finish() },
      { type: "put", sublevel: this.db.commits, key: h, value: Commit.encode(s.commit).finish() },
      { type: "put", sublevel: this.db.results, key: h, value: ResponseFinalizeBlock.encode(s.results).finish() },
      { type: "put", sublevel: this.db.blockHashes, key: s.meta.blockId.hash, value: h },
      { type: "put", sublevel: this.db.meta, key: LATEST_KEY, value: h },
    ];
    for (const t of s.txRecords) {
      ops.push({ type: "put", sublevel: this.db.txs, key: t.hash, value: TxResult.encode(t.record).finish() });
    }
    return ops;
  }

  /** Called after the batch is written. */
  markSaved(s: SavedBlock): void {
    this.latest = s.block.header.height;
    this.cache.set(this.latest, { block: s.block, meta: s.meta });
    if (this.cache.size > 64) this.cache.delete(this.cache.keys().next().value as bigint);
  }

  async getBlock(height: bigint): Promise<{ block: Block; meta: BlockMeta } | undefined> {
    const c = this.cache.get(height);
    if (c) return c;
    if (height < 1n || height > this.latest) return undefined;
    const [b, m] = await Promise.all([this.db.blocks.get(be64(height)), this.db.meta.get(concat(new TextEncoder().encode("M"), be64(height)))]);
    if (!b || !m) return undefined;
    return { block: Block.decode(b), meta: BlockMeta.decode(m) };
  }

  async getMeta(height: bigint): Promise<BlockMeta | undefined> {
    const c = this.cache.get(height);
    if (c) return c.meta;
    const m = await this.db.meta.get(concat(new TextEncoder().encode("M"), be64(height)));
    return m ? BlockMeta.decode(m) : undefined;
  }

  async heightByHash(hash: Uint8Array): Promise<bigint | undefined> {
    const v = await this.db.blockHashes.get(hash);
    return v ? readBe64(v) : undefined;
  }

  async getCommit(height: bigint): Promise<Commit | undefined> {
    const v = await this.db.commits.get(be64(height));
    return v ? Commit.decode(v) : undefined;
  }

  async getResults(height: bigint): Promise<ResponseFinalizeBlock | undefined> {
    const v = await this.db.results.get(be64(height));
    return v ? ResponseFinalizeBlock.decode(v) : undefined;
  }

  async getTx(hash: Uint8Array): Promise<TxResult | undefined> {
    const v = await this.db.txs.get(hash);
    return v ? TxResult.decode(v) : undefined;
  }

  /** Replaces the stored commit of `height` by the canonical one carried in block height+1. */
  canonicalCommitOps(height: bigint, commit: Commit): DbOp[] {
    return [{ type: "put", sublevel: this.db.commits, key: be64(height), value: Commit.encode(commit).finish() }];
  }

  /** The randomness beacon of a block: the proposer's signature and sha256 of it. */
  beaconOps(height: bigint, signature: Uint8Array, value: Uint8Array): DbOp[] {
    return [{ type: "put", sublevel: this.db.meta, key: concat(BEACON_PREFIX, be64(height)), value: concat(signature, value) }];
  }

  async getBeacon(height: bigint): Promise<{ signature: Uint8Array; value: Uint8Array } | undefined> {
    const v = await this.db.meta.get(concat(BEACON_PREFIX, be64(height)));
    if (!v || v.length !== 96) return undefined;
    return { signature: v.slice(0, 64), value: v.slice(64) };
  }

  /** Opaque consensus state (validator sets for the next heights), written with each block. */
  consensusStateOps(state: Uint8Array): DbOp[] {
    return [{ type: "put", sublevel: this.db.meta, key: CS_KEY, value: state }];
  }

  async getConsensusState(): Promise<Uint8Array | undefined> {
    return (await this.db.meta.get(CS_KEY)) ?? undefined;
  }

  /** The validator set (opaque encoding) that signed `height`. */
  validatorSetOps(height: bigint, set: Uint8Array): DbOp[] {
    return [{ type: "put", sublevel: this.db.meta, key: concat(VALSET_PREFIX, be64(height)), value: set }];
  }

  async getValidatorSet(height: bigint): Promise<Uint8Array | undefined> {
    return (await this.db.meta.get(concat(VALSET_PREFIX, be64(height)))) ?? undefined;
  }

  /** Evidence committed in a block, so it is never included twice. */
  committedEvidenceOps(key: string, height: bigint): DbOp[] {
    return [{ type: "put", sublevel: this.db.meta, key: concat(EVIDENCE_PREFIX, new TextEncoder().encode(key)), value: be64(height) }];
  }

  async committedEvidenceKeys(): Promise<string[]> {
    const out: string[] = [];
    const end = concat(EVIDENCE_PREFIX, Uint8Array.of(0xff));
    for await (const k of this.db.meta.keys({ gte: EVIDENCE_PREFIX, lt: end })) out.push(new TextDecoder().decode(k.subarray(EVIDENCE_PREFIX.length)));
    return out;
  }

}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const o = new Uint8Array(a.length + b.length);
  o.set(a);
  o.set(b, a.length);
  return o;
}

export { readBe64 };
