import type { MsgSpec } from "../../chain/app/module.js";
import { registerError, ErrUnauthorized } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { moduleAddress } from "../auth/keeper.js";
import { validateAddress } from "../nft/keeper.js";
import { DEVICES, ErrUnknownMaker } from "./errors.js";
import type { DevicesKeeper } from "./keeper.js";
import { DEVICES_STORE, makerKey } from "./keys.js";
import { devicesParamsFromProto, validateDevicesParams } from "./params.js";
import { DeviceClass, makerFromProto, type Maker } from "./types.js";

import P = pogcs.devices.v1;
import { msgDecoder } from "../../chain/app/msg-decoder.js";

/** Governance refusals of the devices codespace (numbered apart from the registry's own codes). */
export const ErrMakerExists = registerError(DEVICES, 50, "maker already registered");
export const ErrInvalidMaker = registerError(DEVICES, 51, "invalid maker");

export const GOV_MSG = {
  UpdateParams: "/pogcs.devices.v1.MsgUpdateParams",
  AddMaker: "/pogcs.devices.v1.MsgAddMaker",
  RemoveMaker: "/pogcs.devices.v1.MsgRemoveMaker",
} as const;

const CLASSES = new Set<number>([DeviceClass.DEVICE_CLASS_SOLAR, DeviceClass.DEVICE_CLASS_STORAGE, DeviceClass.DEVICE_CLASS_GPU, DeviceClass.DEVICE_CLASS_COMBINED]);


function authorize(authority: string): void {
  const gov = moduleAddress("gov");
  if (authority !== gov) throw ErrUnauthorized.raise(`invalid authority; expected ${gov}, got ${authority}`);
}

/** Same rules as genesis makers: id [a-z0-9._-] up to 64, 32-byte ed25519 key, known classes. */
export function validateMaker(m: Maker): void {
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(m.id)) throw ErrInvalidMaker.raise(`maker id ${JSON.stringify(m.id)}`);
  if (m.name.length > 128) throw ErrInvalidMaker.raise("name longer than 128 characters");
  if (m.pubkey.length !== 32) throw ErrInvalidMaker.raise("pubkey must be a 32-byte ed25519 key");
  if (m.classes.length === 0 || m.classes.some((c) => !CLASSES.has(c))) throw ErrInvalidMaker.raise("classes must be a non-empty list of device classes");
  if (new Set(m.classes).size !== m.classes.length) throw ErrInvalidMaker.raise("duplicate class");
}

/** Authority-gated (gov module account) messages: params, maker registry. */
export function devicesGovMsgs(k: DevicesKeeper): MsgSpec<any>[] {
  const updateParams: MsgSpec<P.MsgUpdateParams> = {
    typeUrl: GOV_MSG.UpdateParams,
    decode: msgDecoder(P.MsgUpdateParams),
    signers: (m) => [m.authority],
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      validateDevicesParams(devicesParamsFromProto(m.params ?? {}));
    },
    handle(ctx, m) {
      authorize(m.authority);
      const p = devicesParamsFromProto(m.params ?? {});
      validateDevicesParams(p);
      k.setParams(ctx, p);
      ctx.emit(makeEvent("devices_params_updated", [["authority", m.authority]]));
      return { typeUrl: `${GOV_MSG.UpdateParams}Response`, value: P.MsgUpdateParamsResponse.encode({}).finish() };
    },
  };
  const addMaker: MsgSpec<P.MsgAddMaker> = {
    typeUrl: GOV_MSG.AddMaker,
    decode: msgDecoder(P.MsgAddMaker),
    signers: (m) => [m.authority],
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      validateMaker(makerFromProto(m.maker ?? {}));
    },
    handle(ctx, m) {
      authorize(m.authority);
      const maker = makerFromProto(m.maker ?? {});
      validateMaker(maker);
      if (k.getMaker(ctx, maker.id)) throw ErrMakerExists.raise(maker.id);
      k.setMaker(ctx, { ...maker, classes: [...maker.classes].sort() });
      ctx.emit(makeEvent("maker_added", [["maker_id", maker.id], ["name", maker.name]]));
      return { typeUrl: `${GOV_MSG.AddMaker}Response`, value: P.MsgAddMakerResponse.encode({}).finish() };
    },
  };
  const removeMaker: MsgSpec<P.MsgRemoveMaker> = {
    typeUrl: GOV_MSG.RemoveMaker,
    decode: msgDecoder(P.MsgRemoveMaker),
    signers: (m) => [m.authority],
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      if (m.makerId === "") throw ErrInvalidMaker.raise("empty maker id");
    },
    handle(ctx, m) {
      authorize(m.authority);
      if (!k.getMaker(ctx, m.makerId)) throw ErrUnknownMaker.raise(m.makerId);
      // Devices already registered under the maker stay; only new registrations are refused.
      ctx.kv(DEVICES_STORE).delete(makerKey(m.makerId));
      ctx.emit(makeEvent("maker_removed", [["maker_id", m.makerId]]));
      return { typeUrl: `${GOV_MSG.RemoveMaker}Response`, value: P.MsgRemoveMakerResponse.encode({}).finish() };
    },
  };
  return [updateParams, addMaker, removeMaker];
}
