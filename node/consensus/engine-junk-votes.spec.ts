import { describe, expect, it } from "vitest";
import { T0, block, engineFor, keys, start, vote } from "./spec-fixtures.js";
import { PREVOTE } from "./types.js";

// Votes with bad signatures for rounds ahead cost an attacker nothing but the validator's public
// index and address; they must not create round state that every later step scans.
describe("consensus engine: votes with bad signatures", () => {
  it("create no round state, while a correctly signed vote for a later round does", () => {
    const me = keys[0]!;
    const other = keys[1]!;
    const e = engineFor(me);
    start(e);
    const rounds = () => (e as unknown as { e: { s: { rounds: Map<number, unknown> } } }).e.s.rounds;
    const before = rounds().size;
    const b = block(1, T0);
    for (let r = 1; r <= 200; r++) {
      const v = vote(other, PREVOTE, r, b.blockId);
      e.handle({ kind: "vote", now: T0, vote: { ...v, signature: new Uint8Array(64).fill(r) } });
    }
    expect(rounds().size).toBe(before);
    e.handle({ kind: "vote", now: T0, vote: vote(other, PREVOTE, 3, b.blockId) });
    expect(rounds().has(3)).toBe(true);
    expect(rounds().size).toBe(before + 1);
  });
});
