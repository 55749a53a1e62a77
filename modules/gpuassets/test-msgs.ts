import { MsgSend } from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../devices/long.js";
import { GPU_ASSET_CLASS, nftIdOf } from "./keys.js";
import { GPUASSETS_MSG as M } from "./msgs.js";

import P = pogcs.gpuassets.v1;

/** Test helpers: gpuassets messages as { typeUrl, value } (an Any), amounts as strings so bad ones can be sent. */
export type AnyMsg = { typeUrl: string; value: Uint8Array };
export type CoinIn = { denom: string; amount: string };

export const HASH = new Uint8Array(32).fill(0xab);

export const gpuMsg = {
  mint: (owner: string, deviceId: bigint): AnyMsg => ({ typeUrl: M.MintGpuAsset, value: P.MsgMintGpuAsset.encode({ owner, deviceId: toLong(deviceId) }).finish() }),
  addAppraiser: (authority: string, appraiser: string, name = "appraiser"): AnyMsg => ({ typeUrl: M.AddAppraiser, value: P.MsgAddAppraiser.encode({ authority, appraiser, name }).finish() }),
  removeAppraiser: (authority: string, appraiser: string): AnyMsg => ({ typeUrl: M.RemoveAppraiser, value: P.MsgRemoveAppraiser.encode({ authority, appraiser }).finish() }),
  appraise: (appraiser: string, assetId: bigint, value: CoinIn, o: { method?: string; hash?: Uint8Array } = {}): AnyMsg => ({
    typeUrl: M.Appraise,
    value: P.MsgAppraise.encode({ appraiser, assetId: toLong(assetId), value, method: o.method ?? "market-comparables", reportUri: "ipfs://report", reportHash: o.hash ?? HASH }).finish(),
  }),
  insure: (owner: string, assetId: bigint, insurer: string, coverage: CoinIn, expires: bigint): AnyMsg => ({
    typeUrl: M.SetInsurance,
    value: P.MsgSetInsurance.encode({ owner, assetId: toLong(assetId), insurer, policyRef: "POL-1", coverage, expires: toLong(expires) }).finish(),
  }),
  pledge: (owner: string, assetId: bigint, lender: string, principal: CoinIn, dueSeconds: bigint, rateBps = 1000): AnyMsg => ({
    typeUrl: M.Pledge,
    value: P.MsgPledge.encode({ owner, assetId: toLong(assetId), lender, principal, dueSeconds: toLong(dueSeconds), interestRateBps: rateBps }).finish(),
  }),
  cancel: (owner: string, assetId: bigint): AnyMsg => ({ typeUrl: M.CancelPledge, value: P.MsgCancelPledge.encode({ owner, assetId: toLong(assetId) }).finish() }),
  fund: (lender: string, loanId: bigint): AnyMsg => ({ typeUrl: M.FundLoan, value: P.MsgFundLoan.encode({ lender, loanId: toLong(loanId) }).finish() }),
  redeem: (owner: string, assetId: bigint): AnyMsg => ({ typeUrl: M.Redeem, value: P.MsgRedeem.encode({ owner, assetId: toLong(assetId) }).finish() }),
  claim: (lender: string, assetId: bigint): AnyMsg => ({ typeUrl: M.ClaimDefault, value: P.MsgClaimDefault.encode({ lender, assetId: toLong(assetId) }).finish() }),
  updateParams: (authority: string, params: P.IParams): AnyMsg => ({ typeUrl: M.UpdateParams, value: P.MsgUpdateParams.encode({ authority, params }).finish() }),
  nftSend: (sender: string, assetId: bigint, receiver: string): AnyMsg => ({
    typeUrl: "/cosmos.nft.v1beta1.MsgSend",
    value: MsgSend.encode({ classId: GPU_ASSET_CLASS, id: nftIdOf(assetId), sender, receiver }).finish(),
  }),
};
