import { describe, expect, it } from "vitest";
import { Params as ParamsProto } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryParamsRequest, QueryParamsResponse, QueryVoteRequest, QueryVoteResponse } from "cosmjs-types/cosmos/gov/v1/query";
import { MsgUpdateParams } from "cosmjs-types/cosmos/gov/v1/tx";
import type { MsgSpec } from "../../chain/app/module.js";
import { createContext } from "../../chain/app/create-context.js";
import { createInfiniteGasMeter } from "../../chain/gas/meter.js";
import { createQueryContext } from "../../chain/app/query-context.js";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import { exportGovGenesis, initGovGenesis } from "./genesis.js";
import { GovKeeper } from "./keeper.js";
import { govMsgs } from "./msgs.js";
import { DEFAULT_GOV_PARAMS, govParamsToProto, type GovParams } from "./params.js";
import { DENOM, GOV_ADDR, MIN_DEPOSIT, ProposalStatus, VoteOption, any, balance, depositMsg, govApp, proposal, run, submitMsg, untilDecided, voteMsg } from "./spec-kit.js";

const { VOTE_OPTION_YES: YES, VOTE_OPTION_NO: NO } = VoteOption;
const EXPEDITED_DEPOSIT = 5n * MIN_DEPOSIT;
type App = ReturnType<typeof govApp>;

const params = (f: App) => f.query("/cosmos.gov.v1.Query/Params", QueryParamsRequest.encode({ paramsType: "" }).finish(), QueryParamsResponse).params!;
const activeEvents = (events: Array<{ type: string; attributes: Array<{ key: string; value: string }> }>) =>
  events.filter((e) => e.type === "active_proposal").map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));

/** Validators 0..2 vote (yes unless listed in `no`) in one block; returns that block's events. */
function voteAll(f: App, id: bigint, no: number[] = []) {
  const r = f.block([0, 1, 2].map((i) => f.tx(i, [voteMsg(f.signers[i]!.address, id, no.includes(i) ? NO : YES)])));
  expect(r.txResults.map((t) => t.code)).toEqual([0, 0, 0]);
  return r.events;
}

describe("expedited proposals (x/gov v0.50)", () => {
  it("params carry the expedited fields (genesis and the Params query)", () => {
    const f = govApp();
    const p = params(f);
    expect(p.expeditedVotingPeriod).toEqual({ seconds: 2n, nanos: 0 });
    expect(p.expeditedThreshold).toBe("0.667000000000000000");
    expect(p.expeditedMinDeposit).toEqual([{ denom: DENOM, amount: EXPEDITED_DEPOSIT.toString() }]);
    expect(DEFAULT_GOV_PARAMS).toMatchObject({ expeditedVotingPeriodSeconds: 86_400n, expeditedThreshold: 667n * 10n ** 15n });
  });

  it("an expedited proposal needs expedited_min_deposit: min_deposit alone leaves it in the deposit period", () => {
    const f = govApp();
    const proposer = f.signers[3]!.address;
    expect(run(f, 3, [submitMsg(proposer, [], MIN_DEPOSIT, "fast", true)]).code).toBe(0);
    expect(proposal(f, 1n)).toMatchObject({ status: ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD, expedited: true });
    expect(run(f, 0, [voteMsg(f.signers[0]!.address, 1n, YES)])).toMatchObject({ codespace: "gov", code: 3 });
    const top = run(f, 4, [depositMsg(f.signers[4]!.address, 1n, [{ denom: DENOM, amount: (EXPEDITED_DEPOSIT - MIN_DEPOSIT).toString() }])]);
    expect(top.code).toBe(0);
    const p = proposal(f, 1n);
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    expect(p.votingEndTime!.seconds - p.votingStartTime!.seconds).toBe(2n); // expedited_voting_period
  });

  it("min_initial_deposit_ratio applies to expedited_min_deposit for expedited proposals: gov 16", () => {
    const f = govApp({ min_initial_deposit_ratio: "0.500000000000000000" });
    const proposer = f.signers[3]!.address;
    expect(run(f, 3, [submitMsg(proposer, [], MIN_DEPOSIT, "fast", true)])).toMatchObject({ codespace: "gov", code: 16 });
    expect(run(f, 3, [submitMsg(proposer, [], MIN_DEPOSIT, "slow")]).code).toBe(0);
  });

  it("passes at the end of the short period when yes exceeds expedited_threshold; deposits refunded", () => {
    const f = govApp();
    const proposer = f.signers[3]!.address;
    const start = balance(f, proposer);
    expect(run(f, 3, [submitMsg(proposer, [], EXPEDITED_DEPOSIT, "fast", true)]).code).toBe(0);
    const open = proposal(f, 1n);
    expect(open).toMatchObject({ status: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, expedited: true });
    expect(open.votingEndTime!.seconds - open.votingStartTime!.seconds).toBe(2n);
    const events: Array<Record<string, string>> = [];
    events.push(...activeEvents(voteAll(f, 1n)));
    for (let i = 0; i < 5 && proposal(f, 1n).status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD; i++) events.push(...activeEvents(f.block().events));
    const done = proposal(f, 1n);
    expect(done.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(done.expedited).toBe(true);
    expect(events).toEqual([{ proposal_id: "1", proposal_result: "proposal_passed", proposal_log: "passed" }]);
    expect(balance(f, proposer)).toBe(start);
    expect(balance(f, GOV_ADDR)).toBe(0n);
  });

  it("between threshold and expedited_threshold it converts to regular (deposits kept, end = start + voting_period), then passes at the regular end", () => {
    const f = govApp();
    const proposer = f.signers[3]!.address;
    const start = balance(f, proposer);
    expect(run(f, 3, [submitMsg(proposer, [], EXPEDITED_DEPOSIT, "fast", true)]).code).toBe(0);
    const open = proposal(f, 1n);
    voteAll(f, 1n, [2]); // 2/3 yes: above 0.5, below 0.667
    const events: Array<Record<string, string>> = [];
    for (let i = 0; i < 5 && proposal(f, 1n).expedited; i++) events.push(...activeEvents(f.block().events));
    expect(events).toEqual([{ proposal_id: "1", proposal_result: "expedited_proposal_rejected", proposal_log: "expedited proposal converted to regular" }]);
    const converted = proposal(f, 1n);
    expect(converted).toMatchObject({ status: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, expedited: false, failedReason: "" });
    expect(converted.votingStartTime).toEqual(open.votingStartTime);
    expect(converted.votingEndTime!.seconds).toBe(open.votingStartTime!.seconds + 5n);
    expect(converted.finalTallyResult).toEqual({ yesCount: "20000000000", abstainCount: "0", noCount: "10000000000", noWithVetoCount: "0" });
    expect(balance(f, GOV_ADDR)).toBe(EXPEDITED_DEPOSIT);
    expect(balance(f, proposer)).toBe(start - EXPEDITED_DEPOSIT);
    // The votes survive the conversion (unlike SDK v0.50's tally, which deletes them) and count again.
    expect(f.query("/cosmos.gov.v1.Query/Vote", QueryVoteRequest.encode({ proposalId: 1n, voter: f.signers[0]!.address }).finish(), QueryVoteResponse).vote?.options[0]?.option).toBe(YES);
    const done = untilDecided(f, 1n);
    expect(done.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(done.finalTallyResult).toEqual({ yesCount: "20000000000", abstainCount: "0", noCount: "10000000000", noWithVetoCount: "0" });
    expect(balance(f, proposer)).toBe(start);
    expect(balance(f, GOV_ADDR)).toBe(0n);
  });

  it("a converted proposal keeps its votes: 1/3 yes is rejected at the regular end and refunded; changed votes count", () => {
    const f = govApp();
    const proposer = f.signers[3]!.address;
    const start = balance(f, proposer);
    expect(run(f, 3, [submitMsg(proposer, [], EXPEDITED_DEPOSIT, "fast", true)]).code).toBe(0);
    expect(run(f, 3, [submitMsg(proposer, [], EXPEDITED_DEPOSIT, "fast too", true)]).code).toBe(0);
    voteAll(f, 1n, [1, 2]); // 1/3 yes on both
    voteAll(f, 2n, [1, 2]);
    for (let i = 0; i < 5 && (proposal(f, 1n).expedited || proposal(f, 2n).expedited); i++) f.block();
    expect([proposal(f, 1n).expedited, proposal(f, 2n).expedited]).toEqual([false, false]);
    // On proposal 2 one voter changes to yes during the regular period: 2/3 yes passes.
    expect(run(f, 1, [voteMsg(f.signers[1]!.address, 2n, YES)]).code).toBe(0);
    const [one, two] = [untilDecided(f, 1n), untilDecided(f, 2n)];
    expect(one).toMatchObject({ status: ProposalStatus.PROPOSAL_STATUS_REJECTED, expedited: false });
    expect(one.failedReason).toContain("threshold");
    expect(one.finalTallyResult).toEqual({ yesCount: "10000000000", abstainCount: "0", noCount: "20000000000", noWithVetoCount: "0" });
    expect(two.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(balance(f, proposer)).toBe(start);
  });

  it("MsgUpdateParams by proposal sets the expedited params for real", () => {
    const f = govApp();
    const current = params(f);
    const wanted = ParamsProto.fromPartial({ ...current, expeditedVotingPeriod: { seconds: 3n, nanos: 0 }, expeditedThreshold: "0.750000000000000000", expeditedMinDeposit: [{ denom: DENOM, amount: "70000000" }] });
    const msg = any("/cosmos.gov.v1.MsgUpdateParams", MsgUpdateParams.encode({ authority: GOV_ADDR, params: wanted }).finish());
    expect(run(f, 3, [submitMsg(f.signers[3]!.address, [msg], MIN_DEPOSIT)]).code).toBe(0);
    voteAll(f, 1n);
    expect(untilDecided(f, 1n).status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    const now = params(f);
    expect(now.expeditedVotingPeriod).toEqual({ seconds: 3n, nanos: 0 });
    expect(now.expeditedThreshold).toBe("0.750000000000000000");
    expect(now.expeditedMinDeposit).toEqual([{ denom: DENOM, amount: "70000000" }]);
  });

  it("genesis export/import round-trips an open expedited proposal and the params", () => {
    const f = govApp({ voting_period: "100s", expedited_voting_period: "50s" });
    expect(run(f, 3, [submitMsg(f.signers[3]!.address, [], EXPEDITED_DEPOSIT, "fast", true)]).code).toBe(0);
    const g = exportGovGenesis(f.pogcs.govKeeper, createQueryContext(f.cms, "pogcs-test-1", f.cms.version));
    expect(g.params).toMatchObject({ expedited_voting_period: "50s", expedited_threshold: "0.667000000000000000", expedited_min_deposit: [{ denom: DENOM, amount: "50000000" }] });
    expect((g.proposals![0] as { expedited: boolean }).expedited).toBe(true);
    const { k, ctx } = freshGov();
    initGovGenesis(k, ctx, JSON.parse(JSON.stringify(g)));
    expect(exportGovGenesis(k, ctx)).toEqual(g);
  });
});

function freshGov() {
  const cms = createCommitMultiStore({ storeNames: ["gov"], keepRecent: 0 });
  const k = new GovKeeper({} as never, {} as never);
  const ctx = createContext({ block: { chainId: "x", height: 0n, timeSeconds: 0n, timeNanos: 0, proposer: new Uint8Array() }, mode: "genesis", store: cms.branch(), gasMeter: createInfiniteGasMeter() });
  return { k, ctx };
}

describe("expedited params validation: gov 101, nothing stored", () => {
  const k = new GovKeeper({} as never, {} as never);
  const update = govMsgs(k).find((s) => s.typeUrl === "/cosmos.gov.v1.MsgUpdateParams") as MsgSpec<MsgUpdateParams>;
  const base: GovParams = { ...DEFAULT_GOV_PARAMS, votingPeriodSeconds: 100n, expeditedVotingPeriodSeconds: 50n };
  const check = (p: ParamsProto) => () => update.validateBasic!({ authority: GOV_ADDR, params: p });
  const cases: Array<[string, Partial<GovParams>, RegExp]> = [
    ["expedited period equal to voting_period", { expeditedVotingPeriodSeconds: 100n }, /strictly less than voting_period/],
    ["expedited period longer than voting_period", { expeditedVotingPeriodSeconds: 101n }, /strictly less than voting_period/],
    ["expedited period zero", { expeditedVotingPeriodSeconds: 0n }, /expedited_voting_period must be positive/],
    ["expedited threshold equal to threshold", { expeditedThreshold: DEFAULT_GOV_PARAMS.threshold }, /greater than threshold/],
    ["expedited threshold below threshold", { expeditedThreshold: DEFAULT_GOV_PARAMS.threshold - 1n }, /greater than threshold/],
    ["expedited threshold above 1", { expeditedThreshold: 10n ** 18n + 1n }, /expedited_threshold must be within/],
    ["expedited deposit equal to min_deposit", { expeditedMinDeposit: [{ denom: DENOM, amount: MIN_DEPOSIT }] }, /greater than min_deposit/],
    ["expedited deposit below min_deposit", { expeditedMinDeposit: [{ denom: DENOM, amount: 1n }] }, /greater than min_deposit/],
    ["expedited deposit empty", { expeditedMinDeposit: [] }, /expedited_min_deposit must not be empty/],
  ];
  it("the base params are valid (threshold 1 is allowed)", () => {
    expect(check(govParamsToProto(base))).not.toThrow();
    expect(check(govParamsToProto({ ...base, expeditedThreshold: 10n ** 18n }))).not.toThrow();
  });
  for (const [name, change, message] of cases) {
    it(name, () => {
      expect(check(govParamsToProto({ ...base, ...change }))).toThrow(message);
      try {
        check(govParamsToProto({ ...base, ...change }))();
      } catch (e) {
        expect(e).toMatchObject({ codespace: "gov", code: 101 });
      }
    });
  }
  it("a missing expedited_voting_period is refused", () => {
    expect(check(ParamsProto.fromPartial({ ...govParamsToProto(base), expeditedVotingPeriod: undefined }))).toThrow(/expedited_voting_period is missing/);
  });
  it("genesis with expedited_voting_period >= voting_period is refused; omitted fields follow the regular ones", () => {
    const { k: k1, ctx } = freshGov();
    expect(() => initGovGenesis(k1, ctx, { params: { voting_period: "10s", expedited_voting_period: "10s" } })).toThrow(/strictly less/);
    const { k: k2, ctx: ctx2 } = freshGov();
    initGovGenesis(k2, ctx2, { params: { voting_period: "10s", min_deposit: [{ denom: DENOM, amount: "7" }] } });
    expect(k2.params(ctx2)).toMatchObject({ expeditedVotingPeriodSeconds: 5n, expeditedMinDeposit: [{ denom: DENOM, amount: 35n }] });
  });
});
