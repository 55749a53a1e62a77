/**
 * Errors raised by the query parser and the indexers. The RPC layer turns every one of them
 * into a JSON-RPC error `{code: -32603, message: "Internal error", data: err.message}`, which is
 * what CometBFT 0.38 answers for a bad query, an out-of-range page or a bad `order_by`.
 */
export type IndexerErrorKind =
  | "query-syntax" // the query does not parse
  | "query-length" // the query is longer than CometBFT accepts
  | "page" // page outside [1, pages]
  | "order-by" // order_by not asc, desc or empty
  | "tx-hash"; // tx.hash operand is not hex

export class IndexerError extends Error {
  /** JSON-RPC code CometBFT uses for these failures. */
  readonly rpcCode = -32603;

  constructor(
    readonly kind: IndexerErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "IndexerError";
  }
}

export function isIndexerError(err: unknown): err is IndexerError {
  return err instanceof IndexerError;
}
