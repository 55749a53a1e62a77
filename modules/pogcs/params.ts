import { pogcs } from "../../proto/gen/pogcs.js";
import { decimalParam, fromLong, toLong } from "../devices/long.js";
import type { EmissionSchedule } from "./emission.js";
import { ErrInvalidParams } from "./errors.js";

import P = pogcs.pogcs.v1;

export interface PogcsParams {
  vgcWindowEpochs: bigint;
  /** Milli GPU-hours of VGC over the window at which g reaches G_MAX. */
  vgcTarget: bigint;
  gMaxPpm: bigint;
  powerCapPpm: bigint;
  whPerGpuHour: bigint;
  scoreThreshold: bigint;
  stakersPermille: bigint;
  capacityPoolPermille: bigint;
  workPoolPermille: bigint;
  feeBurnPermille: bigint;
}

export const DEFAULT_POGCS_PARAMS: PogcsParams = {
  vgcWindowEpochs: 10n,
  vgcTarget: 1_000_000n,
  gMaxPpm: 1_000_000n,
  powerCapPpm: 200_000n,
  whPerGpuHour: 300n,
  scoreThreshold: 400n,
  stakersPermille: 500n,
  capacityPoolPermille: 200n,
  workPoolPermille: 300n,
  feeBurnPermille: 500n,
};

export const DEFAULT_EMISSION: EmissionSchedule = {
  denom: "ugcs",
  initialPerBlock: 10_000_000n,
  decayEveryBlocks: 1_000_000n,
  decayNum: 9n,
  decayDen: 10n,
  maxSupply: 1_000_000_000_000_000n,
};

export function validatePogcsParams(p: PogcsParams): void {
  const bad = (why: string) => {
    throw ErrInvalidParams.raise(why);
  };
  if (p.vgcWindowEpochs < 1n) bad("vgc_window_epochs must be at least 1");
  if (p.vgcTarget < 1n) bad("vgc_target must be positive");
  if (p.gMaxPpm < 0n || p.gMaxPpm > 10_000_000n) bad("g_max_ppm out of range");
  if (p.powerCapPpm < 1n || p.powerCapPpm > 1_000_000n) bad("power_cap_ppm out of range");
  if (p.scoreThreshold < 0n || p.scoreThreshold > 1000n) bad("score_threshold is per mille");
  if (p.stakersPermille + p.capacityPoolPermille + p.workPoolPermille !== 1000n) bad("reward shares must sum to 1000");
  if (p.stakersPermille < 0n || p.capacityPoolPermille < 0n || p.workPoolPermille < 0n) bad("negative share");
  if (p.feeBurnPermille < 0n || p.feeBurnPermille > 1000n) bad("fee_burn_permille is per mille");
}

export function validateEmission(s: EmissionSchedule): void {
  if (!/^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/.test(s.denom)) throw ErrInvalidParams.raise("emission denom");
  if (s.initialPerBlock < 0n || s.decayEveryBlocks < 1n || s.decayDen < 1n || s.decayNum < 0n || s.decayNum > s.decayDen) {
    throw ErrInvalidParams.raise("emission schedule: decay must be a fraction <= 1 applied every >= 1 blocks");
  }
  if (s.maxSupply < 0n) throw ErrInvalidParams.raise("max_supply");
}

export function pogcsParamsToProto(p: PogcsParams): P.IParams {
  return {
    vgcWindowEpochs: toLong(p.vgcWindowEpochs), vgcTarget: p.vgcTarget.toString(), gMaxPpm: toLong(p.gMaxPpm), powerCapPpm: toLong(p.powerCapPpm),
    whPerGpuHour: toLong(p.whPerGpuHour), scoreThreshold: Number(p.scoreThreshold), stakersPermille: Number(p.stakersPermille),
    capacityPoolPermille: Number(p.capacityPoolPermille), workPoolPermille: Number(p.workPoolPermille), feeBurnPermille: Number(p.feeBurnPermille),
  };
}

export function pogcsParamsFromProto(m: P.IParams): PogcsParams {
  return {
    vgcWindowEpochs: fromLong(m.vgcWindowEpochs), vgcTarget: decimalParam(m.vgcTarget, "vgc_target", ErrInvalidParams), gMaxPpm: fromLong(m.gMaxPpm), powerCapPpm: fromLong(m.powerCapPpm),
    whPerGpuHour: fromLong(m.whPerGpuHour), scoreThreshold: BigInt(m.scoreThreshold ?? 0), stakersPermille: BigInt(m.stakersPermille ?? 0),
    capacityPoolPermille: BigInt(m.capacityPoolPermille ?? 0), workPoolPermille: BigInt(m.workPoolPermille ?? 0), feeBurnPermille: BigInt(m.feeBurnPermille ?? 0),
  };
}

export function emissionToProto(s: EmissionSchedule): P.IEmissionSchedule {
  return {
    denom: s.denom, initialPerBlock: s.initialPerBlock.toString(), decayEveryBlocks: toLong(s.decayEveryBlocks),
    decayNum: Number(s.decayNum), decayDen: Number(s.decayDen), maxSupply: s.maxSupply.toString(),
  };
}

export function emissionFromProto(m: P.IEmissionSchedule): EmissionSchedule {
  return {
    denom: m.denom ?? "", initialPerBlock: decimalParam(m.initialPerBlock, "initial_per_block", ErrInvalidParams), decayEveryBlocks: fromLong(m.decayEveryBlocks),
    decayNum: BigInt(m.decayNum ?? 0), decayDen: BigInt(m.decayDen ?? 1), maxSupply: decimalParam(m.maxSupply, "max_supply", ErrInvalidParams),
  };
}

const PARAM_JSON: Array<[keyof PogcsParams, string]> = [
  ["vgcWindowEpochs", "vgc_window_epochs"], ["vgcTarget", "vgc_target"], ["gMaxPpm", "g_max_ppm"], ["powerCapPpm", "power_cap_ppm"],
  ["whPerGpuHour", "wh_per_gpu_hour"], ["scoreThreshold", "score_threshold"], ["stakersPermille", "stakers_permille"],
  ["capacityPoolPermille", "capacity_pool_permille"], ["workPoolPermille", "work_pool_permille"], ["feeBurnPermille", "fee_burn_permille"],
];

export function pogcsParamsFromJson(j: Record<string, unknown> | undefined): PogcsParams {
  const out = { ...DEFAULT_POGCS_PARAMS };
  for (const [k, name] of PARAM_JSON) if (j && j[name] !== undefined) out[k] = decimalParam(String(j[name]), name, ErrInvalidParams);
  return out;
}

export function pogcsParamsToJson(p: PogcsParams): Record<string, string> {
  return Object.fromEntries(PARAM_JSON.map(([k, name]) => [name, p[k].toString()]));
}

export function emissionFromJson(j: Record<string, unknown> | undefined): EmissionSchedule {
  const d = DEFAULT_EMISSION;
  const big = (k: string, def: bigint) => (j && j[k] !== undefined ? decimalParam(String(j[k]), k, ErrInvalidParams) : def);
  return {
    denom: j && typeof j["denom"] === "string" ? (j["denom"] as string) : d.denom,
    initialPerBlock: big("initial_per_block", d.initialPerBlock), decayEveryBlocks: big("decay_every_blocks", d.decayEveryBlocks),
    decayNum: big("decay_num", d.decayNum), decayDen: big("decay_den", d.decayDen), maxSupply: big("max_supply", d.maxSupply),
  };
}

export function emissionToJson(s: EmissionSchedule): Record<string, string> {
  return {
    denom: s.denom, initial_per_block: s.initialPerBlock.toString(), decay_every_blocks: s.decayEveryBlocks.toString(),
    decay_num: s.decayNum.toString(), decay_den: s.decayDen.toString(), max_supply: s.maxSupply.toString(),
  };
}
