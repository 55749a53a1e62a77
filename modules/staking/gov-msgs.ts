import { MsgUpdateParams, MsgUpdateParamsResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { MsgSpec } from "../../chain/app/module.js";
import { ErrInvalidRequest, ErrUnauthorized } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import { moduleAddress } from "../auth/keeper.js";
import { validateAddress } from "../nft/keeper.js";
import { decToJson, parseDec } from "./dec.js";
import { validateStakingParams, type StakingParams } from "./params.js";
import { stakingStore as S } from "./store.js";
import { msgDecoder } from "../../chain/app/msg-decoder.js";

const TYPE_URL = "/cosmos.staking.v1beta1.MsgUpdateParams";

/**
 * x/staking params from the SDK message; PoGCS's epoch length is not in the SDK shape and is kept.
 * The bond denom cannot change: bonded coins and device bonds are held in it.
 */
function paramsOf(m: MsgUpdateParams, epochLength: bigint): StakingParams {
  const p = m.params;
  if (!p?.unbondingTime) throw ErrInvalidRequest.raise("params.unbonding_time is required");
  return {
    unbondingTimeSeconds: p.unbondingTime.seconds,
    maxValidators: p.maxValidators,
    maxEntries: p.maxEntries,
    historicalEntries: p.historicalEntries,
    bondDenom: p.bondDenom,
    minCommissionRate: parseDec(p.minCommissionRate || "0", "min_commission_rate"),
    epochLength,
  };
}

/** `/cosmos.staking.v1beta1.MsgUpdateParams`, authority = the gov module account. */
export function stakingGovMsgs(): MsgSpec<any>[] {
  const update: MsgSpec<MsgUpdateParams> = {
    typeUrl: TYPE_URL,
    decode: msgDecoder(MsgUpdateParams),
    signers: (m) => [m.authority],
    aminoJson: (m) => ({
      type: "cosmos-sdk/x/staking/MsgUpdateParams",
      value: { authority: m.authority, params: { unbonding_time: `${m.params.unbondingTime.seconds}s`, max_validators: m.params.maxValidators, max_entries: m.params.maxEntries, historical_entries: m.params.historicalEntries, bond_denom: m.params.bondDenom, min_commission_rate: decToJson(parseDec(m.params.minCommissionRate || "0")) } },
    }),
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      validateStakingParams(paramsOf(m, 1n));
    },
    handle(ctx, m) {
      const gov = moduleAddress("gov");
      if (m.authority !== gov) throw ErrUnauthorized.raise(`invalid authority; expected ${gov}, got ${m.authority}`);
      const current = S.params(ctx);
      const next = paramsOf(m, current.epochLength);
      validateStakingParams(next);
      if (next.bondDenom !== current.bondDenom) throw ErrInvalidRequest.raise(`bond_denom cannot change (${current.bondDenom})`);
      S.setParams(ctx, next);
      ctx.emit(makeEvent("staking_params_updated", [["authority", m.authority]]));
      return { typeUrl: `${TYPE_URL}Response`, value: MsgUpdateParamsResponse.encode({}).finish() };
    },
  };
  return [update];
}
