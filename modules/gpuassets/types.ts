import { pogcs } from "../../proto/gen/pogcs.js";
import type { Coin } from "../../chain/codec/coins.js";
import { fromLong, toLong } from "../devices/long.js";
import { coinFromProto, coinToProto } from "./amounts.js";

import P = pogcs.gpuassets.v1;

export const AssetStatus = P.AssetStatus;
export const LoanStatus = P.LoanStatus;

export interface GpuMetadata {
  deviceId: bigint;
  gpuModel: string;
  gpuCount: number;
  makerId: string;
  fp32TflopsMilli: bigint;
  deviceClass: number;
}

export interface InsuranceRef {
  insurer: string;
  policyRef: string;
  coverage: Coin;
  expires: bigint;
}

export interface GpuAsset {
  assetId: bigint;
  nftId: string;
  metadata: GpuMetadata;
  status: number;
  loanId: bigint;
  insurance?: InsuranceRef;
  mintedBy: string;
  mintedTime: bigint;
  mintedHeight: bigint;
  appraisalCount: bigint;
}

export interface Appraisal {
  assetId: bigint;
  seq: bigint;
  appraiser: string;
  value: Coin;
  method: string;
  reportUri: string;
  reportHash: Uint8Array;
  time: bigint;
  height: bigint;
}

export interface Loan {
  loanId: bigint;
  assetId: bigint;
  borrower: string;
  lender: string;
  principal: Coin;
  interestRateBps: number;
  durationSeconds: bigint;
  offeredTime: bigint;
  fundedTime: bigint;
  dueTime: bigint;
  status: number;
  closedTime: bigint;
  repaid?: Coin;
}

export function isOpenLoan(l: Loan): boolean {
  return l.status === LoanStatus.LOAN_STATUS_OFFERED || l.status === LoanStatus.LOAN_STATUS_ACTIVE;
}

export function metadataToProto(m: GpuMetadata): P.IGpuAssetMetadata {
  return { deviceId: toLong(m.deviceId), gpuModel: m.gpuModel, gpuCount: m.gpuCount, makerId: m.makerId, fp32TflopsMilli: toLong(m.fp32TflopsMilli), deviceClass: m.deviceClass };
}

function metadataFromProto(m: P.IGpuAssetMetadata | null | undefined): GpuMetadata {
  return { deviceId: fromLong(m?.deviceId), gpuModel: m?.gpuModel ?? "", gpuCount: m?.gpuCount ?? 0, makerId: m?.makerId ?? "", fp32TflopsMilli: fromLong(m?.fp32TflopsMilli), deviceClass: m?.deviceClass ?? 0 };
}

export function assetToProto(a: GpuAsset): P.IGpuAsset {
  return {
    assetId: toLong(a.assetId), nftId: a.nftId, metadata: metadataToProto(a.metadata), status: a.status, loanId: toLong(a.loanId),
    insurance: a.insurance ? { insurer: a.insurance.insurer, policyRef: a.insurance.policyRef, coverage: coinToProto(a.insurance.coverage), expires: toLong(a.insurance.expires) } : undefined,
    mintedBy: a.mintedBy, mintedTime: toLong(a.mintedTime), mintedHeight: toLong(a.mintedHeight), appraisalCount: toLong(a.appraisalCount),
  };
}

export function assetFromProto(m: P.IGpuAsset): GpuAsset {
  const ins = m.insurance;
  const coverage = coinFromProto(ins?.coverage);
  return {
    assetId: fromLong(m.assetId), nftId: m.nftId ?? "", metadata: metadataFromProto(m.metadata), status: m.status ?? 0, loanId: fromLong(m.loanId),
    insurance: ins && coverage ? { insurer: ins.insurer ?? "", policyRef: ins.policyRef ?? "", coverage, expires: fromLong(ins.expires) } : undefined,
    mintedBy: m.mintedBy ?? "", mintedTime: fromLong(m.mintedTime), mintedHeight: fromLong(m.mintedHeight), appraisalCount: fromLong(m.appraisalCount),
  };
}

export function appraisalToProto(a: Appraisal): P.IAppraisal {
  return {
    assetId: toLong(a.assetId), seq: toLong(a.seq), appraiser: a.appraiser, value: coinToProto(a.value), method: a.method, reportUri: a.reportUri,
    reportHash: a.reportHash, time: toLong(a.time), height: toLong(a.height),
  };
}

export function appraisalFromProto(m: P.IAppraisal): Appraisal {
  return {
    assetId: fromLong(m.assetId), seq: fromLong(m.seq), appraiser: m.appraiser ?? "", value: coinFromProto(m.value) ?? { denom: "", amount: 0n },
    method: m.method ?? "", reportUri: m.reportUri ?? "", reportHash: m.reportHash ?? new Uint8Array(), time: fromLong(m.time), height: fromLong(m.height),
  };
}

export function loanToProto(l: Loan): P.ILoan {
  return {
    loanId: toLong(l.loanId), assetId: toLong(l.assetId), borrower: l.borrower, lender: l.lender, principal: coinToProto(l.principal),
    interestRateBps: l.interestRateBps, durationSeconds: toLong(l.durationSeconds), offeredTime: toLong(l.offeredTime), fundedTime: toLong(l.fundedTime),
    dueTime: toLong(l.dueTime), status: l.status, closedTime: toLong(l.closedTime), repaid: l.repaid ? coinToProto(l.repaid) : undefined,
  };
}

export function loanFromProto(m: P.ILoan): Loan {
  return {
    loanId: fromLong(m.loanId), assetId: fromLong(m.assetId), borrower: m.borrower ?? "", lender: m.lender ?? "",
    principal: coinFromProto(m.principal) ?? { denom: "", amount: 0n }, interestRateBps: m.interestRateBps ?? 0, durationSeconds: fromLong(m.durationSeconds),
    offeredTime: fromLong(m.offeredTime), fundedTime: fromLong(m.fundedTime), dueTime: fromLong(m.dueTime), status: m.status ?? 0,
    closedTime: fromLong(m.closedTime), repaid: coinFromProto(m.repaid),
  };
}
