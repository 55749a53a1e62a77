import { INDEX_MARKER } from "../../chain/store/cache.js";
import type { Context } from "../../chain/app/context.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { prefixEnd } from "../../chain/crypto/bytes.js";
import { ErrLogic } from "../../chain/errors/index.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { DEFAULT_DEVICES_PARAMS, devicesParamsFromProto, devicesParamsToProto, type DevicesParams } from "./params.js";
import { epochOf } from "./epochs.js";
import { computeDensityWeight, type Fraction } from "./density.js";
import type { DevicesBankKeeper, DevicesStakingKeeper, ReadCtx } from "./expected-keepers.js";
import {
  BURNED_KEY, DEVICES_STORE, DEVICE_PREFIX, MAKER_PREFIX, NEXT_DEVICE_ID_KEY, NEXT_UNBONDING_SEQ_KEY, PARAMS_KEY,
  UNBONDING_QUEUE_PREFIX, cellIndexKey, cellPrefix, challengeKey, challengePrefix, classIndexKey, classPrefix, deviceKey,
  densityKey, epochKey, locationKey, makerKey, ownerIndexKey, ownerPrefix, penaltyKey, pubkeyIndexKey, readU64, reportKey,
  reportPrefix, unbondingKey,
} from "./keys.js";
import {
  challengeFromProto, challengeToProto, deviceFromProto, deviceToProto, epochRecordFromProto, epochRecordToProto, makerFromProto,
  makerToProto, reportRecordFromProto, reportRecordToProto, unbondingFromProto, unbondingToProto,
  type Challenge, type Device, type EpochRecord, type Maker, type ReportRecord, type Unbonding,
} from "./types.js";
import { u64be } from "./challenge-math.js";

import P = pogcs.devices.v1;

export const DEVICES_MODULE_ACCOUNT = "devices";

function u64Value(b: Uint8Array | undefined): bigint {
  return b ? readU64(b) : 0n;
}

/**
 * Devices keeper: the only writer of the devices store. Other modules get read capabilities
 * (DevicesReader) and never a setter; bonds move only through bond/unbond/slash here.
 */
export class DevicesKeeper {
  constructor(
    readonly bank: DevicesBankKeeper,
    readonly staking: DevicesStakingKeeper,
  ) {}

  params(ctx: ReadCtx): DevicesParams {
    const raw = ctx.kv(DEVICES_STORE).get(PARAMS_KEY);
    return raw ? devicesParamsFromProto(P.Params.decode(raw)) : DEFAULT_DEVICES_PARAMS;
  }

  setParams(ctx: Context, p: DevicesParams): void {
    ctx.kv(DEVICES_STORE).set(PARAMS_KEY, P.Params.encode(devicesParamsToProto(p)).finish());
  }

  currentEpoch(ctx: Context): bigint {
    return epochOf(ctx.block.height, this.params(ctx).epochLength);
  }

  // --- makers ---
  getMaker(ctx: ReadCtx, id: string): Maker | undefined {
    const raw = ctx.kv(DEVICES_STORE).get(makerKey(id));
    return raw ? makerFromProto(P.Maker.decode(raw)) : undefined;
  }

  setMaker(ctx: Context, m: Maker): void {
    ctx.kv(DEVICES_STORE).set(makerKey(m.id), P.Maker.encode(makerToProto(m)).finish());
  }

  getAllMakers(ctx: ReadCtx): Maker[] {
    const out: Maker[] = [];
    for (const [, v] of ctx.kv(DEVICES_STORE).iterate(MAKER_PREFIX, prefixEnd(MAKER_PREFIX))) out.push(makerFromProto(P.Maker.decode(v)));
    return out;
  }

  // --- devices ---
  getDevice(ctx: ReadCtx, id: bigint): Device | undefined {
    const raw = ctx.kv(DEVICES_STORE).get(deviceKey(id));
    return raw ? deviceFromProto(P.Device.decode(raw)) : undefined;
  }

  /** Writes a device record (indexes are written once at creation: owner, cell, class, key, location never change). */
  setDevice(ctx: Context, d: Device): void {
    ctx.kv(DEVICES_STORE).set(deviceKey(d.id), P.Device.encode(deviceToProto(d)).finish());
  }

  nextDeviceId(ctx: Context): bigint {
    const s = ctx.kv(DEVICES_STORE);
    const id = u64Value(s.get(NEXT_DEVICE_ID_KEY)) + 1n;
    s.set(NEXT_DEVICE_ID_KEY, u64be(id));
    return id;
  }

  deviceIdByPubKey(ctx: ReadCtx, pub: Uint8Array): bigint | undefined {
    const raw = ctx.kv(DEVICES_STORE).get(pubkeyIndexKey(pub));
    return raw ? readU64(raw) : undefined;
  }

  deviceIdAtLocation(ctx: ReadCtx, cell: bigint, index: number): bigint | undefined {
    const raw = ctx.kv(DEVICES_STORE).get(locationKey(cell, index));
    return raw ? readU64(raw) : undefined;
  }

  /** Creates a device with its indexes; uniqueness is checked by the caller before. */
  createDevice(ctx: Context, d: Device): void {
    const s = ctx.kv(DEVICES_STORE);
    if (s.has(deviceKey(d.id))) throw ErrLogic.raise(`device ${d.id} exists`);
    this.setDevice(ctx, d);
    const id = u64be(d.id);
    s.set(pubkeyIndexKey(d.pubkey), id);
    s.set(locationKey(d.location.h3Cell, d.location.index), id);
    s.set(ownerIndexKey(parseAccAddress(d.owner), d.id), INDEX_MARKER);
    s.set(cellIndexKey(d.location.h3Cell, d.id), INDEX_MARKER);
    s.set(classIndexKey(d.deviceClass, d.id), INDEX_MARKER);
    this.addDensity(ctx, d.location.h3Cell, d.deviceClass, 1n);
  }

  *iterateDevices(ctx: ReadCtx): IterableIterator<Device> {
    for (const [, v] of ctx.kv(DEVICES_STORE).iterate(DEVICE_PREFIX, prefixEnd(DEVICE_PREFIX))) yield deviceFromProto(P.Device.decode(v));
  }

  private idsUnder(ctx: ReadCtx, prefix: Uint8Array): bigint[] {
    const out: bigint[] = [];
    for (const [k] of ctx.kv(DEVICES_STORE).iterate(prefix, prefixEnd(prefix))) out.push(readU64(k, k.length - 8));
    return out;
  }

  deviceIdsByOwner(ctx: ReadCtx, owner: string): bigint[] {
    return this.idsUnder(ctx, ownerPrefix(parseAccAddress(owner)));
  }

  deviceIdsByCell(ctx: ReadCtx, cell: bigint): bigint[] {
    return this.idsUnder(ctx, cellPrefix(cell));
  }

  deviceIdsByClass(ctx: ReadCtx, cls: number): bigint[] {
    return this.idsUnder(ctx, classPrefix(cls));
  }

  // --- density: registered, unflagged devices per (cell, class) ---
  densityCount(ctx: ReadCtx, cell: bigint, cls: number): bigint {
    return u64Value(ctx.kv(DEVICES_STORE).get(densityKey(cell, cls)));
  }

  addDensity(ctx: Context, cell: bigint, cls: number, delta: bigint): void {
    const n = this.densityCount(ctx, cell, cls) + delta;
    if (n < 0n) throw ErrLogic.raise("negative density count");
    if (n === 0n) ctx.kv(DEVICES_STORE).delete(densityKey(cell, cls));
    else ctx.kv(DEVICES_STORE).set(densityKey(cell, cls), u64be(n));
  }

  densityWeight(ctx: ReadCtx, d: Device): Fraction {
    return computeDensityWeight(this.densityCount(ctx, d.location.h3Cell, d.deviceClass), BigInt(this.params(ctx).densityCap));
  }

  // --- reports ---
  getReport(ctx: ReadCtx, device: bigint, epoch: bigint): ReportRecord | undefined {
    const raw = ctx.kv(DEVICES_STORE).get(reportKey(device, epoch));
    return raw ? reportRecordFromProto(P.ReportRecord.decode(raw)) : undefined;
  }

  setReport(ctx: Context, r: ReportRecord): void {
    ctx.kv(DEVICES_STORE).set(reportKey(r.body.deviceId, r.body.epoch), P.ReportRecord.encode(reportRecordToProto(r)).finish());
  }

  reportsOf(ctx: ReadCtx, device: bigint): ReportRecord[] {
    const p = reportPrefix(device);
    return [...ctx.kv(DEVICES_STORE).iterate(p, prefixEnd(p))].map(([, v]) => reportRecordFromProto(P.ReportRecord.decode(v)));
  }

  // --- challenges ---
  getChallenge(ctx: ReadCtx, device: bigint, epoch: bigint): Challenge | undefined {
    const raw = ctx.kv(DEVICES_STORE).get(challengeKey(device, epoch));
    return raw ? challengeFromProto(P.Challenge.decode(raw)) : undefined;
  }

  setChallenge(ctx: Context, c: Challenge): void {
    ctx.kv(DEVICES_STORE).set(challengeKey(c.deviceId, c.epoch), P.Challenge.encode(challengeToProto(c)).finish());
  }

  challengesOf(ctx: ReadCtx, device: bigint): Challenge[] {
    const p = challengePrefix(device);
    return [...ctx.kv(DEVICES_STORE).iterate(p, prefixEnd(p))].map(([, v]) => challengeFromProto(P.Challenge.decode(v)));
  }

  getEpochRecord(ctx: ReadCtx, epoch: bigint): EpochRecord | undefined {
    const raw = ctx.kv(DEVICES_STORE).get(epochKey(epoch));
    return raw ? epochRecordFromProto(P.EpochRecord.decode(raw)) : undefined;
  }

  setEpochRecord(ctx: Context, e: EpochRecord): void {
    ctx.kv(DEVICES_STORE).set(epochKey(e.epoch), P.EpochRecord.encode(epochRecordToProto(e)).finish());
  }

  // --- unbondings ---
  addUnbonding(ctx: Context, u: Unbonding): void {
    const s = ctx.kv(DEVICES_STORE);
    const seq = u64Value(s.get(NEXT_UNBONDING_SEQ_KEY)) + 1n;
    s.set(NEXT_UNBONDING_SEQ_KEY, u64be(seq));
    s.set(unbondingKey(u.completionHeight, u.deviceId, seq), P.Unbonding.encode(unbondingToProto(u)).finish());
  }

  /** Every pending unbonding with its store key, in completion order. */
  *iterateUnbondings(ctx: ReadCtx, untilHeight?: bigint): IterableIterator<{ key: Uint8Array; u: Unbonding }> {
    const end = untilHeight === undefined ? prefixEnd(UNBONDING_QUEUE_PREFIX) : unbondingKey(untilHeight + 1n, 0n, 0n);
    for (const [k, v] of ctx.kv(DEVICES_STORE).iterate(UNBONDING_QUEUE_PREFIX, end)) yield { key: k.slice(), u: unbondingFromProto(P.Unbonding.decode(v)) };
  }

  setUnbondingAt(ctx: Context, key: Uint8Array, u: Unbonding): void {
    if (u.amount === 0n) ctx.kv(DEVICES_STORE).delete(key);
    else ctx.kv(DEVICES_STORE).set(key, P.Unbonding.encode(unbondingToProto(u)).finish());
  }

  // --- penalties and burns ---
  /** First epoch boundary at which the validator's g may again be above 0 (0 = never penalised). */
  penaltyUntil(ctx: ReadCtx, valoper: string): bigint {
    return u64Value(ctx.kv(DEVICES_STORE).get(penaltyKey(valoper)));
  }

  setPenaltyUntil(ctx: Context, valoper: string, until: bigint): void {
    if (until > this.penaltyUntil(ctx, valoper)) ctx.kv(DEVICES_STORE).set(penaltyKey(valoper), u64be(until));
  }

  /** Total of bond-denom coins this module has burned (slashed bonds), for the supply ledger. */
  burnedTotal(ctx: ReadCtx): bigint {
    const raw = ctx.kv(DEVICES_STORE).get(BURNED_KEY);
    return raw ? BigInt(new TextDecoder().decode(raw)) : 0n;
  }

  addBurned(ctx: Context, amount: bigint): void {
    ctx.kv(DEVICES_STORE).set(BURNED_KEY, new TextEncoder().encode((this.burnedTotal(ctx) + amount).toString()));
  }
}
