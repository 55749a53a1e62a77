import { concat, utf8 } from "./bytes.js";
import type { LightClient } from "./client.js";
import { LightClientError } from "./errors.js";
import { readFields, type ProtoField } from "./proto.js";
import { queryVerified } from "./queries.js";
import { decodeBech32Address } from "./state-proof.js";

/**
 * Device records by proof. Re-implements the devices and pogcs store layout (modules/devices/keys.ts,
 * modules/pogcs/keys.ts) and decodes the stored protobuf (proto/pogcs/devices/v1/types.proto) with
 * the light client's own reader; `test/devices.spec.ts` checks both against the modules.
 */
export const DEVICES_STORE = "devices";
export const POGCS_STORE = "pogcs";

export function u64be(n: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, n));
  return b;
}

function u32be(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0);
  return b;
}

/** Store keys of the devices module (prefix byte, then big-endian ids). */
export const deviceKeys = {
  params: () => Uint8Array.of(0x01),
  maker: (id: string) => concat(Uint8Array.of(0x02), utf8(id)),
  device: (id: bigint) => concat(Uint8Array.of(0x03), u64be(id)),
  pubkeyIndex: (pub: Uint8Array) => concat(Uint8Array.of(0x05), pub),
  location: (cell: bigint, index: number) => concat(Uint8Array.of(0x06), u64be(cell), u32be(index)),
  ownerIndex: (addr: Uint8Array, id: bigint) => concat(Uint8Array.of(0x07, addr.length), addr, u64be(id)),
  report: (device: bigint, epoch: bigint) => concat(Uint8Array.of(0x0b), u64be(device), u64be(epoch)),
  challenge: (device: bigint, epoch: bigint) => concat(Uint8Array.of(0x0c), u64be(device), u64be(epoch)),
  epoch: (epoch: bigint) => concat(Uint8Array.of(0x10), u64be(epoch)),
};

/** Store keys of the pogcs module used here. */
export const pogcsKeys = {
  /** Pending rewards: 0x04 || address bytes (no length prefix); value = decimal amount. */
  pending: (addr: Uint8Array) => concat(Uint8Array.of(0x04), addr),
  deviceResult: (device: bigint, epoch: bigint) => concat(Uint8Array.of(0x07), u64be(device), u64be(epoch)),
};

export const DEVICE_CLASS = { SOLAR: 1, STORAGE: 2, GPU: 3, COMBINED: 4 } as const;
export const CHALLENGE_STATUS = {
  AWAITING_COMMIT: 1, AWAITING_SAMPLE: 2, AWAITING_REVEAL: 3, PASSED: 4, FAILED_LATE: 5, FAILED_WRONG: 6,
} as const;

export function isComputeClass(cls: number): boolean {
  return cls === DEVICE_CLASS.GPU || cls === DEVICE_CLASS.COMBINED;
}

/** Epoch e covers heights e*L+1 .. (e+1)*L; height 0 is epoch 0 (modules/devices/epochs.ts). */
export function epochOf(height: bigint, epochLength: bigint): bigint {
  return height <= 0n ? 0n : (height - 1n) / epochLength;
}

export function epochStart(epoch: bigint, epochLength: bigint): bigint {
  return epoch * epochLength + 1n;
}

// --- decoding -------------------------------------------------------------------------------

const dec = new TextDecoder("utf-8", { fatal: true });

class Msg {
  constructor(readonly f: ProtoField[]) {}
  static of(b: Uint8Array): Msg {
    return new Msg(readFields(b));
  }
  private last(n: number): ProtoField | undefined {
    let v: ProtoField | undefined;
    for (const x of this.f) if (x.field === n) v = x;
    return v;
  }
  u64(n: number): bigint {
    const x = this.last(n)?.varint;
    return x === undefined ? 0n : BigInt.asUintN(64, x);
  }
  u32(n: number): number {
    return Number(BigInt.asUintN(32, this.u64(n)));
  }
  bool(n: number): boolean {
    return this.u64(n) !== 0n;
  }
  bytes(n: number): Uint8Array {
    return Uint8Array.from(this.last(n)?.bytes ?? []);
  }
  string(n: number): string {
    try {
      return dec.decode(this.last(n)?.bytes ?? new Uint8Array());
    } catch {
      throw new LightClientError("invalid_proof", `field ${n} is not UTF-8`);
    }
  }
  msg(n: number): Msg {
    return Msg.of(this.last(n)?.bytes ?? new Uint8Array());
  }
  /** Repeated varints, packed (proto3 default) or not. */
  repeated(n: number): bigint[] {
    const out: bigint[] = [];
    for (const x of this.f) {
      if (x.field !== n) continue;
      if (x.varint !== undefined) out.push(x.varint);
      else if (x.bytes) {
        const b = x.bytes;
        let o = 0;
        while (o < b.length) {
          let v = 0n;
          let s = 0n;
          for (;;) {
            if (o >= b.length || s > 63n) throw new LightClientError("invalid_proof", "malformed packed varint");
            const c = b[o++]!;
            v |= BigInt(c & 0x7f) << s;
            if (c < 0x80) break;
            s += 7n;
          }
          out.push(v);
        }
      }
    }
    return out;
  }
}

function amount(s: string): bigint {
  if (s === "") return 0n;
  if (!/^\d{1,78}$/.test(s)) throw new LightClientError("invalid_proof", `amount ${JSON.stringify(s)} is not a decimal integer`);
  return BigInt(s);
}

export interface DeviceCapacity {
  solarPeakW: bigint;
  storageWh: bigint;
  gpuModel: string;
  gpuCount: number;
  fp32TflopsMilli: bigint;
}

export interface DeviceLocation {
  h3Cell: bigint;
  index: number;
}

/** The on-chain device record (pogcs.devices.v1.Device). */
export interface DeviceRecord {
  id: bigint;
  owner: string;
  makerId: string;
  pubkey: Uint8Array;
  deviceClass: number;
  capacity: DeviceCapacity;
  location: DeviceLocation;
  registeredHeight: bigint;
  bond: bigint;
  /** gcsvaloper... the device backs; "" when none. */
  validator: string;
  /** Per mille, 0..1000. */
  score: number;
  lastNonce: bigint;
  flagged: boolean;
  flaggedHeight: bigint;
}

export function decodeDevice(b: Uint8Array): DeviceRecord {
  const m = Msg.of(b);
  const c = m.msg(6);
  const l = m.msg(7);
  return {
    id: m.u64(1), owner: m.string(2), makerId: m.string(3), pubkey: m.bytes(4), deviceClass: m.u32(5),
    capacity: { solarPeakW: c.u64(1), storageWh: c.u64(2), gpuModel: c.string(3), gpuCount: c.u32(4), fp32TflopsMilli: c.u64(5) },
    location: { h3Cell: l.u64(1), index: l.u32(2) },
    registeredHeight: m.u64(8), bond: amount(m.string(9)), validator: m.string(10), score: m.u32(11), lastNonce: m.u64(12),
    flagged: m.bool(13), flaggedHeight: m.u64(14),
  };
}

export interface ReportBody {
  chainId: string;
  deviceId: bigint;
  epoch: bigint;
  energyProducedWh: bigint;
  energyConsumedWh: bigint;
  greenWh: bigint;
  gpuSeconds: bigint;
  uptimePermille: number;
  nonce: bigint;
}

export function decodeReportBody(b: Uint8Array): ReportBody {
  const m = Msg.of(b);
  return {
    chainId: m.string(1), deviceId: m.u64(2), epoch: m.u64(3), energyProducedWh: m.u64(4), energyConsumedWh: m.u64(5),
    greenWh: m.u64(6), gpuSeconds: m.u64(7), uptimePermille: m.u32(8), nonce: m.u64(9),
  };
}

export interface ReportRecord {
  body: ReportBody;
  bodyHash: Uint8Array;
  height: bigint;
}

export function decodeReportRecord(b: Uint8Array): ReportRecord {
  const m = Msg.of(b);
  return { body: decodeReportBody(m.bytes(1)), bodyHash: m.bytes(2), height: m.u64(3) };
}

export interface ChallengeRecord {
  deviceId: bigint;
  epoch: bigint;
  seed: Uint8Array;
  n: number;
  k: number;
  issuedHeight: bigint;
  commitDeadline: bigint;
  root: Uint8Array;
  commitHeight: bigint;
  sampleHeight: bigint;
  sampledRows: number[];
  revealDeadline: bigint;
  status: number;
  resolvedHeight: bigint;
  scoreAfter: number;
}

export function decodeChallenge(b: Uint8Array): ChallengeRecord {
  const m = Msg.of(b);
  return {
    deviceId: m.u64(1), epoch: m.u64(2), seed: m.bytes(3), n: m.u32(4), k: m.u32(5), issuedHeight: m.u64(6), commitDeadline: m.u64(7),
    root: m.bytes(8), commitHeight: m.u64(9), sampleHeight: m.u64(10), sampledRows: m.repeated(11).map(Number), revealDeadline: m.u64(12),
    status: m.u32(13), resolvedHeight: m.u64(14), scoreAfter: m.u32(15),
  };
}

export interface EpochRecord {
  epoch: bigint;
  startHeight: bigint;
  beacon: Uint8Array;
  challenged: bigint[];
}

export function decodeEpochRecord(b: Uint8Array): EpochRecord {
  const m = Msg.of(b);
  return { epoch: m.u64(1), startHeight: m.u64(2), beacon: m.bytes(3), challenged: m.repeated(4) };
}

/** The devices module parameters (pogcs.devices.v1.Params). */
export interface DevicesParams {
  epochLength: bigint;
  reportGraceBlocks: bigint;
  bondDenom: string;
  minDeviceBond: bigint;
  unbondingBlocks: bigint;
  doubleReportSlashPermille: number;
  doubleReportRewardPermille: number;
  gPenaltyEpochs: bigint;
  challengePermille: number;
  challengeN: number;
  challengeK: number;
  commitWindowBlocks: bigint;
  revealWindowBlocks: bigint;
  sampleDelayBlocks: bigint;
  initialScore: number;
  passBonus: number;
  failNum: number;
  failDen: number;
  densityCap: number;
  maxGpuSecondsPerGpu: bigint;
  verifyGasPer1000MulAdds: bigint;
  prngGasPerHash: bigint;
  maxChallengesPerEpoch: bigint;
}

export function decodeDevicesParams(b: Uint8Array): DevicesParams {
  const m = Msg.of(b);
  return {
    epochLength: m.u64(1), reportGraceBlocks: m.u64(2), bondDenom: m.string(3), minDeviceBond: amount(m.string(4)), unbondingBlocks: m.u64(5),
    doubleReportSlashPermille: m.u32(6), doubleReportRewardPermille: m.u32(7), gPenaltyEpochs: m.u64(8), challengePermille: m.u32(9),
    challengeN: m.u32(10), challengeK: m.u32(11), commitWindowBlocks: m.u64(12), revealWindowBlocks: m.u64(13), sampleDelayBlocks: m.u64(14),
    initialScore: m.u32(15), passBonus: m.u32(16), failNum: m.u32(17), failDen: m.u32(18), densityCap: m.u32(19),
    maxGpuSecondsPerGpu: m.u64(20), verifyGasPer1000MulAdds: m.u64(21), prngGasPerHash: m.u64(22), maxChallengesPerEpoch: m.u64(23),
  };
}

/** pogcs.pogcs.v1.DeviceEpochResult: what a device earned in a settled epoch (amounts as decimal strings). */
export interface DeviceEpochResult {
  deviceId: bigint;
  epoch: bigint;
  validator: string;
  vgc: string;
  capacityWeight: string;
  workReward: bigint;
  capacityReward: bigint;
}

export function decodeDeviceEpochResult(b: Uint8Array): DeviceEpochResult {
  const m = Msg.of(b);
  return {
    deviceId: m.u64(1), epoch: m.u64(2), validator: m.string(3), vgc: m.string(4), capacityWeight: m.string(5),
    workReward: amount(m.string(6)), capacityReward: amount(m.string(7)),
  };
}

// --- verified reads --------------------------------------------------------------------------

/** A value proven present (`value`) or proven absent (`undefined`) at `height`. */
export interface Proven<T> {
  height: bigint;
  present: boolean;
  value: T | undefined;
}

async function proven<T>(client: LightClient, store: string, key: Uint8Array, decode: (b: Uint8Array) => T, height?: bigint): Promise<Proven<T>> {
  const r = await queryVerified(client, store, key, height);
  if (r.value === undefined) return { height: r.height, present: false, value: undefined };
  let value: T;
  try {
    value = decode(r.value);
  } catch (e) {
    if (e instanceof LightClientError) throw e;
    throw new LightClientError("invalid_proof", `proven value does not decode: ${(e as Error).message}`);
  }
  return { height: r.height, present: true, value };
}

function readU64(b: Uint8Array): bigint {
  if (b.length !== 8) throw new LightClientError("invalid_proof", "index value is not a u64");
  return new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0);
}

/**
 * A device record by proof, by id or by its 32-byte ed25519 key (through the key index, whose
 * entry and the record are both proven at the same height). Absent: `present: false`, proven.
 */
export async function verifyDevice(client: LightClient, device: bigint | Uint8Array, height?: bigint): Promise<Proven<DeviceRecord>> {
  const h = height ?? client.trustedHeight - 1n;
  let id: bigint;
  if (typeof device === "bigint") id = device;
  else {
    if (device.length !== 32) throw new LightClientError("invalid_argument", "a device key is 32 bytes");
    const idx = await proven(client, DEVICES_STORE, deviceKeys.pubkeyIndex(device), readU64, h);
    if (!idx.present) return { height: h, present: false, value: undefined };
    id = idx.value!;
  }
  const r = await proven(client, DEVICES_STORE, deviceKeys.device(id), decodeDevice, h);
  if (r.value && r.value.id !== id) throw new LightClientError("invalid_proof", `record under id ${id} names device ${r.value.id}`);
  if (r.value && typeof device !== "bigint" && !equalBytes(r.value.pubkey, device)) throw new LightClientError("invalid_proof", "indexed device has another key");
  return r;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The device holding a location address (H3 cell, index), by proof. */
export async function verifyDeviceAtLocation(client: LightClient, h3Cell: bigint, index: number, height?: bigint): Promise<Proven<DeviceRecord>> {
  const h = height ?? client.trustedHeight - 1n;
  const idx = await proven(client, DEVICES_STORE, deviceKeys.location(h3Cell, index), readU64, h);
  if (!idx.present) return { height: h, present: false, value: undefined };
  return verifyDevice(client, idx.value!, h);
}

/*
 * Not offered: the owner, cell and class indexes (0x07, 0x08, 0x09) store empty values, and an
 * ICS23 leaf op refuses an empty value, so their entries cannot be proven present. The owner is
 * in the device record itself (verifyDevice); the pubkey and location indexes carry the id.
 */

/** The stored report of a device for an epoch (the score history is reports + challenges per epoch). */
export function verifyDeviceReport(client: LightClient, device: bigint, epoch: bigint, height?: bigint): Promise<Proven<ReportRecord>> {
  return proven(client, DEVICES_STORE, deviceKeys.report(device, epoch), decodeReportRecord, height);
}

export function verifyChallenge(client: LightClient, device: bigint, epoch: bigint, height?: bigint): Promise<Proven<ChallengeRecord>> {
  return proven(client, DEVICES_STORE, deviceKeys.challenge(device, epoch), decodeChallenge, height);
}

export function verifyEpochRecord(client: LightClient, epoch: bigint, height?: bigint): Promise<Proven<EpochRecord>> {
  return proven(client, DEVICES_STORE, deviceKeys.epoch(epoch), decodeEpochRecord, height);
}

/** Devices params by proof (always present once the module's genesis ran). */
export async function verifyDevicesParams(client: LightClient, height?: bigint): Promise<{ height: bigint; params: DevicesParams }> {
  const r = await proven(client, DEVICES_STORE, deviceKeys.params(), decodeDevicesParams, height);
  if (!r.value) throw new LightClientError("invalid_proof", "devices params proven absent");
  if (r.value.epochLength <= 0n) throw new LightClientError("invalid_proof", "epoch length 0");
  return { height: r.height, params: r.value };
}

/** Pending (unwithdrawn) PoGCS rewards of an account, by proof; absent = 0. Denom is the emission denom. */
export async function verifyPendingRewards(client: LightClient, address: string, height?: bigint): Promise<{ height: bigint; amount: bigint; present: boolean }> {
  const r = await proven(client, POGCS_STORE, pogcsKeys.pending(decodeBech32Address(address).bytes), (b) => amount(dec.decode(b)), height);
  return { height: r.height, amount: r.value ?? 0n, present: r.present };
}

/** What a device earned in a settled epoch, by proof. */
export function verifyDeviceEpochResult(client: LightClient, device: bigint, epoch: bigint, height?: bigint): Promise<Proven<DeviceEpochResult>> {
  return proven(client, POGCS_STORE, pogcsKeys.deviceResult(device, epoch), decodeDeviceEpochResult, height);
}
