import { createHash } from "node:crypto";
import type { Block } from "cosmjs-types/tendermint/types/block";
import type { BlockMeta } from "cosmjs-types/tendermint/types/types";
import { TxResult, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";

/** One event as the sink writes it: its type and its indexed attributes. */
export interface EventRow {
  type: string;
  attributes: Array<{ key: string; compositeKey: string; value: string }>;
}

export interface TxRow {
  index: number;
  /** Upper-case hex sha256 of the tx bytes, as CometBFT prints it. */
  hash: string;
  /** Protobuf TxResult {height, index, tx, result}. */
  txResult: Uint8Array;
  events: EventRow[];
}

/** Everything the sink writes for one committed block. */
export interface BlockRows {
  height: bigint;
  chainId: string;
  hash: string;
  /** RFC 3339 with microseconds (PostgreSQL's precision). */
  time: string;
  proposer: string;
  appHash: string;
  events: EventRow[];
  txs: TxRow[];
}

type AbciEventLike = { type: string; attributes: Array<{ key: string; value: string; index: boolean }> };

const hexUpper = (b: Uint8Array | undefined) => Buffer.from(b ?? new Uint8Array()).toString("hex").toUpperCase();

/**
 * CometBFT's indexing rules: events with an empty type are skipped, and only attributes marked
 * `index` are kept, each under `type.key`. `meta` are the implicit keys (block.height, tx.hash,
 * tx.height) that CometBFT also writes as events so they can be joined like any other.
 */
export function computeEventRows(events: readonly AbciEventLike[], meta: Array<[string, string]> = []): EventRow[] {
  const out: EventRow[] = meta.map(([composite, value]) => {
    const dot = composite.indexOf(".");
    const type = composite.slice(0, dot);
    return { type, attributes: [{ key: composite.slice(dot + 1), compositeKey: composite, value }] };
  });
  for (const e of events) {
    if (e.type === "") continue;
    out.push({
      type: e.type,
      attributes: e.attributes.filter((a) => a.index).map((a) => ({ key: a.key, compositeKey: `${e.type}.${a.key}`, value: a.value })),
    });
  }
  return out;
}

function rfc3339(seconds: bigint, nanos: number): string {
  const d = new Date(Number(seconds) * 1000);
  const micros = String(Math.floor(nanos / 1000)).padStart(6, "0");
  return d.toISOString().replace(/\.\d{3}Z$/, `.${micros}Z`);
}

/**
 * The rows of one block, built from what the block store holds (block, meta, finalize results).
 * The tx records are rebuilt exactly as node/execution/apply-block.ts stores them.
 */
export function computeBlockRows(chainId: string, block: Block, meta: BlockMeta, results: ResponseFinalizeBlock): BlockRows {
  const h = block.header;
  const txs: TxRow[] = block.data.txs.map((tx, index) => {
    const result = results.txResults[index]!;
    const hash = hexUpper(createHash("sha256").update(tx).digest());
    return {
      index,
      hash,
      txResult: TxResult.encode({ height: h.height, index, tx, result }).finish(),
      events: computeEventRows(result.events, [
        ["tx.hash", hash],
        ["tx.height", h.height.toString()],
      ]),
    };
  });
  return {
    height: h.height,
    chainId,
    hash: hexUpper(meta.blockId.hash),
    time: rfc3339(h.time.seconds, h.time.nanos),
    proposer: hexUpper(h.proposerAddress),
    appHash: hexUpper(h.appHash),
    events: computeEventRows(results.events, [["block.height", h.height.toString()]]),
    txs,
  };
}
