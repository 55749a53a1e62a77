import { pogcs } from "../../proto/gen/pogcs.js";
import { decimalParam, fromLong, toLong } from "./long.js";
import { ErrInvalidParams } from "./errors.js";

/** Devices params (genesis now, governance later). All integers; ratios are per mille. */
export interface DevicesParams {
  /** Blocks per epoch; epoch e covers heights e*L+1 .. (e+1)*L. */
  epochLength: bigint;
  /** Blocks after an epoch ends during which its reports are still accepted (< epochLength). */
  reportGraceBlocks: bigint;
  bondDenom: string;
  /** A device earns (capacity, VGC) and may be challenged only with at least this bond. */
  minDeviceBond: bigint;
  unbondingBlocks: bigint;
  doubleReportSlashPermille: number;
  /** Share of the slashed amount paid to whoever submitted the evidence; the rest is burned. */
  doubleReportRewardPermille: number;
  /** Epochs during which a validator backing a double-reporting device gets g = 0. */
  gPenaltyEpochs: bigint;
  /** Expected share of gpu/combined devices challenged per epoch. */
  challengePermille: number;
  /** Matrix size (a power of two, so the row Merkle tree is perfect). */
  challengeN: number;
  /** Rows sampled per reveal. */
  challengeK: number;
  commitWindowBlocks: bigint;
  revealWindowBlocks: bigint;
  /** The rows are drawn from the beacon this many blocks after the commit's block. */
  sampleDelayBlocks: bigint;
  initialScore: number;
  passBonus: number;
  failNum: number;
  failDen: number;
  /** Devices of one class in one H3 cell beyond which each earns cap/count. */
  densityCap: number;
  /** Per GPU and epoch; a report claiming more GPU-seconds is refused. */
  maxGpuSecondsPerGpu: bigint;
  verifyGasPer1000MulAdds: bigint;
  prngGasPerHash: bigint;
  /** Upper bound of challenges issued per epoch (bounds the begin-block work). */
  maxChallengesPerEpoch: bigint;
}

export const DEFAULT_DEVICES_PARAMS: DevicesParams = {
  epochLength: 100n,
  reportGraceBlocks: 20n,
  bondDenom: "ugcs",
  minDeviceBond: 1_000_000n,
  unbondingBlocks: 1000n,
  doubleReportSlashPermille: 500,
  doubleReportRewardPermille: 100,
  gPenaltyEpochs: 10n,
  challengePermille: 100,
  challengeN: 256,
  challengeK: 8,
  commitWindowBlocks: 30n,
  revealWindowBlocks: 20n,
  sampleDelayBlocks: 1n,
  initialScore: 600,
  passBonus: 50,
  failNum: 8,
  failDen: 10,
  densityCap: 4,
  maxGpuSecondsPerGpu: 3600n,
  verifyGasPer1000MulAdds: 200n,
  prngGasPerHash: 10n,
  maxChallengesPerEpoch: 1000n,
};

export function validateDevicesParams(p: DevicesParams): void {
  const bad = (why: string) => {
    throw ErrInvalidParams.raise(why);
  };
  if (p.epochLength < 2n) bad("epoch_length must be at least 2");
  if (p.reportGraceBlocks >= p.epochLength) bad("report_grace_blocks must be below epoch_length");
  if (!/^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/.test(p.bondDenom)) bad("bond_denom");
  if (p.minDeviceBond < 0n || p.unbondingBlocks < 1n) bad("min_device_bond / unbonding_blocks");
  for (const [name, v] of [["slash", p.doubleReportSlashPermille], ["reward", p.doubleReportRewardPermille], ["challenge", p.challengePermille]] as const) {
    if (!Number.isInteger(v) || v < 0 || v > 1000) bad(`${name} per mille out of range`);
  }
  if (p.challengeN < 2 || p.challengeN > 4096 || (p.challengeN & (p.challengeN - 1)) !== 0) bad("challenge_n must be a power of two in 2..4096");
  if (p.challengeK < 1 || p.challengeK > p.challengeN) bad("challenge_k must be in 1..n");
  if (p.commitWindowBlocks < 1n || p.revealWindowBlocks < 1n || p.sampleDelayBlocks < 1n) bad("challenge windows must be positive");
  // A challenge issued at an epoch's first block resolves inside that epoch, before settlement.
  if (p.commitWindowBlocks + p.sampleDelayBlocks + p.revealWindowBlocks + 1n > p.epochLength) bad("challenge windows do not fit in one epoch");
  if (p.initialScore < 0 || p.initialScore > 1000 || p.passBonus < 0 || p.passBonus > 1000) bad("scores are per mille");
  if (p.failDen < 1 || p.failNum < 0 || p.failNum >= p.failDen) bad("fail decay must be a fraction below 1");
  if (p.densityCap < 1) bad("density_cap must be at least 1");
  if (p.gPenaltyEpochs < 0n || p.maxGpuSecondsPerGpu < 0n || p.maxChallengesPerEpoch < 0n) bad("negative value");
}

export function devicesParamsToProto(p: DevicesParams): pogcs.devices.v1.IParams {
  return {
    epochLength: toLong(p.epochLength), reportGraceBlocks: toLong(p.reportGraceBlocks), bondDenom: p.bondDenom,
    minDeviceBond: p.minDeviceBond.toString(), unbondingBlocks: toLong(p.unbondingBlocks),
    doubleReportSlashPermille: p.doubleReportSlashPermille, doubleReportRewardPermille: p.doubleReportRewardPermille,
    gPenaltyEpochs: toLong(p.gPenaltyEpochs), challengePermille: p.challengePermille, challengeN: p.challengeN,
    challengeK: p.challengeK, commitWindowBlocks: toLong(p.commitWindowBlocks), revealWindowBlocks: toLong(p.revealWindowBlocks),
    sampleDelayBlocks: toLong(p.sampleDelayBlocks), initialScore: p.initialScore, passBonus: p.passBonus,
    failNum: p.failNum, failDen: p.failDen, densityCap: p.densityCap, maxGpuSecondsPerGpu: toLong(p.maxGpuSecondsPerGpu),
    verifyGasPer_1000Muladds: toLong(p.verifyGasPer1000MulAdds), prngGasPerHash: toLong(p.prngGasPerHash),
    maxChallengesPerEpoch: toLong(p.maxChallengesPerEpoch),
  };
}

export function devicesParamsFromProto(m: pogcs.devices.v1.IParams): DevicesParams {
  return {
    epochLength: fromLong(m.epochLength), reportGraceBlocks: fromLong(m.reportGraceBlocks), bondDenom: m.bondDenom ?? "",
    minDeviceBond: decimalParam(m.minDeviceBond, "min_device_bond", ErrInvalidParams), unbondingBlocks: fromLong(m.unbondingBlocks),
    doubleReportSlashPermille: m.doubleReportSlashPermille ?? 0, doubleReportRewardPermille: m.doubleReportRewardPermille ?? 0,
    gPenaltyEpochs: fromLong(m.gPenaltyEpochs), challengePermille: m.challengePermille ?? 0, challengeN: m.challengeN ?? 0,
    challengeK: m.challengeK ?? 0, commitWindowBlocks: fromLong(m.commitWindowBlocks), revealWindowBlocks: fromLong(m.revealWindowBlocks),
    sampleDelayBlocks: fromLong(m.sampleDelayBlocks), initialScore: m.initialScore ?? 0, passBonus: m.passBonus ?? 0,
    failNum: m.failNum ?? 0, failDen: m.failDen ?? 0, densityCap: m.densityCap ?? 0, maxGpuSecondsPerGpu: fromLong(m.maxGpuSecondsPerGpu),
    verifyGasPer1000MulAdds: fromLong(m.verifyGasPer_1000Muladds), prngGasPerHash: fromLong(m.prngGasPerHash),
    maxChallengesPerEpoch: fromLong(m.maxChallengesPerEpoch),
  };
}

/** Genesis/CLI JSON (snake_case, int64 as strings). */
export function devicesParamsToJson(p: DevicesParams): Record<string, string | number> {
  return {
    epoch_length: p.epochLength.toString(), report_grace_blocks: p.reportGraceBlocks.toString(), bond_denom: p.bondDenom,
    min_device_bond: p.minDeviceBond.toString(), unbonding_blocks: p.unbondingBlocks.toString(),
    double_report_slash_permille: p.doubleReportSlashPermille, double_report_reward_permille: p.doubleReportRewardPermille,
    g_penalty_epochs: p.gPenaltyEpochs.toString(), challenge_permille: p.challengePermille, challenge_n: p.challengeN,
    challenge_k: p.challengeK, commit_window_blocks: p.commitWindowBlocks.toString(), reveal_window_blocks: p.revealWindowBlocks.toString(),
    sample_delay_blocks: p.sampleDelayBlocks.toString(), initial_score: p.initialScore, pass_bonus: p.passBonus,
    fail_num: p.failNum, fail_den: p.failDen, density_cap: p.densityCap, max_gpu_seconds_per_gpu: p.maxGpuSecondsPerGpu.toString(),
    verify_gas_per_1000_muladds: p.verifyGasPer1000MulAdds.toString(), prng_gas_per_hash: p.prngGasPerHash.toString(),
    max_challenges_per_epoch: p.maxChallengesPerEpoch.toString(),
  };
}

export function devicesParamsFromJson(j: Record<string, unknown> | undefined): DevicesParams {
  const d = DEFAULT_DEVICES_PARAMS;
  const big = (k: string, def: bigint) => (j && j[k] !== undefined ? decimalParam(String(j[k]), k, ErrInvalidParams) : def);
  const num = (k: string, def: number) => (j && j[k] !== undefined ? Number(j[k]) : def);
  return {
    epochLength: big("epoch_length", d.epochLength), reportGraceBlocks: big("report_grace_blocks", d.reportGraceBlocks),
    bondDenom: j && typeof j["bond_denom"] === "string" ? (j["bond_denom"] as string) : d.bondDenom,
    minDeviceBond: big("min_device_bond", d.minDeviceBond), unbondingBlocks: big("unbonding_blocks", d.unbondingBlocks),
    doubleReportSlashPermille: num("double_report_slash_permille", d.doubleReportSlashPermille),
    doubleReportRewardPermille: num("double_report_reward_permille", d.doubleReportRewardPermille),
    gPenaltyEpochs: big("g_penalty_epochs", d.gPenaltyEpochs), challengePermille: num("challenge_permille", d.challengePermille),
    challengeN: num("challenge_n", d.challengeN), challengeK: num("challenge_k", d.challengeK),
    commitWindowBlocks: big("commit_window_blocks", d.commitWindowBlocks), revealWindowBlocks: big("reveal_window_blocks", d.revealWindowBlocks),
    sampleDelayBlocks: big("sample_delay_blocks", d.sampleDelayBlocks), initialScore: num("initial_score", d.initialScore),
    passBonus: num("pass_bonus", d.passBonus), failNum: num("fail_num", d.failNum), failDen: num("fail_den", d.failDen),
    densityCap: num("density_cap", d.densityCap), maxGpuSecondsPerGpu: big("max_gpu_seconds_per_gpu", d.maxGpuSecondsPerGpu),
    verifyGasPer1000MulAdds: big("verify_gas_per_1000_muladds", d.verifyGasPer1000MulAdds),
    prngGasPerHash: big("prng_gas_per_hash", d.prngGasPerHash), maxChallengesPerEpoch: big("max_challenges_per_epoch", d.maxChallengesPerEpoch),
  };
}
