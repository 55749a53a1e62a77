import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "./long.js";

import P = pogcs.devices.v1;

export const DeviceClass = P.DeviceClass;
export const ChallengeStatus = P.ChallengeStatus;

export const DEVICE_CLASSES: readonly number[] = [
  P.DeviceClass.DEVICE_CLASS_SOLAR, P.DeviceClass.DEVICE_CLASS_STORAGE, P.DeviceClass.DEVICE_CLASS_GPU, P.DeviceClass.DEVICE_CLASS_COMBINED,
];

/** Classes that carry GPUs: the ones challenged and earning VGC. */
export function isComputeClass(cls: number): boolean {
  return cls === P.DeviceClass.DEVICE_CLASS_GPU || cls === P.DeviceClass.DEVICE_CLASS_COMBINED;
}

export interface Maker {
  id: string;
  name: string;
  pubkey: Uint8Array;
  classes: number[];
}

export interface Capacity {
  solarPeakW: bigint;
  storageWh: bigint;
  gpuModel: string;
  gpuCount: number;
  fp32TflopsMilli: bigint;
}

export interface Location {
  h3Cell: bigint;
  index: number;
}

export interface Device {
  id: bigint;
  owner: string;
  makerId: string;
  pubkey: Uint8Array;
  deviceClass: number;
  capacity: Capacity;
  location: Location;
  registeredHeight: bigint;
  bond: bigint;
  validator: string;
  score: number;
  lastNonce: bigint;
  flagged: boolean;
  flaggedHeight: bigint;
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

export interface ReportRecord {
  body: ReportBody;
  bodyHash: Uint8Array;
  height: bigint;
}

export interface Challenge {
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

export interface Unbonding {
  deviceId: bigint;
  owner: string;
  amount: bigint;
  completionHeight: bigint;
}

export interface EpochRecord {
  epoch: bigint;
  startHeight: bigint;
  beacon: Uint8Array;
  challenged: bigint[];
}

export function capacityToProto(c: Capacity): P.ICapacitySpecs {
  return { solarPeakW: toLong(c.solarPeakW), storageWh: toLong(c.storageWh), gpuModel: c.gpuModel, gpuCount: c.gpuCount, fp32TflopsMilli: toLong(c.fp32TflopsMilli) };
}

export function capacityFromProto(c: P.ICapacitySpecs | null | undefined): Capacity {
  return { solarPeakW: fromLong(c?.solarPeakW), storageWh: fromLong(c?.storageWh), gpuModel: c?.gpuModel ?? "", gpuCount: c?.gpuCount ?? 0, fp32TflopsMilli: fromLong(c?.fp32TflopsMilli) };
}

export function locationFromProto(l: P.ILocationAddress | null | undefined): Location {
  return { h3Cell: fromLong(l?.h3Cell), index: l?.index ?? 0 };
}

export function makerToProto(m: Maker): P.IMaker {
  return { id: m.id, name: m.name, pubkey: m.pubkey, classes: m.classes };
}

export function makerFromProto(m: P.IMaker): Maker {
  return { id: m.id ?? "", name: m.name ?? "", pubkey: m.pubkey ?? new Uint8Array(), classes: [...(m.classes ?? [])] };
}

export function deviceToProto(d: Device): P.IDevice {
  return {
    id: toLong(d.id), owner: d.owner, makerId: d.makerId, pubkey: d.pubkey, class: d.deviceClass, capacity: capacityToProto(d.capacity),
    location: { h3Cell: toLong(d.location.h3Cell), index: d.location.index }, registeredHeight: toLong(d.registeredHeight),
    bond: d.bond.toString(), validator: d.validator, score: d.score, lastNonce: toLong(d.lastNonce), flagged: d.flagged,
    flaggedHeight: toLong(d.flaggedHeight),
  };
}

export function deviceFromProto(m: P.IDevice): Device {
  return {
    id: fromLong(m.id), owner: m.owner ?? "", makerId: m.makerId ?? "", pubkey: m.pubkey ?? new Uint8Array(), deviceClass: m.class ?? 0,
    capacity: capacityFromProto(m.capacity), location: locationFromProto(m.location), registeredHeight: fromLong(m.registeredHeight),
    bond: BigInt(m.bond || "0"), validator: m.validator ?? "", score: m.score ?? 0, lastNonce: fromLong(m.lastNonce),
    flagged: m.flagged ?? false, flaggedHeight: fromLong(m.flaggedHeight),
  };
}

export function reportBodyToProto(b: ReportBody): P.IReportBody {
  return {
    chainId: b.chainId, deviceId: toLong(b.deviceId), epoch: toLong(b.epoch), energyProducedWh: toLong(b.energyProducedWh),
    energyConsumedWh: toLong(b.energyConsumedWh), greenWh: toLong(b.greenWh), gpuSeconds: toLong(b.gpuSeconds),
    uptimePermille: b.uptimePermille, nonce: toLong(b.nonce),
  };
}

export function reportBodyFromProto(m: P.IReportBody | null | undefined): ReportBody {
  return {
    chainId: m?.chainId ?? "", deviceId: fromLong(m?.deviceId), epoch: fromLong(m?.epoch), energyProducedWh: fromLong(m?.energyProducedWh),
    energyConsumedWh: fromLong(m?.energyConsumedWh), greenWh: fromLong(m?.greenWh), gpuSeconds: fromLong(m?.gpuSeconds),
    uptimePermille: m?.uptimePermille ?? 0, nonce: fromLong(m?.nonce),
  };
}

/** The exact bytes a device signs for a report body (what the agent sends in MsgSubmitReport.body). */
export function encodeReportBody(b: ReportBody): Uint8Array {
  return P.ReportBody.encode(reportBodyToProto(b)).finish();
}

export function reportRecordToProto(r: ReportRecord): P.IReportRecord {
  return { body: reportBodyToProto(r.body), bodyHash: r.bodyHash, height: toLong(r.height) };
}

export function reportRecordFromProto(m: P.IReportRecord): ReportRecord {
  return { body: reportBodyFromProto(m.body), bodyHash: m.bodyHash ?? new Uint8Array(), height: fromLong(m.height) };
}

export function challengeToProto(c: Challenge): P.IChallenge {
  return {
    deviceId: toLong(c.deviceId), epoch: toLong(c.epoch), seed: c.seed, n: c.n, k: c.k, issuedHeight: toLong(c.issuedHeight),
    commitDeadline: toLong(c.commitDeadline), root: c.root, commitHeight: toLong(c.commitHeight), sampleHeight: toLong(c.sampleHeight),
    sampledRows: c.sampledRows, revealDeadline: toLong(c.revealDeadline), status: c.status, resolvedHeight: toLong(c.resolvedHeight),
    scoreAfter: c.scoreAfter,
  };
}

export function challengeFromProto(m: P.IChallenge): Challenge {
  return {
    deviceId: fromLong(m.deviceId), epoch: fromLong(m.epoch), seed: m.seed ?? new Uint8Array(), n: m.n ?? 0, k: m.k ?? 0,
    issuedHeight: fromLong(m.issuedHeight), commitDeadline: fromLong(m.commitDeadline), root: m.root ?? new Uint8Array(),
    commitHeight: fromLong(m.commitHeight), sampleHeight: fromLong(m.sampleHeight), sampledRows: [...(m.sampledRows ?? [])],
    revealDeadline: fromLong(m.revealDeadline), status: m.status ?? 0, resolvedHeight: fromLong(m.resolvedHeight), scoreAfter: m.scoreAfter ?? 0,
  };
}

export function epochRecordToProto(e: EpochRecord): P.IEpochRecord {
  return { epoch: toLong(e.epoch), startHeight: toLong(e.startHeight), beacon: e.beacon, challenged: e.challenged.map(toLong) };
}

export function epochRecordFromProto(m: P.IEpochRecord): EpochRecord {
  return { epoch: fromLong(m.epoch), startHeight: fromLong(m.startHeight), beacon: m.beacon ?? new Uint8Array(), challenged: (m.challenged ?? []).map(fromLong) };
}

export function unbondingToProto(u: Unbonding): P.IUnbonding {
  return { deviceId: toLong(u.deviceId), owner: u.owner, amount: u.amount.toString(), completionHeight: toLong(u.completionHeight) };
}

export function unbondingFromProto(m: P.IUnbonding): Unbonding {
  return { deviceId: fromLong(m.deviceId), owner: m.owner ?? "", amount: BigInt(m.amount || "0"), completionHeight: fromLong(m.completionHeight) };
}
