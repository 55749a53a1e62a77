import { describe, expect, it } from "vitest";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { createQueryContext } from "../../chain/app/query-context.js";
import { pogcsParamsFromProto } from "../pogcs/params.js";
import {
  DENOM, GOV_ADDR, MIN_DEPOSIT, ProposalStatus, VoteOption, any, balance, depositMsg, govApp, pogcsParams, pogcsParamsMsg, proposal, run,
  submitMsg, supply, tally, untilDecided, voteMsg,
} from "./spec-kit.js";

const { VOTE_OPTION_YES: YES, VOTE_OPTION_NO: NO } = VoteOption;

describe("gov on the full app", () => {
  it("a parameter change passes by validator votes and takes effect; deposits come back", () => {
    const f = govApp();
    const proposer = f.signers[3]!.address;
    const before = pogcsParamsFromProto(pogcsParams(f));
    const wanted = { ...before, scoreThreshold: before.scoreThreshold + 100n };
    const start = balance(f, proposer);

    const sub = run(f, 3, [submitMsg(proposer, [pogcsParamsMsg(wanted)], MIN_DEPOSIT)]);
    expect(sub.log).toBe("");
    expect(sub.events.find((e) => e.type === "submit_proposal" && e.attributes.some((a) => a.key === "voting_period_start"))).toBeDefined();
    const p = proposal(f, 1n);
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    expect(balance(f, GOV_ADDR)).toBe(MIN_DEPOSIT);
    expect(balance(f, proposer)).toBe(start - MIN_DEPOSIT);

    expect(run(f, 0, [voteMsg(f.signers[0]!.address, 1n, YES)]).code).toBe(0);
    expect(run(f, 1, [voteMsg(f.signers[1]!.address, 1n, YES)]).code).toBe(0);
    expect(tally(f, 1n)).toEqual({ yesCount: "20000000000", abstainCount: "0", noCount: "0", noWithVetoCount: "0" });
    expect(pogcsParamsFromProto(pogcsParams(f)).scoreThreshold).toBe(before.scoreThreshold); // not yet

    const done = untilDecided(f, 1n);
    expect(done.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(done.finalTallyResult).toEqual({ yesCount: "20000000000", abstainCount: "0", noCount: "0", noWithVetoCount: "0" });
    expect(pogcsParamsFromProto(pogcsParams(f)).scoreThreshold).toBe(wanted.scoreThreshold);
    expect(balance(f, proposer)).toBe(start);
    expect(balance(f, GOV_ADDR)).toBe(0n);
  });

  it("a proposal that misses quorum is rejected and, without burn_vote_quorum, its deposits are refunded", () => {
    const f = govApp();
    const proposer = f.signers[3]!.address;
    const supplyBefore = supply(f);
    const h0 = f.height;
    const start = balance(f, proposer);
    const before = pogcsParamsFromProto(pogcsParams(f));
    expect(run(f, 3, [submitMsg(proposer, [pogcsParamsMsg({ ...before, scoreThreshold: 1n })], MIN_DEPOSIT)]).code).toBe(0);
    expect(run(f, 0, [voteMsg(f.signers[0]!.address, 1n, YES)]).code).toBe(0); // 1/3 of bonded < 0.334
    const done = untilDecided(f, 1n);
    expect(done.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(done.failedReason).toContain("quorum not met");
    expect(pogcsParamsFromProto(pogcsParams(f)).scoreThreshold).toBe(before.scoreThreshold);
    expect(balance(f, proposer)).toBe(start);
    expect(supply(f) - supplyBefore).toBe((f.height - h0) * 10_000_000n); // emission only: nothing burned
    expect(balance(f, GOV_ADDR)).toBe(0n);
  });

  it("with burn_vote_quorum the deposits of a proposal that missed quorum are burned", () => {
    const f = govApp({ burn_vote_quorum: true });
    const proposer = f.signers[3]!.address;
    const start = balance(f, proposer);
    expect(run(f, 3, [submitMsg(proposer, [], MIN_DEPOSIT, "signal")]).code).toBe(0);
    const s0 = supply(f);
    const h0 = f.height;
    const done = untilDecided(f, 1n);
    expect(done.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(balance(f, proposer)).toBe(start - MIN_DEPOSIT);
    expect(balance(f, GOV_ADDR)).toBe(0n);
    // Supply moved by the devnet emission (10 GCS per block, no fees here) minus the burned deposit.
    expect(supply(f) - s0).toBe((f.height - h0) * 10_000_000n - MIN_DEPOSIT);
    expect(f.pogcs.govKeeper.burnedOf(createQueryContext(f.cms, "pogcs-test-1", f.cms.version), DENOM)).toBe(MIN_DEPOSIT);
  });

  it("a delegator who votes overrides its validator's vote for its own stake", () => {
    const f = govApp();
    const alice = f.signers[4]!.address;
    const delegate = any("/cosmos.staking.v1beta1.MsgDelegate", MsgDelegate.encode({ delegatorAddress: alice, validatorAddress: f.validators[0]!.valoper, amount: { denom: DENOM, amount: "4000000000" } }).finish());
    expect(run(f, 4, [delegate]).code).toBe(0);
    // Staking applies power at epoch boundaries; the tally uses the active set's current tokens.
    for (let i = 0; i < 12; i++) f.block();
    const proposer = f.signers[3]!.address;
    expect(run(f, 3, [submitMsg(proposer, [], MIN_DEPOSIT, "signal")]).code).toBe(0);
    expect(run(f, 0, [voteMsg(f.signers[0]!.address, 1n, YES)]).code).toBe(0);
    expect(tally(f, 1n).yesCount).toBe("14000000000"); // the validator carries alice's 4,000 GCS
    expect(run(f, 4, [voteMsg(alice, 1n, NO)]).code).toBe(0);
    expect(tally(f, 1n)).toMatchObject({ yesCount: "10000000000", noCount: "4000000000" });
    const done = untilDecided(f, 1n);
    // 14,000 of 34,000 bonded voted: quorum met; 10,000 yes vs 4,000 no passes.
    expect(done.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(done.finalTallyResult).toMatchObject({ yesCount: "10000000000", noCount: "4000000000" });
  });

  it("a proposal that never reaches min_deposit is dropped at the end of its deposit period and refunded", () => {
    const f = govApp();
    const proposer = f.signers[3]!.address;
    const start = balance(f, proposer);
    expect(run(f, 3, [submitMsg(proposer, [], MIN_DEPOSIT / 2n, "signal")]).code).toBe(0);
    expect(proposal(f, 1n).status).toBe(ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD);
    expect(run(f, 5, [depositMsg(f.signers[5]!.address, 1n, [{ denom: DENOM, amount: "1000" }])]).code).toBe(0);
    let dropped = false;
    for (let i = 0; i < 12 && !dropped; i++) dropped = f.block().events.some((e) => e.type === "inactive_proposal");
    expect(dropped).toBe(true);
    expect(() => proposal(f, 1n)).toThrow(/doesn't exist/);
    expect(balance(f, proposer)).toBe(start);
    expect(balance(f, GOV_ADDR)).toBe(0n);
  });
});
