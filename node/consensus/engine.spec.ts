import { describe, expect, it } from "vitest";
import { verifyCommit } from "../../chain/block/commit-verify.js";
import { isZeroBlockId, zeroBlockId, type BlockId } from "../../chain/block/types.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { blockIdKey } from "./block-id.js";
import { proposerForRound } from "./proposer.js";
import type { SimKey } from "./sim/keys.js";
import { CHAIN, T0, TIMEOUTS, block, engineFor, indexOf, keys, proposal, sets, start, verify, vote, votesOut } from "./spec-fixtures.js";
import { PRECOMMIT, PREVOTE, type ConsensusOutput, type WalRecord } from "./types.js";
import type { SimBlock } from "./sim/sim-block.js";

const proposerKey = (r: number): SimKey => keys.find((k) => equalBytes(k.address, proposerForRound(sets.validators, r).address))!;
/** "me": the proposer of round 3, so rounds 0-2 are proposed by others. */
const me = proposerKey(3);
const others = keys.filter((k) => k !== me);
const isNil = (id: BlockId) => isZeroBlockId(id);
const kinds = (outs: ConsensusOutput<SimBlock>[]) => outs.map((o) => o.kind);

function proposeTo(e: ReturnType<typeof engineFor>, r: number, payload: number, polRound = -1, timeMs = T0) {
  const b = block(payload, timeMs);
  const outs = e.handle({ kind: "proposal", now: T0, proposal: proposal(proposerKey(r), r, b.blockId, polRound, timeMs), block: b.block });
  return { ...b, outs };
}

function feed(e: ReturnType<typeof engineFor>, type: 1 | 2, r: number, id: BlockId, from: SimKey[]) {
  return from.flatMap((k) => e.handle({ kind: "vote", now: T0, vote: vote(k, type, r, id) }));
}

describe("ConsensusEngine", () => {
  it("happy path: prevote, lock and precommit on 2/3 prevotes, decide on 2/3 precommits with a verifying commit", () => {
    const e = engineFor(me);
    const s = start(e);
    expect(s).toEqual([{ kind: "scheduleTimeout", height: 1n, round: 0, step: "propose", ms: TIMEOUTS.proposeMs }]);
    const { blockId, outs } = proposeTo(e, 0, 1);
    expect(kinds(outs)).toEqual(["walWrite", "broadcastVote"]); // persisted before it leaves
    expect(votesOut(outs)[0]).toMatchObject({ type: PREVOTE, round: 0, blockId });
    const pc = feed(e, PREVOTE, 0, blockId, others.slice(0, 2));
    expect(votesOut(pc)[0]).toMatchObject({ type: PRECOMMIT, blockId });
    const wal = pc.find((o) => o.kind === "walWrite");
    expect(wal?.kind === "walWrite" && wal.record.kind === "vote" && wal.record.block?.payload).toBe(1); // the locked value
    expect(e.lockedRound).toBe(0);
    const dec = feed(e, PRECOMMIT, 0, blockId, others.slice(0, 2));
    const d = dec.find((o) => o.kind === "decide");
    expect(d).toBeDefined();
    if (d?.kind !== "decide") return;
    expect(blockIdKey(d.blockId)).toBe(blockIdKey(blockId));
    expect(() => verifyCommit(CHAIN, sets.validators, blockId, 1n, d.commit, verify)).not.toThrow();
  });

  it("proposes validValue when it has one, else a new block dated after the previous block", () => {
    const e = engineFor(proposerKey(0));
    const outs = start(e, [], T0 - 5000); // local clock behind the previous block time
    const p = outs.find((o) => o.kind === "broadcastProposal");
    expect(p?.kind === "broadcastProposal" && p.proposal.polRound).toBe(-1);
    expect(p?.kind === "broadcastProposal" && Number(p.block.time.seconds) * 1000).toBeGreaterThanOrEqual(T0 - 1000);
    expect(kinds(outs).slice(0, 2)).toEqual(["walWrite", "broadcastProposal"]);
  });

  it("locking: locked on B in round 0, prevotes nil on B' in round 1 unless a newer PoLC for B' is seen", () => {
    const e = engineFor(me);
    start(e);
    const B = proposeTo(e, 0, 1).blockId;
    feed(e, PREVOTE, 0, B, others.slice(0, 2)); // PoLC for B: lock
    expect(e.lockedRound).toBe(0);
    feed(e, PRECOMMIT, 0, zeroBlockId(), others); // round 0 fails
    e.handle({ kind: "timeout", now: T0, height: 1n, round: 0, step: "precommit" });
    expect(e.round).toBe(1);
    const r1 = proposeTo(e, 1, 2); // B', a fresh proposal
    expect(isNil(votesOut(r1.outs)[0]!.blockId)).toBe(true);
    // round 1: the others prevote B' (a PoLC at round 1 > our lock round 0), round fails anyway
    feed(e, PREVOTE, 1, r1.blockId, others);
    e.handle({ kind: "timeout", now: T0, height: 1n, round: 1, step: "precommit" });
    feed(e, PRECOMMIT, 1, zeroBlockId(), others);
    e.handle({ kind: "timeout", now: T0, height: 1n, round: 1, step: "precommit" });
    expect(e.round).toBe(2);
    const r2 = proposeTo(e, 2, 2, 1); // B' re-proposed with polRound 1
    expect(blockIdKey(votesOut(r2.outs)[0]!.blockId)).toBe(blockIdKey(r1.blockId));
  });

  it("locking: a re-proposal whose PoLC is older than our lock gets a nil prevote", () => {
    const e = engineFor(me);
    start(e);
    // round 0: we time out to a nil prevote and precommit, then see a PoLC for C (no lock: too late)
    e.handle({ kind: "timeout", now: T0, height: 1n, round: 0, step: "propose" });
    feed(e, PREVOTE, 0, zeroBlockId(), others.slice(0, 1));
    e.handle({ kind: "timeout", now: T0, height: 1n, round: 0, step: "prevote" });
    const C = proposeTo(e, 0, 3).blockId;
    feed(e, PREVOTE, 0, C, others);
    expect(e.lockedRound).toBe(-1);
    expect(e.validRound).toBe(0);
    feed(e, PRECOMMIT, 0, zeroBlockId(), others);
    e.handle({ kind: "timeout", now: T0, height: 1n, round: 0, step: "precommit" });
    // round 1: lock on D
    const D = proposeTo(e, 1, 4).blockId;
    feed(e, PREVOTE, 1, D, others.slice(0, 2));
    expect(e.lockedRound).toBe(1);
    feed(e, PRECOMMIT, 1, zeroBlockId(), others);
    e.handle({ kind: "timeout", now: T0, height: 1n, round: 1, step: "precommit" });
    const r2 = proposeTo(e, 2, 3, 0); // C with its round-0 PoLC: older than our lock
    expect(isNil(votesOut(r2.outs)[0]!.blockId)).toBe(true);
  });

  it("round skipping: f+1 power from a higher round moves us there, f alone does not", () => {
    const e = engineFor(me);
    start(e);
    const outs1 = feed(e, PREVOTE, 2, zeroBlockId(), others.slice(0, 1)); // 10 of 40
    expect(e.round).toBe(0);
    expect(outs1).toEqual([]);
    const outs2 = feed(e, PRECOMMIT, 2, zeroBlockId(), others.slice(1, 2)); // 20 of 40 > 1/3
    expect(e.round).toBe(2);
    expect(outs2).toContainEqual({ kind: "scheduleTimeout", height: 1n, round: 2, step: "propose", ms: TIMEOUTS.proposeMs + 2 * TIMEOUTS.proposeDeltaMs });
  });

  it("timeouts: propose -> nil prevote; prevote after 2/3 any -> nil precommit; precommit -> next round; stale ones ignored", () => {
    const e = engineFor(me);
    start(e);
    expect(e.handle({ kind: "timeout", now: T0, height: 1n, round: 5, step: "propose" })).toEqual([]);
    const pv = e.handle({ kind: "timeout", now: T0, height: 1n, round: 0, step: "propose" });
    expect(isNil(votesOut(pv)[0]!.blockId)).toBe(true);
    const any = feed(e, PREVOTE, 0, block(9).blockId, others.slice(0, 2)); // 30 of 40, split
    expect(any).toContainEqual({ kind: "scheduleTimeout", height: 1n, round: 0, step: "prevote", ms: TIMEOUTS.prevoteMs });
    const pc = e.handle({ kind: "timeout", now: T0, height: 1n, round: 0, step: "prevote" });
    expect(votesOut(pc)[0]).toMatchObject({ type: PRECOMMIT });
    expect(isNil(votesOut(pc)[0]!.blockId)).toBe(true);
    const pcs = feed(e, PRECOMMIT, 0, zeroBlockId(), others.slice(0, 2));
    expect(pcs).toContainEqual({ kind: "scheduleTimeout", height: 1n, round: 0, step: "precommit", ms: TIMEOUTS.precommitMs });
    e.handle({ kind: "timeout", now: T0, height: 1n, round: 0, step: "precommit" });
    expect(e.round).toBe(1);
    expect(e.handle({ kind: "timeout", now: T0, height: 1n, round: 0, step: "precommit" })).toEqual([]);
  });

  it("block time: a proposal not after the previous block, or too far ahead of our clock, gets a nil prevote", () => {
    const old = engineFor(me);
    start(old);
    expect(isNil(votesOut(proposeTo(old, 0, 1, -1, T0 - 2000).outs)[0]!.blockId)).toBe(true);
    const ahead = engineFor(me);
    start(ahead);
    expect(isNil(votesOut(proposeTo(ahead, 0, 1, -1, T0 + 60_000).outs)[0]!.blockId)).toBe(true);
  });

  it("an invalid block gets a nil prevote", () => {
    const e = engineFor(me);
    start(e);
    expect(isNil(votesOut(proposeTo(e, 0, -1).outs)[0]!.blockId)).toBe(true);
  });

  it("restart from the WAL: re-sends the same vote, never signs another for that round, keeps the lock", () => {
    const e = engineFor(me);
    const wal: WalRecord<SimBlock>[] = [];
    const keep = (outs: ConsensusOutput<SimBlock>[]) => outs.forEach((o) => o.kind === "walWrite" && wal.push(o.record));
    keep(start(e));
    const B = proposeTo(e, 0, 1);
    keep(B.outs);
    keep(feed(e, PREVOTE, 0, B.blockId, others.slice(0, 2)));
    expect(wal.map((r) => r.step)).toEqual(["prevote", "precommit"]);

    const again = engineFor(me);
    const outs = start(again, wal);
    const resent = votesOut(outs);
    expect(resent.map((v) => v.type).sort()).toEqual([PREVOTE, PRECOMMIT]);
    expect(kinds(outs)).not.toContain("walWrite");
    expect(again.lockedRound).toBe(0);
    // a different proposal for round 0 now: the engine must not sign a nil or other prevote
    const other = proposeTo(again, 0, 2);
    for (const v of votesOut(other.outs)) expect(blockIdKey(v.blockId)).toBe(blockIdKey(B.blockId));
    expect(kinds(other.outs)).not.toContain("walWrite");
    // timeouts of round 0 cannot make it sign nil either
    const t = again.handle({ kind: "timeout", now: T0, height: 1n, round: 0, step: "prevote" });
    expect(kinds(t)).not.toContain("walWrite");
  });

  it("evidence: two signed votes of one validator for different blocks at one (height, round, type)", () => {
    const e = engineFor(me);
    start(e);
    const bad = others[0]!;
    const a = vote(bad, PREVOTE, 0, block(1).blockId);
    const b = vote(bad, PREVOTE, 0, zeroBlockId());
    e.handle({ kind: "vote", now: T0, vote: a });
    const outs = e.handle({ kind: "vote", now: T0, vote: b });
    const ev = outs.find((o) => o.kind === "evidence");
    expect(ev?.kind === "evidence" && ev.evidence.validatorPower).toBe(10n);
    expect(ev?.kind === "evidence" && [ev.evidence.voteA, ev.evidence.voteB]).toEqual([b, a]); // nil id sorts first
    expect(e.handle({ kind: "vote", now: T0, vote: b })).toEqual([]); // reported once
    // a forged signature is neither counted nor evidence
    const forged = { ...vote(bad, PREVOTE, 0, block(5).blockId), signature: new Uint8Array(64) };
    expect(e.handle({ kind: "vote", now: T0, vote: forged })).toEqual([]);
  });

  it("H+2: after block 1 is applied with an update, height 2 keeps the old set and height 3 gets the new one", () => {
    const e = engineFor(me);
    start(e);
    const B = proposeTo(e, 0, 1).blockId;
    feed(e, PREVOTE, 0, B, others.slice(0, 2));
    feed(e, PRECOMMIT, 0, B, others.slice(0, 2));
    expect(e.step).toBe("commit");
    const k = others[0]!;
    e.handle({ kind: "blockApplied", now: T0 + 10, height: 1n, validatorUpdates: [{ address: k.address, pubKey: k.pubKey, power: 25n }] });
    expect(e.height).toBe(2n);
    expect(e.validators!.validators.map((v) => v.votingPower)).toEqual([10n, 10n, 10n, 10n]);
    expect(e.nextValidators!.validators[0]).toMatchObject({ address: k.address, votingPower: 25n });
    expect(indexOf(k)).toBeGreaterThanOrEqual(0);
  });
});
