/**
 * PgSinkWriter against Debian's PostgreSQL when the server drops the sink's connection in the
 * middle of a write. pg makes the checked-out client emit "error" as well as fail the query; with
 * no listener that event is an uncaught exception that ends the node (a CI run caught pogcsd dying
 * when PostgreSQL stopped mid-write). Made deterministic by holding a lock so the write is
 * in flight, then terminating its backend.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import pg from "pg";
import { PgSinkWriter } from "../../node/indexer/psql/writer.js";
import type { BlockRows } from "../../node/indexer/psql/rows.js";
import { canHavePostgres, startTestPostgres, type TestPostgres } from "../support/postgres.js";

const runHere = Boolean(process.env.CI) || canHavePostgres();

const rows = (height: bigint): BlockRows => ({
  height,
  chainId: "writer-test",
  hash: height.toString(16).padStart(64, "0").toUpperCase(),
  time: "2026-11-21T00:00:00.000000Z",
  proposer: "07".repeat(20),
  appHash: "09".repeat(32),
  events: [{ type: "block", attributes: [{ key: "height", compositeKey: "block.height", value: height.toString() }] }],
  txs: [],
});

describe.skipIf(!runHere)("PgSinkWriter when PostgreSQL drops its connection mid-write", () => {
  let pgsrv: TestPostgres;
  let writer: PgSinkWriter;
  const idleErrors: Error[] = [];
  const uncaught: unknown[] = [];
  const onUncaught = (e: unknown) => uncaught.push(e);

  beforeAll(async () => {
    pgsrv = await startTestPostgres("writer");
    writer = new PgSinkWriter(pgsrv.url, (e) => idleErrors.push(e), { connectTimeoutMs: 2_000, queryTimeoutMs: 20_000 });
    await writer.ensureSchema();
    process.on("uncaughtException", onUncaught);
  }, 180_000);

  afterAll(async () => {
    process.off("uncaughtException", onUncaught);
    await writer?.close().catch(() => undefined);
    pgsrv?.destroy();
  });

  it("fails that write with an error, raises nothing uncaught, and the next write succeeds", async () => {
    expect(await writer.writeBlock(rows(1n))).toBe(true);

    const locker = new pg.Client({ connectionString: pgsrv.url });
    locker.on("error", () => undefined);
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE blocks IN ACCESS EXCLUSIVE MODE");
    const write = writer.writeBlock(rows(2n)).then(
      () => undefined,
      (e: Error) => e,
    );
    // Wait until the sink's INSERT is waiting on the lock, then kill that backend.
    let killed = 0;
    for (let i = 0; i < 100 && killed === 0; i++) {
      const r = await locker.query<{ n: string }>(
        "SELECT count(pg_terminate_backend(pid))::text AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
      );
      killed = Number(r.rows[0]!.n);
      if (killed === 0) await new Promise((res) => setTimeout(res, 50));
    }
    expect(killed).toBe(1);
    const err = await write;
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toMatch(/terminat/i);
    await locker.query("ROLLBACK");
    await locker.end();

    // Let any stray "error" event surface before judging.
    await new Promise((res) => setTimeout(res, 200));
    expect(uncaught).toEqual([]);

    // The broken connection was dropped; the pool opens a new one and the block is written once.
    expect(await writer.writeBlock(rows(2n))).toBe(true);
    expect(await writer.writeBlock(rows(2n))).toBe(false);
    expect(await writer.lastHeight("writer-test")).toBe(2n);
  }, 60_000);
});
