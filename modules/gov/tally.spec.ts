import { describe, expect, it } from "vitest";
import { DEC_ONE } from "../staking/dec.js";
import { DEFAULT_GOV_PARAMS } from "./params.js";
import { computeOutcome, computeTally, countsToProto, type TallyDelegation, type TallyVote } from "./tally.js";
import { VoteOption } from "./votes.js";

const { VOTE_OPTION_YES: YES, VOTE_OPTION_NO: NO, VOTE_OPTION_ABSTAIN: ABSTAIN, VOTE_OPTION_NO_WITH_VETO: VETO } = VoteOption;
const D = DEC_ONE;

// Two validators: A with 100 tokens (self 60, alice 40), B with 100 tokens (self 50, bob 50).
// Shares equal tokens (no slashing yet), as sdk.Dec atomics.
const vals = [
  { operator: "valA", tokens: 100n, delegatorShares: 100n * D },
  { operator: "valB", tokens: 100n, delegatorShares: 100n * D },
];
const delegations: Record<string, TallyDelegation[]> = {
  opA: [{ validator: "valA", shares: 60n * D }],
  opB: [{ validator: "valB", shares: 50n * D }],
  alice: [{ validator: "valA", shares: 40n * D }],
  bob: [{ validator: "valB", shares: 50n * D }],
  carol: [{ validator: "valA", shares: 0n }, { validator: "unbonded", shares: 1000n * D }],
};
const vote = (voter: string, option: VoteOption, valoper = "none"): TallyVote => ({ voter, voterValoper: valoper, options: [{ option, weight: D }] });
const tally = (votes: TallyVote[]) => computeTally(vals, votes, (v) => delegations[v] ?? []);
const tokens = (x: bigint) => x / D;

describe("tally: inheritance and override", () => {
  it("a validator's vote carries its delegators who did not vote", () => {
    const t = tally([vote("opA", YES, "valA")]);
    expect(tokens(t.counts.yes)).toBe(100n);
    expect(tokens(t.totalPower)).toBe(100n);
  });

  it("a delegator who votes overrides the validator for its own shares only", () => {
    const t = tally([vote("opA", YES, "valA"), vote("alice", NO)]);
    expect(tokens(t.counts.yes)).toBe(60n);
    expect(tokens(t.counts.no)).toBe(40n);
    expect(tokens(t.totalPower)).toBe(100n);
  });

  it("vote order does not matter (the validator remainder is counted after all votes)", () => {
    const a = tally([vote("alice", NO), vote("opA", YES, "valA")]);
    const b = tally([vote("opA", YES, "valA"), vote("alice", NO)]);
    expect(a).toEqual(b);
  });

  it("delegators of a validator that did not vote count only if they vote themselves", () => {
    const t = tally([vote("bob", VETO)]);
    expect(tokens(t.counts.noWithVeto)).toBe(50n);
    expect(tokens(t.totalPower)).toBe(50n);
  });

  it("delegations to validators outside the bonded set do not count", () => {
    const t = tally([vote("carol", YES)]);
    expect(t.totalPower).toBe(0n);
  });

  it("splits weighted votes by weight", () => {
    const t = computeTally(vals, [{ voter: "alice", voterValoper: "x", options: [{ option: YES, weight: D / 4n }, { option: NO, weight: (3n * D) / 4n }] }], (v) => delegations[v] ?? []);
    expect(tokens(t.counts.yes)).toBe(10n);
    expect(tokens(t.counts.no)).toBe(30n);
  });

  it("slashed validators convert shares to tokens (shares × tokens / total shares)", () => {
    const slashed = [{ operator: "valA", tokens: 50n, delegatorShares: 100n * D }];
    const t = computeTally(slashed, [vote("alice", YES), vote("opA", NO, "valA")], (v) => delegations[v] ?? []);
    expect(tokens(t.counts.yes)).toBe(20n);
    expect(tokens(t.counts.no)).toBe(30n);
  });
});

describe("tally: outcome", () => {
  const p = DEFAULT_GOV_PARAMS; // quorum 0.334, threshold 0.5, veto 0.334, burn_vote_veto, no burn on quorum
  const bonded = 200n;
  const outcome = (votes: TallyVote[], params = p) => {
    const t = tally(votes);
    return computeOutcome(t.counts, t.totalPower, bonded, params);
  };

  it("passes with quorum and a yes majority of non-abstaining power", () => {
    const o = outcome([vote("opA", YES, "valA")]);
    expect(o).toMatchObject({ passes: true, burnDeposits: false, reason: "passed" });
    expect(countsToProto(o.counts)).toEqual({ yesCount: "100", abstainCount: "0", noCount: "0", noWithVetoCount: "0" });
  });

  it("fails below quorum; deposits burn only with burn_vote_quorum", () => {
    expect(outcome([vote("alice", YES)])).toMatchObject({ passes: false, burnDeposits: false, reason: "quorum_not_met" });
    expect(outcome([vote("alice", YES)], { ...p, burnVoteQuorum: true })).toMatchObject({ passes: false, burnDeposits: true, reason: "quorum_not_met" });
  });

  it("quorum is a strict lower bound: exactly the quorum turnout is enough", () => {
    const t = tally([vote("opA", YES, "valA")]); // 100 of 200
    expect(computeOutcome(t.counts, t.totalPower, bonded, { ...p, quorum: D / 2n }).reason).toBe("passed");
    expect(computeOutcome(t.counts, t.totalPower, bonded, { ...p, quorum: D / 2n + 1n }).reason).toBe("quorum_not_met");
  });

  it("threshold must be exceeded, not met", () => {
    const half = outcome([vote("opA", YES, "valA"), vote("opB", NO, "valB")]); // 100 yes vs 100 no
    expect(half).toMatchObject({ passes: false, reason: "threshold_not_met", burnDeposits: false });
  });

  it("abstain counts for quorum but not for the threshold", () => {
    expect(outcome([vote("opB", ABSTAIN, "valB"), vote("alice", YES)])).toMatchObject({ passes: true });
    expect(outcome([vote("opB", ABSTAIN, "valB")])).toMatchObject({ passes: false, reason: "all_abstain" });
  });

  it("veto above the veto threshold rejects and burns (burn_vote_veto)", () => {
    const o = outcome([vote("opA", YES, "valA"), vote("bob", VETO)]); // 50 veto of 150 = 0.333.. < 0.334
    expect(o.reason).toBe("passed");
    const v = outcome([vote("opA", YES, "valA"), vote("opB", VETO, "valB")]); // 100 of 200
    expect(v).toMatchObject({ passes: false, burnDeposits: true, reason: "vetoed" });
    expect(outcome([vote("opA", YES, "valA"), vote("opB", VETO, "valB")], { ...p, burnVoteVeto: false })).toMatchObject({ burnDeposits: false, reason: "vetoed" });
  });

  it("no bonded tokens: fails without burning", () => {
    const t = tally([vote("opA", YES, "valA")]);
    expect(computeOutcome(t.counts, t.totalPower, 0n, p)).toMatchObject({ passes: false, burnDeposits: false, reason: "no_bonded_tokens" });
  });
});
