/**
 * `tx_search` index (CometBFT 0.38 kv tx indexer, rebuilt on our own key layout, see keys.ts).
 * Indexing only produces put operations: the node adds them to the batch that commits the
 * block, so a block and its index become visible together (CosmJS searches ~75 ms after
 * inclusion).
 */
import { toHex } from "../../chain/crypto/bytes.js";
import type { AbciEvent } from "../../chain/events/types.js";
import { IndexerError } from "./errors.js";
import { normalizeHash, posHeight, posIndex, TX_ATTR, TX_HASH, TX_RECORD, txPos } from "./keys.js";
import { type Condition, parseQuery, type Query } from "./query.js";
import {
  type ConditionScope,
  documentOps,
  type EngineSpec,
  type IndexDb,
  type IndexPutOp,
  indexedGroups,
  makePut,
  paginate,
  searchPositions,
  type SearchOptions,
  type StoredRecord,
  validateOrderBy,
} from "./search.js";

export interface TxIndexRecord {
  height: bigint;
  /** 0-based position in the block. */
  index: number;
  /** sha256 of the tx bytes. */
  hash: Uint8Array;
  /** The tx result events (DeliverTx / ExecTxResult). */
  events: AbciEvent[];
}

export interface TxLocation {
  height: bigint;
  index: number;
  /** Upper-case hex. */
  hash: string;
}

export interface TxSearchResult {
  /** Number of matches over all pages (CometBFT total_count). */
  total: number;
  results: TxLocation[];
}

export interface TxIndexerOptions {
  /** Default "event", as CometBFT 0.38. */
  scope?: ConditionScope;
}

export type BatchOp = IndexPutOp;

/** CometBFT's rpc/core maxQueryLength, enforced by tx_search. */
export const MAX_QUERY_LENGTH = 512;

const HASH_KEY = "tx.hash";
const HEIGHT_KEY = "tx.height";
const EVENT_KEY = "tm.event";
const RESERVED = new Set([HASH_KEY, HEIGHT_KEY, EVENT_KEY]);

export class TxIndexer {
  private readonly scope: ConditionScope;
  private readonly spec: EngineSpec;

  constructor(
    private readonly db: IndexDb,
    opts: TxIndexerOptions = {},
  ) {
    this.scope = opts.scope ?? "event";
    this.spec = {
      recordPrefix: TX_RECORD,
      attrPrefix: TX_ATTR,
      heightKey: HEIGHT_KEY,
      implicitKeys: RESERVED,
      implicit: (pos, rec) =>
        new Map([
          [EVENT_KEY, "Tx"],
          [HASH_KEY, rec.h ?? ""],
          [HEIGHT_KEY, posHeight(pos).toString()],
        ]),
      lookup: (conds) => this.lookupHash(conds),
    };
  }

  /** Puts that index `records`; add them to the block's commit batch. Writes nothing itself. */
  indexOps(records: readonly TxIndexRecord[]): BatchOp[] {
    const ops: BatchOp[] = [];
    for (const r of records) {
      const pos = txPos(r.height, r.index);
      const hash = toHex(r.hash).toUpperCase();
      const rec: StoredRecord = { h: hash, e: indexedGroups(r.events, RESERVED) };
      ops.push(...documentOps(this.db, this.spec, pos, rec));
      ops.push(makePut(this.db, TX_HASH + hash, pos));
    }
    return ops;
  }

  /** Where the tx with this hash (bytes or hex, any case) was included, if indexed. */
  async getByHash(hash: Uint8Array | string): Promise<TxLocation | undefined> {
    const hex = typeof hash === "string" ? normalizeHash(hash) : toHex(hash).toUpperCase();
    const pos = await this.db.get<string, string>(TX_HASH + hex, { keyEncoding: "utf8", valueEncoding: "utf8" });
    return pos === undefined ? undefined : { height: posHeight(pos), index: posIndex(pos), hash: hex };
  }

  /**
   * tx_search: parses `query`, finds every matching tx, orders by (height, index) — ascending
   * unless orderBy is "desc" — and returns one page. Throws IndexerError for a bad query,
   * order_by or page.
   */
  async search(query: string, opts: SearchOptions = {}): Promise<TxSearchResult> {
    if (query.length > MAX_QUERY_LENGTH) throw new IndexerError("query-length", "maximum query length exceeded");
    const q = upperCaseHashOperands(parseQuery(query));
    const order = validateOrderBy(opts.orderBy, "asc");
    const positions = await searchPositions(this.db, this.spec, q, this.scope);
    if (order === "desc") positions.reverse();
    const { total, page } = paginate(positions, opts);
    const hashes = await this.db.getMany<string, string>(
      page.map((p) => TX_RECORD + p),
      { keyEncoding: "utf8", valueEncoding: "utf8" },
    );
    return {
      total,
      results: page.map((pos, i) => ({
        height: posHeight(pos),
        index: posIndex(pos),
        hash: (JSON.parse(hashes[i] ?? "{}") as StoredRecord).h ?? "",
      })),
    };
  }

  private async lookupHash(conds: readonly Condition[]): Promise<string[] | undefined> {
    const c = conds.find((x) => x.key === HASH_KEY && x.op === "=" && x.operand?.kind === "string");
    if (c?.operand === undefined) return undefined;
    const pos = await this.db.get<string, string>(TX_HASH + normalizeHash(c.operand.text), {
      keyEncoding: "utf8",
      valueEncoding: "utf8",
    });
    return pos === undefined ? [] : [pos];
  }
}

/** tx.hash matches case-insensitively: hashes are stored upper-case, so upper-case the operand. */
function upperCaseHashOperands(q: Query): Query {
  return {
    conditions: q.conditions.map((c) =>
      c.key === HASH_KEY && c.operand?.kind === "string"
        ? { ...c, operand: { kind: "string", text: c.operand.text.toUpperCase() } }
        : c,
    ),
  };
}
