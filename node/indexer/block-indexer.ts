/**
 * `block_search` index (CometBFT 0.38 kv block indexer): `block.height` plus the indexed
 * attributes of the block's finalize_block_events. Like the tx index it only returns puts
 * for the block's commit batch.
 */
import type { AbciEvent } from "../../chain/events/types.js";
import { BLOCK_ATTR, BLOCK_RECORD, heightPos, posHeight } from "./keys.js";
import { parseQuery } from "./query.js";
import {
  type ConditionScope,
  documentOps,
  type EngineSpec,
  type IndexDb,
  type IndexPutOp,
  indexedGroups,
  paginate,
  searchPositions,
  type SearchOptions,
  validateOrderBy,
} from "./search.js";

export interface BlockSearchResult {
  /** Number of matches over all pages (CometBFT total_count). */
  total: number;
  /** Heights on the requested page. */
  results: bigint[];
}

export interface BlockIndexerOptions {
  /** Default "event", as CometBFT 0.38. */
  scope?: ConditionScope;
}

const HEIGHT_KEY = "block.height";
const EVENT_KEY = "tm.event";
const RESERVED = new Set([HEIGHT_KEY, EVENT_KEY]);

export class BlockIndexer {
  private readonly scope: ConditionScope;
  private readonly spec: EngineSpec = {
    recordPrefix: BLOCK_RECORD,
    attrPrefix: BLOCK_ATTR,
    heightKey: HEIGHT_KEY,
    implicitKeys: RESERVED,
    implicit: (pos) =>
      new Map([
        [EVENT_KEY, "NewBlock"],
        [HEIGHT_KEY, posHeight(pos).toString()],
      ]),
  };

  constructor(
    private readonly db: IndexDb,
    opts: BlockIndexerOptions = {},
  ) {
    this.scope = opts.scope ?? "event";
  }

  /** Puts that index one block; add them to the block's commit batch. Writes nothing itself. */
  indexOps(height: bigint, events: readonly AbciEvent[]): IndexPutOp[] {
    return documentOps(this.db, this.spec, heightPos(height), { e: indexedGroups(events, RESERVED) });
  }

  /**
   * block_search: matching heights, newest first unless orderBy is "asc" (CometBFT's
   * block_search defaults to descending, unlike tx_search).
   */
  async search(query: string, opts: SearchOptions = {}): Promise<BlockSearchResult> {
    const q = parseQuery(query);
    const order = validateOrderBy(opts.orderBy, "desc");
    const positions = await searchPositions(this.db, this.spec, q, this.scope);
    if (order === "desc") positions.reverse();
    const { total, page } = paginate(positions, opts);
    return { total, results: page.map(posHeight) };
  }
}
