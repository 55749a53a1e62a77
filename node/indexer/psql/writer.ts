import pg from "pg";
import { SCHEMA_SQL } from "./schema.js";
import type { BlockRows, EventRow } from "./rows.js";

/** What the follower needs from PostgreSQL; tests may substitute a fake. */
export interface SinkWriter {
  /** Creates the tables and views if missing. */
  ensureSchema(): Promise<void>;
  /** Highest height of `chainId` already written (0n when none). */
  lastHeight(chainId: string): Promise<bigint>;
  /** Writes one block in one SQL transaction; false if the block was already there. */
  writeBlock(rows: BlockRows): Promise<boolean>;
  close(): Promise<void>;
}

/** Bind parameters per statement stay well under PostgreSQL's 65535. */
const MAX_PARAMS = 30_000;

type Client = pg.PoolClient;

async function insertMany(c: Client, table: string, cols: string[], rows: unknown[][]): Promise<void> {
  const per = Math.max(1, Math.floor(MAX_PARAMS / cols.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params: unknown[] = [];
    const tuples = chunk.map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(", ")})`);
    await c.query(`INSERT INTO ${table} (${cols.join(", ")}) VALUES ${tuples.join(", ")}`, params);
  }
}

/** `n` fresh ids from a table's rowid sequence, so child rows can reference them in bulk. */
async function reserveIds(c: Client, table: string, n: number): Promise<string[]> {
  if (n === 0) return [];
  const r = await c.query<{ id: string }>(`SELECT nextval(pg_get_serial_sequence('${table}', 'rowid'))::text AS id FROM generate_series(1, $1)`, [n]);
  return r.rows.map((x) => x.id);
}

/** Block and tx events of one block in three statements (ids, events, attributes). */
async function insertEvents(c: Client, blockId: string, events: Array<{ txId: string | null; event: EventRow }>): Promise<void> {
  const ids = await reserveIds(c, "events", events.length);
  await insertMany(c, "events", ["rowid", "block_id", "tx_id", "type"], events.map((e, i) => [ids[i], blockId, e.txId, e.event.type]));
  const attrs = events.flatMap((e, i) => e.event.attributes.map((a) => [ids[i], a.key, a.compositeKey, a.value]));
  await insertMany(c, "attributes", ["event_id", "key", "composite_key", "value"], attrs);
}

/** The `pg` implementation: a one-connection pool (writes are sequential), with timeouts. */
export class PgSinkWriter implements SinkWriter {
  private readonly pool: pg.Pool;

  constructor(connectionString: string, onIdleError: (e: Error) => void, o: { connectTimeoutMs?: number; queryTimeoutMs?: number } = {}) {
    this.pool = new pg.Pool({
      connectionString,
      max: 1,
      connectionTimeoutMillis: o.connectTimeoutMs ?? 5_000,
      query_timeout: o.queryTimeoutMs ?? 30_000,
      idleTimeoutMillis: 60_000,
    });
    // A server restart kills idle connections; without a listener pg would throw from an event.
    this.pool.on("error", onIdleError);
  }

  /**
   * A pooled connection with an "error" listener for as long as it is checked out: pg-pool only
   * listens on idle clients, and a server going down mid-write makes the client emit "error" as
   * well as fail its query; unheard, that event would end the node. The failed query still
   * rejects, so the caller sees the error; the connection is then dropped, not reused.
   */
  private async checkout(): Promise<{ c: Client; done: (broken: boolean) => void }> {
    const c = await this.pool.connect();
    let failed = false;
    const onError = () => {
      failed = true;
    };
    c.on("error", onError);
    return {
      c,
      done: (broken) => {
        c.removeListener("error", onError);
        c.release(broken || failed);
      },
    };
  }

  async ensureSchema(): Promise<void> {
    const { c, done } = await this.checkout();
    let broken = false;
    try {
      // Two nodes creating the schema at once would race on the catalog; serialize them.
      await c.query("BEGIN");
      await c.query("SELECT pg_advisory_xact_lock(7065676373)");
      await c.query(SCHEMA_SQL);
      await c.query("COMMIT");
    } catch (e) {
      broken = true;
      await c.query("ROLLBACK").catch(() => undefined);
      throw e;
    } finally {
      done(broken);
    }
  }

  async lastHeight(chainId: string): Promise<bigint> {
    const r = await this.pool.query<{ h: string | null }>("SELECT max(height)::text AS h FROM blocks WHERE chain_id = $1", [chainId]);
    return BigInt(r.rows[0]?.h ?? "0");
  }

  async writeBlock(b: BlockRows): Promise<boolean> {
    const { c, done } = await this.checkout();
    let broken = false;
    try {
      await c.query("BEGIN");
      const ins = await c.query<{ rowid: string }>(
        `INSERT INTO blocks (height, chain_id, created_at, hash, time, proposer_address, num_txs, app_hash)
         VALUES ($1, $2, now(), $3, $4, $5, $6, $7) ON CONFLICT (height, chain_id) DO NOTHING RETURNING rowid::text`,
        [b.height.toString(), b.chainId, b.hash, b.time, b.proposer, b.txs.length, b.appHash],
      );
      if (ins.rows.length === 0) {
        await c.query("ROLLBACK");
        return false;
      }
      const blockId = ins.rows[0]!.rowid;
      const txIds = await reserveIds(c, "tx_results", b.txs.length);
      await insertMany(
        c,
        "tx_results",
        ["rowid", "block_id", "index", "created_at", "tx_hash", "tx_result"],
        b.txs.map((t, i) => [txIds[i], blockId, t.index, new Date(), t.hash, Buffer.from(t.txResult)]),
      );
      await insertEvents(c, blockId, [
        ...b.events.map((event) => ({ txId: null, event })),
        ...b.txs.flatMap((t, i) => t.events.map((event) => ({ txId: txIds[i]!, event }))),
      ]);
      await c.query("COMMIT");
      return true;
    } catch (e) {
      broken = true;
      await c.query("ROLLBACK").catch(() => undefined);
      throw e;
    } finally {
      // A connection that failed mid-transaction is dropped rather than reused.
      done(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
