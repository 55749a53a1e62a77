import type { MsgSpec } from "../../chain/app/module.js";
import { ErrUnauthorized } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { moduleAddress } from "../auth/keeper.js";
import { validateAddress } from "../nft/keeper.js";
import type { PogcsKeeper } from "./keeper.js";
import { pogcsParamsFromProto, validatePogcsParams } from "./params.js";

import P = pogcs.pogcs.v1;
import { msgDecoder } from "../../chain/app/msg-decoder.js";

export const MSG_UPDATE_PARAMS = "/pogcs.pogcs.v1.MsgUpdateParams";

/** The gov module account replaces the power/reward params; the emission schedule stays fixed. */
export function pogcsGovMsgs(k: PogcsKeeper): MsgSpec<any>[] {
  const updateParams: MsgSpec<P.MsgUpdateParams> = {
    typeUrl: MSG_UPDATE_PARAMS,
    decode: msgDecoder(P.MsgUpdateParams),
    signers: (m) => [m.authority],
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      validatePogcsParams(pogcsParamsFromProto(m.params ?? {}));
    },
    handle(ctx, m) {
      const gov = moduleAddress("gov");
      if (m.authority !== gov) throw ErrUnauthorized.raise(`invalid authority; expected ${gov}, got ${m.authority}`);
      const p = pogcsParamsFromProto(m.params ?? {});
      validatePogcsParams(p);
      k.setParams(ctx, p);
      ctx.emit(makeEvent("pogcs_params_updated", [["authority", m.authority]]));
      return { typeUrl: `${MSG_UPDATE_PARAMS}Response`, value: P.MsgUpdateParamsResponse.encode({}).finish() };
    },
  };
  return [updateParams];
}
