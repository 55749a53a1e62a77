import type { MsgSpec } from "../../chain/app/module.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { makeEvent } from "../../chain/events/types.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { POGCS_MODULE_ACCOUNT, type PogcsKeeper } from "./keeper.js";
import { ErrNoRewards } from "./errors.js";

import P = pogcs.pogcs.v1;
import { msgDecoder } from "../../chain/app/msg-decoder.js";

export const MSG_WITHDRAW_REWARDS = "/pogcs.pogcs.v1.MsgWithdrawRewards";

/** Pays all pending rewards of `address` from the pogcs module account. */
export function processWithdrawRewards(k: PogcsKeeper, ctx: Parameters<MsgSpec["handle"]>[0], address: string): bigint {
  const amount = k.pending(ctx, address);
  if (amount === 0n) throw ErrNoRewards.raise(address);
  const denom = k.emission(ctx).denom;
  k.clearPending(ctx, address);
  const l = k.ledger(ctx);
  k.setLedger(ctx, { ...l, withdrawn: l.withdrawn + amount });
  k.bank.sendFromModuleToAccount(ctx, POGCS_MODULE_ACCOUNT, address, [{ denom, amount }]);
  ctx.emit(makeEvent("withdraw_rewards", [["address", address], ["amount", `${amount}${denom}`]]));
  return amount;
}

export function pogcsMsgs(k: PogcsKeeper): MsgSpec<any>[] {
  const withdraw: MsgSpec<P.MsgWithdrawRewards> = {
    typeUrl: MSG_WITHDRAW_REWARDS,
    decode: msgDecoder(P.MsgWithdrawRewards),
    signers: (m) => [m.address],
    validateBasic(m) {
      parseAccAddress(m.address);
    },
    handle(ctx, m) {
      const amount = processWithdrawRewards(k, ctx, m.address);
      return { typeUrl: `${MSG_WITHDRAW_REWARDS}Response`, value: P.MsgWithdrawRewardsResponse.encode({ amount: amount.toString() }).finish() };
    },
  };
  return [withdraw];
}
