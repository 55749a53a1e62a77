import type { Context } from "../../chain/app/context.js";
import { makeEvent } from "../../chain/events/types.js";
import { isComputeClass } from "../devices/types.js";
import type { ReadCtx } from "./expected-keepers.js";
import { POOLS_MODULE_ACCOUNT, type PoolsKeeper } from "./keeper.js";
import { NEXT_COMMITMENT_ID_KEY } from "./keys.js";
import { HOUR_SECONDS, SLOT_DENOM_PREFIX, isSlotExpired, parseSlotDenom, slotClassOfModel, slotDenom, type CommittedHour, type SlotAssignment, type SlotStatus } from "./slots.js";
import { CommitmentStatus, isComputeKind, type Commitment } from "./types.js";
import {
  ErrCapacityExceeded, ErrContractsNeedCapacity, ErrDeviceFlagged, ErrDeviceNotFound, ErrHourBeyondHorizon, ErrHourTooSoon, ErrInvalidHour, ErrNotComputePool,
  ErrNotDeviceOwner, ErrNotMember, ErrSlotExpired, ErrSlotSendExpired, ErrSlotUnbacked, ErrUnknownSlot, ErrZeroAmount, ErrInsufficientSlots,
} from "./errors.js";

const ACTIVE = CommitmentStatus.COMMITMENT_STATUS_ACTIVE;
const DEFAULTED = CommitmentStatus.COMMITMENT_STATUS_DEFAULTED;

/**
 * A pooled compute device commits `units` GPU-hours of a future hour: the module mints that many
 * hour-slot tokens to the owner and records the commitment that backs them.
 */
export function processCommitCapacity(k: PoolsKeeper, ctx: Context, owner: string, deviceId: bigint, hourStart: bigint, units: bigint): { denom: string; commitmentId: bigint } {
  if (units <= 0n) throw ErrZeroAmount.raise("units");
  if (hourStart < 0n || hourStart % HOUR_SECONDS !== 0n) throw ErrInvalidHour.raise(`${hourStart}`);
  const device = k.devices.getDevice(ctx, deviceId);
  if (!device) throw ErrDeviceNotFound.raise(`device ${deviceId}`);
  if (device.owner !== owner) throw ErrNotDeviceOwner.raise(`device ${deviceId}`);
  if (device.flagged) throw ErrDeviceFlagged.raise(`device ${deviceId}`);
  const poolId = k.poolOfDevice(ctx, deviceId);
  if (poolId === undefined) throw ErrNotMember.raise(`device ${deviceId}`);
  const pool = k.getPool(ctx, poolId)!;
  if (!isComputeKind(pool.kind) || !isComputeClass(device.deviceClass)) throw ErrNotComputePool.raise(`pool ${poolId}`);
  const p = k.params(ctx);
  const now = ctx.block.timeSeconds;
  if (hourStart < now + p.minLeadSeconds) throw ErrHourTooSoon.raise(`hour ${hourStart} starts less than ${p.minLeadSeconds}s after ${now}`);
  if (hourStart > now + p.horizonSeconds) throw ErrHourBeyondHorizon.raise(`hour ${hourStart} is more than ${p.horizonSeconds}s after ${now}`);
  let committed = 0n;
  for (const c of k.deviceCommitments(ctx, deviceId, hourStart)) {
    if (c.hourStart !== hourStart) break;
    if (c.status === ACTIVE) committed += c.units;
  }
  const capacity = BigInt(device.capacity.gpuCount);
  if (committed + units > capacity) throw ErrCapacityExceeded.raise(`${committed} of ${capacity} GPU-hours already committed`);
  const refusal = k.commitGuard?.(ctx, deviceId, device.capacity.gpuCount, { hourStart, units });
  if (refusal !== undefined) throw ErrContractsNeedCapacity.raise(refusal);
  const denom = slotDenom(slotClassOfModel(device.capacity.gpuModel), hourStart);
  const id = k.take(ctx, NEXT_COMMITMENT_ID_KEY);
  k.setCommitment(ctx, { id, deviceId, owner, denom, hourStart, units, remaining: units, status: ACTIVE, createdHeight: ctx.block.height, burned: 0n });
  const ledger = k.getLedger(ctx, hourStart, denom) ?? { denom, minted: 0n, burned: 0n };
  k.setLedger(ctx, hourStart, { ...ledger, minted: ledger.minted + units });
  k.bank.mint(ctx, POOLS_MODULE_ACCOUNT, [{ denom, amount: units }]);
  k.bank.sendFromModuleToAccount(ctx, POOLS_MODULE_ACCOUNT, owner, [{ denom, amount: units }]);
  ctx.emit(makeEvent("pools_capacity_committed", [
    ["device_id", deviceId.toString()], ["pool_id", poolId.toString()], ["owner", owner], ["denom", denom],
    ["hour_start", hourStart.toString()], ["units", units.toString()], ["commitment_id", id.toString()],
  ]));
  return { denom, commitmentId: id };
}

/** Active commitments of a device whose hour overlaps [fromSeconds, toSeconds). */
export function committedHours(k: PoolsKeeper, ctx: ReadCtx, deviceId: bigint, fromSeconds: bigint, toSeconds: bigint): CommittedHour[] {
  // The hour holding fromSeconds is the first whose end is after it.
  const first = fromSeconds <= 0n ? 0n : (fromSeconds / HOUR_SECONDS) * HOUR_SECONDS;
  const out: CommittedHour[] = [];
  for (const c of k.deviceCommitments(ctx, deviceId, first)) {
    if (c.hourStart >= toSeconds) break;
    if (c.status === ACTIVE) out.push({ hourStart: c.hourStart, units: c.units });
  }
  return out;
}

/** Units of a slot still backed by commitments in good standing. */
export function backedUnits(k: PoolsKeeper, ctx: ReadCtx, hour: bigint, denom: string): bigint {
  let sum = 0n;
  for (const c of k.slotCommitments(ctx, hour, denom)) if (c.status === ACTIVE) sum += c.remaining;
  return sum;
}

export function computeSlotStatus(k: PoolsKeeper, ctx: ReadCtx, denom: string, nowSeconds: bigint): SlotStatus | undefined {
  const slot = parseSlotDenom(denom);
  if (!slot) return undefined;
  const supply = k.bank.getSupply(ctx, denom);
  const ledger = k.getLedger(ctx, slot.hourStart, denom);
  if (!ledger && supply === 0n) return undefined;
  const backed = backedUnits(k, ctx, slot.hourStart, denom);
  return { cls: slot.cls, hourStart: slot.hourStart, supply, backedUnits: backed, backed: supply <= backed, expired: isSlotExpired(slot, nowSeconds) };
}

/** Burns `amount` from `holder` and consumes backing commitments oldest first. */
export function processRedeem(k: PoolsKeeper, ctx: Context, holder: string, denom: string, amount: bigint): SlotAssignment[] {
  const slot = parseSlotDenom(denom);
  if (!slot) throw ErrUnknownSlot.raise(denom);
  if (amount <= 0n) throw ErrZeroAmount.raise("redeem amount");
  const ledger = k.getLedger(ctx, slot.hourStart, denom);
  if (!ledger) throw ErrUnknownSlot.raise(denom);
  if (isSlotExpired(slot, ctx.block.timeSeconds)) throw ErrSlotExpired.raise(denom);
  const have = k.bank.getBalance(ctx, holder, denom);
  if (have < amount) throw ErrInsufficientSlots.raise(`${holder} holds ${have}${denom}, redeeming ${amount}`);
  const commitments = k.slotCommitments(ctx, slot.hourStart, denom).filter((c) => c.status === ACTIVE && c.remaining > 0n);
  const backed = commitments.reduce((s, c) => s + c.remaining, 0n);
  if (backed < amount) throw ErrSlotUnbacked.raise(`${backed} backed units of ${denom}, redeeming ${amount}`);
  k.bank.burnFrom(ctx, POOLS_MODULE_ACCOUNT, holder, [{ denom, amount }]);
  k.setLedger(ctx, slot.hourStart, { ...ledger, burned: ledger.burned + amount });
  const byDevice = new Map<bigint, SlotAssignment>();
  let left = amount;
  for (const c of commitments) {
    if (left === 0n) break;
    const take = c.remaining < left ? c.remaining : left;
    left -= take;
    k.setCommitment(ctx, { ...c, remaining: c.remaining - take });
    const owner = k.devices.getDevice(ctx, c.deviceId)?.owner ?? c.owner;
    const a = byDevice.get(c.deviceId);
    if (a) a.units += take;
    else byDevice.set(c.deviceId, { deviceId: c.deviceId, owner, units: take });
  }
  const out = [...byDevice.values()];
  ctx.emit(makeEvent("pools_slots_redeemed", [
    ["holder", holder], ["denom", denom], ["amount", amount.toString()],
    ["devices", out.map((a) => `${a.deviceId}:${a.units}`).join(",")],
  ]));
  return out;
}

/**
 * A device that left or went offline: its commitments for hours not yet started stop backing,
 * and the units its owner still holds (up to each commitment's remaining) are burned.
 */
export function processDefaultDevice(k: PoolsKeeper, ctx: Context, deviceId: bigint, reason: string): void {
  const now = ctx.block.timeSeconds;
  const firstFutureHour = (now / HOUR_SECONDS + 1n) * HOUR_SECONDS;
  const held = new Map<string, bigint>();
  for (const c of k.deviceCommitments(ctx, deviceId, firstFutureHour)) {
    if (c.status !== ACTIVE) continue;
    const balance = held.get(c.denom) ?? k.bank.getBalance(ctx, c.owner, c.denom);
    const burn = balance < c.remaining ? balance : c.remaining;
    held.set(c.denom, balance - burn);
    if (burn > 0n) {
      k.bank.burnFrom(ctx, POOLS_MODULE_ACCOUNT, c.owner, [{ denom: c.denom, amount: burn }]);
      const ledger = k.getLedger(ctx, c.hourStart, c.denom)!;
      k.setLedger(ctx, c.hourStart, { ...ledger, burned: ledger.burned + burn });
    }
    k.setCommitment(ctx, { ...c, status: DEFAULTED, burned: burn });
    ctx.emit(makeEvent("pools_commitment_defaulted", [
      ["device_id", deviceId.toString()], ["commitment_id", c.id.toString()], ["denom", c.denom], ["owner", c.owner],
      ["remaining", c.remaining.toString()], ["burned", burn.toString()], ["reason", reason],
    ]));
  }
}

/** Expiry: every slot whose hour has ended is burned from all holders and its commitments are deleted. */
export function processSweepExpired(k: PoolsKeeper, ctx: Context): void {
  const now = ctx.block.timeSeconds;
  const due: Array<{ hour: bigint; denom: string; minted: bigint; burned: bigint }> = [];
  for (const { hour, ledger } of k.iterateLedgers(ctx)) {
    if (hour + HOUR_SECONDS > now) break;
    due.push({ hour, ...ledger });
  }
  for (const d of due) {
    const holders = [...k.bank.iterateHolders(ctx, d.denom)];
    let burned = 0n;
    for (const h of holders) {
      if (h.amount === 0n) continue;
      k.bank.burnFrom(ctx, POOLS_MODULE_ACCOUNT, h.address, [{ denom: d.denom, amount: h.amount }]);
      burned += h.amount;
    }
    const commitments: Commitment[] = k.slotCommitments(ctx, d.hour, d.denom);
    for (const c of commitments) k.deleteCommitment(ctx, c);
    k.deleteLedger(ctx, d.hour, d.denom);
    ctx.emit(makeEvent("pools_slot_expired", [
      ["denom", d.denom], ["hour_start", d.hour.toString()], ["burned", burned.toString()], ["holders", holders.length.toString()],
      ["commitments", commitments.length.toString()], ["minted", d.minted.toString()],
    ]));
  }
}

/** Bank send restriction: expired slot tokens do not move between accounts. */
export function createSlotSendRestriction(): (ctx: Context, from: string, to: string, coins: Array<{ denom: string; amount: bigint }>) => void {
  return (ctx, _from, _to, coins) => {
    for (const c of coins) {
      if (!c.denom.startsWith(SLOT_DENOM_PREFIX)) continue;
      const slot = parseSlotDenom(c.denom);
      if (slot && isSlotExpired(slot, ctx.block.timeSeconds)) throw ErrSlotSendExpired.raise(c.denom);
    }
  };
}
