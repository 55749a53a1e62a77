import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "../devices/long.js";
import { ErrInvalidParams } from "./errors.js";
import { DEFAULT_FEE_SCHEDULE, validateFeeSchedule, type FeeSchedule } from "./fees.js";
import { isChainError } from "../../chain/errors/index.js";

/** amm params (genesis, then governance through MsgUpdateParams). */
export interface AmmParams {
  quoteDenom: string;
  fees: FeeSchedule;
  observationIntervalSeconds: bigint;
  /** Ring size per class; with the interval it bounds the longest price-index window. */
  maxObservations: bigint;
}

/** One observation a minute, a day of history per class. */
export const DEFAULT_AMM_PARAMS: AmmParams = {
  quoteDenom: "ugcs",
  fees: DEFAULT_FEE_SCHEDULE,
  observationIntervalSeconds: 60n,
  maxObservations: 1440n,
};

const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
/** Largest ring: bounds the store per class and the query's search. */
export const MAX_OBSERVATIONS = 100_000n;

export function validateAmmParams(p: AmmParams): void {
  if (!DENOM_RE.test(p.quoteDenom) || p.quoteDenom.startsWith("gch/")) throw ErrInvalidParams.raise(`quote_denom ${JSON.stringify(p.quoteDenom)}`);
  try {
    validateFeeSchedule(p.fees);
  } catch (e) {
    if (isChainError(e)) throw ErrInvalidParams.raise(e.message);
    throw e;
  }
  if (p.fees.closeSeconds > 3600n * 24n * 30n || p.fees.rampSeconds > 3600n * 24n * 30n) throw ErrInvalidParams.raise("close/ramp above 30 days");
  if (p.observationIntervalSeconds < 1n) throw ErrInvalidParams.raise("observation_interval_seconds must be positive");
  if (p.maxObservations < 2n || p.maxObservations > MAX_OBSERVATIONS) throw ErrInvalidParams.raise(`max_observations must be in 2..${MAX_OBSERVATIONS}`);
}

export function ammParamsToProto(p: AmmParams): pogcs.amm.v1.IParams {
  return {
    quoteDenom: p.quoteDenom, baseFeeBps: toLong(p.fees.baseBps), maxFeeBps: toLong(p.fees.maxBps),
    rampSeconds: toLong(p.fees.rampSeconds), closeSeconds: toLong(p.fees.closeSeconds),
    observationIntervalSeconds: toLong(p.observationIntervalSeconds), maxObservations: toLong(p.maxObservations),
  };
}

export function ammParamsFromProto(m: pogcs.amm.v1.IParams): AmmParams {
  return {
    quoteDenom: m.quoteDenom ?? "",
    fees: { baseBps: fromLong(m.baseFeeBps), maxBps: fromLong(m.maxFeeBps), rampSeconds: fromLong(m.rampSeconds), closeSeconds: fromLong(m.closeSeconds) },
    observationIntervalSeconds: fromLong(m.observationIntervalSeconds),
    maxObservations: fromLong(m.maxObservations),
  };
}

/** Genesis JSON (snake_case, integers as decimal strings). */
export function ammParamsToJson(p: AmmParams): Record<string, string> {
  return {
    quote_denom: p.quoteDenom, base_fee_bps: p.fees.baseBps.toString(), max_fee_bps: p.fees.maxBps.toString(),
    ramp_seconds: p.fees.rampSeconds.toString(), close_seconds: p.fees.closeSeconds.toString(),
    observation_interval_seconds: p.observationIntervalSeconds.toString(), max_observations: p.maxObservations.toString(),
  };
}

export function ammParamsFromJson(j: Record<string, unknown> | undefined): AmmParams {
  const d = DEFAULT_AMM_PARAMS;
  const big = (k: string, def: bigint): bigint => {
    const v = j?.[k];
    if (v === undefined) return def;
    if (!/^[0-9]{1,20}$/.test(String(v))) throw ErrInvalidParams.raise(`${k} ${JSON.stringify(v)}`);
    return BigInt(String(v));
  };
  return {
    quoteDenom: typeof j?.["quote_denom"] === "string" ? (j["quote_denom"] as string) : d.quoteDenom,
    fees: {
      baseBps: big("base_fee_bps", d.fees.baseBps), maxBps: big("max_fee_bps", d.fees.maxBps),
      rampSeconds: big("ramp_seconds", d.fees.rampSeconds), closeSeconds: big("close_seconds", d.fees.closeSeconds),
    },
    observationIntervalSeconds: big("observation_interval_seconds", d.observationIntervalSeconds),
    maxObservations: big("max_observations", d.maxObservations),
  };
}
