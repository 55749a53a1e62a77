import { u64be } from "../devices/challenge-math.js";
import { join } from "../devices/keys.js";

/** Store layout of the pogcs module. */
export const POGCS_STORE = "pogcs";

export const PARAMS_KEY = Uint8Array.of(0x01);
export const EMISSION_KEY = Uint8Array.of(0x02);
export const LEDGER_KEY = Uint8Array.of(0x03);
export const PENDING_PREFIX = Uint8Array.of(0x04);
export const VGC_PREFIX = Uint8Array.of(0x05);
export const POWER_PREFIX = Uint8Array.of(0x06);
export const DEVICE_RESULT_PREFIX = Uint8Array.of(0x07);

const enc = new TextEncoder();

export const pendingKey = (addr: Uint8Array) => join(PENDING_PREFIX, addr);
export const vgcEpochPrefix = (epoch: bigint) => join(VGC_PREFIX, u64be(epoch));
export const vgcKey = (epoch: bigint, valoper: string) => join(vgcEpochPrefix(epoch), enc.encode(valoper));
export const powerKey = (valoper: string) => join(POWER_PREFIX, enc.encode(valoper));
export const deviceResultKey = (device: bigint, epoch: bigint) => join(DEVICE_RESULT_PREFIX, u64be(device), u64be(epoch));
