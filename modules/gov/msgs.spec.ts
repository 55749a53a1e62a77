import { describe, expect, it } from "vitest";
import { MsgVote as BetaVote, MsgVoteWeighted as BetaVoteWeighted } from "cosmjs-types/cosmos/gov/v1beta1/tx";
import { MsgCommunityPoolSpend, MsgFundCommunityPool } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { QueryVoteRequest, QueryVoteResponse } from "cosmjs-types/cosmos/gov/v1beta1/query";
import { pogcs } from "../../proto/gen/pogcs.js";
import { moduleAddress } from "../auth/keeper.js";
import { pogcsParamsFromProto } from "../pogcs/params.js";
import {
  DENOM, GOV_ADDR, MIN_DEPOSIT, ProposalStatus, VoteOption, any, balance, depositMsg, govApp, pogcsParams, pogcsParamsMsg, proposal, run,
  submitMsg, untilDecided, voteMsg,
} from "./spec-kit.js";

const { VOTE_OPTION_YES: YES } = VoteOption;
const D = pogcs.devices.v1;

/** Submits `messages` with the min deposit (signer 3), votes yes with all validators, waits for the end. */
function passWith(f: ReturnType<typeof govApp>, messages: ReturnType<typeof any>[]) {
  const sub = run(f, 3, [submitMsg(f.signers[3]!.address, messages, MIN_DEPOSIT)]);
  expect(sub.log).toBe("");
  const id = BigInt(proposalCount(f));
  for (const i of [0, 1, 2]) expect(run(f, i, [voteMsg(f.signers[i]!.address, id, YES)]).code).toBe(0);
  return untilDecided(f, id);
}

function proposalCount(f: ReturnType<typeof govApp>): number {
  let n = 0;
  for (let id = 1n; ; id++) {
    try {
      proposal(f, id);
      n++;
    } catch {
      return n;
    }
  }
}

describe("gov messages: refusals with their codes, no state change", () => {
  const f = govApp();
  const proposer = f.signers[3]!.address;

  it("deposit or vote on an unknown proposal: gov 2", () => {
    expect(run(f, 3, [depositMsg(proposer, 99n, [{ denom: DENOM, amount: "5" }])])).toMatchObject({ codespace: "gov", code: 2 });
    expect(run(f, 3, [voteMsg(proposer, 99n, YES)])).toMatchObject({ codespace: "gov", code: 2 });
  });

  it("zero and empty deposits: sdk 10 (invalid coins) and gov 102; foreign denom: gov 23", () => {
    expect(run(f, 3, [submitMsg(proposer, [], 1n, "small")]).code).toBe(0); // proposal 1, deposit period
    expect(run(f, 3, [depositMsg(proposer, 1n, [{ denom: DENOM, amount: "0" }])])).toMatchObject({ codespace: "sdk", code: 10 });
    expect(run(f, 3, [depositMsg(proposer, 1n, [])])).toMatchObject({ codespace: "gov", code: 102 });
    expect(run(f, 3, [depositMsg(proposer, 1n, [{ denom: "uother", amount: "5" }])])).toMatchObject({ codespace: "gov", code: 23 });
    expect(proposal(f, 1n).totalDeposit).toEqual([{ denom: DENOM, amount: "1" }]);
  });

  it("vote outside the voting period: gov 3 (deposit period, and after the end)", () => {
    expect(run(f, 0, [voteMsg(f.signers[0]!.address, 1n, YES)])).toMatchObject({ codespace: "gov", code: 3 });
    const done = passWith(f, []);
    expect(done.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(run(f, 0, [voteMsg(f.signers[0]!.address, done.id, YES)])).toMatchObject({ codespace: "gov", code: 3 });
    expect(run(f, 3, [depositMsg(proposer, done.id, [{ denom: DENOM, amount: "5" }])])).toMatchObject({ codespace: "gov", code: 3 });
  });

  it("a proposal message not signed by the gov account: gov 13; an unroutable one: gov 10", () => {
    const before = proposalCount(f);
    const own = pogcsParamsMsg(pogcsParamsFromProto(pogcsParams(f)), proposer);
    expect(run(f, 3, [submitMsg(proposer, [own], MIN_DEPOSIT)])).toMatchObject({ codespace: "gov", code: 13 });
    expect(run(f, 3, [submitMsg(proposer, [any("/cosmos.nothing.v1.MsgNothing", new Uint8Array())], MIN_DEPOSIT)])).toMatchObject({ codespace: "gov", code: 10 });
    expect(proposalCount(f)).toBe(before);
  });

  it("invalid vote options and weights: gov 7", () => {
    expect(run(f, 0, [voteMsg(f.signers[0]!.address, 1n, 9 as VoteOption)])).toMatchObject({ codespace: "gov", code: 7 });
    const bad = BetaVoteWeighted.encode({ proposalId: 1n, voter: f.signers[0]!.address, options: [{ option: 1, weight: "600000000000000000" }] }).finish();
    expect(run(f, 0, [any("/cosmos.gov.v1beta1.MsgVoteWeighted", bad)])).toMatchObject({ codespace: "gov", code: 7 });
  });

  it("MsgUpdateParams sent directly needs the gov account's signature (it fails before reaching the handler)", () => {
    const msg = pogcsParamsMsg(pogcsParamsFromProto(pogcsParams(f)));
    const r = run(f, 3, [msg]);
    // The tx's signer is the gov module account, whose key nobody has: the ante chain refuses it.
    expect(r).toMatchObject({ codespace: "sdk", code: 8 });
    expect(r.log).toContain(GOV_ADDR);
  });
});

describe("gov execution", () => {
  it("a passed proposal whose second message fails is FAILED and leaves no partial state; deposits still refunded", () => {
    const f = govApp();
    const before = pogcsParamsFromProto(pogcsParams(f));
    const start = balance(f, f.signers[3]!.address);
    const spend = any("/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", MsgCommunityPoolSpend.encode({ authority: GOV_ADDR, recipient: f.signers[5]!.address, amount: [{ denom: DENOM, amount: "1" }] }).finish());
    const done = passWith(f, [pogcsParamsMsg({ ...before, scoreThreshold: 7n }), spend]);
    expect(done.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(done.failedReason).toMatch(/msg 1 .*MsgCommunityPoolSpend/);
    expect(pogcsParamsFromProto(pogcsParams(f)).scoreThreshold).toBe(before.scoreThreshold);
    expect(balance(f, f.signers[3]!.address)).toBe(start);
  });

  it("community pool: funded by anyone, spent by a passed proposal", () => {
    const f = govApp();
    const pool = moduleAddress("community_pool");
    const fund = any("/cosmos.distribution.v1beta1.MsgFundCommunityPool", MsgFundCommunityPool.encode({ depositor: f.signers[4]!.address, amount: [{ denom: DENOM, amount: "5000" }] }).finish());
    expect(run(f, 4, [fund]).code).toBe(0);
    expect(balance(f, pool)).toBe(5000n);
    const to = f.signers[5]!.address;
    const start = balance(f, to);
    const spend = any("/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", MsgCommunityPoolSpend.encode({ authority: GOV_ADDR, recipient: to, amount: [{ denom: DENOM, amount: "3000" }] }).finish());
    expect(passWith(f, [spend]).status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(balance(f, to)).toBe(start + 3000n);
    expect(balance(f, pool)).toBe(2000n);
  });

  it("maker registry: add then remove a maker by proposal", () => {
    const f = govApp();
    const makers = () => f.query("/pogcs.devices.v1.Query/Makers", D.QueryMakersRequest.encode({}).finish(), D.QueryMakersResponse).makers.map((m: { id?: string | null }) => m.id);
    const add = any("/pogcs.devices.v1.MsgAddMaker", D.MsgAddMaker.encode({ authority: GOV_ADDR, maker: { id: "maker-2", name: "Two", pubkey: new Uint8Array(32).fill(7), classes: [D.DeviceClass.DEVICE_CLASS_GPU] } }).finish());
    expect(passWith(f, [add]).status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(makers()).toContain("maker-2");
    const again = passWith(f, [add]); // duplicate maker: execution fails, nothing changes
    expect(again.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(again.failedReason).toContain("maker already registered");
    const remove = any("/pogcs.devices.v1.MsgRemoveMaker", D.MsgRemoveMaker.encode({ authority: GOV_ADDR, makerId: "maker-2" }).finish());
    expect(passWith(f, [remove]).status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(makers()).not.toContain("maker-2");
  });

  it("v1beta1 votes are accepted and read back with Dec-atomics weights", () => {
    const f = govApp();
    expect(run(f, 3, [submitMsg(f.signers[3]!.address, [], MIN_DEPOSIT, "signal")]).code).toBe(0);
    const voter = f.signers[1]!.address;
    expect(run(f, 1, [any("/cosmos.gov.v1beta1.MsgVote", BetaVote.encode({ proposalId: 1n, voter, option: 1 }).finish())]).code).toBe(0);
    const v = f.query("/cosmos.gov.v1beta1.Query/Vote", QueryVoteRequest.encode({ proposalId: 1n, voter }).finish(), QueryVoteResponse).vote;
    expect(v.options).toEqual([{ option: 1, weight: "1000000000000000000" }]);
    expect(v.option).toBe(1);
  });
});
