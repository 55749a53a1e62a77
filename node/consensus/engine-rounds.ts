import { zeroBlockId, type BlockId } from "../../chain/block/types.js";
import { proposalSignBytes, voteSignBytes } from "../../chain/block/vote.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { addMs, blockIdKey, compareTimestamps, timestampFromMs } from "./block-id.js";
import { addVote } from "./engine-messages.js";
import { proposer, roundState, type EngineCore, type Out, type Value } from "./engine-state.js";
import { timeoutMs } from "./timeouts.js";
import { PRECOMMIT, PREVOTE, type Proposal, type TimeoutStep, type Vote, type VoteType } from "./types.js";
import { signKey } from "./wal.js";

// Round-step transitions: starting a round (and proposing in it), signing our votes, timeouts.

/** StartRound(round). */
export function startRound<B>(e: EngineCore<B>, r: number, out: Out<B>): void {
  const s = e.s!;
  s.round = r;
  s.step = "propose";
  const me = e.cfg.privValidator;
  if (me && s.myIndex >= 0 && equalBytes(proposer(e, r).address, me.address)) {
    let own = s.ownProposals.get(r);
    if (own === undefined) {
      const value = s.valid ?? createValue(e, r);
      const proposal: Proposal = {
        height: s.height,
        round: r,
        polRound: s.valid ? s.validRound : -1,
        blockId: value.blockId,
        timestamp: e.cfg.hooks.blockTime(value.block),
        signature: new Uint8Array(0),
      };
      proposal.signature = me.sign(proposalSignBytes(e.cfg.chainId, proposal));
      own = { proposal, block: value.block };
      out.push({ kind: "walWrite", record: { kind: "proposal", height: s.height, round: r, step: "propose", proposal, block: value.block } });
      s.ownProposals.set(r, own);
    }
    out.push({ kind: "broadcastProposal", proposal: own.proposal, block: own.block });
    roundState(e, r).proposal = own.proposal;
    s.blocks.set(blockIdKey(own.proposal.blockId), own.block);
  } else {
    schedule(e, "propose", r, out);
  }
}

function createValue<B>(e: EngineCore<B>, r: number): Value<B> {
  const s = e.s!;
  const minTime = addMs(s.lastBlockTime, 1);
  const nowTs = timestampFromMs(e.now);
  const time = compareTimestamps(nowTs, minTime) > 0 ? nowTs : minTime;
  const lastCommit = s.lastCommitVotes && s.lastCommit ? s.lastCommitVotes.makeCommit(s.lastCommit.blockId) : s.lastCommit;
  return e.cfg.hooks.createProposalBlock({
    height: s.height,
    round: r,
    time,
    lastCommit,
    proposerAddress: e.cfg.privValidator!.address,
  });
}

export function schedule<B>(e: EngineCore<B>, step: TimeoutStep, r: number, out: Out<B>): void {
  out.push({ kind: "scheduleTimeout", height: e.s!.height, round: r, step, ms: timeoutMs(e.cfg.timeouts, step, r) });
}

export function signVote<B>(e: EngineCore<B>, type: VoteType, r: number, blockId: BlockId, out: Out<B>, lockBlock?: B): void {
  const s = e.s!;
  const key = signKey(r, type);
  const done = s.signedVotes.get(key);
  if (done !== undefined) {
    // Signed before (possibly before a crash): send that one again, never a different one.
    out.push({ kind: "broadcastVote", vote: done });
    return;
  }
  const me = e.cfg.privValidator;
  if (me === undefined || s.myIndex < 0) return;
  const vote: Vote = {
    type,
    height: s.height,
    round: r,
    blockId,
    timestamp: timestampFromMs(e.now),
    validatorAddress: me.address,
    validatorIndex: s.myIndex,
    signature: new Uint8Array(0),
  };
  vote.signature = me.sign(voteSignBytes(e.cfg.chainId, vote));
  const step = type === PREVOTE ? "prevote" : "precommit";
  out.push({ kind: "walWrite", record: { kind: "vote", height: s.height, round: r, step, vote, block: lockBlock } });
  s.signedVotes.set(key, vote);
  addVote(e, vote, out);
  out.push({ kind: "broadcastVote", vote });
}

export function onTimeout<B>(e: EngineCore<B>, height: bigint, r: number, step: TimeoutStep, out: Out<B>): void {
  const s = e.s!;
  if (height !== s.height || s.decided) return;
  switch (step) {
    case "propose": // L57
      if (r === s.round && s.step === "propose") {
        signVote(e, PREVOTE, r, zeroBlockId(), out);
        s.step = "prevote";
      }
      return;
    case "prevote": // L61
      if (r === s.round && s.step === "prevote") {
        signVote(e, PRECOMMIT, r, zeroBlockId(), out);
        s.step = "precommit";
      }
      return;
    case "precommit": // L65
      if (r === s.round && s.step !== "newHeight") startRound(e, r + 1, out);
      return;
    case "commit":
      if (s.step === "newHeight") startRound(e, 0, out);
      return;
  }
}
