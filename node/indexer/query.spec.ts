import { describe, expect, it } from "vitest";
import { makeEvent } from "../../chain/events/types.js";
import { IndexerError } from "./errors.js";
import { formatQuery, matchesEvents, matchesValue, parseQuery } from "./query.js";
import { blockSubscriptionEvents, syntheticEvent, txSubscriptionEvents } from "./subscription.js";
import { compareDecimal, parseDecimal, parseLeadingDecimal, parseTimestamp } from "./values.js";

describe("parseQuery: valid", () => {
  const cases: Array<[string, string]> = [
    ["tx.hash='ABCDEF'", "tx.hash = 'ABCDEF'"],
    ["tx.height=5", "tx.height = 5"],
    ["tx.height = 5", "tx.height = 5"],
    ["  tx.height>=5 AND tx.height<=9  ", "tx.height >= 5 AND tx.height <= 9"],
    [
      "message.action = '/cosmos.bank.v1beta1.MsgSend' AND message.sender = 'gcs1abc'",
      "message.action = '/cosmos.bank.v1beta1.MsgSend' AND message.sender = 'gcs1abc'",
    ],
    ["transfer.recipient='gcs1xyz'", "transfer.recipient = 'gcs1xyz'"],
    ["tm.event='Tx' AND tx.hash='AB'", "tm.event = 'Tx' AND tx.hash = 'AB'"],
    ["a.b=1 and c.d=2 And e.f=3", "a.b = 1 AND c.d = 2 AND e.f = 3"],
    ["a.b<-5.25", "a.b < -5.25"],
    ["a.b > 0.5", "a.b > 0.5"],
    ["a.b=5.", "a.b = 5."],
    ["a.b EXISTS", "a.b EXISTS"],
    ["a.b exists AND c.d contains 'x y'", "a.b EXISTS AND c.d CONTAINS 'x y'"],
    ["a.b CONTAINS ''", "a.b CONTAINS ''"],
    ["a.b = TIME 2013-05-03T14:45:00Z", "a.b = TIME 2013-05-03T14:45:00Z"],
    ["a.b >= TIME 2013-05-03T14:45:00+07:00", "a.b >= TIME 2013-05-03T14:45:00+07:00"],
    ["a.b < DATE 2013-05-03", "a.b < DATE 2013-05-03"],
    ["a.b <= date 2013-05-03", "a.b <= DATE 2013-05-03"],
    ["wasm-swap.pool_id='1'", "wasm-swap.pool_id = '1'"],
    ["_x.y_z='it'", "_x.y_z = 'it'"],
  ];
  for (const [input, canonical] of cases) {
    it(JSON.stringify(input), () => {
      expect(formatQuery(parseQuery(input))).toBe(canonical);
    });
  }

  it("parses operands into typed values", () => {
    const q = parseQuery("a.b = 'x' AND c.d > -1.5 AND e.f < TIME 2013-05-03T14:45:00Z AND g.h = DATE 2013-05-03");
    expect(q.conditions.map((c) => c.operand?.kind)).toEqual(["string", "number", "time", "date"]);
    expect(q.conditions[1]?.operand).toMatchObject({ kind: "number", value: { mant: -15n, scale: 1 } });
    expect(q.conditions[2]?.operand).toMatchObject({ nanos: 1367592300n * 1_000_000_000n });
    expect(q.conditions[3]?.operand).toMatchObject({ nanos: 1367539200n * 1_000_000_000n });
  });
});

describe("parseQuery: invalid", () => {
  const cases: Array<[string, string]> = [
    ["", "query is empty"],
    ["   ", "query is empty"],
    ["tx.height", "offset 9: got end of query, wanted operator (=, <, <=, >, >=, CONTAINS or EXISTS)"],
    ["tx.height=", "offset 10: got end of query, wanted number, TIME timestamp, DATE datestamp or 'string'"],
    ["tx.height=5 AND", "offset 15: got end of query, wanted tag (such as tx.height)"],
    ["tx.height=5 OR tx.height=6", `offset 12: got word "OR", wanted AND or end of query`],
    ["tx.height=5 tx.height=6", `offset 12: got word "tx.height", wanted AND or end of query`],
    ["a.b='x", "offset 4: unterminated string: missing closing '"],
    ["a.b<'x'", "offset 4: got 'string', wanted number, TIME timestamp or DATE datestamp after <"],
    ["a.b CONTAINS 5", "offset 13: got number, wanted 'string' after CONTAINS"],
    ["a.b LIKE 'x'", `offset 4: got word "LIKE", wanted operator`],
    ["5=5", "offset 0: got number, wanted tag"],
    ["'a'='b'", "offset 0: got string, wanted tag"],
    ["a.b=x", `offset 4: got word "x", wanted number`],
    ["a.b=TIME", `offset 4: got word "TIME", wanted number`],
    ["a.b=TIME 2013-05-03", `offset 9: invalid TIME value "2013-05-03"`],
    ["a.b=TIME 2013-13-03T14:45:00Z", "offset 9: invalid TIME value"],
    ["a.b=DATE 2013-02-30", `offset 9: invalid DATE value "2013-02-30"`],
    ["a.b=DATE 1800-02-03", "offset 9: year 1800 out of range [1900, 2999]"],
    ["a.b=5.5.5", `offset 7: got character ".", wanted AND or end of query`],
    ["a.b=='x'", "offset 4: got operator =, wanted number"],
    ["a.b='x' AND AND c.d='y'", "offset 12: got keyword AND, wanted tag"],
    ["a.b = 'x' ; c.d='y'", `offset 10: got character ";", wanted AND`],
    ["_x.y_z='it''", "offset 11: got string, wanted AND or end of query"], // no escapes in strings
  ];
  for (const [input, message] of cases) {
    it(JSON.stringify(input), () => {
      let caught: unknown;
      try {
        parseQuery(input);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(IndexerError);
      expect((caught as IndexerError).kind).toBe("query-syntax");
      expect((caught as IndexerError).message).toContain(message);
    });
  }
});

describe("values", () => {
  it("compares decimals exactly", () => {
    const d = (s: string) => parseDecimal(s)!;
    expect(compareDecimal(d("5"), d("5.000"))).toBe(0);
    expect(compareDecimal(d("-1.5"), d("-1.49"))).toBe(-1);
    expect(compareDecimal(d("1e3"), d("999.999"))).toBe(1);
    expect(compareDecimal(d("9007199254740993"), d("9007199254740992"))).toBe(1);
    expect(parseDecimal("100stake")).toBeUndefined();
    expect(parseDecimal("")).toBeUndefined();
    expect(compareDecimal(parseLeadingDecimal("100stake")!, d("100"))).toBe(0);
  });

  it("parses RFC 3339 with offsets and fractions", () => {
    expect(parseTimestamp("1970-01-01T00:00:00Z")).toBe(0n);
    expect(parseTimestamp("1970-01-01T01:00:00+01:00")).toBe(0n);
    expect(parseTimestamp("1970-01-01T00:00:00.5Z")).toBe(500_000_000n);
    expect(parseTimestamp("2000-02-29T00:00:00Z")).toBe(951782400n * 1_000_000_000n);
    expect(parseTimestamp("2001-02-29T00:00:00Z")).toBeUndefined();
    expect(parseTimestamp("2001-02-28")).toBeUndefined();
  });
});

describe("matchesValue", () => {
  const cond = (q: string) => parseQuery(q).conditions[0]!;
  it.each([
    ["a.b = 'x'", "x", true],
    ["a.b = 'x'", "X", false],
    ["a.b CONTAINS 'ell'", "hello", true],
    ["a.b CONTAINS 'ell'", "help", false],
    ["a.b = 5", "5.0", true],
    ["a.b = 5", "five", false],
    ["a.b > 5", "10", true],
    ["a.b > 5", "100stake", false],
    ["a.b < 0", "-3", true],
    ["a.b >= 2.5", "2.5", true],
    ["a.b < TIME 2013-05-03T14:45:00Z", "2013-05-03T14:44:59Z", true],
    ["a.b < TIME 2013-05-03T14:45:00Z", "2013-05-03", false],
    ["a.b = DATE 2013-05-03", "2013-05-03", true],
    ["a.b EXISTS", "", true],
  ] as const)("%s vs %j -> %s", (q, v, want) => {
    expect(matchesValue(cond(q), v)).toBe(want);
  });

  it("leading-number mode reads amounts like CometBFT pubsub", () => {
    expect(matchesValue(cond("a.b > 5"), "100stake", "leading")).toBe(true);
    expect(matchesValue(cond("a.b > 5"), "stake100", "leading")).toBe(false);
  });
});

describe("matchesEvents (pubsub semantics)", () => {
  const hash = new Uint8Array(32).fill(0xab);
  const HEX = "AB".repeat(32);
  const txEvents = txSubscriptionEvents({
    hash,
    height: 7n,
    events: [
      makeEvent("message", [
        ["action", "/cosmos.bank.v1beta1.MsgSend"],
        ["sender", "gcs1alice"],
      ]),
      makeEvent("transfer", [
        ["recipient", "gcs1bob"],
        ["amount", "100ugcs"],
      ]),
      makeEvent("transfer", [
        ["recipient", "gcs1carol"],
        ["amount", "5ugcs"],
      ]),
    ],
  });

  it.each([
    [`tm.event='Tx' AND tx.hash='${HEX}'`, true], // Keplr's tracer
    [`tm.event='Tx' AND tx.hash='${HEX.toLowerCase()}'`, false], // pubsub compares exactly
    ["tm.event='NewBlock'", false],
    ["tx.height=7", true],
    ["tx.height>6 AND tx.height<8", true],
    ["tx.height>7", false],
    ["message.action='/cosmos.bank.v1beta1.MsgSend' AND message.sender='gcs1alice'", true],
    ["message.sender='gcs1bob'", false],
    ["transfer.recipient='gcs1carol'", true], // any value under the key
    ["transfer.amount>50", true], // "100ugcs" reads as 100
    ["transfer.amount>500", false],
    // Across events: pubsub checks each condition on its own.
    ["transfer.recipient='gcs1bob' AND message.sender='gcs1alice'", true],
    ["transfer.recipient CONTAINS 'carol'", true],
    ["transfer.memo EXISTS", false],
    ["transfer EXISTS", true], // key equal to an event type matches ''
    ["transfer = ''", true],
    ["coin_spent EXISTS", false],
  ] as const)("%s -> %s", (q, want) => {
    expect(matchesEvents(q, txEvents)).toBe(want);
  });

  it("matches nothing on an empty event list, and accepts a parsed query", () => {
    expect(matchesEvents("a.b EXISTS", [])).toBe(false);
    expect(matchesEvents(parseQuery("tm.event='NewBlock'"), blockSubscriptionEvents("NewBlock"))).toBe(true);
    expect(matchesEvents("block.height=3", blockSubscriptionEvents("NewBlock", [], 3n))).toBe(true);
  });

  it("splits synthetic keys at the last dot and skips empty types", () => {
    expect(syntheticEvent("a.b.c", "v")).toEqual({ type: "a.b", attributes: [{ key: "c", value: "v", index: false }] });
    expect(matchesEvents("a.b.c='v'", [syntheticEvent("a.b.c", "v")])).toBe(true);
    expect(matchesEvents("x.y='v'", [makeEvent("", [["y", "v"]])])).toBe(false);
  });

  it("throws IndexerError on a bad query string", () => {
    expect(() => matchesEvents("tm.event=", txEvents)).toThrow(IndexerError);
  });
});
