import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Level } from "level";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEvent } from "../../chain/events/types.js";
import { BlockIndexer } from "./block-indexer.js";
import { TxIndexer } from "./tx-indexer.js";

let dir: string;
let db: Level<string, string>;
let idx: BlockIndexer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "block-indexer-"));
  db = new Level<string, string>(dir);
  await db.open();
  // Shares a sublevel with a tx index: the two use disjoint key prefixes.
  const sub = db.sublevel("index");
  idx = new BlockIndexer(sub);
  const ops = [];
  for (let h = 1n; h <= 10n; h++) {
    const events = [
      makeEvent("mint", [["amount", String(h * 100n)]]),
      makeEvent("commission", [["validator", h % 2n === 0n ? "val-even" : "val-odd"]]),
    ];
    if (h % 3n === 0n) {
      events.push(
        makeEvent("slash", [
          ["address", "valcons1x"],
          ["reason", "double_sign"],
        ]),
      );
    }
    if (h === 7n) events.push(makeEvent("block", [["height", "999"]])); // reserved, not indexed
    ops.push(...idx.indexOps(h, h === 10n ? [] : events));
  }
  ops.push(...new TxIndexer(sub).indexOps([{ height: 3n, index: 0, hash: new Uint8Array([1]), events: [] }]));
  await db.batch(ops);
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("BlockIndexer", () => {
  it("finds a height, including one without events", async () => {
    expect(await idx.search("block.height=5")).toEqual({ total: 1, results: [5n] });
    expect(await idx.search("block.height = 10")).toEqual({ total: 1, results: [10n] });
    expect(await idx.search("block.height=999")).toEqual({ total: 0, results: [] });
    expect(await idx.search("block.height=11")).toEqual({ total: 0, results: [] });
  });

  it("orders newest first by default, as CometBFT's block_search", async () => {
    expect((await idx.search("block.height>=3 AND block.height<=6")).results).toEqual([6n, 5n, 4n, 3n]);
    expect((await idx.search("block.height>=3 AND block.height<=6", { orderBy: "asc" })).results).toEqual([
      3n,
      4n,
      5n,
      6n,
    ]);
    expect((await idx.search("block.height>8", { orderBy: "" })).results).toEqual([10n, 9n]);
  });

  it("searches finalize_block_events attributes", async () => {
    expect((await idx.search("slash.reason='double_sign'", { orderBy: "asc" })).results).toEqual([3n, 6n, 9n]);
    expect((await idx.search("slash.address EXISTS AND block.height<7")).results).toEqual([6n, 3n]);
    expect((await idx.search("commission.validator CONTAINS 'even' AND block.height>=5")).results).toEqual([8n, 6n]);
    expect((await idx.search("tm.event='NewBlock' AND block.height=2")).results).toEqual([2n]);
    expect((await idx.search("mint.amount>=500 AND mint.amount<700")).results).toEqual([6n, 5n]);
    // slash.reason and mint.amount are in different events
    expect((await idx.search("slash.reason='double_sign' AND mint.amount=300")).total).toBe(0);
    const anyScope = new BlockIndexer(db.sublevel("index"), { scope: "any" });
    expect((await anyScope.search("slash.reason='double_sign' AND mint.amount=300")).results).toEqual([3n]);
  });

  it("paginates with a page-independent total", async () => {
    const p1 = await idx.search("block.height>0", { page: 1, perPage: 4 });
    const p3 = await idx.search("block.height>0", { page: 3, perPage: 4 });
    expect(p1).toEqual({ total: 10, results: [10n, 9n, 8n, 7n] });
    expect(p3).toEqual({ total: 10, results: [2n, 1n] });
    await expect(idx.search("block.height>0", { page: 4, perPage: 4 })).rejects.toThrow(
      "page should be within [1, 3] range, given 4",
    );
    await expect(idx.search("block.height>0", { orderBy: "newest" })).rejects.toMatchObject({ kind: "order-by" });
    await expect(idx.search("")).rejects.toMatchObject({ kind: "query-syntax" });
  });
});
