import { DEC_ONE } from "../staking/dec.js";
import type { GovParams } from "./params.js";
import { VoteOption, type WeightedOption } from "./votes.js";

/** A bonded validator as the tally sees it (delegator shares in sdk.Dec atomics). */
export interface TallyValidator {
  operator: string;
  tokens: bigint;
  delegatorShares: bigint;
}

export interface TallyVote {
  voter: string;
  /** The voter's validator operator address (same bytes), to find a validator's own vote. */
  voterValoper: string;
  options: WeightedOption[];
}

export interface TallyDelegation {
  validator: string;
  shares: bigint;
}

/** Voting power per option, sdk.Dec atomics. */
export interface TallyCounts {
  yes: bigint;
  abstain: bigint;
  no: bigint;
  noWithVeto: bigint;
}

export interface TallyOutcome {
  passes: boolean;
  burnDeposits: boolean;
  /** Why: "passed", "no_bonded_tokens", "quorum_not_met", "all_abstain", "vetoed", "threshold_not_met". */
  reason: string;
  counts: TallyCounts;
  totalPower: bigint;
}

function add(c: TallyCounts, option: VoteOption, power: bigint): void {
  if (option === VoteOption.VOTE_OPTION_YES) c.yes += power;
  else if (option === VoteOption.VOTE_OPTION_ABSTAIN) c.abstain += power;
  else if (option === VoteOption.VOTE_OPTION_NO) c.no += power;
  else if (option === VoteOption.VOTE_OPTION_NO_WITH_VETO) c.noWithVeto += power;
}

function spread(c: TallyCounts, options: WeightedOption[], power: bigint): void {
  for (const o of options) add(c, o.option, (power * o.weight) / DEC_ONE);
}

/**
 * The Cosmos SDK tally (x/gov/keeper/tally.go, v0.50): each voter votes with the tokens behind
 * their own delegations to bonded validators (shares × tokens / validator shares) and those
 * shares are deducted from the validator; a validator that voted then votes the remaining
 * shares, i.e. for every delegator who did not vote. Divisions round down (the SDK's Dec rounds
 * half to even at the 18th decimal; the difference is below 10^-18 token per step).
 */
export function computeTally(validators: readonly TallyValidator[], votes: readonly TallyVote[], delegationsOf: (voter: string) => readonly TallyDelegation[]): { counts: TallyCounts; totalPower: bigint } {
  const vals = new Map(validators.map((v) => [v.operator, { ...v, deductions: 0n, vote: undefined as WeightedOption[] | undefined }]));
  const counts: TallyCounts = { yes: 0n, abstain: 0n, no: 0n, noWithVeto: 0n };
  let totalPower = 0n;
  for (const vote of votes) {
    const own = vals.get(vote.voterValoper);
    if (own) own.vote = vote.options;
    for (const d of delegationsOf(vote.voter)) {
      const v = vals.get(d.validator);
      if (!v || v.delegatorShares === 0n) continue;
      v.deductions += d.shares;
      const power = (d.shares * v.tokens * DEC_ONE) / v.delegatorShares;
      spread(counts, vote.options, power);
      totalPower += power;
    }
  }
  for (const v of vals.values()) {
    if (!v.vote || v.delegatorShares === 0n) continue;
    const power = ((v.delegatorShares - v.deductions) * v.tokens * DEC_ONE) / v.delegatorShares;
    spread(counts, v.vote, power);
    totalPower += power;
  }
  return { counts, totalPower };
}

/**
 * Pass/fail and deposit fate from the counts, in the SDK's order: no bonded tokens (fail, refund);
 * turnout below quorum (fail; burn only if burn_vote_quorum); everyone abstained (fail, refund);
 * veto share of all votes above veto_threshold (fail; burn if burn_vote_veto); yes share of
 * non-abstaining votes above threshold (pass, refund); else fail, refund. Ratios are compared
 * exactly by cross-multiplication.
 */
export function computeOutcome(counts: TallyCounts, totalPower: bigint, totalBonded: bigint, p: Pick<GovParams, "quorum" | "threshold" | "vetoThreshold" | "burnVoteQuorum" | "burnVoteVeto">): TallyOutcome {
  const out = (passes: boolean, burnDeposits: boolean, reason: string): TallyOutcome => ({ passes, burnDeposits, reason, counts, totalPower });
  if (totalBonded <= 0n) return out(false, false, "no_bonded_tokens");
  // totalPower is in atomics, totalBonded in tokens: turnout = totalPower / (totalBonded × 10^18).
  if (totalPower * DEC_ONE < p.quorum * totalBonded * DEC_ONE) return out(false, p.burnVoteQuorum, "quorum_not_met");
  const nonAbstain = totalPower - counts.abstain;
  if (nonAbstain === 0n) return out(false, false, "all_abstain");
  if (counts.noWithVeto * DEC_ONE > p.vetoThreshold * totalPower) return out(false, p.burnVoteVeto, "vetoed");
  if (counts.yes * DEC_ONE > p.threshold * nonAbstain) return out(true, false, "passed");
  return out(false, false, "threshold_not_met");
}

/** TallyResult counts as the SDK reports them: whole tokens, truncated. */
export function countsToProto(c: TallyCounts): { yesCount: string; abstainCount: string; noCount: string; noWithVetoCount: string } {
  return {
    yesCount: (c.yes / DEC_ONE).toString(),
    abstainCount: (c.abstain / DEC_ONE).toString(),
    noCount: (c.no / DEC_ONE).toString(),
    noWithVetoCount: (c.noWithVeto / DEC_ONE).toString(),
  };
}
