import { describe, it, expect } from "vitest";
import type { Block } from "cosmjs-types/tendermint/types/block";
import type { BlockMeta } from "cosmjs-types/tendermint/types/types";
import { TxResult, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { createHash } from "node:crypto";
import { computeBlockRows, computeEventRows, type BlockRows } from "./rows.js";
import { PsqlFollower, type BlockSource } from "./follower.js";
import type { SinkWriter } from "./writer.js";
import { silentLogger } from "../../log/logger.js";
import { validateTxIndexConfig } from "./index.js";
import { isNodeError } from "../../errors.js";

const ev = (type: string, attrs: Array<[string, string, boolean?]>) => ({ type, attributes: attrs.map(([key, value, index]) => ({ key, value, index: index ?? true })) });

function fakeBlock(height: bigint, txs: Uint8Array[]): { block: Block; meta: BlockMeta; results: ResponseFinalizeBlock } {
  const block = {
    header: { height, time: { seconds: 1_700_000_000n + height, nanos: 123_456_789 }, proposerAddress: new Uint8Array(20).fill(7), appHash: new Uint8Array(32).fill(9), chainId: "c" },
    data: { txs },
  } as unknown as Block;
  const meta = { blockId: { hash: new Uint8Array(32).fill(Number(height % 250n)) } } as unknown as BlockMeta;
  const results = {
    events: [ev("mint", [["amount", "5"]]), ev("", [["x", "y"]])],
    txResults: txs.map((_, i) => ({ code: i, data: new Uint8Array(), log: "", info: "", gasWanted: 1n, gasUsed: 1n, codespace: "", events: [ev("transfer", [["amount", "1ugcs"], ["amount", "2ugcs"], ["memo", "hidden", false]])] })),
  } as unknown as ResponseFinalizeBlock;
  return { block, meta, results };
}

describe("psql sink rows", () => {
  it("keeps CometBFT's indexing rules: meta events first, empty types and unindexed attributes skipped, duplicate keys kept", () => {
    const rows = computeEventRows([ev("a", [["k", "1"], ["k", "2"], ["n", "x", false]]), ev("", [["k", "z"]]), ev("b", [])], [["tx.hash", "AB"]]);
    expect(rows).toEqual([
      { type: "tx", attributes: [{ key: "hash", compositeKey: "tx.hash", value: "AB" }] },
      { type: "a", attributes: [{ key: "k", compositeKey: "a.k", value: "1" }, { key: "k", compositeKey: "a.k", value: "2" }] },
      { type: "b", attributes: [] },
    ]);
  });

  it("builds header facts, tx hashes and TxResult bytes as the block store has them", () => {
    const txs = [new Uint8Array([1, 2, 3]), new Uint8Array([4])];
    const { block, meta, results } = fakeBlock(42n, txs);
    const r = computeBlockRows("chain-x", block, meta, results);
    expect(r.height).toBe(42n);
    expect(r.time).toBe(new Date((1_700_000_042) * 1000).toISOString().replace(/\.\d{3}Z$/, ".123456Z"));
    expect(r.proposer).toBe("07".repeat(20));
    expect(r.hash).toBe("2A".repeat(32));
    expect(r.events.map((e) => e.type)).toEqual(["block", "mint"]);
    expect(r.events[0]!.attributes[0]).toEqual({ key: "height", compositeKey: "block.height", value: "42" });
    expect(r.txs.map((t) => t.hash)).toEqual(txs.map((t) => createHash("sha256").update(t).digest("hex").toUpperCase()));
    const decoded = TxResult.decode(r.txs[1]!.txResult);
    expect(decoded.height).toBe(42n);
    expect(decoded.index).toBe(1);
    expect(decoded.result.code).toBe(1);
    expect(r.txs[0]!.events.map((e) => e.type)).toEqual(["tx", "tx", "transfer"]);
    expect(r.txs[0]!.events[2]!.attributes.map((a) => a.value)).toEqual(["1ugcs", "2ugcs"]);
  });

  it("refuses a bad txIndex config with a fix", () => {
    expect(() => validateTxIndexConfig({ indexer: "kv", psqlConn: "" })).not.toThrow();
    for (const bad of [{ indexer: "elastic", psqlConn: "" }, { indexer: "psql", psqlConn: "" }, { indexer: "psql", psqlConn: "mysql://x" }]) {
      try {
        validateTxIndexConfig(bad);
        expect.unreachable();
      } catch (e) {
        expect(isNodeError(e) && e.code === "CONFIG_INVALID" && (e.fix ?? "").length > 0).toBe(true);
      }
    }
  });
});

/** An in-memory PostgreSQL stand-in that can be switched off. */
class FakeWriter implements SinkWriter {
  up = true;
  rows = new Map<bigint, BlockRows>();
  calls = 0;
  private check() {
    this.calls++;
    if (!this.up) throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
  }
  async ensureSchema() {
    this.check();
  }
  async lastHeight() {
    this.check();
    return [...this.rows.keys()].reduce((a, b) => (b > a ? b : a), 0n);
  }
  async writeBlock(r: BlockRows) {
    this.check();
    if (this.rows.has(r.height)) return false;
    this.rows.set(r.height, r);
    return true;
  }
  async close() {}
}

class FakeSource implements BlockSource {
  height = 0n;
  private readonly blocks = new Map<bigint, ReturnType<typeof fakeBlock>>();
  commit() {
    this.height++;
    this.blocks.set(this.height, fakeBlock(this.height, [new Uint8Array([Number(this.height % 256n)])]));
  }
  async getBlock(h: bigint) {
    const b = this.blocks.get(h);
    return b && { block: b.block, meta: b.meta };
  }
  async getResults(h: bigint) {
    return this.blocks.get(h)?.results;
  }
}

const until = async (cond: () => boolean, ms = 5000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("psql sink follower", () => {
  it("copies every committed block in order, survives an outage with bounded retries, and resumes from PostgreSQL's height", async () => {
    const w = new FakeWriter();
    const src = new FakeSource();
    const f = new PsqlFollower({ chainId: "c", writer: w, source: src, log: silentLogger, retryMinMs: 5, retryMaxMs: 40, pollMs: 20 });
    f.start();
    for (let i = 0; i < 5; i++) {
      src.commit();
      f.notify();
    }
    await until(() => f.stats().indexedHeight === 5n);
    expect(f.stats()).toMatchObject({ up: true, errors: 0, written: 5 });

    w.up = false;
    for (let i = 0; i < 30; i++) src.commit();
    f.notify();
    await until(() => f.stats().errors >= 3);
    const s = f.stats();
    expect(s.up).toBe(false);
    expect(s.indexedHeight).toBe(5n);
    expect(s.targetHeight - s.indexedHeight).toBe(30n);
    expect(s.lastError).toMatch(/ECONNREFUSED/);
    // Backoff: after ~200 ms of outage the capped exponential retry made only a handful of calls.
    const before = w.calls;
    await new Promise((r) => setTimeout(r, 200));
    expect(w.calls - before).toBeLessThan(12);

    // Someone else (a previous run) already wrote heights 6..8: those are not written twice.
    for (const h of [6n, 7n, 8n]) w.rows.set(h, { height: h } as BlockRows);
    w.up = true;
    await until(() => f.stats().indexedHeight === 35n);
    expect([...w.rows.keys()].sort((a, b) => Number(a - b))).toEqual(Array.from({ length: 35 }, (_, i) => BigInt(i + 1)));
    expect(f.stats().written).toBe(5 + 27);
    expect(f.stats().up).toBe(true);
    await f.close();

    // A new follower (node restart) starts where PostgreSQL stands.
    src.commit();
    const f2 = new PsqlFollower({ chainId: "c", writer: w, source: src, log: silentLogger, pollMs: 20 });
    f2.start();
    await until(() => f2.stats().indexedHeight === 36n);
    expect(f2.stats().written).toBe(1);
    await f2.close();
  });
});
