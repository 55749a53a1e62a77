import * as Q from "cosmjs-types/cosmos/gov/v1/query";
import type { QuerySpec } from "../../chain/app/module.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { decodeRequest } from "../shared/query-codec.js";
import { paginate } from "../shared/pagination.js";
import { decToJson } from "../staking/dec.js";
import type { GovKeeper } from "./keeper.js";
import { currentTally, filterProposals, findDeposit, findProposal, findVote, proposalId } from "./lookups.js";
import { govParamsToProto } from "./params.js";

const S = "/cosmos.gov.v1.Query";

/** cosmos.gov.v1.Query as the SDK v0.50 serves it. */
export function govQueries(k: GovKeeper): QuerySpec[] {
  const q = (method: string, handle: QuerySpec["handle"]): QuerySpec => ({ path: `${S}/${method}`, handle });
  return [
    q("Constitution", (_ctx, data) => {
      decodeRequest(Q.QueryConstitutionRequest, data);
      return Q.QueryConstitutionResponse.encode({ constitution: "" }).finish();
    }),
    q("Proposal", (ctx, data) => {
      const req = decodeRequest(Q.QueryProposalRequest, data);
      return Q.QueryProposalResponse.encode({ proposal: findProposal(k, ctx, req.proposalId) }).finish();
    }),
    q("Proposals", (ctx, data) => {
      const req = decodeRequest(Q.QueryProposalsRequest, data);
      const { items, pagination } = paginate(filterProposals(k, ctx, { status: req.proposalStatus, voter: req.voter, depositor: req.depositor }), req.pagination);
      return Q.QueryProposalsResponse.encode({ proposals: items, pagination }).finish();
    }),
    q("Vote", (ctx, data) => {
      const req = decodeRequest(Q.QueryVoteRequest, data);
      return Q.QueryVoteResponse.encode({ vote: findVote(k, ctx, req.proposalId, req.voter) }).finish();
    }),
    q("Votes", (ctx, data) => {
      const req = decodeRequest(Q.QueryVotesRequest, data);
      const { items, pagination } = paginate(k.votes(ctx, proposalId(req.proposalId)), req.pagination);
      return Q.QueryVotesResponse.encode({ votes: items, pagination }).finish();
    }),
    q("Params", (ctx, data) => {
      const req = decodeRequest(Q.QueryParamsRequest, data);
      const p = k.params(ctx);
      const out: Q.QueryParamsResponse = { params: govParamsToProto(p) };
      const dur = (s: bigint) => ({ seconds: s, nanos: 0 });
      if (req.paramsType === "deposit") out.depositParams = { minDeposit: out.params!.minDeposit, maxDepositPeriod: dur(p.maxDepositPeriodSeconds) };
      else if (req.paramsType === "voting") out.votingParams = { votingPeriod: dur(p.votingPeriodSeconds) };
      else if (req.paramsType === "tallying") out.tallyParams = { quorum: decToJson(p.quorum), threshold: decToJson(p.threshold), vetoThreshold: decToJson(p.vetoThreshold) };
      else if (req.paramsType !== "") throw ErrInvalidRequest.raise(`unknown params type: ${req.paramsType}`);
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
      return Q.QueryTallyResultResponse.encode({ tally: currentTally(k, ctx, req.proposalId) }).finish();
    }),
  ];
}
