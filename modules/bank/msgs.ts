import { MsgSend, MsgSendResponse, MsgMultiSend, MsgMultiSendResponse } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { MsgSpec } from "../../chain/app/module.js";
import type { Context } from "../../chain/app/context.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { addCoins, coinsFromProto, validatePositiveCoins, type Coin } from "../../chain/codec/coins.js";
import { ErrInvalidCoins, ErrInvalidRequest, ErrUnauthorized } from "../../chain/errors/index.js";
import type { AccountKeeper } from "../auth/keeper.js";
import type { BankKeeper } from "./keeper.js";
import { ErrSendDisabled, ErrNoInputs, ErrNoOutputs, ErrInputOutputMismatch } from "./errors.js";

function checkSendable(bank: BankKeeper, ctx: Context, coins: Coin[]): void {
  for (const c of coins) if (!bank.isSendEnabled(ctx, c.denom)) throw ErrSendDisabled.raise(`${c.denom} transfers are currently disabled`);
}

export function bankMsgs(bank: BankKeeper, accounts: AccountKeeper): MsgSpec<any>[] {
  const send: MsgSpec<MsgSend> = {
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    decode: (b) => MsgSend.decode(b),
    signers: (m) => [m.fromAddress],
    aminoJson: (m) => ({ type: "cosmos-sdk/MsgSend", value: { from_address: m.fromAddress, to_address: m.toAddress, amount: m.amount } }),
    validateBasic(m) {
      parseAccAddress(m.fromAddress);
      parseAccAddress(m.toAddress);
      const coins = coinsFromProto(m.amount);
      if (coins.length === 0) throw ErrInvalidCoins.raise("send amount is empty");
      validatePositiveCoins(coins);
    },
    handle(ctx, m) {
      const coins = coinsFromProto(m.amount);
      checkSendable(bank, ctx, coins);
      if (accounts.isBlockedAddress(m.toAddress)) throw ErrUnauthorized.raise(`${m.toAddress} is not allowed to receive funds`);
      bank.send(ctx, m.fromAddress, m.toAddress, coins);
      return { typeUrl: "/cosmos.bank.v1beta1.MsgSendResponse", value: MsgSendResponse.encode({}).finish() };
    },
  };

  const multiSend: MsgSpec<MsgMultiSend> = {
    typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
    decode: (b) => MsgMultiSend.decode(b),
    signers: (m) => m.inputs.map((i) => i.address),
    aminoJson: (m) => ({
      type: "cosmos-sdk/MsgMultiSend",
      value: { inputs: m.inputs.map((i) => ({ address: i.address, coins: i.coins })), outputs: m.outputs.map((o) => ({ address: o.address, coins: o.coins })) },
    }),
    validateBasic(m) {
      if (m.inputs.length === 0) throw ErrNoInputs.raise();
      if (m.inputs.length !== 1) throw ErrInvalidRequest.raise("multiple senders not allowed");
      if (m.outputs.length === 0) throw ErrNoOutputs.raise();
      let inSum: Coin[] = [];
      let outSum: Coin[] = [];
      for (const i of m.inputs) {
        parseAccAddress(i.address);
        const c = coinsFromProto(i.coins);
        validatePositiveCoins(c);
        if (c.length === 0) throw ErrInvalidCoins.raise("input coins are empty");
        inSum = addCoins(inSum, c);
      }
      for (const o of m.outputs) {
        parseAccAddress(o.address);
        const c = coinsFromProto(o.coins);
        validatePositiveCoins(c);
        if (c.length === 0) throw ErrInvalidCoins.raise("output coins are empty");
        outSum = addCoins(outSum, c);
      }
      const same = inSum.length === outSum.length && inSum.every((c, i) => c.denom === outSum[i]!.denom && c.amount === outSum[i]!.amount);
      if (!same) throw ErrInputOutputMismatch.raise();
    },
    handle(ctx, m) {
      const input = m.inputs[0]!;
      const inCoins = coinsFromProto(input.coins);
      checkSendable(bank, ctx, inCoins);
      for (const o of m.outputs) {
        if (accounts.isBlockedAddress(o.address)) throw ErrUnauthorized.raise(`${o.address} is not allowed to receive funds`);
        bank.send(ctx, input.address, o.address, coinsFromProto(o.coins));
      }
      return { typeUrl: "/cosmos.bank.v1beta1.MsgMultiSendResponse", value: MsgMultiSendResponse.encode({}).finish() };
    },
  };
  return [send, multiSend];
}
