import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../devices/long.js";
import { MARKET_MSG } from "./msgs.js";
import { Kind, Verification } from "./types.js";

import P = pogcs.market.v1;

/** Encoded market messages as `{typeUrl, value}` (tests, scenario scripts, clients). */
export interface EncodedMsg {
  typeUrl: string;
  value: Uint8Array;
}

export interface CreateArgs {
  requester: string;
  slotClass?: string;
  hours?: bigint;
  price?: bigint;
  incentive?: bigint;
  denom?: string;
  deadline: bigint;
  verification?: number;
  bondBps?: number;
  kind?: number;
  specUri?: string;
  specHash?: Uint8Array;
  priceAmount?: string;
  incentiveAmount?: string;
}

export function createContractMsg(a: CreateArgs): EncodedMsg {
  const denom = a.denom ?? "ugcs";
  return {
    typeUrl: MARKET_MSG.CreateContract,
    value: P.MsgCreateContract.encode({
      requester: a.requester, kind: a.kind ?? Kind.CONTRACT_KIND_TRAINING, specUri: a.specUri ?? "ipfs://spec", specHash: a.specHash ?? new Uint8Array(32).fill(7),
      slotClass: a.slotClass ?? "rtx4090", hours: toLong(a.hours ?? 4n),
      price: { denom, amount: a.priceAmount ?? (a.price ?? 1_000_000n).toString() },
      incentive: { denom, amount: a.incentiveAmount ?? (a.incentive ?? 90_000n).toString() },
      deadline: toLong(a.deadline), verification: a.verification ?? Verification.VERIFICATION_REQUESTER, providerBondBps: a.bondBps ?? 2_000,
    }).finish(),
  };
}

export const acceptMsg = (provider: string, contractId: bigint, deviceId: bigint): EncodedMsg => ({
  typeUrl: MARKET_MSG.AcceptContract,
  value: P.MsgAcceptContract.encode({ provider, contractId: toLong(contractId), deviceId: toLong(deviceId) }).finish(),
});

export const redeemMsg = (requester: string, contractId: bigint, slotDenom: string, amount: bigint | string): EncodedMsg => ({
  typeUrl: MARKET_MSG.RedeemSlots,
  value: P.MsgRedeemSlots.encode({ requester, contractId: toLong(contractId), slotDenom, amount: amount.toString() }).finish(),
});

export const submitMsg = (provider: string, contractId: bigint, resultHash: Uint8Array): EncodedMsg => ({
  typeUrl: MARKET_MSG.SubmitResult,
  value: P.MsgSubmitResult.encode({ provider, contractId: toLong(contractId), resultHash }).finish(),
});

export const approveMsg = (requester: string, contractId: bigint): EncodedMsg => ({
  typeUrl: MARKET_MSG.ApproveContract,
  value: P.MsgApproveContract.encode({ requester, contractId: toLong(contractId) }).finish(),
});

export const disputeMsg = (requester: string, contractId: bigint, reason = "wrong output"): EncodedMsg => ({
  typeUrl: MARKET_MSG.DisputeContract,
  value: P.MsgDisputeContract.encode({ requester, contractId: toLong(contractId), reason }).finish(),
});

export const voteMsg = (voter: string, contractId: bigint, approve: boolean): EncodedMsg => ({
  typeUrl: MARKET_MSG.VoteContract,
  value: P.MsgVoteContract.encode({ voter, contractId: toLong(contractId), approve }).finish(),
});

export const spotCheckMsg = (checker: string, contractId: bigint, resultHash: Uint8Array): EncodedMsg => ({
  typeUrl: MARKET_MSG.SpotCheck,
  value: P.MsgSpotCheck.encode({ checker, contractId: toLong(contractId), resultHash }).finish(),
});

export const cancelMsg = (requester: string, contractId: bigint): EncodedMsg => ({
  typeUrl: MARKET_MSG.CancelContract,
  value: P.MsgCancelContract.encode({ requester, contractId: toLong(contractId) }).finish(),
});
