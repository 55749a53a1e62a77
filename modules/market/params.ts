import { pogcs } from "../../proto/gen/pogcs.js";
import { isValidDenom } from "../../chain/codec/coins.js";
import { fromLong, toLong } from "../devices/long.js";
import { ErrInvalidParams } from "./errors.js";

/** Market params (genesis, then governance). Fractions are basis points (1/10,000). */
export interface MarketParams {
  quoteDenom: string;
  minProviderBondBps: number;
  maxProviderBondBps: number;
  committeeSize: number;
  reviewPeriodSeconds: bigint;
  votePeriodSeconds: bigint;
  disputeSlashBps: number;
  missSlashBps: number;
  slashToRequesterBps: number;
  maxHours: bigint;
  maxDurationSeconds: bigint;
  maxTimeoutsPerBlock: number;
}

export const BPS = 10_000n;

export const DEFAULT_MARKET_PARAMS: MarketParams = {
  quoteDenom: "ugcs",
  minProviderBondBps: 1_000,
  maxProviderBondBps: 100_000,
  committeeSize: 3,
  reviewPeriodSeconds: 3_600n,
  votePeriodSeconds: 3_600n,
  disputeSlashBps: 10_000,
  missSlashBps: 2_000,
  slashToRequesterBps: 5_000,
  maxHours: 100_000n,
  maxDurationSeconds: 90n * 86_400n,
  maxTimeoutsPerBlock: 100,
};

export function validateMarketParams(p: MarketParams): void {
  const bad = (why: string): never => {
    throw ErrInvalidParams.raise(why);
  };
  if (!isValidDenom(p.quoteDenom)) bad("quote_denom");
  const bps = (name: string, v: number, max: number) => {
    if (!Number.isInteger(v) || v < 0 || v > max) bad(`${name} must be an integer in 0..${max}`);
  };
  bps("min_provider_bond_bps", p.minProviderBondBps, 1_000_000);
  bps("max_provider_bond_bps", p.maxProviderBondBps, 1_000_000);
  if (p.minProviderBondBps > p.maxProviderBondBps) bad("min_provider_bond_bps above max_provider_bond_bps");
  bps("dispute_slash_bps", p.disputeSlashBps, 10_000);
  bps("miss_slash_bps", p.missSlashBps, 10_000);
  bps("slash_to_requester_bps", p.slashToRequesterBps, 10_000);
  if (!Number.isInteger(p.committeeSize) || p.committeeSize < 1 || p.committeeSize > 21) bad("committee_size must be in 1..21");
  if (p.reviewPeriodSeconds < 1n || p.votePeriodSeconds < 1n) bad("review and vote periods must be positive");
  if (p.maxHours < 1n || p.maxDurationSeconds < 1n) bad("max_hours and max_duration_seconds must be positive");
  if (!Number.isInteger(p.maxTimeoutsPerBlock) || p.maxTimeoutsPerBlock < 1) bad("max_timeouts_per_block must be positive");
}

export function marketParamsToProto(p: MarketParams): pogcs.market.v1.IParams {
  return {
    quoteDenom: p.quoteDenom, minProviderBondBps: p.minProviderBondBps, maxProviderBondBps: p.maxProviderBondBps,
    committeeSize: p.committeeSize, reviewPeriodSeconds: toLong(p.reviewPeriodSeconds), votePeriodSeconds: toLong(p.votePeriodSeconds),
    disputeSlashBps: p.disputeSlashBps, missSlashBps: p.missSlashBps, slashToRequesterBps: p.slashToRequesterBps,
    maxHours: toLong(p.maxHours), maxDurationSeconds: toLong(p.maxDurationSeconds), maxTimeoutsPerBlock: p.maxTimeoutsPerBlock,
  };
}

export function marketParamsFromProto(m: pogcs.market.v1.IParams): MarketParams {
  return {
    quoteDenom: m.quoteDenom ?? "", minProviderBondBps: m.minProviderBondBps ?? 0, maxProviderBondBps: m.maxProviderBondBps ?? 0,
    committeeSize: m.committeeSize ?? 0, reviewPeriodSeconds: fromLong(m.reviewPeriodSeconds), votePeriodSeconds: fromLong(m.votePeriodSeconds),
    disputeSlashBps: m.disputeSlashBps ?? 0, missSlashBps: m.missSlashBps ?? 0, slashToRequesterBps: m.slashToRequesterBps ?? 0,
    maxHours: fromLong(m.maxHours), maxDurationSeconds: fromLong(m.maxDurationSeconds), maxTimeoutsPerBlock: m.maxTimeoutsPerBlock ?? 0,
  };
}

const KEYS: Array<[keyof MarketParams, string]> = [
  ["quoteDenom", "quote_denom"], ["minProviderBondBps", "min_provider_bond_bps"], ["maxProviderBondBps", "max_provider_bond_bps"],
  ["committeeSize", "committee_size"], ["reviewPeriodSeconds", "review_period_seconds"], ["votePeriodSeconds", "vote_period_seconds"],
  ["disputeSlashBps", "dispute_slash_bps"], ["missSlashBps", "miss_slash_bps"], ["slashToRequesterBps", "slash_to_requester_bps"],
  ["maxHours", "max_hours"], ["maxDurationSeconds", "max_duration_seconds"], ["maxTimeoutsPerBlock", "max_timeouts_per_block"],
];

/** Genesis JSON: snake_case, 64-bit integers as decimal strings. */
export function marketParamsToJson(p: MarketParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, j] of KEYS) out[j] = typeof p[k] === "bigint" ? p[k].toString() : (p[k] as string | number);
  return out;
}

export function marketParamsFromJson(j: Record<string, unknown> | undefined): MarketParams {
  const d = DEFAULT_MARKET_PARAMS;
  const out: Record<string, unknown> = { ...d };
  for (const [k, name] of KEYS) {
    const v = j?.[name];
    if (v === undefined) continue;
    const def = d[k];
    out[k] = typeof def === "bigint" ? BigInt(String(v)) : typeof def === "number" ? Number(v) : String(v);
  }
  return out as unknown as MarketParams;
}
