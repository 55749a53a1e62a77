import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Level } from "level";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toHex } from "../../chain/crypto/bytes.js";
import { type AbciEvent, makeEvent } from "../../chain/events/types.js";
import { IndexerError } from "./errors.js";
import { TxIndexer, type TxIndexRecord } from "./tx-indexer.js";

const SEND = "/cosmos.bank.v1beta1.MsgSend";
const DELEGATE = "/cosmos.staking.v1beta1.MsgDelegate";
const ALICE = "gcs1alice0000000000000000000000000000000";
const BOB = "gcs1bob00000000000000000000000000000000";
const CAROL = "gcs1carol000000000000000000000000000000";

function hashOf(n: number): Uint8Array {
  const h = new Uint8Array(32);
  h[0] = 0xab;
  h[31] = n;
  return h;
}

function sendEvents(from: string, to: string, amount: string): AbciEvent[] {
  return [
    makeEvent("tx", [["fee", "200ugcs"]]),
    makeEvent("message", [
      ["action", SEND],
      ["sender", from],
      ["module", "bank"],
    ]),
    makeEvent("coin_spent", [
      ["spender", from],
      ["amount", amount],
    ]),
    makeEvent("transfer", [
      ["recipient", to],
      ["sender", from],
      ["amount", amount],
    ]),
  ];
}

const records: TxIndexRecord[] = [
  { height: 1n, index: 0, hash: hashOf(1), events: sendEvents(ALICE, BOB, "100ugcs") },
  { height: 1n, index: 1, hash: hashOf(2), events: sendEvents(BOB, CAROL, "7ugcs") },
  {
    height: 2n,
    index: 0,
    hash: hashOf(3),
    events: [
      makeEvent("message", [
        ["action", DELEGATE],
        ["sender", ALICE],
      ]),
      makeEvent("secret", [["note", "hidden"]], false),
      // Reserved composite keys coming from the app are not indexed.
      makeEvent("tx", [["height", "999"]]),
    ],
  },
  // Heights 4..12: one filler tx each, with a numeric attribute (height * 10).
  ...Array.from({ length: 9 }, (_, i) => ({
    height: BigInt(i + 4),
    index: 0,
    hash: hashOf(10 + i),
    events: [
      makeEvent("message", [
        ["action", SEND],
        ["sender", "filler"],
      ]),
      makeEvent("reward", [["value", String((i + 4) * 10)]]),
    ],
  })),
];

let dir: string;
let db: Level<string, string>;
let idx: TxIndexer;
let anyScope: TxIndexer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tx-indexer-"));
  db = new Level<string, string>(dir);
  await db.open();
  const sub = db.sublevel("txindex");
  idx = new TxIndexer(sub);
  anyScope = new TxIndexer(sub, { scope: "any" });
  // Committed from the root, as the node's block commit does: ops carry their sublevel.
  await db.batch(idx.indexOps(records.slice(0, 5)));
  await db.batch(idx.indexOps(records.slice(5)));
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const where = (r: { results: { height: bigint; index: number }[] }) => r.results.map((x) => `${x.height}/${x.index}`);

describe("TxIndexer", () => {
  it("writes nothing itself and only under its sublevel", async () => {
    const fresh = new TxIndexer(db.sublevel("unused"));
    expect(fresh.indexOps([records[0]!]).every((op) => op.type === "put")).toBe(true);
    expect(await db.sublevel("unused").keys().all()).toEqual([]);
    const rootKeys = await db.keys().all();
    expect(rootKeys.every((k) => k.startsWith("!txindex!"))).toBe(true);
  });

  it("finds a tx by hash in upper or lower case", async () => {
    const upper = toHex(hashOf(2)).toUpperCase();
    const r1 = await idx.search(`tx.hash='${upper}'`);
    expect(r1).toEqual({ total: 1, results: [{ height: 1n, index: 1, hash: upper }] });
    const r2 = await idx.search(`tx.hash = '${upper.toLowerCase()}'`);
    expect(r2).toEqual(r1);
    expect(await idx.search(`tx.hash='${"00".repeat(32)}'`)).toEqual({ total: 0, results: [] });
    await expect(idx.search("tx.hash='xyz'")).rejects.toMatchObject({ kind: "tx-hash" });
    expect(await idx.getByHash(hashOf(3))).toEqual({ height: 2n, index: 0, hash: toHex(hashOf(3)).toUpperCase() });
    expect(await idx.getByHash(upper.toLowerCase())).toMatchObject({ height: 1n, index: 1 });
    expect(await idx.getByHash(new Uint8Array(32))).toBeUndefined();
  });

  it("checks the other conditions of a hash query too", async () => {
    const hex = toHex(hashOf(1));
    expect((await idx.search(`tx.hash='${hex}' AND tx.height=1`)).total).toBe(1);
    expect((await idx.search(`tx.hash='${hex}' AND tx.height=2`)).total).toBe(0);
    expect((await idx.search(`tm.event='Tx' AND tx.hash='${hex}'`)).total).toBe(1);
  });

  it("finds txs by height", async () => {
    expect(where(await idx.search("tx.height=1"))).toEqual(["1/0", "1/1"]);
    expect(where(await idx.search("tx.height = 2"))).toEqual(["2/0"]);
    expect(where(await idx.search("tx.height=3"))).toEqual([]);
    expect(where(await idx.search("tx.height=999"))).toEqual([]); // the app's tx.height attribute is ignored
    expect(where(await idx.search("tx.height=1.5"))).toEqual([]);
    expect(where(await idx.search("tm.event='Tx' AND tx.height=1"))).toEqual(["1/0", "1/1"]);
  });

  it("runs CosmJS's searchTx queries", async () => {
    const r = await idx.search(`message.action = '${SEND}' AND message.sender = '${ALICE}'`);
    expect(where(r)).toEqual(["1/0"]);
    expect(where(await idx.search(`message.action='${DELEGATE}' AND message.sender='${ALICE}'`))).toEqual(["2/0"]);
    expect(where(await idx.search(`transfer.recipient='${CAROL}'`))).toEqual(["1/1"]);
    expect(where(await idx.search(`transfer.recipient='${ALICE}'`))).toEqual([]);
  });

  it("matches within one event by default, within the tx in 'any' scope", async () => {
    const q = `message.sender='${ALICE}' AND transfer.recipient='${BOB}'`;
    expect(where(await idx.search(q))).toEqual([]);
    expect(where(await anyScope.search(q))).toEqual(["1/0"]);
    // transfer.sender and coin_spent.spender are in different events
    const same = `transfer.sender='${BOB}' AND transfer.recipient='${CAROL}'`;
    expect(where(await idx.search(same))).toEqual(["1/1"]);
  });

  it("does not index attributes with index: false", async () => {
    expect((await idx.search("secret.note='hidden'")).total).toBe(0);
    expect((await anyScope.search("secret.note EXISTS")).total).toBe(0);
  });

  it("scans height ranges", async () => {
    expect(where(await idx.search("tx.height>=5 AND tx.height<=9"))).toEqual(["5/0", "6/0", "7/0", "8/0", "9/0"]);
    expect(where(await idx.search("tx.height>10"))).toEqual(["11/0", "12/0"]);
    expect(where(await idx.search("tx.height<2"))).toEqual(["1/0", "1/1"]);
    expect(where(await idx.search("tx.height>4.5 AND tx.height<6.5"))).toEqual(["5/0", "6/0"]);
    expect(where(await idx.search("tx.height>9 AND tx.height<5"))).toEqual([]);
    expect(where(await idx.search(`tx.height>=2 AND tx.height<5 AND message.sender='${ALICE}'`))).toEqual(["2/0"]);
    expect(where(await idx.search("tx.height>6 AND message.sender='filler' AND tx.height<=8"))).toEqual(["7/0", "8/0"]);
  });

  it("supports CONTAINS, EXISTS and numeric comparisons on attributes", async () => {
    expect(where(await idx.search("transfer.recipient CONTAINS 'gcs1bob'"))).toEqual(["1/0"]);
    expect(where(await idx.search("transfer.recipient CONTAINS 'gcs1'"))).toEqual(["1/0", "1/1"]);
    expect(where(await idx.search("coin_spent.spender EXISTS"))).toEqual(["1/0", "1/1"]);
    expect(where(await idx.search("reward.value>50 AND reward.value<=80"))).toEqual(["6/0", "7/0", "8/0"]);
    expect(where(await idx.search("reward.value=70"))).toEqual(["7/0"]);
    expect(where(await idx.search("reward.value=70.0"))).toEqual(["7/0"]);
    // "100ugcs" is not a number to the kv index (it is to pubsub)
    expect(where(await idx.search("transfer.amount>1"))).toEqual([]);
    expect(where(await idx.search("tx.hash CONTAINS 'ab'")).length).toBe(records.length);
  });

  it("orders, paginates and counts like CometBFT", async () => {
    const q = "message.sender='filler'";
    const all = await idx.search(q);
    expect(all.total).toBe(9);
    expect(where(all)).toEqual(["4/0", "5/0", "6/0", "7/0", "8/0", "9/0", "10/0", "11/0", "12/0"]);

    const p1 = await idx.search(q, { page: 1, perPage: 4 });
    const p3 = await idx.search(q, { page: 3, perPage: 4 });
    expect([p1.total, p3.total]).toEqual([9, 9]);
    expect(where(p1)).toEqual(["4/0", "5/0", "6/0", "7/0"]);
    expect(where(p3)).toEqual(["12/0"]);

    const d1 = await idx.search(q, { page: 1, perPage: 4, orderBy: "desc" });
    expect(where(d1)).toEqual(["12/0", "11/0", "10/0", "9/0"]);
    expect(where(await idx.search("tx.height<=2", { orderBy: "desc" }))).toEqual(["2/0", "1/1", "1/0"]);
    expect(where(await idx.search("tx.height<=2", { orderBy: "" }))).toEqual(["1/0", "1/1", "2/0"]);

    await expect(idx.search(q, { page: 4, perPage: 4 })).rejects.toThrow("page should be within [1, 3] range, given 4");
    await expect(idx.search(q, { page: 0, perPage: 4 })).rejects.toThrow("page should be within [1, 3] range, given 0");
    await expect(idx.search("tx.height=100", { page: 2 })).rejects.toThrow("page should be within [1, 1] range, given 2");
    expect(await idx.search("tx.height=100", { page: 1 })).toEqual({ total: 0, results: [] });
    await expect(idx.search(q, { orderBy: "up" })).rejects.toThrow(
      "expected order_by to be either `asc` or `desc` or empty",
    );
    expect((await idx.search(q, { perPage: 0 })).results.length).toBe(9); // < 1 means the default 30
  });

  it("caps per_page at 100 and defaults it to 30", async () => {
    const dir2 = mkdtempSync(join(tmpdir(), "tx-indexer-many-"));
    const db2 = new Level<string, string>(dir2);
    try {
      const big = new TxIndexer(db2);
      const many = Array.from({ length: 130 }, (_, i) => ({
        height: BigInt(1 + Math.floor(i / 7)),
        index: i % 7,
        hash: new Uint8Array([i, 1, 2, 3]),
        events: [makeEvent("message", [["module", "bank"]])],
      }));
      await db2.batch(big.indexOps(many));
      expect((await big.search("message.module='bank'")).results.length).toBe(30);
      const capped = await big.search("message.module='bank'", { perPage: 1000, page: 2 });
      expect([capped.total, capped.results.length]).toEqual([130, 30]);
      expect(capped.results[0]).toMatchObject({ height: 15n, index: 2 }); // the 101st tx
    } finally {
      await db2.close();
      rmSync(dir2, { recursive: true, force: true });
    }
  });

  it("rejects empty, malformed and over-long queries", async () => {
    await expect(idx.search("")).rejects.toBeInstanceOf(IndexerError);
    await expect(idx.search("   ")).rejects.toMatchObject({ kind: "query-syntax" });
    await expect(idx.search("tx.height=")).rejects.toMatchObject({ kind: "query-syntax" });
    await expect(idx.search(`transfer.recipient='${"x".repeat(600)}'`)).rejects.toThrow(
      "maximum query length exceeded",
    );
  });
});
