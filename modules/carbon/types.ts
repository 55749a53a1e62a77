import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "../devices/long.js";
import { big } from "./amounts.js";

import P = pogcs.carbon.v1;

export const SerialStatus = P.SerialStatus;
export type Status = P.SerialStatus;

/** Fixed credit types (Regen CreditType: abbreviation, unit, precision = decimals of the display unit). */
export interface CreditType {
  abbrev: string;
  name: string;
  unit: string;
  display: string;
  precision: number;
}

export const REC = "REC";
export const CO2 = "CO2";

export const CREDIT_TYPES: readonly CreditType[] = [
  { abbrev: REC, name: "renewable energy certificate", unit: "Wh", display: "MWh", precision: 6 },
  { abbrev: CO2, name: "carbon credit", unit: "gCO2e", display: "tCO2e", precision: 6 },
];

export function isCreditType(t: string): boolean {
  return CREDIT_TYPES.some((c) => c.abbrev === t);
}

export interface ReportRef {
  deviceId: bigint;
  epoch: bigint;
  bodyHash: Uint8Array;
  reportHeight: bigint;
  greenWh: bigint;
}

export interface Batch {
  id: string;
  creditType: string;
  region: string;
  vintageHour: bigint;
  vintageEpoch: bigint;
  deviceId: bigint;
  issuer: string;
  amount: bigint;
  serialStart: bigint;
  serialEnd: bigint;
  issuanceHeight: bigint;
  issuanceTime: bigint;
  report?: ReportRef;
  sourceBatch: string;
  sourceAmount: bigint;
  gCo2ePerKwh: bigint;
}

export interface Supply {
  issued: bigint;
  tradable: bigint;
  retired: bigint;
  escrowed: bigint;
  cancelled: bigint;
  converted: bigint;
}

export interface Balance {
  batchId: string;
  holder: string;
  tradable: bigint;
  retired: bigint;
  escrowed: bigint;
}

export interface Segment {
  batchId: string;
  start: bigint;
  end: bigint;
  holder: string;
  status: Status;
}

export interface Region {
  id: string;
  gCo2ePerKwh: bigint;
  cells: bigint[];
}

export function emptySupply(): Supply {
  return { issued: 0n, tradable: 0n, retired: 0n, escrowed: 0n, cancelled: 0n, converted: 0n };
}

export function batchToProto(b: Batch): P.IBatch {
  return {
    id: b.id, creditType: b.creditType, region: b.region, vintageHour: toLong(b.vintageHour), vintageEpoch: toLong(b.vintageEpoch),
    deviceId: toLong(b.deviceId), issuer: b.issuer, amount: b.amount.toString(), serialStart: b.serialStart.toString(), serialEnd: b.serialEnd.toString(),
    issuanceHeight: toLong(b.issuanceHeight), issuanceTime: toLong(b.issuanceTime),
    report: b.report ? { deviceId: toLong(b.report.deviceId), epoch: toLong(b.report.epoch), bodyHash: b.report.bodyHash, reportHeight: toLong(b.report.reportHeight), greenWh: b.report.greenWh.toString() } : null,
    sourceBatch: b.sourceBatch, sourceAmount: b.sourceAmount === 0n ? "" : b.sourceAmount.toString(), gCo2ePerKwh: toLong(b.gCo2ePerKwh),
  };
}

export function batchFromProto(m: P.IBatch): Batch {
  const r = m.report;
  return {
    id: m.id ?? "", creditType: m.creditType ?? "", region: m.region ?? "", vintageHour: fromLong(m.vintageHour), vintageEpoch: fromLong(m.vintageEpoch),
    deviceId: fromLong(m.deviceId), issuer: m.issuer ?? "", amount: big(m.amount), serialStart: big(m.serialStart), serialEnd: big(m.serialEnd),
    issuanceHeight: fromLong(m.issuanceHeight), issuanceTime: fromLong(m.issuanceTime),
    report: r ? { deviceId: fromLong(r.deviceId), epoch: fromLong(r.epoch), bodyHash: r.bodyHash ?? new Uint8Array(), reportHeight: fromLong(r.reportHeight), greenWh: big(r.greenWh) } : undefined,
    sourceBatch: m.sourceBatch ?? "", sourceAmount: big(m.sourceAmount), gCo2ePerKwh: fromLong(m.gCo2ePerKwh),
  };
}

export function encodeBatch(b: Batch): Uint8Array {
  return P.Batch.encode(batchToProto(b)).finish();
}

export function decodeBatch(v: Uint8Array): Batch {
  return batchFromProto(P.Batch.decode(v));
}

export function supplyToProto(s: Supply): P.IBatchSupply {
  return { issued: s.issued.toString(), tradable: s.tradable.toString(), retired: s.retired.toString(), escrowed: s.escrowed.toString(), cancelled: s.cancelled.toString(), converted: s.converted.toString() };
}

export function supplyFromProto(m: P.IBatchSupply): Supply {
  return { issued: big(m.issued), tradable: big(m.tradable), retired: big(m.retired), escrowed: big(m.escrowed), cancelled: big(m.cancelled), converted: big(m.converted) };
}

export function balanceToProto(b: Balance): P.IBalance {
  return { batchId: b.batchId, holder: b.holder, tradable: b.tradable.toString(), retired: b.retired.toString(), escrowed: b.escrowed.toString() };
}

export function balanceFromProto(m: P.IBalance): Balance {
  return { batchId: m.batchId ?? "", holder: m.holder ?? "", tradable: big(m.tradable), retired: big(m.retired), escrowed: big(m.escrowed) };
}

export function segmentToProto(s: Segment): P.ISegment {
  return { batchId: s.batchId, start: s.start.toString(), end: s.end.toString(), holder: s.holder, status: s.status };
}

export function segmentFromProto(m: P.ISegment): Segment {
  return { batchId: m.batchId ?? "", start: big(m.start), end: big(m.end), holder: m.holder ?? "", status: m.status ?? SerialStatus.SERIAL_STATUS_UNSPECIFIED };
}

export function regionToProto(r: Region): P.IRegion {
  return { id: r.id, gCo2ePerKwh: toLong(r.gCo2ePerKwh), cells: r.cells.map(toLong) };
}

export function regionFromProto(m: P.IRegion): Region {
  return { id: m.id ?? "", gCo2ePerKwh: fromLong(m.gCo2ePerKwh), cells: (m.cells ?? []).map(fromLong) };
}
