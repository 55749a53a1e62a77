export { IndexerError, isIndexerError, type IndexerErrorKind } from "./errors.js";
export {
  type Condition,
  formatQuery,
  matchesEvents,
  matchesValue,
  type Operand,
  type Operator,
  parseQuery,
  type Query,
} from "./query.js";
export { blockSubscriptionEvents, syntheticEvent, txSubscriptionEvents } from "./subscription.js";
export type { ConditionScope, IndexDb, IndexPutOp, SearchOptions } from "./search.js";
export { DEFAULT_PER_PAGE, MAX_PER_PAGE } from "./search.js";
export {
  type BatchOp,
  MAX_QUERY_LENGTH,
  TxIndexer,
  type TxIndexerOptions,
  type TxIndexRecord,
  type TxLocation,
  type TxSearchResult,
} from "./tx-indexer.js";
export { BlockIndexer, type BlockIndexerOptions, type BlockSearchResult } from "./block-indexer.js";
