/**
 * Property: for random txs, events and queries, TxIndexer.search returns exactly what a
 * brute-force filter over the in-memory list returns, in both condition scopes, for any page.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { Level } from "level";
import { afterAll, beforeAll, describe, it } from "vitest";
import { toHex } from "../../chain/crypto/bytes.js";
import type { AbciEvent } from "../../chain/events/types.js";
import { type Condition, matchesValue, parseQuery } from "./query.js";
import type { ConditionScope } from "./search.js";
import { TxIndexer, type TxIndexRecord } from "./tx-indexer.js";

// Small vocabularies so that conditions often hit; "tx.height" and empty names are the edge cases.
const TYPES = ["message", "transfer"];
const KEYS = ["sender", "amount"];
const VALUES = ["alice", "bob", "10", "2.5", "100stake", "-3", ""];
const NUMBERS = ["10", "2.5", "-3", "100", "0"];
const SUBSTRINGS = ["a", "1", "o", ""];

const arbEvent: fc.Arbitrary<AbciEvent> = fc.record({
  type: fc.oneof({ arbitrary: fc.constantFrom(...TYPES), weight: 8 }, { arbitrary: fc.constantFrom("tx", ""), weight: 1 }),
  attributes: fc.array(
    fc.record({
      key: fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 8 }, { arbitrary: fc.constantFrom("height", ""), weight: 1 }),
      value: fc.constantFrom(...VALUES),
      index: fc.oneof({ arbitrary: fc.constant(true), weight: 5 }, { arbitrary: fc.constant(false), weight: 1 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

const arbTxs: fc.Arbitrary<TxIndexRecord[]> = fc
  .uniqueArray(
    fc.record({
      height: fc.integer({ min: 0, max: 8 }),
      index: fc.integer({ min: 0, max: 3 }),
      events: fc.array(arbEvent, { minLength: 1, maxLength: 4 }),
    }),
    { selector: (t) => `${t.height}/${t.index}`, minLength: 3, maxLength: 20 },
  )
  .map((txs) =>
    txs.map((t) => ({
      height: BigInt(t.height),
      index: t.index,
      hash: new Uint8Array([0xc0, t.height, t.index, 0x5e]),
      events: t.events,
    })),
  );

const arbOp = fc.constantFrom("=", "<", "<=", ">", ">=");
const rare = <T,>(common: readonly T[], uncommon: T): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constantFrom(...common), weight: 9 }, { arbitrary: fc.constant(uncommon), weight: 1 });
const arbAttrCondition: fc.Arbitrary<string> = fc
  .tuple(rare(TYPES, "tx"), rare(KEYS, "height"))
  .chain(([type, key]) =>
    fc.oneof(
      { arbitrary: fc.constantFrom(...VALUES).map((v) => `${type}.${key} = '${v}'`), weight: 4 },
      { arbitrary: fc.tuple(arbOp, fc.constantFrom(...NUMBERS)).map(([op, n]) => `${type}.${key} ${op} ${n}`), weight: 2 },
      { arbitrary: fc.constantFrom(...SUBSTRINGS).map((s) => `${type}.${key} CONTAINS '${s}'`), weight: 1 },
      { arbitrary: fc.constant(`${type}.${key} EXISTS`), weight: 1 },
    ),
  );
const arbCondition: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: arbAttrCondition, weight: 12 },
  {
    arbitrary: fc.tuple(arbOp, fc.constantFrom("-1", "0", "3", "4.5", "8", "9")).map(([op, n]) => `tx.height${op}${n}`),
    weight: 2,
  },
  {
    arbitrary: fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([h, i, lower]) => {
      const hex = toHex(new Uint8Array([0xc0, h, i, 0x5e]));
      return `tx.hash='${lower ? hex : hex.toUpperCase()}'`;
    }),
    weight: 1,
  },
  { arbitrary: fc.constantFrom("tm.event='Tx'", "tm.event='NewBlock'", "tx.hash CONTAINS 'C0'"), weight: 1 },
);
const arbQuery = fc.array(arbCondition, { minLength: 1, maxLength: 3}).map((cs) => cs.join(" AND "));

const RESERVED = new Set(["tx.hash", "tx.height", "tm.event"]);

/** Independent restatement of the documented semantics. */
function bruteMatches(tx: TxIndexRecord, conds: readonly Condition[], scope: ConditionScope): boolean {
  const implicit = new Map([
    ["tm.event", "Tx"],
    ["tx.hash", toHex(tx.hash).toUpperCase()],
    ["tx.height", tx.height.toString()],
  ]);
  const eventConds: Condition[] = [];
  for (const c of conds) {
    const v = implicit.get(c.key);
    if (v === undefined) {
      eventConds.push(c);
      continue;
    }
    const cc =
      c.key === "tx.hash" && c.operand?.kind === "string"
        ? { ...c, operand: { kind: "string" as const, text: c.operand.text.toUpperCase() } }
        : c;
    if (!matchesValue(cc, v)) return false;
  }
  const perEvent = tx.events
    .filter((e) => e.type !== "")
    .map((e) =>
      e.attributes
        .filter((a) => a.index && a.key !== "" && !RESERVED.has(`${e.type}.${a.key}`))
        .map((a) => [`${e.type}.${a.key}`, a.value] as const),
    );
  const holds = (c: Condition, attrs: ReadonlyArray<readonly [string, string]>) =>
    attrs.some(([k, v]) => k === c.key && matchesValue(c, v));
  if (eventConds.length === 0) return true;
  if (scope === "event") return perEvent.some((attrs) => eventConds.every((c) => holds(c, attrs)));
  return eventConds.every((c) => perEvent.some((attrs) => holds(c, attrs)));
}

let dir: string;
let db: Level<string, string>;
let run = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tx-indexer-prop-"));
  db = new Level<string, string>(dir);
  await db.open();
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("TxIndexer.search = brute force", () => {
  it("agrees on random txs and queries, in both scopes and on every page", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbTxs,
        fc.array(
          fc.record({
            query: arbQuery,
            scope: fc.constantFrom<ConditionScope>("event", "any"),
            perPage: fc.integer({ min: 1, max: 5 }),
            page: fc.integer({ min: 1, max: 5 }),
            desc: fc.boolean(),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        async (txs, queries) => {
          const sub = db.sublevel(`run${run++}`);
          await db.batch(new TxIndexer(sub).indexOps(txs));
          for (const { query, scope, perPage, page, desc } of queries) {
            const idx = new TxIndexer(sub, { scope });
            const conds = parseQuery(query).conditions;
            const want = txs
              .filter((t) => bruteMatches(t, conds, scope))
              .map((t) => `${t.height}/${t.index}`)
              .sort((a, b) => {
                const [ha, ia] = a.split("/").map(Number) as [number, number];
                const [hb, ib] = b.split("/").map(Number) as [number, number];
                return ha - hb || ia - ib;
              });
            const all = await idx.search(query, { perPage: 100 });
            const got = all.results.map((r) => `${r.height}/${r.index}`);
            if (JSON.stringify(got) !== JSON.stringify(want) || all.total !== want.length) {
              throw new Error(`${query} [${scope}]: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
            }
            const pages = Math.max(1, Math.ceil(want.length / perPage));
            const ordered = desc ? [...want].reverse() : want;
            const call = idx.search(query, { page, perPage, orderBy: desc ? "desc" : "asc" });
            if (page > pages) {
              await call.then(
                () => {
                  throw new Error(`page ${page} of ${pages} should fail`);
                },
                (err: Error) => {
                  if (!err.message.includes(`page should be within [1, ${pages}] range, given ${page}`)) throw err;
                },
              );
              continue;
            }
            const pg = await call;
            const slice = ordered.slice((page - 1) * perPage, page * perPage);
            const gotPage = pg.results.map((r) => `${r.height}/${r.index}`);
            if (JSON.stringify(gotPage) !== JSON.stringify(slice) || pg.total !== want.length) {
              throw new Error(`${query} page ${page}/${perPage}: got ${JSON.stringify(gotPage)}, want ${JSON.stringify(slice)}`);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
