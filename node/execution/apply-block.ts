import { Block } from "cosmjs-types/tendermint/types/block";
import type { BlockID, Commit } from "cosmjs-types/tendermint/types/types";
import type { ExecTxResult, ResponseFinalizeBlock, TxResult } from "cosmjs-types/tendermint/abci/types";
import type { App } from "../../chain/app/app.js";
import type { AbciEvent } from "../../chain/events/types.js";
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
}

function toAbciEvents(events: readonly AbciEvent[]) {
  return events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) }));
}

/**
 * Executes a decided block, then writes block, commit, results, tx records, both indexes and the
 * state rows in ONE LevelDB batch (crash safety: the height moves only with its state), then
 * updates the mempool and publishes events. Used by the single-validator producer and by consensus.
 */
export async function applyBlock(d: ExecutionDeps, block: Block, blockId: BlockID, commit: Commit, blockSize: number): Promise<AppliedBlock> {
  const h = block.header;
  const txs = block.data.txs;
  const res = d.app.finalizeBlock(
    { chainId: h.chainId, height: h.height, timeSeconds: h.time.seconds, timeNanos: h.time.nanos, proposer: h.proposerAddress },
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
  const results: ResponseFinalizeBlock = {
    events: toAbciEvents(res.events),
    txResults,
    validatorUpdates: [],
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
  ops.push(...(d.blockIndexer.indexOps(h.height, res.events) as DbOp[]));
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
  };
}

export function encodeBlock(block: Block): Uint8Array {
  return Block.encode(block).finish();
}
