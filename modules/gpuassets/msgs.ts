import type Long from "long";
import { pogcs } from "../../proto/gen/pogcs.js";
import type { MsgSpec } from "../../chain/app/module.js";
import { fromLong, toLong } from "../devices/long.js";
import { coinToProto, parsePositiveCoin } from "./amounts.js";
import { ErrInvalidAmount, ErrSelfLending } from "./errors.js";
import type { GpuAssetsKeeper } from "./keeper.js";
import { processCancelPledge, processClaimDefault, processFundLoan, processPledge, processRedeem } from "./lifecycle.js";
import { processMintGpuAsset } from "./mint.js";
import { paramsFromProto, validateGpuAssetsParams } from "./params.js";
import { processAddAppraiser, processAppraise, processRemoveAppraiser, processSetInsurance, requireGov } from "./valuation.js";
import { validateAddress, validateAssetId, validateText } from "./validate.js";
import { makeEvent } from "../../chain/events/types.js";

import P = pogcs.gpuassets.v1;
import { msgDecoder } from "../../chain/app/msg-decoder.js";

export const GPUASSETS_MSG = {
  MintGpuAsset: "/pogcs.gpuassets.v1.MsgMintGpuAsset",
  AddAppraiser: "/pogcs.gpuassets.v1.MsgAddAppraiser",
  RemoveAppraiser: "/pogcs.gpuassets.v1.MsgRemoveAppraiser",
  Appraise: "/pogcs.gpuassets.v1.MsgAppraise",
  SetInsurance: "/pogcs.gpuassets.v1.MsgSetInsurance",
  Pledge: "/pogcs.gpuassets.v1.MsgPledge",
  CancelPledge: "/pogcs.gpuassets.v1.MsgCancelPledge",
  FundLoan: "/pogcs.gpuassets.v1.MsgFundLoan",
  Redeem: "/pogcs.gpuassets.v1.MsgRedeem",
  ClaimDefault: "/pogcs.gpuassets.v1.MsgClaimDefault",
  UpdateParams: "/pogcs.gpuassets.v1.MsgUpdateParams",
} as const;

interface Codec<T> {
  decode(b: Uint8Array): T;
  encode(m: never): { finish(): Uint8Array };
}


function reply(typeUrl: string, codec: Codec<unknown>, m: unknown): { typeUrl: string; value: Uint8Array } {
  return { typeUrl: `${typeUrl}Response`, value: codec.encode(m as never).finish() };
}

/** Messages of the gpuassets module; validateBasic does every stateless check before handle. */
export function gpuAssetsMsgs(k: GpuAssetsKeeper): MsgSpec<any>[] {
  const mint: MsgSpec<P.MsgMintGpuAsset> = {
    typeUrl: GPUASSETS_MSG.MintGpuAsset,
    decode: msgDecoder(P.MsgMintGpuAsset),
    signers: (m) => [m.owner],
    validateBasic(m) {
      validateAddress(m.owner, "owner");
      validateAssetId(fromLong(m.deviceId));
    },
    handle(ctx, m) {
      const a = processMintGpuAsset(k, ctx, m.owner, fromLong(m.deviceId));
      return reply(GPUASSETS_MSG.MintGpuAsset, P.MsgMintGpuAssetResponse, { assetId: toLong(a.assetId), nftId: a.nftId });
    },
  };

  const addAppraiser: MsgSpec<P.MsgAddAppraiser> = {
    typeUrl: GPUASSETS_MSG.AddAppraiser,
    decode: msgDecoder(P.MsgAddAppraiser),
    signers: (m) => [m.authority],
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      validateAddress(m.appraiser, "appraiser");
      validateText("name", m.name, false);
    },
    handle(ctx, m) {
      processAddAppraiser(k, ctx, m.authority, m.appraiser, m.name);
      return reply(GPUASSETS_MSG.AddAppraiser, P.MsgAddAppraiserResponse, {});
    },
  };

  const removeAppraiser: MsgSpec<P.MsgRemoveAppraiser> = {
    typeUrl: GPUASSETS_MSG.RemoveAppraiser,
    decode: msgDecoder(P.MsgRemoveAppraiser),
    signers: (m) => [m.authority],
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      validateAddress(m.appraiser, "appraiser");
    },
    handle(ctx, m) {
      processRemoveAppraiser(k, ctx, m.authority, m.appraiser);
      return reply(GPUASSETS_MSG.RemoveAppraiser, P.MsgRemoveAppraiserResponse, {});
    },
  };

  const appraise: MsgSpec<P.MsgAppraise> = {
    typeUrl: GPUASSETS_MSG.Appraise,
    decode: msgDecoder(P.MsgAppraise),
    signers: (m) => [m.appraiser],
    validateBasic(m) {
      validateAddress(m.appraiser, "appraiser");
      validateAssetId(fromLong(m.assetId));
      parsePositiveCoin(m.value, "value");
      validateText("method", m.method, true);
      validateText("report_uri", m.reportUri, false);
    },
    handle(ctx, m) {
      const seq = processAppraise(k, ctx, {
        appraiser: m.appraiser, assetId: fromLong(m.assetId), value: parsePositiveCoin(m.value, "value"), method: m.method, reportUri: m.reportUri, reportHash: m.reportHash,
      });
      return reply(GPUASSETS_MSG.Appraise, P.MsgAppraiseResponse, { seq: toLong(seq) });
    },
  };

  const setInsurance: MsgSpec<P.MsgSetInsurance> = {
    typeUrl: GPUASSETS_MSG.SetInsurance,
    decode: msgDecoder(P.MsgSetInsurance),
    signers: (m) => [m.owner],
    validateBasic(m) {
      validateAddress(m.owner, "owner");
      validateAssetId(fromLong(m.assetId));
      validateAddress(m.insurer, "insurer");
      validateText("policy_ref", m.policyRef, true);
      parsePositiveCoin(m.coverage, "coverage");
    },
    handle(ctx, m) {
      processSetInsurance(k, ctx, {
        owner: m.owner, assetId: fromLong(m.assetId), insurer: m.insurer, policyRef: m.policyRef, coverage: parsePositiveCoin(m.coverage, "coverage"), expires: fromLong(m.expires),
      });
      return reply(GPUASSETS_MSG.SetInsurance, P.MsgSetInsuranceResponse, {});
    },
  };

  const pledge: MsgSpec<P.MsgPledge> = {
    typeUrl: GPUASSETS_MSG.Pledge,
    decode: msgDecoder(P.MsgPledge),
    signers: (m) => [m.owner],
    validateBasic(m) {
      validateAddress(m.owner, "owner");
      validateAddress(m.lender, "lender");
      validateAssetId(fromLong(m.assetId));
      if (m.owner === m.lender) throw ErrSelfLending.raise(m.owner);
      parsePositiveCoin(m.principal, "principal");
    },
    handle(ctx, m) {
      const loan = processPledge(k, ctx, {
        owner: m.owner, assetId: fromLong(m.assetId), lender: m.lender, principal: parsePositiveCoin(m.principal, "principal"),
        dueSeconds: fromLong(m.dueSeconds), interestRateBps: m.interestRateBps,
      });
      return reply(GPUASSETS_MSG.Pledge, P.MsgPledgeResponse, { loanId: toLong(loan.loanId) });
    },
  };

  const owned = <T extends { owner: string; assetId: Long }>(typeUrl: string, name: string, codec: Codec<T>, resp: Codec<unknown>, run: (ctx: Parameters<MsgSpec["handle"]>[0], m: T) => unknown): MsgSpec<T> => ({
    typeUrl,
    decode: msgDecoder(codec),
    signers: (m) => [m.owner],
    validateBasic(m) {
      validateAddress(m.owner, "owner");
      validateAssetId(fromLong(m.assetId));
    },
    handle(ctx, m) {
      return reply(typeUrl, resp, run(ctx, m));
    },
  });

  const cancel = owned(GPUASSETS_MSG.CancelPledge, "MsgCancelPledge", P.MsgCancelPledge, P.MsgCancelPledgeResponse, (ctx, m) => {
    processCancelPledge(k, ctx, m.owner, fromLong(m.assetId));
    return {};
  });

  const redeem = owned(GPUASSETS_MSG.Redeem, "MsgRedeem", P.MsgRedeem, P.MsgRedeemResponse, (ctx, m) => ({ paid: coinToProto(processRedeem(k, ctx, m.owner, fromLong(m.assetId))) }));

  const fund: MsgSpec<P.MsgFundLoan> = {
    typeUrl: GPUASSETS_MSG.FundLoan,
    decode: msgDecoder(P.MsgFundLoan),
    signers: (m) => [m.lender],
    validateBasic(m) {
      validateAddress(m.lender, "lender");
      if (fromLong(m.loanId) <= 0n) throw ErrInvalidAmount.raise("loan_id must be positive");
    },
    handle(ctx, m) {
      const l = processFundLoan(k, ctx, m.lender, fromLong(m.loanId));
      return reply(GPUASSETS_MSG.FundLoan, P.MsgFundLoanResponse, { dueTime: toLong(l.dueTime) });
    },
  };

  const claim: MsgSpec<P.MsgClaimDefault> = {
    typeUrl: GPUASSETS_MSG.ClaimDefault,
    decode: msgDecoder(P.MsgClaimDefault),
    signers: (m) => [m.lender],
    validateBasic(m) {
      validateAddress(m.lender, "lender");
      validateAssetId(fromLong(m.assetId));
    },
    handle(ctx, m) {
      processClaimDefault(k, ctx, m.lender, fromLong(m.assetId));
      return reply(GPUASSETS_MSG.ClaimDefault, P.MsgClaimDefaultResponse, {});
    },
  };

  const updateParams: MsgSpec<P.MsgUpdateParams> = {
    typeUrl: GPUASSETS_MSG.UpdateParams,
    decode: msgDecoder(P.MsgUpdateParams),
    signers: (m) => [m.authority],
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      validateGpuAssetsParams(paramsFromProto(m.params));
    },
    handle(ctx, m) {
      requireGov(m.authority);
      k.setParams(ctx, paramsFromProto(m.params));
      ctx.emit(makeEvent("pogcs.gpuassets.v1.EventUpdateParams", [["authority", m.authority]]));
      return reply(GPUASSETS_MSG.UpdateParams, P.MsgUpdateParamsResponse, {});
    },
  };

  return [mint, addAppraiser, removeAppraiser, appraise, setInsurance, pledge, cancel, fund, redeem, claim, updateParams];
}
