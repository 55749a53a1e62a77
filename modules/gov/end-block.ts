import { ProposalStatus, type Proposal } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Context } from "../../chain/app/context.js";
import { parseAccAddress, valAddress } from "../../chain/codec/address.js";
import { makeEvent } from "../../chain/events/types.js";
import type { ReadCtx } from "../auth/keeper.js";
import { branchContext } from "./branch.js";
import { isReached, type GovKeeper, type Time } from "./keeper.js";
import { minDepositFor } from "./params.js";
import { activateVotingPeriod, coinsOf, decodeProposalMessage, isAllGte } from "./proposals.js";
import { computeOutcome, computeTally, countsToProto, type TallyOutcome } from "./tally.js";
import { optionsFromV1 } from "./votes.js";

/**
 * The tally of a proposal's stored votes against the current bonded set (read only); an
 * expedited proposal must exceed expedited_threshold instead of threshold (x/gov tally.go).
 */
export function tallyProposal(k: GovKeeper, ctx: ReadCtx, p: Pick<Proposal, "id" | "expedited">): TallyOutcome {
  const votes = k.votes(ctx, p.id).map((v) => ({ voter: v.voter, voterValoper: valAddress(parseAccAddress(v.voter)), options: optionsFromV1(v.options) }));
  const { counts, totalPower } = computeTally(k.staking.bondedValidators(ctx), votes, (d) => k.staking.delegationsOf(ctx, d));
  const params = k.params(ctx);
  return computeOutcome(counts, totalPower, k.staking.totalBondedTokens(ctx), p.expedited ? { ...params, threshold: params.expeditedThreshold } : params);
}

/**
 * Runs a passed proposal's messages in order on a cache branch, as the gov module account;
 * the branch (state and events) is written only if every message succeeds. Any error (a
 * ChainError or a bug, as the SDK recovers panics) fails the proposal without partial state.
 */
export function executeProposal(k: GovKeeper, ctx: Context, p: Proposal): { ok: true } | { ok: false; reason: string } {
  const b = branchContext(ctx);
  for (let i = 0; i < p.messages.length; i++) {
    const any = p.messages[i]!;
    try {
      const { spec, msg } = decodeProposalMessage(k, any);
      spec.handle(b.ctx, msg);
    } catch (e) {
      return { ok: false, reason: `msg ${i} (${any.typeUrl}) failed on execution: ${(e as Error).message}` };
    }
  }
  b.write();
  return { ok: true };
}

const REASONS: Record<string, string> = {
  no_bonded_tokens: "no bonded tokens",
  quorum_not_met: "quorum not met",
  all_abstain: "every vote abstained",
  vetoed: "vetoed",
  threshold_not_met: "yes votes did not reach the threshold",
};

/**
 * Gov end block (x/gov abci.go): drop proposals whose deposit period ended below min_deposit
 * (refund, or burn with burn_proposal_deposit_prevote), then tally proposals whose voting period
 * ended: burn or refund deposits as the tally says, run passed proposals' messages, record the
 * final tally and status. Votes are deleted once counted for good. An expedited proposal that
 * does not pass is not rejected: it becomes a regular proposal voting until voting_start +
 * voting_period, its deposits and its votes stay (x/gov abci.go, v0.50, except the votes: see
 * convertToRegular).
 */
export function processGovEndBlock(k: GovKeeper, ctx: Context): void {
  const now: Time = { seconds: ctx.block.timeSeconds, nanos: ctx.block.timeNanos };
  const params = k.params(ctx);

  for (const e of k.dueEntries(ctx, "inactive", now.seconds)) {
    const p = k.getProposal(ctx, e.id);
    if (!p || !p.depositEndTime || !isReached(p.depositEndTime, now)) continue;
    if (isAllGte(coinsOf(p.totalDeposit), minDepositFor(params, p.expedited))) {
      // min_deposit was lowered while the proposal waited.
      activateVotingPeriod(k, ctx, p);
      continue;
    }
    k.dequeue(ctx, "inactive", e.seconds, e.id);
    k.deleteProposal(ctx, p.id);
    if (params.burnProposalDepositPrevote) k.deleteAndBurnDeposits(ctx, p.id);
    else k.refundAndDeleteDeposits(ctx, p.id);
    ctx.emit(makeEvent("inactive_proposal", [["proposal_id", p.id.toString()], ["proposal_result", "proposal_dropped"]]));
  }

  for (const e of k.dueEntries(ctx, "active", now.seconds)) {
    const p = k.getProposal(ctx, e.id);
    if (!p || !p.votingEndTime || !isReached(p.votingEndTime, now)) continue;
    const outcome = tallyProposal(k, ctx, p);
    k.dequeue(ctx, "active", e.seconds, e.id);
    if (p.expedited && !outcome.passes) {
      convertToRegular(k, ctx, p, outcome);
      continue;
    }
    k.deleteVotes(ctx, p.id);
    if (outcome.burnDeposits) k.deleteAndBurnDeposits(ctx, p.id);
    else k.refundAndDeleteDeposits(ctx, p.id);
    let status: ProposalStatus;
    let result: string;
    let log: string;
    let failedReason = "";
    if (outcome.passes) {
      const run = executeProposal(k, ctx, p);
      if (run.ok) {
        status = ProposalStatus.PROPOSAL_STATUS_PASSED;
        result = "proposal_passed";
        log = "passed";
      } else {
        status = ProposalStatus.PROPOSAL_STATUS_FAILED;
        result = "proposal_failed";
        log = `passed, but ${run.reason}`;
        failedReason = run.reason;
      }
    } else {
      status = ProposalStatus.PROPOSAL_STATUS_REJECTED;
      result = "proposal_rejected";
      failedReason = `proposal did not pass: ${REASONS[outcome.reason] ?? outcome.reason}${outcome.burnDeposits ? "; deposits burned" : ""}`;
      log = "rejected";
    }
    k.setProposal(ctx, { ...p, status, failedReason, finalTallyResult: countsToProto(outcome.counts) });
    ctx.emit(makeEvent("active_proposal", [["proposal_id", p.id.toString()], ["proposal_result", result], ["proposal_log", log]]));
  }
}

/**
 * An expedited proposal that did not pass: expedited = false, voting ends at voting_start +
 * voting_period (re-queued), deposits stay in escrow, the tally so far is recorded. Its votes
 * stay and count again at the regular end (voters may change them). The SDK v0.50 deletes them
 * in the expedited tally, which public audits of x/gov report as a vote-loss bug; the design of
 * expedited proposals (Osmosis, where the feature comes from) preserves them.
 */
function convertToRegular(k: GovKeeper, ctx: Context, p: Proposal, outcome: TallyOutcome): void {
  const start = p.votingStartTime ?? p.votingEndTime!;
  const end: Time = { seconds: start.seconds + k.params(ctx).votingPeriodSeconds, nanos: start.nanos };
  k.setProposal(ctx, { ...p, expedited: false, votingEndTime: end, finalTallyResult: countsToProto(outcome.counts) });
  k.enqueue(ctx, "active", end.seconds, p.id);
  ctx.emit(makeEvent("active_proposal", [["proposal_id", p.id.toString()], ["proposal_result", "expedited_proposal_rejected"], ["proposal_log", "expedited proposal converted to regular"]]));
}
