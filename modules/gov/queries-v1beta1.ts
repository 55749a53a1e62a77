import type { Proposal, TallyResult, Vote } from "cosmjs-types/cosmos/gov/v1/gov";
import * as G from "cosmjs-types/cosmos/gov/v1beta1/gov";
import * as Q from "cosmjs-types/cosmos/gov/v1beta1/query";
import type { QuerySpec } from "../../chain/app/module.js";
import { utf8 } from "../../chain/crypto/bytes.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { decodeRequest } from "../shared/query-codec.js";
import { paginate } from "../shared/pagination.js";
import type { GovKeeper } from "./keeper.js";
import { currentTally, filterProposals, findDeposit, findProposal, findVote, proposalId } from "./lookups.js";
import { optionsFromV1 } from "./votes.js";

const S = "/cosmos.gov.v1beta1.Query";
const ZERO = { seconds: 0n, nanos: 0 };

export function tallyToV1beta1(t: TallyResult): G.TallyResult {
  return { yes: t.yesCount, abstain: t.abstainCount, no: t.noCount, noWithVeto: t.noWithVetoCount };
}

/**
 * v1 proposal as a v1beta1 one. The SDK refuses to convert proposals whose messages are not a
 * single legacy content; here every proposal reads as a TextProposal (title, summary) so legacy
 * clients can list them.
 */
export function proposalToV1beta1(p: Proposal): G.Proposal {
  return {
    proposalId: p.id,
    content: { typeUrl: "/cosmos.gov.v1beta1.TextProposal", value: G.TextProposal.encode({ title: p.title, description: p.summary }).finish() },
    status: p.status as number as G.ProposalStatus,
    finalTallyResult: tallyToV1beta1(p.finalTallyResult ?? { yesCount: "0", abstainCount: "0", noCount: "0", noWithVetoCount: "0" }),
    submitTime: p.submitTime ?? ZERO,
    depositEndTime: p.depositEndTime ?? ZERO,
    totalDeposit: p.totalDeposit,
    votingStartTime: p.votingStartTime ?? ZERO,
    votingEndTime: p.votingEndTime ?? ZERO,
  };
}

/** Weights as gogoproto Decs (atomics on the wire); `option` set when the vote is a single option. */
export function voteToV1beta1(v: Vote): G.Vote {
  const options = optionsFromV1(v.options);
  return {
    proposalId: v.proposalId,
    voter: v.voter,
    option: options.length === 1 ? (options[0]!.option as number as G.VoteOption) : G.VoteOption.VOTE_OPTION_UNSPECIFIED,
    options: options.map((o) => ({ option: o.option as number as G.VoteOption, weight: o.weight.toString() })),
  };
}

export function govQueriesV1beta1(k: GovKeeper): QuerySpec[] {
  const q = (method: string, handle: QuerySpec["handle"]): QuerySpec => ({ path: `${S}/${method}`, handle });
  return [
    q("Proposal", (ctx, data) => {
      const req = decodeRequest(Q.QueryProposalRequest, data);
      return Q.QueryProposalResponse.encode({ proposal: proposalToV1beta1(findProposal(k, ctx, req.proposalId)) }).finish();
    }),
    q("Proposals", (ctx, data) => {
      const req = decodeRequest(Q.QueryProposalsRequest, data);
      const { items, pagination } = paginate(filterProposals(k, ctx, { status: req.proposalStatus, voter: req.voter, depositor: req.depositor }), req.pagination);
      return Q.QueryProposalsResponse.encode({ proposals: items.map(proposalToV1beta1), pagination }).finish();
    }),
    q("Vote", (ctx, data) => {
      const req = decodeRequest(Q.QueryVoteRequest, data);
      return Q.QueryVoteResponse.encode({ vote: voteToV1beta1(findVote(k, ctx, req.proposalId, req.voter)) }).finish();
    }),
    q("Votes", (ctx, data) => {
      const req = decodeRequest(Q.QueryVotesRequest, data);
      const { items, pagination } = paginate(k.votes(ctx, proposalId(req.proposalId)), req.pagination);
      return Q.QueryVotesResponse.encode({ votes: items.map(voteToV1beta1), pagination }).finish();
    }),
    q("Params", (ctx, data) => {
      const req = decodeRequest(Q.QueryParamsRequest, data);
      const p = k.params(ctx);
      const out = Q.QueryParamsResponse.fromPartial({});
      if (req.paramsType === "deposit") out.depositParams = { minDeposit: p.minDeposit.map((c) => ({ denom: c.denom, amount: c.amount.toString() })), maxDepositPeriod: { seconds: p.maxDepositPeriodSeconds, nanos: 0 } };
      else if (req.paramsType === "voting") out.votingParams = { votingPeriod: { seconds: p.votingPeriodSeconds, nanos: 0 } };
      else if (req.paramsType === "tallying") out.tallyParams = { quorum: utf8(p.quorum.toString()), threshold: utf8(p.threshold.toString()), vetoThreshold: utf8(p.vetoThreshold.toString()) };
      else throw ErrInvalidRequest.raise(`unknown params type: ${req.paramsType}`);
      return Q.QueryParamsResponse.encode(out).finish();
    }),
    q("Deposit", (ctx, data) => {
      const req = decodeRequest(Q.QueryDepositRequest, data);
      return Q.QueryDepositResponse.encode({ deposit: findDeposit(k, ctx, req.proposalId, req.depositor) }).finish();
    }),
    q("Deposits", (ctx, data) => {
      const req = decodeRequest(Q.QueryDepositsRequest, data);
      const { items, pagination } = paginate(k.deposits(ctx, proposalId(req.proposalId)), req.pagination);
      return Q.QueryDepositsResponse.encode({ deposits: items, pagination }).finish();
    }),
    q("TallyResult", (ctx, data) => {
      const req = decodeRequest(Q.QueryTallyResultRequest, data);
      return Q.QueryTallyResultResponse.encode({ tally: tallyToV1beta1(currentTally(k, ctx, req.proposalId)) }).finish();
    }),
  ];
}
