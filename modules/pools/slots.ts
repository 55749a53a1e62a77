/**
 * Hour-slot yield tokens (DESIGN §6): one bank denom per GPU class and UTC hour,
 * `gch/<class>/<yyyymmddhh>`; 1 unit = 1 GPU-hour of that class on green power, delivered in the
 * hour that starts at `hourStart` (Unix seconds, a multiple of 3600). The denom helpers are pure;
 * the interfaces below are what the pools module (which mints slots and tracks their backing)
 * hands to the amm and market modules.
 */
import type { Context, QueryContext } from "../../chain/app/context.js";
import type { KVReader } from "../../chain/store/types.js";
import { civilFromDays, daysFromCivil } from "../../chain/codec/time.js";

export const SLOT_DENOM_PREFIX = "gch/";
export const HOUR_SECONDS = 3600n;
const CLASS_RE = /^[a-z0-9]{1,16}$/;
const DENOM_RE = /^gch\/([a-z0-9]{1,16})\/([0-9]{10})$/;

/** GPU class id from a device's GPU model: lower case, parenthesised notes dropped, [a-z0-9] kept ("RTX 4090 (simulated)" -> "rtx4090"). */
export function slotClassOfModel(gpuModel: string): string {
  const id = gpuModel.replace(/\([^)]*\)/g, "").toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 16);
  return id === "" ? "gpu" : id;
}

export function isValidSlotClass(cls: string): boolean {
  return CLASS_RE.test(cls);
}

/** `yyyymmddhh` (UTC) of an hour start; refuses times that are not whole hours or before 1970. */
export function formatSlotHour(hourStart: bigint): string {
  if (hourStart < 0n || hourStart % HOUR_SECONDS !== 0n) throw new RangeError(`slot hour ${hourStart} is not a whole UTC hour`);
  const days = Number(hourStart / 86400n);
  const hh = Number((hourStart % 86400n) / HOUR_SECONDS);
  const [y, m, d] = civilFromDays(days);
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${String(y).padStart(4, "0")}${p2(m)}${p2(d)}${p2(hh)}`;
}

/** Unix seconds of a `yyyymmddhh` string, or undefined when it is not a real calendar hour. */
export function parseSlotHour(s: string): bigint | undefined {
  if (!/^[0-9]{10}$/.test(s)) return undefined;
  const y = Number(s.slice(0, 4)), m = Number(s.slice(4, 6)), d = Number(s.slice(6, 8)), h = Number(s.slice(8, 10));
  if (y < 1970 || m < 1 || m > 12 || d < 1 || d > 31 || h > 23) return undefined;
  const days = daysFromCivil(y, m, d);
  const [y2, m2, d2] = civilFromDays(days);
  if (y2 !== y || m2 !== m || d2 !== d) return undefined; // 2026-02-30 and the like
  return BigInt(days) * 86400n + BigInt(h) * HOUR_SECONDS;
}

export function slotDenom(cls: string, hourStart: bigint): string {
  if (!isValidSlotClass(cls)) throw new RangeError(`slot class ${JSON.stringify(cls)} must be 1-16 of [a-z0-9]`);
  return `${SLOT_DENOM_PREFIX}${cls}/${formatSlotHour(hourStart)}`;
}

export interface SlotId {
  cls: string;
  hourStart: bigint;
}

/** The class and hour of a slot denom, or undefined when `denom` is not a well-formed slot denom. */
export function parseSlotDenom(denom: string): SlotId | undefined {
  const m = DENOM_RE.exec(denom);
  if (!m) return undefined;
  const hourStart = parseSlotHour(m[2]!);
  return hourStart === undefined ? undefined : { cls: m[1]!, hourStart };
}

export function isSlotDenom(denom: string): boolean {
  return parseSlotDenom(denom) !== undefined;
}

/** A slot has expired once its hour has ended. */
export function isSlotExpired(slot: SlotId, nowSeconds: bigint): boolean {
  return nowSeconds >= slot.hourStart + HOUR_SECONDS;
}

/** Read access for a query or a tx. */
export interface SlotReadCtx {
  kv(storeName: string): KVReader;
}

export interface SlotStatus {
  cls: string;
  hourStart: bigint;
  /** Units in circulation (bank supply of the denom). */
  supply: bigint;
  /** Units still backed by committed capacity of devices in good standing, not yet redeemed. */
  backedUnits: bigint;
  /** supply <= backedUnits: every unit in circulation has a device in good standing behind it. */
  backed: boolean;
  expired: boolean;
}

/** What the pools module tells the amm (swaps check backing) and the market (redemption). */
export interface SlotReader {
  /** Status of a slot denom at `nowSeconds`; undefined for a denom that is not a slot or was never minted. */
  slotStatus(ctx: SlotReadCtx | QueryContext | Context, denom: string, nowSeconds: bigint): SlotStatus | undefined;
}

export interface SlotAssignment {
  deviceId: bigint;
  /** Device owner at redemption time. */
  owner: string;
  units: bigint;
}

/** The market's way to redeem slots against a demand contract. */
export interface SlotRedeemer {
  /**
   * Burns `amount` units of `denom` from `holder` and assigns them to backing devices' commitments
   * (oldest commitment first). Refuses (ChainError, no state change) expired, unbacked or unknown
   * slots, zero amounts and amounts above the holder's balance or the backed units.
   */
  redeem(ctx: Context, holder: string, denom: string, amount: bigint): SlotAssignment[];
}

/** Revenue of pooled devices (market payments) flows through here; the pool keeps its cut. */
export interface PoolRevenue {
  /**
   * `payer` (a module account name) pays `amount` of `denom` earned by `deviceId`: the device's pool
   * (if any) takes its revenue share from the payer's module account and returns what is left
   * for the payee. With no pool, returns `amount` untouched.
   */
  accrue(ctx: Context, payerModule: string, deviceId: bigint, denom: string, amount: bigint): bigint;
}

/** GPU-hours a device promised to slot holders in one hour (an active commitment). */
export interface CommittedHour {
  hourStart: bigint;
  units: bigint;
}

/**
 * A device's hour-slot promises, for the market's capacity check (a device must not sell the same
 * GPU-hours as slots and to demand contracts it accepts directly).
 */
export interface DeviceSlotSchedule {
  /** Active commitments of the device whose hour ends after `fromSeconds` and starts before `toSeconds`. */
  committedHours(ctx: SlotReadCtx | Context, deviceId: bigint, fromSeconds: bigint, toSeconds: bigint): CommittedHour[];
}

/**
 * Asked by the pools module before a device commits `units` more GPU-hours of the hour at
 * `hourStart`: a reason to refuse (the work the device already accepted elsewhere would no longer
 * fit), or undefined. The app sets it to the market's check.
 */
export type SlotCommitGuard = (ctx: Context, deviceId: bigint, gpuCount: number, extra: CommittedHour) => string | undefined;
