import type { Context } from "../../chain/app/context.js";
import { isValidDenom } from "../../chain/codec/coins.js";
import { makeEvent } from "../../chain/events/types.js";
import { DEVICE_CLASSES } from "../devices/types.js";
import { POOLS_MODULE_ACCOUNT, type PoolsKeeper } from "./keeper.js";
import { NEXT_POOL_ID_KEY, NEXT_SEQ_KEY } from "./keys.js";
import { SLOT_DENOM_PREFIX } from "./slots.js";
import { processDefaultDevice } from "./capacity.js";
import { classesOfKind, type EntryRule, type Member } from "./types.js";
import {
  ErrAlreadyPooled, ErrDeviceFlagged, ErrDeviceNotFound, ErrInvalidEntryRule, ErrInvalidKind, ErrInvalidPool, ErrInvalidQuoteDenom,
  ErrNotDeviceOwner, ErrNotMember, ErrPoolFull, ErrPoolNotFound, ErrWrongDeviceClass,
} from "./errors.js";

export interface CreatePoolInput {
  creator: string;
  name: string;
  kind: number;
  quoteDenom: string;
  seats: number;
  revenueShareBps: number;
  entryRule: EntryRule | undefined;
}

/** Stateless checks of a pool definition (msg validateBasic and genesis). */
export function validatePoolDefinition(d: Omit<CreatePoolInput, "creator">): EntryRule {
  if (classesOfKind(d.kind).length === 0) throw ErrInvalidKind.raise(`kind ${d.kind}`);
  if (d.name.length === 0 || d.name.length > 64) throw ErrInvalidPool.raise("name must be 1-64 characters");
  if (!isValidDenom(d.quoteDenom) || d.quoteDenom.startsWith(SLOT_DENOM_PREFIX)) throw ErrInvalidQuoteDenom.raise(JSON.stringify(d.quoteDenom));
  if (d.seats < 1) throw ErrInvalidPool.raise("seats must be at least 1");
  if (d.revenueShareBps > 10_000) throw ErrInvalidPool.raise("revenue_share_bps above 10000");
  const r = d.entryRule;
  if (!r) throw ErrInvalidEntryRule.raise("missing entry rule");
  if (r.type === "stake" && r.minBond < 0n) throw ErrInvalidEntryRule.raise("negative min_bond");
  if (r.type === "condition") {
    if (r.minGreenPermille > 1000 || r.minUptimePermille > 1000) throw ErrInvalidEntryRule.raise("per mille above 1000");
    const allowed = classesOfKind(d.kind);
    for (const c of r.classes) {
      if (!DEVICE_CLASSES.includes(c)) throw ErrInvalidEntryRule.raise(`unknown device class ${c}`);
      if (!allowed.includes(c)) throw ErrInvalidEntryRule.raise(`class ${c} does not fit the pool kind`);
    }
  }
  return r;
}

export function processCreatePool(k: PoolsKeeper, ctx: Context, d: CreatePoolInput): bigint {
  const rule = validatePoolDefinition(d);
  const p = k.params(ctx);
  if (d.seats > p.maxSeats) throw ErrInvalidPool.raise(`seats above max_seats ${p.maxSeats}`);
  const id = k.take(ctx, NEXT_POOL_ID_KEY);
  k.setPool(ctx, {
    id, creator: d.creator, name: d.name, kind: d.kind, quoteDenom: d.quoteDenom, seats: d.seats, revenueShareBps: d.revenueShareBps,
    entryRule: rule, assets: 0n, totalShares: 0n, memberCount: 0, createdHeight: ctx.block.height,
  });
  ctx.emit(makeEvent("pools_pool_created", [
    ["pool_id", id.toString()], ["creator", d.creator], ["kind", String(d.kind)], ["quote_denom", d.quoteDenom],
    ["seats", String(d.seats)], ["entry_rule", rule.type], ["module_account", POOLS_MODULE_ACCOUNT],
  ]));
  return id;
}

/** The owner applies a device; admission is decided at the epoch end by the pool's entry rule. */
export function processApplyDevice(k: PoolsKeeper, ctx: Context, owner: string, poolId: bigint, deviceId: bigint): bigint {
  const pool = k.getPool(ctx, poolId);
  if (!pool) throw ErrPoolNotFound.raise(`pool ${poolId}`);
  const device = k.devices.getDevice(ctx, deviceId);
  if (!device) throw ErrDeviceNotFound.raise(`device ${deviceId}`);
  if (device.owner !== owner) throw ErrNotDeviceOwner.raise(`device ${deviceId}`);
  if (device.flagged) throw ErrDeviceFlagged.raise(`device ${deviceId}`);
  if (!classesOfKind(pool.kind).includes(device.deviceClass)) throw ErrWrongDeviceClass.raise(`class ${device.deviceClass} in pool kind ${pool.kind}`);
  if (k.poolOfDevice(ctx, deviceId) !== undefined || k.applicationOfDevice(ctx, deviceId)) throw ErrAlreadyPooled.raise(`device ${deviceId}`);
  if (pool.memberCount >= pool.seats) throw ErrPoolFull.raise(`pool ${poolId} has ${pool.seats} seats taken`);
  if (k.applications(ctx, poolId).length >= k.params(ctx).maxApplications) throw ErrPoolFull.raise(`pool ${poolId} has too many pending applications`);
  const seq = k.take(ctx, NEXT_SEQ_KEY);
  k.setApplication(ctx, { poolId, seq, deviceId, owner, appliedHeight: ctx.block.height });
  ctx.emit(makeEvent("pools_device_applied", [["pool_id", poolId.toString()], ["device_id", deviceId.toString()], ["owner", owner], ["seq", seq.toString()]]));
  return seq;
}

/** Removes a member (leaving or offline): its future commitments default and unsold slots burn. */
export function processRemoveMember(k: PoolsKeeper, ctx: Context, m: Member, reason: string): void {
  processDefaultDevice(k, ctx, m.deviceId, reason);
  k.deleteMember(ctx, m);
  const pool = k.getPool(ctx, m.poolId)!;
  k.setPool(ctx, { ...pool, memberCount: pool.memberCount - 1 });
  ctx.emit(makeEvent("pools_member_removed", [["pool_id", m.poolId.toString()], ["device_id", m.deviceId.toString()], ["owner", m.owner], ["reason", reason]]));
}

/** The owner takes a device out of its pool, or withdraws its pending application. */
export function processLeavePool(k: PoolsKeeper, ctx: Context, owner: string, deviceId: bigint): void {
  const device = k.devices.getDevice(ctx, deviceId);
  if (!device) throw ErrDeviceNotFound.raise(`device ${deviceId}`);
  if (device.owner !== owner) throw ErrNotDeviceOwner.raise(`device ${deviceId}`);
  const app = k.applicationOfDevice(ctx, deviceId);
  if (app) {
    k.deleteApplication(ctx, app);
    ctx.emit(makeEvent("pools_application_withdrawn", [["pool_id", app.poolId.toString()], ["device_id", deviceId.toString()]]));
    return;
  }
  const poolId = k.poolOfDevice(ctx, deviceId);
  if (poolId === undefined) throw ErrNotMember.raise(`device ${deviceId}`);
  processRemoveMember(k, ctx, k.getMember(ctx, poolId, deviceId)!, "left");
}
