import type { Commit, Timestamp } from "../../chain/block/types.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { blockIdKey } from "./block-id.js";
import { addVote, onProposal, onVote, storeBlock } from "./engine-messages.js";
import { startRound } from "./engine-rounds.js";
import { progress } from "./engine-rules.js";
import { MAX_BUFFERED, type EngineCore, type Out } from "./engine-state.js";
import { advanceValidatorSets, type ProposerSet } from "./proposer.js";
import { timeoutMs } from "./timeouts.js";
import { PRECOMMIT, PREVOTE, type ConsensusInput } from "./types.js";
import type { VoteSet } from "./vote-set.js";
import { replayWal, signKey } from "./wal.js";

// Heights: starting one (with WAL replay), moving to the next once the decided block is applied,
// and buffering the next height's messages until then.

export function start<B>(e: EngineCore<B>, input: Extract<ConsensusInput<B>, { kind: "startHeight" }>, out: Out<B>): void {
  e.buffered = [];
  enterHeight(e, input.height, input.validators, input.nextValidators, input.lastCommit, input.lastBlockTime, undefined);
  const s = e.s!;
  const wal = replayWal(input.wal ?? [], input.height);
  for (const [k, v] of wal.votes) s.signedVotes.set(k, v);
  for (const [r, p] of wal.proposals) s.ownProposals.set(r, p);
  s.lockedRound = wal.lockedRound;
  s.locked = wal.locked;
  if (wal.locked) {
    s.validRound = wal.lockedRound;
    s.valid = wal.locked;
    s.blocks.set(blockIdKey(wal.locked.blockId), wal.locked.block);
  }
  // Re-send what we signed before the crash: peers may never have received it.
  for (const { proposal, block } of s.ownProposals.values()) {
    s.blocks.set(blockIdKey(proposal.blockId), block);
    out.push({ kind: "broadcastProposal", proposal, block });
  }
  for (const v of s.signedVotes.values()) {
    addVote(e, v, out);
    out.push({ kind: "broadcastVote", vote: v });
  }
  const round = Math.max(0, wal.maxRound);
  startRound(e, round, out);
  if (s.signedVotes.has(signKey(round, PRECOMMIT))) s.step = "precommit";
  else if (s.signedVotes.has(signKey(round, PREVOTE))) s.step = "prevote";
  progress(e, out);
}

function enterHeight<B>(
  e: EngineCore<B>,
  height: bigint,
  validators: ProposerSet,
  nextValidators: ProposerSet,
  lastCommit: Commit | undefined,
  lastBlockTime: Timestamp,
  lastCommitVotes: VoteSet | undefined,
): void {
  let total = 0n;
  for (const v of validators.validators) total += v.votingPower;
  const me = e.cfg.privValidator;
  e.s = {
    height,
    validators,
    nextValidators,
    totalPower: total,
    myIndex: me ? validators.validators.findIndex((v) => equalBytes(v.address, me.address)) : -1,
    round: 0,
    step: "newHeight",
    lockedRound: -1,
    locked: undefined,
    validRound: -1,
    valid: undefined,
    rounds: new Map(),
    blocks: new Map(),
    validity: new Map(),
    proposers: new Map(),
    signedVotes: new Map(),
    ownProposals: new Map(),
    decided: undefined,
    lastCommit,
    lastCommitVotes,
    lastBlockTime,
    evidenceSeen: new Set(),
  };
}

export function onBlockApplied<B>(
  e: EngineCore<B>,
  height: bigint,
  input: Extract<ConsensusInput<B>, { kind: "blockApplied" }>,
  out: Out<B>,
): void {
  const s = e.s!;
  const d = s.decided;
  if (d === undefined || height !== s.height) return;
  const sets = advanceValidatorSets(s.nextValidators, input.validatorUpdates);
  enterHeight(e, height + 1n, sets.validators, sets.nextValidators, d.commit, e.cfg.hooks.blockTime(d.block), d.votes);
  const ms = timeoutMs(e.cfg.timeouts, "commit", 0);
  if (ms > 0) out.push({ kind: "scheduleTimeout", height: height + 1n, round: 0, step: "commit", ms });
  const pending = e.buffered;
  e.buffered = [];
  for (const b of pending) {
    if (b.kind === "proposal") onProposal(e, b.proposal, b.block);
    else if (b.kind === "vote") onVote(e, b.vote, out);
    else if (b.kind === "block") storeBlock(e, b.blockId, b.block);
  }
  if (ms <= 0) startRound(e, 0, out);
  progress(e, out);
}

export function bufferIfNext<B>(e: EngineCore<B>, input: ConsensusInput<B>, height: bigint): boolean {
  if (height !== e.s!.height + 1n) return false;
  if (e.buffered.length < MAX_BUFFERED) e.buffered.push(input);
  return true;
}
