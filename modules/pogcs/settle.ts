import type { Context } from "../../chain/app/context.js";
import { makeEvent } from "../../chain/events/types.js";
import { epochOf, isEpochEnd } from "../devices/epochs.js";
import { ChallengeStatus, isComputeClass } from "../devices/types.js";
import type { ReadCtx } from "./expected-keepers.js";
import type { PogcsKeeper } from "./keeper.js";
import { computePowerTable, type PowerRow } from "./power.js";
import { splitProRata } from "./distribution.js";
import { computeCapacityWeight, computeDeviceVgc } from "./vgc.js";

interface DeviceScore {
  id: bigint;
  owner: string;
  validator: string;
  vgc: bigint;
  capacityWeight: bigint;
}

/** VGC and capacity weight of every device that may earn for `epoch` (pure reads). */
export function computeEpochScores(k: PogcsKeeper, ctx: ReadCtx, epoch: bigint): DeviceScore[] {
  const p = k.params(ctx);
  const dp = k.devices.params(ctx);
  const out: DeviceScore[] = [];
  for (const d of k.devices.iterateDevices(ctx)) {
    if (d.flagged || d.bond === 0n || d.bond < dp.minDeviceBond) continue;
    const rep = k.devices.getReport(ctx, d.id, epoch);
    if (!rep) continue;
    const ch = k.devices.getChallenge(ctx, d.id, epoch);
    const challengeOk = !ch || ch.status === ChallengeStatus.CHALLENGE_STATUS_PASSED;
    if (!challengeOk) {
      out.push({ id: d.id, owner: d.owner, validator: d.validator, vgc: 0n, capacityWeight: 0n });
      continue;
    }
    const w = k.devices.densityWeight(ctx, d);
    const score = BigInt(d.score);
    const vgc = isComputeClass(d.deviceClass) && score > p.scoreThreshold
      ? computeDeviceVgc({ gpuSeconds: rep.body.gpuSeconds, greenWh: rep.body.greenWh, score, densityNum: w.num, densityDen: w.den }, p.whPerGpuHour)
      : 0n;
    const cap = {
      solarPeakW: d.capacity.solarPeakW, storageWh: d.capacity.storageWh, gpuCount: BigInt(d.capacity.gpuCount), fp32TflopsMilli: d.capacity.fp32TflopsMilli,
    };
    const capacityWeight = computeCapacityWeight(cap, score, BigInt(rep.body.uptimePermille), w.num, w.den);
    out.push({ id: d.id, owner: d.owner, validator: d.validator, vgc, capacityWeight });
  }
  return out;
}

/**
 * Settles a closed epoch: its reports and challenges are final (the grace and challenge windows
 * end inside the next epoch's first blocks). Pays the device pools pro rata (rounding down, dust
 * stays in the pool) and records VGC per validator.
 */
export function settleEpoch(k: PogcsKeeper, ctx: Context, epoch: bigint): void {
  const p = k.params(ctx);
  const scores = computeEpochScores(k, ctx, epoch);
  const l = k.ledger(ctx);
  const work = splitProRata(l.workPool, scores.map((s) => s.vgc));
  const cap = splitProRata(l.capacityPool, scores.map((s) => s.capacityWeight));
  let paid = 0n;
  const byValidator = new Map<string, bigint>();
  scores.forEach((s, i) => {
    const reward = work.shares[i]! + cap.shares[i]!;
    k.credit(ctx, s.owner, reward);
    paid += reward;
    if (s.validator !== "" && s.vgc > 0n) byValidator.set(s.validator, (byValidator.get(s.validator) ?? 0n) + s.vgc);
    k.setDeviceResult(ctx, {
      deviceId: s.id, epoch, validator: s.validator, vgc: s.vgc, capacityWeight: s.capacityWeight, workReward: work.shares[i]!, capacityReward: cap.shares[i]!,
    });
  });
  for (const [v, vgc] of [...byValidator.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) k.setEpochVgc(ctx, epoch, v, vgc);
  if (epoch >= p.vgcWindowEpochs) k.pruneEpochVgc(ctx, epoch - p.vgcWindowEpochs);
  k.setLedger(ctx, {
    ...l, workPool: work.remainder, capacityPool: cap.remainder, distributed: l.distributed + paid, lastSettledEpoch: epoch, anySettled: true,
  });
  ctx.emit(makeEvent("pogcs_epoch_settled", [["epoch", epoch.toString()], ["devices", String(scores.length)], ["paid", paid.toString()]]));
}

/** VGC(v) summed over the last `vgc_window_epochs` settled epochs. */
export function windowVgc(k: PogcsKeeper, ctx: ReadCtx): Map<string, bigint> {
  const l = k.ledger(ctx);
  const out = new Map<string, bigint>();
  if (!l.anySettled) return out;
  const w = k.params(ctx).vgcWindowEpochs;
  const from = l.lastSettledEpoch + 1n > w ? l.lastSettledEpoch + 1n - w : 0n;
  for (let e = from; e <= l.lastSettledEpoch; e++) {
    for (const [v, x] of k.epochVgc(ctx, e)) out.set(v, (out.get(v) ?? 0n) + x);
  }
  return out;
}

/** The power table that the epoch `forEpoch` will use: live stakes, VGC window, penalties, cap. */
export function computeCurrentPowerTable(k: PogcsKeeper, ctx: ReadCtx, forEpoch: bigint): PowerRow[] {
  const p = k.params(ctx);
  const vgc = windowVgc(k, ctx);
  const cands = [...k.staking.powerCandidates(ctx)].sort((a, b) => (a.operator < b.operator ? -1 : a.operator > b.operator ? 1 : 0));
  const rows = cands.map((c) => ({
    operator: c.operator, stake: c.tokens, vgc: vgc.get(c.operator) ?? 0n, penalized: k.devices.penaltyUntil(ctx, c.operator) > forEpoch,
  }));
  return computePowerTable(rows, {
    vgcTarget: p.vgcTarget, gMaxPpm: p.gMaxPpm, capPpm: p.powerCapPpm, reduction: k.powerReduction, maxValidators: k.staking.maxValidators?.(ctx),
  });
}

export function processPowerTable(k: PogcsKeeper, ctx: Context, forEpoch: bigint): void {
  const rows = computeCurrentPowerTable(k, ctx, forEpoch);
  k.setPowerTable(ctx, rows, forEpoch);
  ctx.emit(makeEvent("pogcs_power_table", [["epoch", forEpoch.toString()], ["validators", String(rows.length)]]));
}

/** End block at an epoch's last height: settle the epoch before it, then the next epoch's powers. */
export function processEpochBoundary(k: PogcsKeeper, ctx: Context): void {
  const L = k.devices.params(ctx).epochLength;
  const h = ctx.block.height;
  if (!isEpochEnd(h, L)) return;
  const e = epochOf(h, L);
  if (e >= 1n) settleEpoch(k, ctx, e - 1n);
  processPowerTable(k, ctx, e + 1n);
}
