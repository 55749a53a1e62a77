/** Helpers for gov specs on the full in-process app (test/support/pogcs-app.ts). Test-only. */
import { ProposalStatus, VoteOption, type Proposal } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgDeposit, MsgSubmitProposal, MsgVote } from "cosmjs-types/cosmos/gov/v1/tx";
import { QueryProposalRequest, QueryProposalResponse, QueryTallyResultRequest, QueryTallyResultResponse } from "cosmjs-types/cosmos/gov/v1/query";
import { QueryBalanceRequest, QueryBalanceResponse, QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { createFullApp, type FullApp } from "../../test/support/pogcs-app.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { pogcsParamsToProto, type PogcsParams } from "../pogcs/params.js";
import { moduleAddress } from "../auth/keeper.js";

export { ProposalStatus, VoteOption };
export const GOV_ADDR = moduleAddress("gov");
export const DENOM = "ugcs";
export const MIN_DEPOSIT = 10_000_000n;

/** 3 validators (signers 0..2, 10,000 GCS each), 3 funded accounts (signers 3..5); 5 s voting, 2 s expedited. */
export function govApp(gov: Record<string, unknown> = {}): FullApp {
  const f = createFullApp({ validators: 3, accounts: 3, gov: { voting_period: "5s", expedited_voting_period: "2s", max_deposit_period: "10s", ...gov } });
  f.block(); // queries need a committed height
  return f;
}

export const any = (typeUrl: string, value: Uint8Array): Any => ({ typeUrl, value });

export function pogcsParamsMsg(p: PogcsParams, authority = GOV_ADDR): Any {
  const P = pogcs.pogcs.v1;
  return any("/pogcs.pogcs.v1.MsgUpdateParams", P.MsgUpdateParams.encode({ authority, params: pogcsParamsToProto(p) }).finish());
}

export function submitMsg(proposer: string, messages: Any[], deposit: bigint, title = "change params", expedited = false): Any {
  const m = MsgSubmitProposal.fromPartial({ messages, initialDeposit: deposit > 0n ? [{ denom: DENOM, amount: deposit.toString() }] : [], proposer, title, summary: "why", metadata: "", expedited });
  return any("/cosmos.gov.v1.MsgSubmitProposal", MsgSubmitProposal.encode(m).finish());
}

export function voteMsg(voter: string, id: bigint, option: VoteOption): Any {
  return any("/cosmos.gov.v1.MsgVote", MsgVote.encode({ proposalId: id, voter, option, metadata: "" }).finish());
}

export function depositMsg(depositor: string, id: bigint, amount: Array<{ denom: string; amount: string }>): Any {
  return any("/cosmos.gov.v1.MsgDeposit", MsgDeposit.encode({ proposalId: id, depositor, amount }).finish());
}

/** Runs one block with one tx of signer i; returns that tx's result. */
export function run(f: FullApp, i: number, msgs: Any[]) {
  const r = f.block([f.tx(i, msgs)]);
  f.resync(i); // a tx refused by the ante chain did not use its sequence
  return { ...r.txResults[0]!, blockEvents: r.events };
}

export function proposal(f: FullApp, id: bigint): Proposal {
  return f.query("/cosmos.gov.v1.Query/Proposal", QueryProposalRequest.encode({ proposalId: id }).finish(), QueryProposalResponse).proposal!;
}

export function tally(f: FullApp, id: bigint) {
  return f.query("/cosmos.gov.v1.Query/TallyResult", QueryTallyResultRequest.encode({ proposalId: id }).finish(), QueryTallyResultResponse).tally!;
}

export function balance(f: FullApp, address: string): bigint {
  return BigInt(f.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom: DENOM }).finish(), QueryBalanceResponse).balance!.amount);
}

export function supply(f: FullApp): bigint {
  return BigInt(f.query("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest.encode({ denom: DENOM }).finish(), QuerySupplyOfResponse).amount!.amount);
}

export function pogcsParams(f: FullApp) {
  const P = pogcs.pogcs.v1;
  return f.query("/pogcs.pogcs.v1.Query/Params", P.QueryParamsRequest.encode({}).finish(), P.QueryParamsResponse).params!;
}

/** Empty blocks until the proposal left its voting period. */
export function untilDecided(f: FullApp, id: bigint, max = 20): Proposal {
  for (let i = 0; i < max; i++) {
    const p = proposal(f, id);
    if (p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) return p;
    f.block();
  }
  return proposal(f, id);
}
