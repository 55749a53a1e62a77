import type { MsgSpec } from "../../chain/app/module.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { moduleAddress } from "../auth/keeper.js";
import { fromLong, toLong } from "../devices/long.js";
import { processAcceptContract, processCancelContract, processCreateContract, processRedeemSlots, type CreateContractInput } from "./create.js";
import { ErrUnauthorized } from "./errors.js";
import type { MarketKeeper } from "./keeper.js";
import { marketParamsFromProto, validateMarketParams } from "./params.js";
import {
  parseMarketAmount, validateAccount, validateClass, validateKind, validateReason, validateResultHash, validateSpec, validateVerification,
} from "./validate.js";
import { processApproveContract, processDisputeContract, processSpotCheck, processSubmitResult, processVoteContract } from "./verify.js";

import P = pogcs.market.v1;
import { msgDecoder } from "../../chain/app/msg-decoder.js";

export const MARKET_MSG = {
  CreateContract: "/pogcs.market.v1.MsgCreateContract",
  AcceptContract: "/pogcs.market.v1.MsgAcceptContract",
  RedeemSlots: "/pogcs.market.v1.MsgRedeemSlots",
  SubmitResult: "/pogcs.market.v1.MsgSubmitResult",
  ApproveContract: "/pogcs.market.v1.MsgApproveContract",
  DisputeContract: "/pogcs.market.v1.MsgDisputeContract",
  VoteContract: "/pogcs.market.v1.MsgVoteContract",
  SpotCheck: "/pogcs.market.v1.MsgSpotCheck",
  CancelContract: "/pogcs.market.v1.MsgCancelContract",
  UpdateParams: "/pogcs.market.v1.MsgUpdateParams",
} as const;


function createInput(m: P.MsgCreateContract): CreateContractInput {
  return {
    requester: m.requester, kind: m.kind, specUri: m.specUri, specHash: m.specHash, slotClass: m.slotClass, hours: fromLong(m.hours),
    price: { denom: m.price?.denom ?? "", amount: parseMarketAmount(m.price?.amount ?? "", "price") },
    incentive: { denom: m.incentive?.denom ?? "", amount: parseMarketAmount(m.incentive?.amount ?? "", "incentive", true) },
    deadline: fromLong(m.deadline), verification: m.verification, providerBondBps: m.providerBondBps,
  };
}

const ok = (typeUrl: string, value: Uint8Array) => ({ typeUrl: `${typeUrl}Response`, value });

/**
 * The market's messages. Legacy Amino JSON (Ledger) uses the generic pogcs form of proto/registry.ts
 * (`pogcs/market/<Msg>`, snake_case fields), the same one CosmJS clients get from pogcsAminoConverters().
 */
export function marketMsgs(k: MarketKeeper): MsgSpec<any>[] {
  const create: MsgSpec<P.MsgCreateContract> = {
    typeUrl: MARKET_MSG.CreateContract,
    decode: msgDecoder(P.MsgCreateContract),
    signers: (m) => [m.requester],
    validateBasic(m) {
      validateAccount(m.requester, "requester");
      validateKind(m.kind);
      validateVerification(m.verification);
      validateSpec(m.specUri, m.specHash);
      validateClass(m.slotClass);
      createInput(m);
    },
    handle(ctx, m) {
      const id = processCreateContract(k, ctx, createInput(m));
      return ok(MARKET_MSG.CreateContract, P.MsgCreateContractResponse.encode({ contractId: toLong(id) }).finish());
    },
  };

  const accept: MsgSpec<P.MsgAcceptContract> = {
    typeUrl: MARKET_MSG.AcceptContract,
    decode: msgDecoder(P.MsgAcceptContract),
    signers: (m) => [m.provider],
    validateBasic: (m) => validateAccount(m.provider, "provider"),
    handle(ctx, m) {
      const nftId = processAcceptContract(k, ctx, m.provider, fromLong(m.contractId), fromLong(m.deviceId));
      return ok(MARKET_MSG.AcceptContract, P.MsgAcceptContractResponse.encode({ nftId }).finish());
    },
  };

  const redeem: MsgSpec<P.MsgRedeemSlots> = {
    typeUrl: MARKET_MSG.RedeemSlots,
    decode: msgDecoder(P.MsgRedeemSlots),
    signers: (m) => [m.requester],
    validateBasic(m) {
      validateAccount(m.requester, "requester");
      parseMarketAmount(m.amount, "amount");
    },
    handle(ctx, m) {
      const nftIds = processRedeemSlots(k, ctx, m.requester, fromLong(m.contractId), m.slotDenom, parseMarketAmount(m.amount, "amount"));
      return ok(MARKET_MSG.RedeemSlots, P.MsgRedeemSlotsResponse.encode({ nftIds }).finish());
    },
  };

  const submit: MsgSpec<P.MsgSubmitResult> = {
    typeUrl: MARKET_MSG.SubmitResult,
    decode: msgDecoder(P.MsgSubmitResult),
    signers: (m) => [m.provider],
    validateBasic(m) {
      validateAccount(m.provider, "provider");
      validateResultHash(m.resultHash);
    },
    handle(ctx, m) {
      processSubmitResult(k, ctx, m.provider, fromLong(m.contractId), m.resultHash);
      return ok(MARKET_MSG.SubmitResult, P.MsgSubmitResultResponse.encode({}).finish());
    },
  };

  const approve: MsgSpec<P.MsgApproveContract> = {
    typeUrl: MARKET_MSG.ApproveContract,
    decode: msgDecoder(P.MsgApproveContract),
    signers: (m) => [m.requester],
    validateBasic: (m) => validateAccount(m.requester, "requester"),
    handle(ctx, m) {
      processApproveContract(k, ctx, m.requester, fromLong(m.contractId));
      return ok(MARKET_MSG.ApproveContract, P.MsgApproveContractResponse.encode({}).finish());
    },
  };

  const dispute: MsgSpec<P.MsgDisputeContract> = {
    typeUrl: MARKET_MSG.DisputeContract,
    decode: msgDecoder(P.MsgDisputeContract),
    signers: (m) => [m.requester],
    validateBasic(m) {
      validateAccount(m.requester, "requester");
      validateReason(m.reason);
    },
    handle(ctx, m) {
      processDisputeContract(k, ctx, m.requester, fromLong(m.contractId), m.reason);
      return ok(MARKET_MSG.DisputeContract, P.MsgDisputeContractResponse.encode({}).finish());
    },
  };

  const vote: MsgSpec<P.MsgVoteContract> = {
    typeUrl: MARKET_MSG.VoteContract,
    decode: msgDecoder(P.MsgVoteContract),
    signers: (m) => [m.voter],
    validateBasic: (m) => validateAccount(m.voter, "voter"),
    handle(ctx, m) {
      processVoteContract(k, ctx, m.voter, fromLong(m.contractId), m.approve);
      return ok(MARKET_MSG.VoteContract, P.MsgVoteContractResponse.encode({}).finish());
    },
  };

  const spot: MsgSpec<P.MsgSpotCheck> = {
    typeUrl: MARKET_MSG.SpotCheck,
    decode: msgDecoder(P.MsgSpotCheck),
    signers: (m) => [m.checker],
    validateBasic(m) {
      validateAccount(m.checker, "checker");
      validateResultHash(m.resultHash);
    },
    handle(ctx, m) {
      const match = processSpotCheck(k, ctx, m.checker, fromLong(m.contractId), m.resultHash);
      return ok(MARKET_MSG.SpotCheck, P.MsgSpotCheckResponse.encode({ match }).finish());
    },
  };

  const cancel: MsgSpec<P.MsgCancelContract> = {
    typeUrl: MARKET_MSG.CancelContract,
    decode: msgDecoder(P.MsgCancelContract),
    signers: (m) => [m.requester],
    validateBasic: (m) => validateAccount(m.requester, "requester"),
    handle(ctx, m) {
      processCancelContract(k, ctx, m.requester, fromLong(m.contractId));
      return ok(MARKET_MSG.CancelContract, P.MsgCancelContractResponse.encode({}).finish());
    },
  };

  const updateParams: MsgSpec<P.MsgUpdateParams> = {
    typeUrl: MARKET_MSG.UpdateParams,
    decode: msgDecoder(P.MsgUpdateParams),
    signers: (m) => [m.authority],
    validateBasic(m) {
      validateAccount(m.authority, "authority");
      validateMarketParams(marketParamsFromProto(m.params ?? {}));
    },
    handle(ctx, m) {
      if (m.authority !== moduleAddress("gov")) throw ErrUnauthorized.raise(`${m.authority} is not the gov module account`);
      const p = marketParamsFromProto(m.params ?? {});
      validateMarketParams(p);
      k.setParams(ctx, p);
      ctx.emit({ type: "pogcs.market.v1.EventParamsUpdated", attributes: [{ key: "authority", value: m.authority, index: true }] });
      return ok(MARKET_MSG.UpdateParams, P.MsgUpdateParamsResponse.encode({}).finish());
    },
  };

  return [create, accept, redeem, submit, approve, dispute, vote, spot, cancel, updateParams];
}

