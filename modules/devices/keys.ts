import { concatBytes } from "../../chain/crypto/bytes.js";
import { u64be } from "./challenge-math.js";
import { readU64be as readU64 } from "../../chain/codec/u64.js";

export { readU64 };

/** Store layout of the devices module: one place for every key. */
export const DEVICES_STORE = "devices";

export const PARAMS_KEY = Uint8Array.of(0x01);
export const MAKER_PREFIX = Uint8Array.of(0x02);
export const DEVICE_PREFIX = Uint8Array.of(0x03);
export const NEXT_DEVICE_ID_KEY = Uint8Array.of(0x04);
export const PUBKEY_INDEX_PREFIX = Uint8Array.of(0x05);
export const LOCATION_PREFIX = Uint8Array.of(0x06);
export const OWNER_INDEX_PREFIX = Uint8Array.of(0x07);
export const CELL_INDEX_PREFIX = Uint8Array.of(0x08);
export const CLASS_INDEX_PREFIX = Uint8Array.of(0x09);
export const DENSITY_PREFIX = Uint8Array.of(0x0a);
export const REPORT_PREFIX = Uint8Array.of(0x0b);
export const CHALLENGE_PREFIX = Uint8Array.of(0x0c);
export const DEADLINE_QUEUE_PREFIX = Uint8Array.of(0x0d);
export const SAMPLE_QUEUE_PREFIX = Uint8Array.of(0x0e);
export const UNBONDING_QUEUE_PREFIX = Uint8Array.of(0x0f);
export const EPOCH_PREFIX = Uint8Array.of(0x10);
export const PENALTY_PREFIX = Uint8Array.of(0x11);
export const SLASHED_PREFIX = Uint8Array.of(0x12);
export const BURNED_KEY = Uint8Array.of(0x13);
export const NEXT_UNBONDING_SEQ_KEY = Uint8Array.of(0x14);

const enc = new TextEncoder();

export const join = concatBytes;

function u32be(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0);
  return b;
}

export const makerKey = (id: string) => join(MAKER_PREFIX, enc.encode(id));
export const deviceKey = (id: bigint) => join(DEVICE_PREFIX, u64be(id));
export const pubkeyIndexKey = (pub: Uint8Array) => join(PUBKEY_INDEX_PREFIX, pub);
export const locationKey = (cell: bigint, index: number) => join(LOCATION_PREFIX, u64be(cell), u32be(index));
export const ownerPrefix = (addr: Uint8Array) => join(OWNER_INDEX_PREFIX, Uint8Array.of(addr.length), addr);
export const ownerIndexKey = (addr: Uint8Array, id: bigint) => join(ownerPrefix(addr), u64be(id));
export const cellPrefix = (cell: bigint) => join(CELL_INDEX_PREFIX, u64be(cell));
export const cellIndexKey = (cell: bigint, id: bigint) => join(cellPrefix(cell), u64be(id));
export const classPrefix = (cls: number) => join(CLASS_INDEX_PREFIX, Uint8Array.of(cls));
export const classIndexKey = (cls: number, id: bigint) => join(classPrefix(cls), u64be(id));
export const densityKey = (cell: bigint, cls: number) => join(DENSITY_PREFIX, u64be(cell), Uint8Array.of(cls));
export const reportPrefix = (device: bigint) => join(REPORT_PREFIX, u64be(device));
export const reportKey = (device: bigint, epoch: bigint) => join(reportPrefix(device), u64be(epoch));
export const challengePrefix = (device: bigint) => join(CHALLENGE_PREFIX, u64be(device));
export const challengeKey = (device: bigint, epoch: bigint) => join(challengePrefix(device), u64be(epoch));
export const deadlineQueueKey = (h: bigint, device: bigint, epoch: bigint) => join(DEADLINE_QUEUE_PREFIX, u64be(h), u64be(device), u64be(epoch));
export const sampleQueueKey = (h: bigint, device: bigint, epoch: bigint) => join(SAMPLE_QUEUE_PREFIX, u64be(h), u64be(device), u64be(epoch));
export const unbondingKey = (h: bigint, device: bigint, seq: bigint) => join(UNBONDING_QUEUE_PREFIX, u64be(h), u64be(device), u64be(seq));
export const epochKey = (epoch: bigint) => join(EPOCH_PREFIX, u64be(epoch));
export const penaltyKey = (valoper: string) => join(PENALTY_PREFIX, enc.encode(valoper));
export const slashedKey = (device: bigint, epoch: bigint) => join(SLASHED_PREFIX, u64be(device), u64be(epoch));

/** Queue keys: (height, device, epoch) back out of a queue entry. */
export function parseQueueKey(k: Uint8Array): { height: bigint; device: bigint; epoch: bigint } {
  return { height: readU64(k, 1), device: readU64(k, 9), epoch: readU64(k, 17) };
}
