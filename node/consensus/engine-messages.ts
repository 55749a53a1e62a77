import type { BlockId } from "../../chain/block/types.js";
import { isZeroBlockId } from "../../chain/block/types.js";
import type { Validator } from "../../chain/block/validator-set.js";
import { proposalSignBytes, voteSignBytes } from "../../chain/block/vote.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { blockIdKey, compareTimestamps, sameBlockId } from "./block-id.js";
import { MAX_BLOCKS, proposer, roundState, type EngineCore, type Out, type RoundState } from "./engine-state.js";
import { PRECOMMIT, PREVOTE, type Proposal, type Vote } from "./types.js";

// Intake of proposals, blocks and votes from peers (and our own votes), with equivocation evidence.

export function onProposal<B>(e: EngineCore<B>, p: Proposal, block: B | undefined): void {
  const s = e.s!;
  if (p.height !== s.height || !Number.isInteger(p.round) || p.round < 0 || p.round > s.round + e.maxRoundsAhead) return;
  if (!Number.isInteger(p.polRound) || p.polRound < -1 || p.polRound >= p.round || isZeroBlockId(p.blockId)) return;
  const rs = roundState(e, p.round);
  if (rs.proposal !== undefined) {
    if (block !== undefined && sameBlockId(rs.proposal.blockId, p.blockId)) storeBlock(e, p.blockId, block);
    return; // a second, different proposal of an equivocating proposer is ignored
  }
  const prop = proposer(e, p.round);
  if (!verifySigned(e, p, prop.pubKey, () => proposalSignBytes(e.cfg.chainId, p), p.signature)) return;
  rs.proposal = p;
  if (block !== undefined) storeBlock(e, p.blockId, block);
}

export function storeBlock<B>(e: EngineCore<B>, blockId: BlockId, block: B): void {
  const s = e.s!;
  const key = blockIdKey(blockId);
  if (key === "" || s.blocks.has(key) || s.blocks.size >= MAX_BLOCKS) return;
  s.blocks.set(key, block);
}

export function onVote<B>(e: EngineCore<B>, vote: Vote, out: Out<B>): void {
  const s = e.s!;
  if (vote.type !== PREVOTE && vote.type !== PRECOMMIT) return;
  if (vote.height === s.height - 1n) {
    onLastCommitVote(e, vote);
    return;
  }
  if (vote.height !== s.height || !Number.isInteger(vote.round) || vote.round < 0) return;
  if (vote.round > s.round + e.maxRoundsAhead) return;
  const val = s.validators.validators[vote.validatorIndex];
  if (val === undefined || !equalBytes(val.address, vote.validatorAddress)) return;
  const pick = (rs: RoundState) => (vote.type === PREVOTE ? rs.prevotes : rs.precommits);
  // A round's state is created only for a correctly signed vote: junk votes for rounds ahead
  // would otherwise add rounds that every later step scans.
  const existing = e.s!.rounds.get(vote.round);
  if (existing !== undefined && pick(existing).has(vote)) return;
  if (!verifySigned(e, vote, val.pubKey, () => voteSignBytes(e.cfg.chainId, vote), vote.signature)) return;
  const res = pick(existing ?? roundState(e, vote.round)).add(vote);
  if (res.kind === "conflict") reportConflict(e, res.existing, vote, val, out);
}

/** Late precommits for the previous height make the next LastCommit fuller (CometBFT does too). */
function onLastCommitVote<B>(e: EngineCore<B>, vote: Vote): void {
  const set = e.s!.lastCommitVotes;
  if (set === undefined || vote.type !== PRECOMMIT || vote.round !== set.round) return;
  const val = set.validators.validators[vote.validatorIndex];
  if (val === undefined || !equalBytes(val.address, vote.validatorAddress) || set.has(vote)) return;
  if (!verifySigned(e, vote, val.pubKey, () => voteSignBytes(e.cfg.chainId, vote), vote.signature)) return;
  set.add(vote);
}

function verifySigned<B>(e: EngineCore<B>, msg: object, pubKey: Uint8Array, bytes: () => Uint8Array, sig: Uint8Array): boolean {
  const cache = e.cfg.verifiedMessages;
  const known = cache?.get(msg);
  if (known !== undefined && equalBytes(known, pubKey)) return true;
  if (!e.cfg.verify(pubKey, bytes(), sig)) return false;
  cache?.set(msg, pubKey);
  return true;
}

function reportConflict<B>(e: EngineCore<B>, a: Vote, b: Vote, val: Validator, out: Out<B>): void {
  const s = e.s!;
  const key = `${a.validatorIndex}/${a.round}/${a.type}`;
  if (s.evidenceSeen.has(key)) return;
  s.evidenceSeen.add(key);
  const [voteA, voteB] = blockIdKey(a.blockId) < blockIdKey(b.blockId) ? [a, b] : [b, a];
  const timestamp = compareTimestamps(a.timestamp, b.timestamp) > 0 ? a.timestamp : b.timestamp;
  out.push({ kind: "evidence", evidence: { voteA, voteB, totalVotingPower: s.totalPower, validatorPower: val.votingPower, timestamp } });
}

/** Our own vote goes into our vote set directly (it is also broadcast). */
export function addVote<B>(e: EngineCore<B>, vote: Vote, out: Out<B>): void {
  const s = e.s!;
  if (vote.height !== s.height) return;
  const rs = roundState(e, vote.round);
  const res = (vote.type === PREVOTE ? rs.prevotes : rs.precommits).add(vote);
  if (res.kind === "conflict") reportConflict(e, res.existing, vote, s.validators.validators[vote.validatorIndex]!, out);
}
