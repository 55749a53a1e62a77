import * as v1 from "cosmjs-types/cosmos/gov/v1/query";
import * as v1beta1 from "cosmjs-types/cosmos/gov/v1beta1/query";
import * as distrQ from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { TextProposal } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import { MsgUpdateParams as GovMsgUpdateParams } from "cosmjs-types/cosmos/gov/v1/tx";
import { MsgUpdateParams as StakingMsgUpdateParams } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgCommunityPoolSpend } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { pogcs } from "../../../proto/gen/pogcs.js";
import { RestError, GRPC } from "../errors.js";
import { registerAnyType, type JsonCodec } from "../json.js";
import { pagination, type Codec, type GrpcRoute, type Params } from "../routes.js";
import { pb } from "./kit.js";

/** Cosmos x/gov REST paths (v1 and v1beta1, grpc-gateway's mapping) and the community pool. */

const cj = (c: unknown) => c as JsonCodec;

// Proposal messages and legacy content shown expanded in proposal JSON.
registerAnyType("/cosmos.gov.v1beta1.TextProposal", cj(TextProposal));
registerAnyType("/cosmos.gov.v1.MsgUpdateParams", cj(GovMsgUpdateParams));
registerAnyType("/cosmos.staking.v1beta1.MsgUpdateParams", cj(StakingMsgUpdateParams));
registerAnyType("/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", cj(MsgCommunityPoolSpend));
registerAnyType("/pogcs.pogcs.v1.MsgUpdateParams", pb(pogcs.pogcs.v1.MsgUpdateParams));
registerAnyType("/pogcs.devices.v1.MsgUpdateParams", pb(pogcs.devices.v1.MsgUpdateParams));
registerAnyType("/pogcs.devices.v1.MsgAddMaker", pb(pogcs.devices.v1.MsgAddMaker));
registerAnyType("/pogcs.devices.v1.MsgRemoveMaker", pb(pogcs.devices.v1.MsgRemoveMaker));

const STATUS: Record<string, number> = {
  PROPOSAL_STATUS_UNSPECIFIED: 0,
  PROPOSAL_STATUS_DEPOSIT_PERIOD: 1,
  PROPOSAL_STATUS_VOTING_PERIOD: 2,
  PROPOSAL_STATUS_PASSED: 3,
  PROPOSAL_STATUS_REJECTED: 4,
  PROPOSAL_STATUS_FAILED: 5,
};

function status(v: string | undefined): number {
  if (v === undefined || v === "") return 0;
  if (v in STATUS) return STATUS[v]!;
  if (/^[0-5]$/.test(v)) return Number(v);
  throw new RestError(GRPC.INVALID_ARGUMENT, `invalid proposal_status ${v}; one of ${Object.keys(STATUS).join(", ")}`);
}

function id(v: string | undefined): bigint {
  if (v === undefined || !/^[0-9]{1,20}$/.test(v)) throw new RestError(GRPC.INVALID_ARGUMENT, "proposal_id must be a non-negative integer");
  return BigInt(v);
}

const r = (url: string, service: string, method: string, req: unknown, res: unknown, build: (p: Params, q: Params) => Record<string, unknown>): GrpcRoute => ({
  url,
  path: `/${service}/${method}`,
  req: req as Codec,
  res: res as Codec,
  build,
});

function versioned(version: "v1" | "v1beta1", Q: typeof v1 | typeof v1beta1): GrpcRoute[] {
  const base = `/cosmos/gov/${version}`;
  const svc = `cosmos.gov.${version}.Query`;
  return [
    r(`${base}/params/:params_type`, svc, "Params", Q.QueryParamsRequest, Q.QueryParamsResponse, (p) => ({ paramsType: p.params_type })),
    r(`${base}/proposals`, svc, "Proposals", Q.QueryProposalsRequest, Q.QueryProposalsResponse, (_p, q) => ({
      proposalStatus: status(q.proposal_status), voter: q.voter ?? "", depositor: q.depositor ?? "", pagination: pagination(q),
    })),
    r(`${base}/proposals/:proposal_id`, svc, "Proposal", Q.QueryProposalRequest, Q.QueryProposalResponse, (p) => ({ proposalId: id(p.proposal_id) })),
    r(`${base}/proposals/:proposal_id/votes`, svc, "Votes", Q.QueryVotesRequest, Q.QueryVotesResponse, (p, q) => ({ proposalId: id(p.proposal_id), pagination: pagination(q) })),
    r(`${base}/proposals/:proposal_id/votes/:voter`, svc, "Vote", Q.QueryVoteRequest, Q.QueryVoteResponse, (p) => ({ proposalId: id(p.proposal_id), voter: p.voter })),
    r(`${base}/proposals/:proposal_id/deposits`, svc, "Deposits", Q.QueryDepositsRequest, Q.QueryDepositsResponse, (p, q) => ({ proposalId: id(p.proposal_id), pagination: pagination(q) })),
    r(`${base}/proposals/:proposal_id/deposits/:depositor`, svc, "Deposit", Q.QueryDepositRequest, Q.QueryDepositResponse, (p) => ({ proposalId: id(p.proposal_id), depositor: p.depositor })),
    r(`${base}/proposals/:proposal_id/tally`, svc, "TallyResult", Q.QueryTallyResultRequest, Q.QueryTallyResultResponse, (p) => ({ proposalId: id(p.proposal_id) })),
  ];
}

export const GOV_ROUTES: GrpcRoute[] = [
  ...versioned("v1", v1),
  r("/cosmos/gov/v1/constitution", "cosmos.gov.v1.Query", "Constitution", v1.QueryConstitutionRequest, v1.QueryConstitutionResponse, () => ({})),
  ...versioned("v1beta1", v1beta1),
  r("/cosmos/distribution/v1beta1/community_pool", "cosmos.distribution.v1beta1.Query", "CommunityPool", distrQ.QueryCommunityPoolRequest, distrQ.QueryCommunityPoolResponse, () => ({})),
];
