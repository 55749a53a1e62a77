import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "../devices/long.js";
import { ErrInvalidParams } from "./errors.js";

/** Pools params (genesis, then MsgUpdateParams by governance). */
export interface PoolsParams {
  minLeadSeconds: bigint;
  horizonSeconds: bigint;
  minScore: number;
  withdrawLimitPermille: number;
  maxSeats: number;
  maxApplications: number;
}

export const DEFAULT_POOLS_PARAMS: PoolsParams = {
  minLeadSeconds: 3600n,
  horizonSeconds: 7n * 24n * 3600n,
  minScore: 100,
  withdrawLimitPermille: 1000,
  maxSeats: 1000,
  maxApplications: 1000,
};

export function validatePoolsParams(p: PoolsParams): void {
  if (p.minLeadSeconds < 3600n) throw ErrInvalidParams.raise("min_lead_seconds below one hour");
  if (p.horizonSeconds < p.minLeadSeconds) throw ErrInvalidParams.raise("horizon_seconds below min_lead_seconds");
  if (p.horizonSeconds > 366n * 24n * 3600n) throw ErrInvalidParams.raise("horizon_seconds above a year");
  if (p.minScore < 0 || p.minScore > 1000) throw ErrInvalidParams.raise("min_score outside 0..1000");
  if (p.withdrawLimitPermille < 1 || p.withdrawLimitPermille > 1000) throw ErrInvalidParams.raise("withdraw_limit_permille outside 1..1000");
  if (p.maxSeats < 1 || p.maxSeats > 100_000) throw ErrInvalidParams.raise("max_seats outside 1..100000");
  if (p.maxApplications < 1 || p.maxApplications > 100_000) throw ErrInvalidParams.raise("max_applications outside 1..100000");
}

export function paramsToProto(p: PoolsParams): pogcs.pools.v1.IParams {
  return {
    minLeadSeconds: toLong(p.minLeadSeconds), horizonSeconds: toLong(p.horizonSeconds), minScore: p.minScore,
    withdrawLimitPermille: p.withdrawLimitPermille, maxSeats: p.maxSeats, maxApplications: p.maxApplications,
  };
}

export function paramsFromProto(m: pogcs.pools.v1.IParams | null | undefined): PoolsParams {
  return {
    minLeadSeconds: fromLong(m?.minLeadSeconds), horizonSeconds: fromLong(m?.horizonSeconds), minScore: m?.minScore ?? 0,
    withdrawLimitPermille: m?.withdrawLimitPermille ?? 0, maxSeats: m?.maxSeats ?? 0, maxApplications: m?.maxApplications ?? 0,
  };
}

/** Genesis JSON (snake_case, integers as decimal strings), like the devices params. */
export function paramsToJson(p: PoolsParams): Record<string, unknown> {
  return {
    min_lead_seconds: p.minLeadSeconds.toString(), horizon_seconds: p.horizonSeconds.toString(), min_score: p.minScore,
    withdraw_limit_permille: p.withdrawLimitPermille, max_seats: p.maxSeats, max_applications: p.maxApplications,
  };
}

export function paramsFromJson(j: Record<string, unknown> | undefined): PoolsParams {
  const d = DEFAULT_POOLS_PARAMS;
  const big = (k: string, def: bigint): bigint => (j?.[k] === undefined ? def : BigInt(String(j[k])));
  const num = (k: string, def: number): number => (j?.[k] === undefined ? def : Number(j[k]));
  return {
    minLeadSeconds: big("min_lead_seconds", d.minLeadSeconds), horizonSeconds: big("horizon_seconds", d.horizonSeconds),
    minScore: num("min_score", d.minScore), withdrawLimitPermille: num("withdraw_limit_permille", d.withdrawLimitPermille),
    maxSeats: num("max_seats", d.maxSeats), maxApplications: num("max_applications", d.maxApplications),
  };
}
