import { Params as StakingParamsProto } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { Params as SlashingParamsProto } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { fromUtf8, utf8 } from "../../chain/crypto/bytes.js";
import { validateDenom } from "../../chain/codec/coins.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { DEC_ONE, decFromJson, decToJson } from "./dec.js";

/** x/staking params plus PoGCS's epoch length (blocks between validator-set updates). */
export interface StakingParams {
  unbondingTimeSeconds: bigint;
  maxValidators: number;
  maxEntries: number;
  /** Kept for the SDK shape; HistoricalInfo is not stored (the query answers NotFound). */
  historicalEntries: number;
  bondDenom: string;
  minCommissionRate: bigint;
  epochLength: bigint;
}

/** x/slashing params plus the evidence age limit (consensus params evidence.max_age_* in the SDK). */
export interface SlashingParams {
  signedBlocksWindow: bigint;
  minSignedPerWindow: bigint;
  downtimeJailDurationSeconds: bigint;
  slashFractionDoubleSign: bigint;
  slashFractionDowntime: bigint;
  maxEvidenceAgeBlocks: bigint;
  maxEvidenceAgeSeconds: bigint;
}

export const DEFAULT_STAKING_PARAMS: StakingParams = {
  unbondingTimeSeconds: 21n * 24n * 3600n,
  maxValidators: 100,
  maxEntries: 7,
  historicalEntries: 0,
  bondDenom: "ugcs",
  minCommissionRate: 0n,
  epochLength: 100n,
};

export const DEFAULT_SLASHING_PARAMS: SlashingParams = {
  signedBlocksWindow: 100n,
  minSignedPerWindow: DEC_ONE / 2n,
  downtimeJailDurationSeconds: 600n,
  slashFractionDoubleSign: DEC_ONE / 20n,
  slashFractionDowntime: DEC_ONE / 100n,
  maxEvidenceAgeBlocks: 100_000n,
  maxEvidenceAgeSeconds: 48n * 3600n,
};

export function validateStakingParams(p: StakingParams): void {
  if (p.unbondingTimeSeconds < 0n) throw ErrInvalidRequest.raise("unbonding time must not be negative");
  if (p.maxValidators <= 0) throw ErrInvalidRequest.raise("max validators must be positive");
  if (p.maxEntries <= 0) throw ErrInvalidRequest.raise("max entries must be positive");
  if (p.epochLength <= 0n) throw ErrInvalidRequest.raise("epoch length must be positive");
  if (p.minCommissionRate < 0n || p.minCommissionRate > DEC_ONE) throw ErrInvalidRequest.raise("min commission rate must be within [0, 1]");
  validateDenom(p.bondDenom);
}

export function validateSlashingParams(p: SlashingParams): void {
  if (p.signedBlocksWindow <= 0n) throw ErrInvalidRequest.raise("signed blocks window must be positive");
  for (const [k, v] of [
    ["min signed per window", p.minSignedPerWindow],
    ["double-sign slash fraction", p.slashFractionDoubleSign],
    ["downtime slash fraction", p.slashFractionDowntime],
  ] as const) {
    if (v < 0n || v > DEC_ONE) throw ErrInvalidRequest.raise(`${k} must be within [0, 1]`);
  }
  if (p.downtimeJailDurationSeconds <= 0n) throw ErrInvalidRequest.raise("downtime jail duration must be positive");
  if (p.maxEvidenceAgeBlocks <= 0n || p.maxEvidenceAgeSeconds <= 0n) throw ErrInvalidRequest.raise("evidence max age must be positive");
}

export function stakingParamsToProto(p: StakingParams): StakingParamsProto {
  return {
    unbondingTime: { seconds: p.unbondingTimeSeconds, nanos: 0 },
    maxValidators: p.maxValidators,
    maxEntries: p.maxEntries,
    historicalEntries: p.historicalEntries,
    bondDenom: p.bondDenom,
    minCommissionRate: p.minCommissionRate.toString(),
  };
}

export function stakingParamsFromProto(q: StakingParamsProto, epochLength: bigint): StakingParams {
  return {
    unbondingTimeSeconds: q.unbondingTime.seconds,
    maxValidators: q.maxValidators,
    maxEntries: q.maxEntries,
    historicalEntries: q.historicalEntries,
    bondDenom: q.bondDenom,
    minCommissionRate: BigInt(q.minCommissionRate || "0"),
    epochLength,
  };
}

export function slashingParamsToProto(p: SlashingParams): SlashingParamsProto {
  return {
    signedBlocksWindow: p.signedBlocksWindow,
    minSignedPerWindow: utf8(p.minSignedPerWindow.toString()),
    downtimeJailDuration: { seconds: p.downtimeJailDurationSeconds, nanos: 0 },
    slashFractionDoubleSign: utf8(p.slashFractionDoubleSign.toString()),
    slashFractionDowntime: utf8(p.slashFractionDowntime.toString()),
  };
}

export function slashingParamsFromProto(q: SlashingParamsProto, evidence: { blocks: bigint; seconds: bigint }): SlashingParams {
  const dec = (b: Uint8Array) => (b.length === 0 ? 0n : BigInt(fromUtf8(b)));
  return {
    signedBlocksWindow: q.signedBlocksWindow,
    minSignedPerWindow: dec(q.minSignedPerWindow),
    downtimeJailDurationSeconds: q.downtimeJailDuration.seconds,
    slashFractionDoubleSign: dec(q.slashFractionDoubleSign),
    slashFractionDowntime: dec(q.slashFractionDowntime),
    maxEvidenceAgeBlocks: evidence.blocks,
    maxEvidenceAgeSeconds: evidence.seconds,
  };
}

/** "1814400s" (proto-JSON Duration) or a bare number of seconds. */
export function parseDurationJson(v: unknown, what: string): bigint {
  const m = /^([0-9]{1,15})s?$/.exec(String(v));
  if (!m) throw ErrInvalidRequest.raise(`invalid ${what} ${JSON.stringify(v)}`);
  return BigInt(m[1]!);
}

type Json = Record<string, unknown>;

export function stakingParamsFromJson(j: Json | undefined): StakingParams {
  const d = DEFAULT_STAKING_PARAMS;
  if (!j) return d;
  return {
    unbondingTimeSeconds: j["unbonding_time"] === undefined ? d.unbondingTimeSeconds : parseDurationJson(j["unbonding_time"], "unbonding_time"),
    maxValidators: j["max_validators"] === undefined ? d.maxValidators : Number(j["max_validators"]),
    maxEntries: j["max_entries"] === undefined ? d.maxEntries : Number(j["max_entries"]),
    historicalEntries: j["historical_entries"] === undefined ? d.historicalEntries : Number(j["historical_entries"]),
    bondDenom: j["bond_denom"] === undefined ? d.bondDenom : String(j["bond_denom"]),
    minCommissionRate: j["min_commission_rate"] === undefined ? d.minCommissionRate : decFromJson(String(j["min_commission_rate"]), "min_commission_rate"),
    epochLength: j["epoch_length"] === undefined ? d.epochLength : BigInt(String(j["epoch_length"])),
  };
}

export function stakingParamsToJson(p: StakingParams): Json {
  return {
    unbonding_time: `${p.unbondingTimeSeconds}s`,
    max_validators: p.maxValidators,
    max_entries: p.maxEntries,
    historical_entries: p.historicalEntries,
    bond_denom: p.bondDenom,
    min_commission_rate: decToJson(p.minCommissionRate),
    epoch_length: p.epochLength.toString(),
  };
}

export function slashingParamsFromJson(j: Json | undefined): SlashingParams {
  const d = DEFAULT_SLASHING_PARAMS;
  if (!j) return d;
  const big = (k: string, dv: bigint) => (j[k] === undefined ? dv : BigInt(String(j[k])));
  const dec = (k: string, dv: bigint) => (j[k] === undefined ? dv : decFromJson(String(j[k]), k));
  return {
    signedBlocksWindow: big("signed_blocks_window", d.signedBlocksWindow),
    minSignedPerWindow: dec("min_signed_per_window", d.minSignedPerWindow),
    downtimeJailDurationSeconds:
      j["downtime_jail_duration"] === undefined ? d.downtimeJailDurationSeconds : parseDurationJson(j["downtime_jail_duration"], "downtime_jail_duration"),
    slashFractionDoubleSign: dec("slash_fraction_double_sign", d.slashFractionDoubleSign),
    slashFractionDowntime: dec("slash_fraction_downtime", d.slashFractionDowntime),
    maxEvidenceAgeBlocks: big("max_evidence_age_blocks", d.maxEvidenceAgeBlocks),
    maxEvidenceAgeSeconds: j["max_evidence_age"] === undefined ? d.maxEvidenceAgeSeconds : parseDurationJson(j["max_evidence_age"], "max_evidence_age"),
  };
}

export function slashingParamsToJson(p: SlashingParams): Json {
  return {
    signed_blocks_window: p.signedBlocksWindow.toString(),
    min_signed_per_window: decToJson(p.minSignedPerWindow),
    downtime_jail_duration: `${p.downtimeJailDurationSeconds}s`,
    slash_fraction_double_sign: decToJson(p.slashFractionDoubleSign),
    slash_fraction_downtime: decToJson(p.slashFractionDowntime),
    max_evidence_age_blocks: p.maxEvidenceAgeBlocks.toString(),
    max_evidence_age: `${p.maxEvidenceAgeSeconds}s`,
  };
}
