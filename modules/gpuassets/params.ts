import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "../devices/long.js";
import { ErrInvalidParams } from "./errors.js";

/** Module params (genesis and MsgUpdateParams). Rates in basis points, times in seconds. */
export interface GpuAssetsParams {
  depreciationBpsPerYear: number;
  floorBps: number;
  maxLtvBps: number;
  maxInterestRateBps: number;
  minLoanSeconds: bigint;
  maxLoanSeconds: bigint;
  maxAppraisalAgeSeconds: bigint;
  requireInsurance: boolean;
}

export const YEAR_SECONDS = 31_536_000n;

/** 20%/year: a 5-year life (GPU obsolescence, seed note A4); 10% residual; 70% LTV (USD.AI). */
export const DEFAULT_GPUASSETS_PARAMS: GpuAssetsParams = {
  depreciationBpsPerYear: 2000,
  floorBps: 1000,
  maxLtvBps: 7000,
  maxInterestRateBps: 5000,
  minLoanSeconds: 1n,
  maxLoanSeconds: 5n * YEAR_SECONDS,
  maxAppraisalAgeSeconds: YEAR_SECONDS,
  requireInsurance: false,
};

const bps = (v: number) => Number.isInteger(v) && v >= 0 && v <= 10_000;

export function validateGpuAssetsParams(p: GpuAssetsParams): void {
  const bad = (why: string): never => {
    throw ErrInvalidParams.raise(why);
  };
  if (!bps(p.depreciationBpsPerYear)) bad("depreciation_bps_per_year must be 0..10000");
  if (!bps(p.floorBps)) bad("floor_bps must be 0..10000");
  if (!bps(p.maxLtvBps) || p.maxLtvBps === 0) bad("max_ltv_bps must be 1..10000");
  if (!Number.isInteger(p.maxInterestRateBps) || p.maxInterestRateBps < 0 || p.maxInterestRateBps > 100_000) bad("max_interest_rate_bps must be 0..100000");
  if (p.minLoanSeconds < 1n || p.maxLoanSeconds < p.minLoanSeconds || p.maxLoanSeconds > 100n * YEAR_SECONDS) bad("loan seconds range");
  if (p.maxAppraisalAgeSeconds < 1n) bad("max_appraisal_age_seconds must be positive");
}

export function paramsToProto(p: GpuAssetsParams): pogcs.gpuassets.v1.IParams {
  return {
    depreciationBpsPerYear: p.depreciationBpsPerYear, floorBps: p.floorBps, maxLtvBps: p.maxLtvBps, maxInterestRateBps: p.maxInterestRateBps,
    minLoanSeconds: toLong(p.minLoanSeconds), maxLoanSeconds: toLong(p.maxLoanSeconds), maxAppraisalAgeSeconds: toLong(p.maxAppraisalAgeSeconds),
    requireInsurance: p.requireInsurance,
  };
}

export function paramsFromProto(m: pogcs.gpuassets.v1.IParams | null | undefined): GpuAssetsParams {
  return {
    depreciationBpsPerYear: m?.depreciationBpsPerYear ?? 0, floorBps: m?.floorBps ?? 0, maxLtvBps: m?.maxLtvBps ?? 0,
    maxInterestRateBps: m?.maxInterestRateBps ?? 0, minLoanSeconds: fromLong(m?.minLoanSeconds), maxLoanSeconds: fromLong(m?.maxLoanSeconds),
    maxAppraisalAgeSeconds: fromLong(m?.maxAppraisalAgeSeconds), requireInsurance: m?.requireInsurance ?? false,
  };
}

export interface GpuAssetsParamsJson {
  depreciation_bps_per_year?: number;
  floor_bps?: number;
  max_ltv_bps?: number;
  max_interest_rate_bps?: number;
  min_loan_seconds?: string;
  max_loan_seconds?: string;
  max_appraisal_age_seconds?: string;
  require_insurance?: boolean;
}

function intString(v: string | undefined, def: bigint, name: string): bigint {
  if (v === undefined) return def;
  if (!/^[0-9]{1,20}$/.test(String(v))) throw ErrInvalidParams.raise(`${name} must be a decimal integer`);
  return BigInt(v);
}

/** Missing fields take the defaults. */
export function paramsFromJson(j: GpuAssetsParamsJson | undefined): GpuAssetsParams {
  const d = DEFAULT_GPUASSETS_PARAMS;
  const p: GpuAssetsParams = {
    depreciationBpsPerYear: j?.depreciation_bps_per_year ?? d.depreciationBpsPerYear,
    floorBps: j?.floor_bps ?? d.floorBps,
    maxLtvBps: j?.max_ltv_bps ?? d.maxLtvBps,
    maxInterestRateBps: j?.max_interest_rate_bps ?? d.maxInterestRateBps,
    minLoanSeconds: intString(j?.min_loan_seconds, d.minLoanSeconds, "min_loan_seconds"),
    maxLoanSeconds: intString(j?.max_loan_seconds, d.maxLoanSeconds, "max_loan_seconds"),
    maxAppraisalAgeSeconds: intString(j?.max_appraisal_age_seconds, d.maxAppraisalAgeSeconds, "max_appraisal_age_seconds"),
    requireInsurance: j?.require_insurance ?? d.requireInsurance,
  };
  validateGpuAssetsParams(p);
  return p;
}

export function paramsToJson(p: GpuAssetsParams): GpuAssetsParamsJson {
  return {
    depreciation_bps_per_year: p.depreciationBpsPerYear, floor_bps: p.floorBps, max_ltv_bps: p.maxLtvBps, max_interest_rate_bps: p.maxInterestRateBps,
    min_loan_seconds: p.minLoanSeconds.toString(), max_loan_seconds: p.maxLoanSeconds.toString(),
    max_appraisal_age_seconds: p.maxAppraisalAgeSeconds.toString(), require_insurance: p.requireInsurance,
  };
}
