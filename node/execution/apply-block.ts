import { Block } from "cosmjs-types/tendermint/types/block";
import type { BlockID, Commit } from "cosmjs-types/tendermint/types/types";
import type { ExecTxResult, ResponseFinalizeBlock, TxResult } from "cosmjs-types/tendermint/abci/types";
import type { App } from "../../chain/app/app.js";
import type { AbciEvent } from "../../chain/events/types.js";
import type { ValidatorUpdate as AppValidatorUpdate, BlockExtras, Misbehavior } from "../../chain/app/context.js";
import type { Evidence } from "cosmjs-types/tendermint/types/evidence";
import { lastResultsHash } from "../../chain/block/data-hash.js";
import type { BlockStore, DbOp } from "../blockstore/block-store.js";
import type { NodeDb } from "../storage/db.js";
import type { TxIndexer } from "../indexer/tx-indexer.js";
import type { BlockIndexer } from "../indexer/block-indexer.js";
import type { Mempool } from "../mempool/mempool.js";
import type { EventBus } from "../events/bus.js";
import { createHash } from "node:crypto";

export interface ExecutionDeps {
  app: App;
  db: NodeDb;
  blocks: BlockStore;
  txIndexer: TxIndexer;
  blockIndexer: BlockIndexer;
  mempool: Mempool;
  bus: EventBus;
}

export interface AppliedBlock {
  height: bigint;
  appHash: Uint8Array;
  lastResultsHash: Uint8Array;
  txHashes: Uint8Array[];
  /** The app's validator set changes (applied by consensus two heights later). */
  validatorUpdates: AppValidatorUpdate[];
}

type AbciEventOut = { type: string; attributes: Array<{ key: string; value: string; index: boolean }> };

/** What consensus adds to the execution of a decided block (all optional). */
export interface ApplyExtras {
  /** Block-level events appended to finalize_block_events (e.g. the beacon). */
  events?: AbciEventOut[];
  /**
   * Called with the block's evidence before the batch is written; returns the events to record.
   * Issue 3 slashes here; the default records `evidence{type,validator,height}`.
   */
  onEvidence?: (evidence: readonly Evidence[], height: bigint) => AbciEventOut[];
  /** More rows for the same atomic batch, given the app's validator updates. */
  extraOps?: (validatorUpdates: readonly AppValidatorUpdate[]) => DbOp[];
  /** This block's randomness beacon (DESIGN §5), handed to the app. */
  randomness?: Uint8Array;
  /** The validator set that signed the block's LastCommit (height - 1), for downtime tracking. */
  lastValidators?: ReadonlyArray<{ address: Uint8Array; votingPower: bigint }>;
  /** Total voting power of the current set (for evidence). */
  totalVotingPower?: bigint;
}

/** What the app learns from consensus beyond the header: beacon, who signed, misbehaviour. */
export function blockExtras(block: Block, extras: ApplyExtras): BlockExtras {
  const sigs = block.lastCommit?.signatures ?? [];
  const signed = new Set(sigs.filter((s) => s.blockIdFlag === 2).map((s) => Buffer.from(s.validatorAddress).toString("hex")));
  const misbehavior: Misbehavior[] = [];
  for (const e of block.evidence?.evidence ?? []) {
    const d = e.duplicateVoteEvidence;
    if (!d?.voteA) continue;
    misbehavior.push({
      type: "duplicate_vote",
      validatorAddress: d.voteA.validatorAddress,
      height: d.voteA.height,
      timeSeconds: d.timestamp?.seconds ?? block.header.time.seconds,
      totalVotingPower: d.totalVotingPower || extras.totalVotingPower || 0n,
    });
  }
  return {
    randomness: extras.randomness ?? new Uint8Array(),
    lastCommitVotes: (extras.lastValidators ?? []).map((v) => ({
      address: v.address,
      power: v.votingPower,
      signed: signed.has(Buffer.from(v.address).toString("hex")),
    })),
    misbehavior,
  };
}

/** Default evidence handling: one `evidence` event per item (no slashing yet). */
export function evidenceEvents(evidence: readonly Evidence[]): AbciEventOut[] {
  const out: AbciEventOut[] = [];
  for (const e of evidence) {
    const d = e.duplicateVoteEvidence;
    if (!d?.voteA) continue;
    out.push({
      type: "evidence",
      attributes: [
        { key: "type", value: "duplicate_vote", index: true },
        { key: "validator", value: Buffer.from(d.voteA.validatorAddress).toString("hex").toUpperCase(), index: true },
        { key: "height", value: d.voteA.height.toString(), index: true },
      ],
    });
  }
  return out;
}

function toAbciEvents(events: readonly AbciEvent[]) {
  return events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) }));
}

/**
 * Executes a decided block, then writes block, commit, results, tx records, both indexes and the
 * state rows in ONE LevelDB batch (crash safety: the height moves only with its state), then
 * updates the mempool and publishes events. Used by consensus for decided and block-synced blocks.
 */
export async function applyBlock(
  d: ExecutionDeps,
  block: Block,
  blockId: BlockID,
  commit: Commit,
  blockSize: number,
  extras: ApplyExtras = {},
): Promise<AppliedBlock> {
  const h = block.header;
  const txs = block.data.txs;
  const res = d.app.finalizeBlock(
    { chainId: h.chainId, height: h.height, timeSeconds: h.time.seconds, timeNanos: h.time.nanos, proposer: h.proposerAddress, extras: blockExtras(block, extras) },
    txs,
  );
  const txResults: ExecTxResult[] = res.txResults.map((r) => ({
    code: r.code,
    data: r.data,
    log: r.log,
    info: r.info,
    gasWanted: r.gasWanted,
    gasUsed: r.gasUsed,
    events: toAbciEvents(r.events),
    codespace: r.codespace,
  }));
  const evidence = block.evidence?.evidence ?? [];
  const evEvents = evidence.length > 0 ? (extras.onEvidence ?? evidenceEvents)(evidence, h.height) : [];
  const results: ResponseFinalizeBlock = {
    events: [...toAbciEvents(res.events), ...evEvents, ...(extras.events ?? [])],
    txResults,
    validatorUpdates: res.validatorUpdates.map((u) => ({ pubKey: { ed25519: u.pubKey }, power: u.power })),
    consensusParamUpdates: undefined,
    appHash: res.appHash,
  };
  const txHashes = txs.map((t) => new Uint8Array(createHash("sha256").update(t).digest()));
  const txRecords = txs.map((tx, index) => ({
    hash: txHashes[index]!,
    record: { height: h.height, index, tx, result: txResults[index]! } satisfies TxResult,
  }));

  const ops: DbOp[] = d.blocks.saveOps({
    block,
    meta: { blockId, blockSize: BigInt(blockSize), header: h, numTxs: BigInt(txs.length) },
    commit,
    results,
    txRecords,
  });
  for (const [key, value] of res.commit.writes) ops.push({ type: "put", sublevel: d.db.state, key, value });
  for (const key of res.commit.deletes) ops.push({ type: "del", sublevel: d.db.state, key });
  ops.push(
    ...(d.txIndexer.indexOps(
      txRecords.map((t, i) => ({ height: h.height, index: i, hash: t.hash, events: res.txResults[i]!.events })),
    ) as DbOp[]),
  );
  ops.push(...(d.blockIndexer.indexOps(h.height, [...res.events, ...evEvents, ...(extras.events ?? [])]) as DbOp[]));
  // Block H carries the canonical commit of H-1 (possibly with more signatures than we saw).
  if (h.height > 1n && block.lastCommit && block.lastCommit.signatures.length > 0) {
    ops.push(...d.blocks.canonicalCommitOps(h.height - 1n, block.lastCommit));
  }
  if (extras.extraOps) ops.push(...extras.extraOps(res.validatorUpdates));
  await d.db.root.batch(ops as never);
  d.blocks.markSaved({ block, meta: { blockId, blockSize: BigInt(blockSize), header: h, numTxs: BigInt(txs.length) }, commit, results, txRecords });

  d.mempool.update(txHashes.map((x) => Buffer.from(x).toString("hex")));
  d.bus.publish({ kind: "NewBlock", block, blockId, results });
  txRecords.forEach((t) => d.bus.publish({ kind: "Tx", tx: t.record, hash: t.hash }));

  return {
    height: h.height,
    appHash: res.appHash,
    lastResultsHash: lastResultsHash(txResults.map((r) => ({ code: r.code, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed }))),
    txHashes,
    validatorUpdates: res.validatorUpdates,
  };
}

export function encodeBlock(block: Block): Uint8Array {
  return Block.encode(block).finish();
}
