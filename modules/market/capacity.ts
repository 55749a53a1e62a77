import type { Context } from "../../chain/app/context.js";
import { HOUR_SECONDS } from "../pools/slots.js";
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

/**
 * EDF feasibility: the first deadline d (ascending) where the hours of all jobs due by d exceed
 * deliverableBy(d); undefined when every deadline can be met.
 */
export function firstOverload(jobs: readonly Job[], gpus: bigint, now: bigint): Overload | undefined {
  const sorted = [...jobs].sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  let demand = 0n;
  for (let i = 0; i < sorted.length; i++) {
    demand += sorted[i]!.hours;
    if (i + 1 < sorted.length && sorted[i + 1]!.deadline === sorted[i]!.deadline) continue;
    const capacity = deliverableBy(gpus, now, sorted[i]!.deadline);
    if (demand > capacity) return { deadline: sorted[i]!.deadline, demand, capacity };
  }
  return undefined;
}

/**
 * Path A: the device's outstanding work (its ACTIVE path-A contracts whose deadline is still ahead;
 * one past its deadline can no longer be delivered and only waits for the end-block expiry) plus
 * the new job must be EDF-feasible on its GPUs. Reads only; refuses with market 38.
 */
export function requireDeviceCapacity(k: MarketKeeper, ctx: Context, deviceId: bigint, gpuCount: number, job: Job): void {
  const now = ctx.block.timeSeconds;
  const jobs: Job[] = [job];
  for (const id of k.activeContractIdsOfDevice(ctx, deviceId)) {
    const c = k.requireContract(ctx, id);
    if (c.deadline > now) jobs.push({ hours: c.hours, deadline: c.deadline });
  }
  const over = firstOverload(jobs, BigInt(gpuCount), now);
  if (over) {
    throw ErrDeviceOverCapacity.raise(`device ${deviceId} cannot deliver ${over.demand} GPU-hours by ${over.deadline}: capacity ${over.capacity} (${gpuCount} GPUs)`);
  }
}
