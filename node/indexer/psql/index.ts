import { NodeError } from "../../errors.js";
import type { Logger } from "../../log/logger.js";
import { PsqlFollower, type BlockSource } from "./follower.js";
import { PgSinkWriter } from "./writer.js";

export { PsqlFollower, type BlockSource, type PsqlSinkStats } from "./follower.js";
export { PgSinkWriter, type SinkWriter } from "./writer.js";
export { computeBlockRows, computeEventRows, type BlockRows, type EventRow, type TxRow } from "./rows.js";
export { SCHEMA_SQL } from "./schema.js";

/** Refuses a connection string pg would not understand, with the fix in the message. */
export function validatePsqlConn(conn: string): void {
  if (!/^postgres(ql)?:\/\/./.test(conn)) {
    throw new NodeError(
      "CONFIG_INVALID",
      `txIndex.psqlConn must be a PostgreSQL URI, got "${conn}"`,
      `set it to e.g. postgresql://user:password@127.0.0.1:5432/pogcs in config.json, or pass --psql-conn`,
    );
  }
}

/** Checks `txIndex` before the node opens anything. */
export function validateTxIndexConfig(t: { indexer: string; psqlConn: string }): void {
  if (t.indexer !== "kv" && t.indexer !== "psql") {
    throw new NodeError("CONFIG_INVALID", `txIndex.indexer must be "kv" or "psql", got "${t.indexer}"`, `set txIndex.indexer in config.json to "kv" (LevelDB only) or "psql" (LevelDB and PostgreSQL)`);
  }
  if (t.indexer === "psql") validatePsqlConn(t.psqlConn);
}

/** The psql event sink of a node: copies every committed block of `source` into PostgreSQL. */
export function createPsqlSink(o: { conn: string; chainId: string; source: BlockSource; log: Logger; firstHeight?: bigint; retryMaxMs?: number }): PsqlFollower {
  validatePsqlConn(o.conn);
  const log = o.log.child({ module: "psql-sink" });
  const writer = new PgSinkWriter(o.conn, (e) => log.warn("psql connection dropped", { error: e.message }));
  return new PsqlFollower({ chainId: o.chainId, writer, source: o.source, log, firstHeight: o.firstHeight, retryMaxMs: o.retryMaxMs });
}
