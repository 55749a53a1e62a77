/**
 * Keplr's "claim rewards" button sends one `cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward`
 * per validator in a single tx. PoGCS keeps stakers' rewards per account, not per delegation, so
 * the first message of such a tx pays everything pending and the following ones pay nothing and
 * still succeed (as the SDK does for a delegation with no rewards).
 */
import { MsgWithdrawDelegatorReward, MsgWithdrawDelegatorRewardResponse } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import type { MsgSpec } from "../../chain/app/module.js";
import { fromBech32, parseAccAddress, VALOPER_PREFIX } from "../../chain/codec/address.js";
import { ErrInvalidAddress } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import type { PogcsKeeper } from "./keeper.js";
import { processWithdrawRewards } from "./msgs.js";
import { msgDecoder } from "../../chain/app/msg-decoder.js";

export const MSG_WITHDRAW_DELEGATOR_REWARD = "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward";

export function distributionMsgs(k: PogcsKeeper): MsgSpec<MsgWithdrawDelegatorReward>[] {
  return [{
    typeUrl: MSG_WITHDRAW_DELEGATOR_REWARD,
    decode: msgDecoder(MsgWithdrawDelegatorReward),
    signers: (m) => [m.delegatorAddress],
    aminoJson: (m) => ({ type: "cosmos-sdk/MsgWithdrawDelegationReward", value: { delegator_address: m.delegatorAddress, validator_address: m.validatorAddress } }),
    validateBasic(m) {
      parseAccAddress(m.delegatorAddress);
      try {
        fromBech32(m.validatorAddress, VALOPER_PREFIX);
      } catch (e) {
        throw ErrInvalidAddress.raise(`validator_address: ${(e as Error).message}`);
      }
    },
    handle(ctx, m) {
      const denom = k.emission(ctx).denom;
      const amount = k.pending(ctx, m.delegatorAddress) > 0n ? processWithdrawRewards(k, ctx, m.delegatorAddress) : 0n;
      ctx.emit(makeEvent("withdraw_rewards", [["amount", amount > 0n ? `${amount}${denom}` : ""], ["validator", m.validatorAddress], ["delegator", m.delegatorAddress]]));
      const coins = amount > 0n ? [{ denom, amount: amount.toString() }] : [];
      return { typeUrl: `${MSG_WITHDRAW_DELEGATOR_REWARD}Response`, value: MsgWithdrawDelegatorRewardResponse.encode({ amount: coins }).finish() };
    },
  }];
}
