import type { Context } from "../../chain/app/context.js";
import { fromHex, toHex } from "../../chain/crypto/bytes.js";
import type { DevicesKeeper } from "./keeper.js";
import type { ReadCtx } from "./expected-keepers.js";
import { devicesParamsFromJson, devicesParamsToJson, validateDevicesParams } from "./params.js";
import { DeviceClass, type Maker } from "./types.js";
import { ErrInvalidGenesis } from "./errors.js";

const CLASS_NAMES: Record<string, number> = {
  solar: DeviceClass.DEVICE_CLASS_SOLAR, storage: DeviceClass.DEVICE_CLASS_STORAGE,
  gpu: DeviceClass.DEVICE_CLASS_GPU, combined: DeviceClass.DEVICE_CLASS_COMBINED,
};

export function classFromName(name: string): number {
  const c = CLASS_NAMES[name];
  if (c === undefined) throw ErrInvalidGenesis.raise(`unknown device class ${JSON.stringify(name)}`);
  return c;
}

export function classToName(c: number): string {
  return Object.entries(CLASS_NAMES).find(([, v]) => v === c)?.[0] ?? "unspecified";
}

export interface MakerJson {
  id: string;
  name: string;
  /** ed25519 public key, hex. */
  pubkey: string;
  classes: string[];
}

/** Devices genesis: params and the maker registry (devices join by transaction). */
export interface DevicesGenesisJson {
  params?: Record<string, unknown>;
  makers?: MakerJson[];
}

export function initDevicesGenesis(k: DevicesKeeper, ctx: Context, g: DevicesGenesisJson | undefined): void {
  const params = devicesParamsFromJson(g?.params);
  validateDevicesParams(params);
  k.setParams(ctx, params);
  for (const m of g?.makers ?? []) {
    const pubkey = fromHex(m.pubkey);
    if (!pubkey || pubkey.length !== 32) throw ErrInvalidGenesis.raise(`maker ${m.id}: pubkey must be 32 bytes hex`);
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(m.id)) throw ErrInvalidGenesis.raise(`maker id ${JSON.stringify(m.id)}`);
    if (k.getMaker(ctx, m.id)) throw ErrInvalidGenesis.raise(`duplicate maker ${m.id}`);
    const maker: Maker = { id: m.id, name: m.name, pubkey, classes: m.classes.map(classFromName).sort() };
    k.setMaker(ctx, maker);
  }
}

/** Exports params and makers; devices, bonds and history are not yet exported (see README gaps). */
export function exportDevicesGenesis(k: DevicesKeeper, ctx: ReadCtx): DevicesGenesisJson {
  return {
    params: devicesParamsToJson(k.params(ctx)),
    makers: k.getAllMakers(ctx).map((m) => ({ id: m.id, name: m.name, pubkey: toHex(m.pubkey), classes: m.classes.map(classToName) })),
  };
}
