import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "../devices/long.js";
import { DeviceClass } from "../devices/types.js";

import P = pogcs.pools.v1;

export const PoolKind = P.PoolKind;
export const CommitmentStatus = P.CommitmentStatus;

export type EntryRule =
  | { type: "stake"; minBond: bigint }
  | { type: "random" }
  | { type: "condition"; minGreenPermille: number; minUptimePermille: number; classes: number[]; maxDevicesInCell: number };

export interface Pool {
  id: bigint;
  creator: string;
  name: string;
  kind: number;
  quoteDenom: string;
  seats: number;
  revenueShareBps: number;
  entryRule: EntryRule;
  assets: bigint;
  totalShares: bigint;
  memberCount: number;
  createdHeight: bigint;
}

export interface Member {
  poolId: bigint;
  deviceId: bigint;
  owner: string;
  joinedEpoch: bigint;
  h3Cell: bigint;
}

export interface Application {
  poolId: bigint;
  seq: bigint;
  deviceId: bigint;
  owner: string;
  appliedHeight: bigint;
}

export interface Withdrawal {
  poolId: bigint;
  seq: bigint;
  investor: string;
  shares: bigint;
  requestedEpoch: bigint;
}

export interface Commitment {
  id: bigint;
  deviceId: bigint;
  owner: string;
  denom: string;
  hourStart: bigint;
  units: bigint;
  remaining: bigint;
  status: number;
  createdHeight: bigint;
  burned: bigint;
}

export interface SlotLedger {
  denom: string;
  minted: bigint;
  burned: bigint;
}

/** Device classes each pool kind admits. */
export function classesOfKind(kind: number): readonly number[] {
  switch (kind) {
    case PoolKind.POOL_KIND_GREEN_ENERGY:
      return [DeviceClass.DEVICE_CLASS_SOLAR, DeviceClass.DEVICE_CLASS_STORAGE];
    case PoolKind.POOL_KIND_COMPUTE:
      return [DeviceClass.DEVICE_CLASS_GPU];
    case PoolKind.POOL_KIND_GREEN_COMPUTE:
      return [DeviceClass.DEVICE_CLASS_COMBINED];
    default:
      return [];
  }
}

export function isComputeKind(kind: number): boolean {
  return kind === PoolKind.POOL_KIND_COMPUTE || kind === PoolKind.POOL_KIND_GREEN_COMPUTE;
}

const big = (s: string | null | undefined): bigint => (s && /^[0-9]{1,78}$/.test(s) ? BigInt(s) : 0n);

export function entryRuleToProto(r: EntryRule): P.IEntryRule {
  if (r.type === "stake") return { stake: { minBond: r.minBond.toString() } };
  if (r.type === "random") return { random: {} };
  return { condition: { minGreenPermille: r.minGreenPermille, minUptimePermille: r.minUptimePermille, classes: r.classes, maxDevicesInCell: r.maxDevicesInCell } };
}

/** undefined when no rule is set. */
export function entryRuleFromProto(m: P.IEntryRule | null | undefined): EntryRule | undefined {
  if (m?.stake) return { type: "stake", minBond: big(m.stake.minBond) };
  if (m?.random) return { type: "random" };
  if (m?.condition) {
    const c = m.condition;
    return { type: "condition", minGreenPermille: c.minGreenPermille ?? 0, minUptimePermille: c.minUptimePermille ?? 0, classes: [...(c.classes ?? [])], maxDevicesInCell: c.maxDevicesInCell ?? 0 };
  }
  return undefined;
}

export function poolToProto(p: Pool): P.IPool {
  return {
    id: toLong(p.id), creator: p.creator, name: p.name, kind: p.kind, quoteDenom: p.quoteDenom, seats: p.seats, revenueShareBps: p.revenueShareBps,
    entryRule: entryRuleToProto(p.entryRule), assets: p.assets.toString(), totalShares: p.totalShares.toString(), memberCount: p.memberCount,
    createdHeight: toLong(p.createdHeight),
  };
}

export function poolFromProto(m: P.IPool): Pool {
  return {
    id: fromLong(m.id), creator: m.creator ?? "", name: m.name ?? "", kind: m.kind ?? 0, quoteDenom: m.quoteDenom ?? "", seats: m.seats ?? 0,
    revenueShareBps: m.revenueShareBps ?? 0, entryRule: entryRuleFromProto(m.entryRule) ?? { type: "random" }, assets: big(m.assets),
    totalShares: big(m.totalShares), memberCount: m.memberCount ?? 0, createdHeight: fromLong(m.createdHeight),
  };
}

export function memberToProto(x: Member): P.IMember {
  return { poolId: toLong(x.poolId), deviceId: toLong(x.deviceId), owner: x.owner, joinedEpoch: toLong(x.joinedEpoch), h3Cell: toLong(x.h3Cell) };
}

export function memberFromProto(m: P.IMember): Member {
  return { poolId: fromLong(m.poolId), deviceId: fromLong(m.deviceId), owner: m.owner ?? "", joinedEpoch: fromLong(m.joinedEpoch), h3Cell: fromLong(m.h3Cell) };
}

export function applicationToProto(a: Application): P.IApplication {
  return { poolId: toLong(a.poolId), seq: toLong(a.seq), deviceId: toLong(a.deviceId), owner: a.owner, appliedHeight: toLong(a.appliedHeight) };
}

export function applicationFromProto(m: P.IApplication): Application {
  return { poolId: fromLong(m.poolId), seq: fromLong(m.seq), deviceId: fromLong(m.deviceId), owner: m.owner ?? "", appliedHeight: fromLong(m.appliedHeight) };
}

export function withdrawalToProto(w: Withdrawal): P.IWithdrawal {
  return { poolId: toLong(w.poolId), seq: toLong(w.seq), investor: w.investor, shares: w.shares.toString(), requestedEpoch: toLong(w.requestedEpoch) };
}

export function withdrawalFromProto(m: P.IWithdrawal): Withdrawal {
  return { poolId: fromLong(m.poolId), seq: fromLong(m.seq), investor: m.investor ?? "", shares: big(m.shares), requestedEpoch: fromLong(m.requestedEpoch) };
}

export function commitmentToProto(c: Commitment): P.ICommitment {
  return {
    id: toLong(c.id), deviceId: toLong(c.deviceId), owner: c.owner, denom: c.denom, hourStart: toLong(c.hourStart), units: c.units.toString(),
    remaining: c.remaining.toString(), status: c.status, createdHeight: toLong(c.createdHeight), burned: c.burned.toString(),
  };
}

export function commitmentFromProto(m: P.ICommitment): Commitment {
  return {
    id: fromLong(m.id), deviceId: fromLong(m.deviceId), owner: m.owner ?? "", denom: m.denom ?? "", hourStart: fromLong(m.hourStart), units: big(m.units),
    remaining: big(m.remaining), status: m.status ?? 0, createdHeight: fromLong(m.createdHeight), burned: big(m.burned),
  };
}
