import type { Context } from "../../chain/app/context.js";
import { HOUR_SECONDS, type CommittedHour } from "../pools/slots.js";
import { ErrDeviceOverCapacity } from "./errors.js";
import type { MarketKeeper } from "./keeper.js";

/** Work a device owes: GPU-hours due by a deadline (unix seconds). */
export interface Job {
  hours: bigint;
  deadline: bigint;
}

export interface Overload {
  deadline: bigint;
  demand: bigint;
  capacity: bigint;
}

/** GPU-hours `gpus` GPUs deliver from `now` to `deadline`: gpus x ceil((deadline - now) / 3600) (a started hour counts). */
export function deliverableBy(gpus: bigint, now: bigint, deadline: bigint): bigint {
  if (deadline <= now) return 0n;
  return gpus * ((deadline - now + HOUR_SECONDS - 1n) / HOUR_SECONDS);
}

/** Slot hours that overlap [now, deadline): the device cannot spend those GPU-hours on contracts. */
export function reservedBy(reserved: readonly CommittedHour[], now: bigint, deadline: bigint): bigint {
  let sum = 0n;
  for (const r of reserved) if (r.hourStart < deadline && r.hourStart + HOUR_SECONDS > now) sum += r.units;
  return sum;
}

/**
 * EDF feasibility: the first deadline d (ascending) where the hours of all jobs due by d exceed
 * deliverableBy(d) less the slot hours promised before d; undefined when every deadline can be met.
 */
export function firstOverload(jobs: readonly Job[], gpus: bigint, now: bigint, reserved: readonly CommittedHour[] = []): Overload | undefined {
  const sorted = [...jobs].sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  let demand = 0n;
  for (let i = 0; i < sorted.length; i++) {
    demand += sorted[i]!.hours;
    if (i + 1 < sorted.length && sorted[i + 1]!.deadline === sorted[i]!.deadline) continue;
    const d = sorted[i]!.deadline;
    const free = deliverableBy(gpus, now, d) - reservedBy(reserved, now, d);
    const capacity = free > 0n ? free : 0n;
    if (demand > capacity) return { deadline: d, demand, capacity };
  }
  return undefined;
}

/** The device's outstanding path-A work: ACTIVE contracts whose deadline is still ahead. */
function outstandingJobs(k: MarketKeeper, ctx: Context, deviceId: bigint, now: bigint): Job[] {
  const jobs: Job[] = [];
  for (const id of k.activeContractIdsOfDevice(ctx, deviceId)) {
    const c = k.requireContract(ctx, id);
    if (c.deadline > now) jobs.push({ hours: c.hours, deadline: c.deadline });
  }
  return jobs;
}

/** Slot hours the device promised between now and the latest of the jobs' deadlines (none without pools). */
function slotHours(k: MarketKeeper, ctx: Context, deviceId: bigint, now: bigint, jobs: readonly Job[]): CommittedHour[] {
  const schedule = k.deps.pools?.schedule;
  if (!schedule || jobs.length === 0) return [];
  const last = jobs.reduce((m, j) => (j.deadline > m ? j.deadline : m), now);
  return schedule.committedHours(ctx, deviceId, now, last);
}

function describe(deviceId: bigint, gpuCount: number, o: Overload): string {
  return `device ${deviceId} cannot deliver ${o.demand} GPU-hours by ${o.deadline}: capacity ${o.capacity} (${gpuCount} GPUs, less hours sold as slots)`;
}

/**
 * Path A: the device's outstanding work plus the new job must be EDF-feasible on its GPUs, less
 * the GPU-hours it already sold as hour slots. One past its deadline can no longer be delivered
 * and only waits for the end-block expiry. Reads only; refuses with market 38.
 */
export function requireDeviceCapacity(k: MarketKeeper, ctx: Context, deviceId: bigint, gpuCount: number, job: Job): void {
  const now = ctx.block.timeSeconds;
  const jobs = [job, ...outstandingJobs(k, ctx, deviceId, now)];
  const over = firstOverload(jobs, BigInt(gpuCount), now, slotHours(k, ctx, deviceId, now, jobs));
  if (over) throw ErrDeviceOverCapacity.raise(describe(deviceId, gpuCount, over));
}

/**
 * The pools module's guard: would committing `extra` slot hours leave the device's accepted
 * contracts undeliverable? Returns why, or undefined. Reads only.
 */
export function slotCommitRefusal(k: MarketKeeper, ctx: Context, deviceId: bigint, gpuCount: number, extra: CommittedHour): string | undefined {
  const now = ctx.block.timeSeconds;
  const jobs = outstandingJobs(k, ctx, deviceId, now);
  if (jobs.length === 0) return undefined;
  const over = firstOverload(jobs, BigInt(gpuCount), now, [...slotHours(k, ctx, deviceId, now, jobs), extra]);
  return over ? `accepted contracts need it: ${describe(deviceId, gpuCount, over)}` : undefined;
}
