import type { Context } from "../../chain/app/context.js";
import { toHex } from "../../chain/crypto/bytes.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { makeEvent } from "../../chain/events/types.js";
import { isEpochEnd, epochOf } from "../devices/epochs.js";
import type { Device } from "../devices/types.js";
import { POOLS_MODULE_ACCOUNT, type PoolsKeeper } from "./keeper.js";
import { u64 } from "./keys.js";
import { computeDrawSeed, computeShuffle } from "./draw.js";
import { computeShareValue, computeSharesForPayout } from "./share-math.js";
import { processRemoveMember } from "./membership.js";
import { classesOfKind, type Application, type Pool } from "./types.js";

/** Runs at the devices epoch end: offline members out, applications settled, withdrawals paid. */
export function processEpochEnd(k: PoolsKeeper, ctx: Context): void {
  const epochLength = k.devices.params(ctx).epochLength;
  if (!isEpochEnd(ctx.block.height, epochLength)) return;
  const epoch = epochOf(ctx.block.height, epochLength);
  processOffline(k, ctx, epoch);
  for (const pool of [...k.iteratePools(ctx)]) {
    processApplications(k, ctx, pool.id, epoch);
    processWithdrawals(k, ctx, pool.id, epoch);
  }
}

/** Green share of a report in per mille (0 when it consumed nothing). */
function greenPermille(greenWh: bigint, consumedWh: bigint): bigint {
  return consumedWh === 0n ? 0n : (greenWh * 1000n) / consumedWh;
}

/** Members that joined before this epoch and have no report for it, are flagged, or score below the param, are removed. */
export function processOffline(k: PoolsKeeper, ctx: Context, epoch: bigint): void {
  const minScore = k.params(ctx).minScore;
  for (const m of [...k.iterateAllMembers(ctx)]) {
    if (m.joinedEpoch > epoch) continue;
    const d = k.devices.getDevice(ctx, m.deviceId);
    let reason = "";
    if (!d) reason = "device_gone";
    else if (d.flagged) reason = "flagged";
    else if (d.score < minScore) reason = "low_score";
    else if (!k.devices.getReport(ctx, m.deviceId, epoch)) reason = "no_report";
    if (reason === "") continue;
    processRemoveMember(k, ctx, m, `offline:${reason}`);
    ctx.emit(makeEvent("pools_device_offline", [["pool_id", m.poolId.toString()], ["device_id", m.deviceId.toString()], ["epoch", epoch.toString()], ["reason", reason]]));
  }
}

function reject(k: PoolsKeeper, ctx: Context, a: Application, reason: string): void {
  k.deleteApplication(ctx, a);
  ctx.emit(makeEvent("pools_application_rejected", [["pool_id", a.poolId.toString()], ["device_id", a.deviceId.toString()], ["reason", reason]]));
}

function admit(k: PoolsKeeper, ctx: Context, pool: Pool, a: Application, d: Device, epoch: bigint): void {
  k.deleteApplication(ctx, a);
  k.setMember(ctx, { poolId: pool.id, deviceId: a.deviceId, owner: d.owner, joinedEpoch: epoch + 1n, h3Cell: d.location.h3Cell });
  ctx.emit(makeEvent("pools_device_admitted", [["pool_id", pool.id.toString()], ["device_id", a.deviceId.toString()], ["owner", d.owner], ["epoch", epoch.toString()], ["rule", pool.entryRule.type]]));
}

/** The beacon of this block, or sha256(height) when consensus gave none (tests). */
function beaconOf(ctx: Context): Uint8Array {
  const r = ctx.block.extras?.randomness;
  return r && r.length > 0 ? r : sha256(u64(ctx.block.height));
}

/** Settles one pool's applications by its entry rule; all pending applications are decided. */
export function processApplications(k: PoolsKeeper, ctx: Context, poolId: bigint, epoch: bigint): void {
  const pool = k.getPool(ctx, poolId)!;
  const apps = k.applications(ctx, poolId);
  if (apps.length === 0) return;
  const open = pool.seats - pool.memberCount;
  const valid: Array<{ a: Application; d: Device }> = [];
  for (const a of apps) {
    const d = k.devices.getDevice(ctx, a.deviceId);
    if (!d || d.owner !== a.owner) reject(k, ctx, a, "owner_changed");
    else if (d.flagged) reject(k, ctx, a, "flagged");
    else if (!classesOfKind(pool.kind).includes(d.deviceClass)) reject(k, ctx, a, "class");
    else valid.push({ a, d });
  }
  let chosen: Array<{ a: Application; d: Device }> = [];
  const rule = pool.entryRule;
  if (rule.type === "stake") {
    const eligible = valid.filter((x) => x.d.bond >= rule.minBond);
    for (const x of valid) if (x.d.bond < rule.minBond) reject(k, ctx, x.a, "bond_below_min");
    eligible.sort((x, y) => (x.d.bond === y.d.bond ? (x.a.seq < y.a.seq ? -1 : 1) : x.d.bond > y.d.bond ? -1 : 1));
    chosen = eligible.slice(0, Math.max(open, 0));
    for (const x of eligible.slice(chosen.length)) reject(k, ctx, x.a, "no_seat");
  } else if (rule.type === "random") {
    if (valid.length <= open) chosen = valid;
    else {
      const seed = computeDrawSeed(beaconOf(ctx), poolId, epoch);
      const order = computeShuffle(valid, seed);
      chosen = order.slice(0, Math.max(open, 0));
      ctx.emit(makeEvent("pools_random_draw", [
        ["pool_id", poolId.toString()], ["epoch", epoch.toString()], ["seed", toHex(seed)], ["applicants", valid.map((x) => x.a.deviceId).join(",")],
        ["winners", chosen.map((x) => x.a.deviceId).join(",")], ["seats", String(open)],
      ]));
      for (const x of order.slice(chosen.length)) reject(k, ctx, x.a, "not_drawn");
    }
  } else {
    const perCell = new Map<bigint, number>();
    for (const m of k.members(ctx, poolId)) perCell.set(m.h3Cell, (perCell.get(m.h3Cell) ?? 0) + 1);
    const allowed = rule.classes.length > 0 ? rule.classes : classesOfKind(pool.kind);
    for (const x of valid) {
      const rep = k.devices.getReport(ctx, x.d.id, epoch);
      let why = "";
      if (!allowed.includes(x.d.deviceClass)) why = "class";
      else if (!rep) why = "no_report";
      else if (greenPermille(rep.body.greenWh, rep.body.energyConsumedWh) < BigInt(rule.minGreenPermille)) why = "green_share";
      else if (rep.body.uptimePermille < rule.minUptimePermille) why = "uptime";
      else if (rule.maxDevicesInCell > 0 && (perCell.get(x.d.location.h3Cell) ?? 0) >= rule.maxDevicesInCell) why = "cell_density";
      else if (open - chosen.length <= 0) why = "no_seat";
      if (why !== "") {
        reject(k, ctx, x.a, why);
        continue;
      }
      chosen.push(x);
      perCell.set(x.d.location.h3Cell, (perCell.get(x.d.location.h3Cell) ?? 0) + 1);
    }
  }
  for (const x of chosen) admit(k, ctx, pool, x.a, x.d, epoch);
  const after = k.getPool(ctx, poolId)!;
  k.setPool(ctx, { ...after, memberCount: after.memberCount + chosen.length });
}

/** Pays the queue FIFO at the current price (floor), up to withdraw_limit_permille of the assets; the rest waits. */
export function processWithdrawals(k: PoolsKeeper, ctx: Context, poolId: bigint, epoch: bigint): void {
  const queue = k.withdrawals(ctx, poolId);
  if (queue.length === 0) return;
  let pool = k.getPool(ctx, poolId)!;
  let budget = (pool.assets * BigInt(k.params(ctx).withdrawLimitPermille)) / 1000n;
  for (const w of queue) {
    const value = computeShareValue(w.shares, pool.totalShares, pool.assets);
    const paid = value <= budget ? value : budget;
    const retired = paid === value ? w.shares : computeSharesForPayout(paid, pool.totalShares, pool.assets);
    if (retired === 0n) break;
    budget -= paid;
    pool = { ...pool, assets: pool.assets - paid, totalShares: pool.totalShares - retired };
    if (paid > 0n) k.bank.sendFromModuleToAccount(ctx, POOLS_MODULE_ACCOUNT, w.investor, [{ denom: pool.quoteDenom, amount: paid }]);
    if (retired === w.shares) k.deleteWithdrawal(ctx, w);
    else k.setWithdrawal(ctx, { ...w, shares: w.shares - retired });
    ctx.emit(makeEvent("pools_withdrawal_paid", [
      ["pool_id", poolId.toString()], ["investor", w.investor], ["seq", w.seq.toString()], ["shares", retired.toString()],
      ["amount", `${paid}${pool.quoteDenom}`], ["remaining_shares", (w.shares - retired).toString()], ["epoch", epoch.toString()],
    ]));
    if (retired !== w.shares) break;
  }
  k.setPool(ctx, pool);
}
