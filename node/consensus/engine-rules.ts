import { isZeroBlockId, zeroBlockId } from "../../chain/block/types.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { blockIdKey, compareTimestamps, sameBlockId, timestampToMs } from "./block-id.js";
import { isValid, tryDecide } from "./engine-decide.js";
import { schedule, signVote, startRound } from "./engine-rounds.js";
import { proposer, roundState, type EngineCore, type Out } from "./engine-state.js";
import { PRECOMMIT, PREVOTE, type Proposal } from "./types.js";

// The algorithm's upon-rules (L22-L55), applied until none fires.

/** A new proposal must not be dated too far ahead of the local clock (re-proposals are exempt). */
function isTimely<B>(e: EngineCore<B>, p: Proposal, block: B): boolean {
  const t = e.cfg.hooks.blockTime(block);
  return compareTimestamps(t, p.timestamp) === 0 && timestampToMs(t) <= e.now + e.cfg.maxClockDriftMs;
}

function proposalValue<B>(e: EngineCore<B>, r: number): { p: Proposal; block: B } | undefined {
  const s = e.s!;
  const p = s.rounds.get(r)?.proposal;
  if (p === undefined) return undefined;
  const block = s.blocks.get(blockIdKey(p.blockId));
  return block === undefined ? undefined : { p, block };
}

/** Applies every rule whose condition holds until none does (each fires at most once). */
export function progress<B>(e: EngineCore<B>, out: Out<B>): void {
  const s = e.s!;
  for (let guard = 0; guard < 64; guard++) {
    if (s.decided || s.step === "newHeight") return;
    if (tryDecide(e, out)) return;
    if (trySkipRound(e, out)) continue;
    if (!applyRoundRules(e, out)) return;
  }
}

/** L55: f+1 of the power sent something for a higher round: go there. */
function trySkipRound<B>(e: EngineCore<B>, out: Out<B>): boolean {
  const s = e.s!;
  let target = -1;
  for (const [r, rs] of s.rounds) {
    if (r <= s.round || r <= target) continue;
    let power = 0n;
    const proposerAddr = rs.proposal ? proposer(e, r).address : undefined;
    s.validators.validators.forEach((v, i) => {
      if (rs.prevotes.get(i) || rs.precommits.get(i) || (proposerAddr && equalBytes(v.address, proposerAddr))) {
        power += v.votingPower;
      }
    });
    if (power * 3n > s.totalPower) target = r;
  }
  if (target < 0) return false;
  startRound(e, target, out);
  return true;
}

/** The rules of the current round; true when the step changed (so others may now apply). */
function applyRoundRules<B>(e: EngineCore<B>, out: Out<B>): boolean {
  const s = e.s!;
  const r = s.round;
  const rs = roundState(e, r);
  const pv = proposalValue(e, r);
  if (s.step === "propose" && pv) {
    const { p, block } = pv;
    const id = p.blockId;
    const isLocked = (vr: number) => s.lockedRound <= vr || (s.locked !== undefined && sameBlockId(s.locked.blockId, id));
    if (p.polRound === -1) {
      // L22
      const ok = isValid(e, id, block) && isTimely(e, p, block) && isLocked(-1);
      signVote(e, PREVOTE, r, ok ? id : zeroBlockId(), out);
      s.step = "prevote";
      return true;
    }
    const polc = s.rounds.get(p.polRound)?.prevotes.twoThirdsMajority();
    if (polc !== undefined && sameBlockId(polc, id)) {
      // L28: unlock on a proof-of-lock newer than our lock
      const ok = isValid(e, id, block) && isLocked(p.polRound);
      signVote(e, PREVOTE, r, ok ? id : zeroBlockId(), out);
      s.step = "prevote";
      return true;
    }
  }
  if (s.step === "prevote" && !rs.prevoteTimeoutScheduled && rs.prevotes.hasTwoThirdsAny()) {
    rs.prevoteTimeoutScheduled = true; // L34
    schedule(e, "prevote", r, out);
  }
  if ((s.step === "prevote" || s.step === "precommit") && !rs.lockRuleDone && pv) {
    const maj = rs.prevotes.twoThirdsMajority();
    if (maj !== undefined && sameBlockId(maj, pv.p.blockId) && isValid(e, maj, pv.block)) {
      // L36: lock and precommit (only while in prevote); always remember the valid value
      rs.lockRuleDone = true;
      const value = { block: pv.block, blockId: pv.p.blockId };
      s.valid = value;
      s.validRound = r;
      if (s.step === "prevote") {
        s.locked = value;
        s.lockedRound = r;
        signVote(e, PRECOMMIT, r, value.blockId, out, value.block);
        s.step = "precommit";
        return true;
      }
    }
  }
  if (s.step === "prevote") {
    const maj = rs.prevotes.twoThirdsMajority();
    if (maj !== undefined && isZeroBlockId(maj)) {
      // L44
      signVote(e, PRECOMMIT, r, zeroBlockId(), out);
      s.step = "precommit";
      return true;
    }
  }
  if (!rs.precommitTimeoutScheduled && rs.precommits.hasTwoThirdsAny()) {
    rs.precommitTimeoutScheduled = true; // L47
    schedule(e, "precommit", r, out);
  }
  return false;
}
