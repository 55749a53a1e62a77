import type { Context } from "../../chain/app/context.js";
import { equalBytes, toHex } from "../../chain/crypto/bytes.js";
import {
  ErrAlreadyVoted, ErrNotCommitteeMember, ErrNotProvider, ErrNotRequester, ErrNotSpotChecker, ErrPastDeadline, ErrPhaseClosed, ErrWrongStatus,
} from "./errors.js";
import { computeDrawSeed, computeSample } from "./draw.js";
import { emitMarket } from "./events.js";
import type { MarketKeeper } from "./keeper.js";
import { processComplete, processUphold } from "./settle.js";
import { Status, Verification, type Contract } from "./types.js";

/** Result submission and the three verification paths (requester, committee, spot check). */

function copy(c: Contract): Contract {
  return { ...c, committee: [...c.committee], votes: [...c.votes] };
}

function requireStatus(c: Contract, status: number): void {
  if (c.status !== status) throw ErrWrongStatus.raise(`contract ${c.id} is ${Status[c.status]}, needs ${Status[status]}`);
}

function requirePhaseOpen(c: Contract, now: bigint): void {
  if (now >= c.phaseDeadline) throw ErrPhaseClosed.raise(`contract ${c.id} window closed at ${c.phaseDeadline}`);
}

/** Candidates minus everyone with a stake in the outcome (requester, providers, the spot checker). */
function eligible(k: MarketKeeper, ctx: Context, c: Contract): string[] {
  const excluded = new Set<string>([c.requester, c.spotChecker, ...k.positionsOf(ctx, c.id).map((p) => p.provider)]);
  return k.deps.committee.candidates(ctx).filter((a) => !excluded.has(a));
}

/** Draws the committee with the block beacon and opens the vote window. */
function startVote(k: MarketKeeper, ctx: Context, c: Contract): void {
  const seed = computeDrawSeed("committee", c.id, ctx.block.height, ctx.block.extras?.randomness);
  c.committee = computeSample(seed, eligible(k, ctx, c), k.params(ctx).committeeSize);
  c.votes = [];
  c.drawSeed = toHex(seed);
  c.status = Status.CONTRACT_STATUS_VOTING;
  c.phaseDeadline = ctx.block.timeSeconds + k.params(ctx).votePeriodSeconds;
  emitMarket(ctx, "EventCommitteeDrawn", [["contract_id", c.id], ["seed", c.drawSeed], ["members", c.committee.join(",")], ["vote_deadline", c.phaseDeadline]]);
}

export function processSubmitResult(k: MarketKeeper, ctx: Context, provider: string, contractId: bigint, resultHash: Uint8Array): void {
  const prev = k.requireContract(ctx, contractId);
  requireStatus(prev, Status.CONTRACT_STATUS_ACTIVE);
  const now = ctx.block.timeSeconds;
  if (now >= prev.deadline) throw ErrPastDeadline.raise(`contract ${contractId} deadline ${prev.deadline} passed`);
  if (!k.positionsOf(ctx, contractId).some((p) => p.provider === provider)) throw ErrNotProvider.raise(`${provider} on contract ${contractId}`);
  const c = copy(prev);
  c.resultHash = resultHash;
  c.submitter = provider;
  c.submittedAt = now;
  emitMarket(ctx, "EventResultSubmitted", [["contract_id", contractId], ["provider", provider], ["result_hash", toHex(resultHash)]]);
  if (c.verification === Verification.VERIFICATION_COMMITTEE) {
    startVote(k, ctx, c);
  } else {
    c.status = Status.CONTRACT_STATUS_SUBMITTED;
    c.phaseDeadline = now + k.params(ctx).reviewPeriodSeconds;
    if (c.verification === Verification.VERIFICATION_SPOT) {
      const seed = computeDrawSeed("spot", c.id, ctx.block.height, ctx.block.extras?.randomness);
      c.drawSeed = toHex(seed);
      c.spotChecker = computeSample(seed, eligible(k, ctx, c), 1)[0] ?? "";
      emitMarket(ctx, "EventSpotCheckerDrawn", [["contract_id", contractId], ["seed", c.drawSeed], ["checker", c.spotChecker], ["deadline", c.phaseDeadline]]);
    }
  }
  k.saveContract(ctx, c, prev);
}

export function processApproveContract(k: MarketKeeper, ctx: Context, requester: string, contractId: bigint): void {
  const c = k.requireContract(ctx, contractId);
  if (c.requester !== requester) throw ErrNotRequester.raise(`contract ${contractId}`);
  requireStatus(c, Status.CONTRACT_STATUS_SUBMITTED);
  requirePhaseOpen(c, ctx.block.timeSeconds);
  emitMarket(ctx, "EventContractApproved", [["contract_id", contractId], ["requester", requester]]);
  processComplete(k, ctx, c);
}

export function processDisputeContract(k: MarketKeeper, ctx: Context, requester: string, contractId: bigint, reason: string): void {
  const prev = k.requireContract(ctx, contractId);
  if (prev.requester !== requester) throw ErrNotRequester.raise(`contract ${contractId}`);
  requireStatus(prev, Status.CONTRACT_STATUS_SUBMITTED);
  requirePhaseOpen(prev, ctx.block.timeSeconds);
  const c = copy(prev);
  c.disputedBy = requester;
  c.disputeReason = reason;
  emitMarket(ctx, "EventContractDisputed", [["contract_id", contractId], ["by", requester], ["reason", reason]]);
  startVote(k, ctx, c);
  k.saveContract(ctx, c, prev);
}

/** A committee vote; a strict majority of the committee settles the contract at once. */
export function processVoteContract(k: MarketKeeper, ctx: Context, voter: string, contractId: bigint, approve: boolean): void {
  const prev = k.requireContract(ctx, contractId);
  requireStatus(prev, Status.CONTRACT_STATUS_VOTING);
  if (!prev.committee.includes(voter)) throw ErrNotCommitteeMember.raise(`${voter} on contract ${contractId}`);
  if (prev.votes.some((v) => v.voter === voter)) throw ErrAlreadyVoted.raise(`${voter} on contract ${contractId}`);
  requirePhaseOpen(prev, ctx.block.timeSeconds);
  const c = copy(prev);
  c.votes.push({ voter, approve });
  emitMarket(ctx, "EventVote", [["contract_id", contractId], ["voter", voter], ["approve", approve]]);
  const approves = c.votes.filter((v) => v.approve).length;
  const rejects = c.votes.length - approves;
  const n = c.committee.length;
  if (2 * approves > n) processComplete(k, ctx, c);
  else if (2 * rejects > n) processUphold(k, ctx, c);
  else k.saveContract(ctx, c, prev);
}

/** The drawn checker's own hash: equal completes the contract, different sends it to a committee. */
export function processSpotCheck(k: MarketKeeper, ctx: Context, checker: string, contractId: bigint, resultHash: Uint8Array): boolean {
  const prev = k.requireContract(ctx, contractId);
  requireStatus(prev, Status.CONTRACT_STATUS_SUBMITTED);
  if (prev.verification !== Verification.VERIFICATION_SPOT || prev.spotChecker === "" || prev.spotChecker !== checker) {
    throw ErrNotSpotChecker.raise(`${checker} on contract ${contractId}`);
  }
  requirePhaseOpen(prev, ctx.block.timeSeconds);
  const match = equalBytes(prev.resultHash, resultHash);
  const c = copy(prev);
  c.spotResult = match ? 1 : 2;
  emitMarket(ctx, "EventSpotCheck", [["contract_id", contractId], ["checker", checker], ["result_hash", toHex(resultHash)], ["match", match]]);
  if (match) {
    processComplete(k, ctx, c);
  } else {
    c.disputedBy = checker;
    c.disputeReason = "spot check mismatch";
    startVote(k, ctx, c);
    k.saveContract(ctx, c, prev);
  }
  return match;
}
