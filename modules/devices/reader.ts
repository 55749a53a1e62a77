import type { DevicesKeeper } from "./keeper.js";
import type { ReadCtx } from "./expected-keepers.js";
import type { DevicesParams } from "./params.js";
import type { Fraction } from "./density.js";
import type { Challenge, Device, ReportRecord } from "./types.js";

/** What other modules (pogcs) may read from the device registry; no writes. */
export interface DevicesReader {
  params(ctx: ReadCtx): DevicesParams;
  iterateDevices(ctx: ReadCtx): IterableIterator<Device>;
  getDevice(ctx: ReadCtx, id: bigint): Device | undefined;
  getReport(ctx: ReadCtx, device: bigint, epoch: bigint): ReportRecord | undefined;
  getChallenge(ctx: ReadCtx, device: bigint, epoch: bigint): Challenge | undefined;
  densityWeight(ctx: ReadCtx, d: Device): Fraction;
  /** First epoch whose power table may give this validator g > 0 again (0: never penalised). */
  penaltyUntil(ctx: ReadCtx, valoper: string): bigint;
  /** Bond-denom coins burned by device slashing (for the supply ledger). */
  burnedTotal(ctx: ReadCtx): bigint;
}

export function createDevicesReader(k: DevicesKeeper): DevicesReader {
  return {
    params: (ctx) => k.params(ctx),
    iterateDevices: (ctx) => k.iterateDevices(ctx),
    getDevice: (ctx, id) => k.getDevice(ctx, id),
    getReport: (ctx, d, e) => k.getReport(ctx, d, e),
    getChallenge: (ctx, d, e) => k.getChallenge(ctx, d, e),
    densityWeight: (ctx, d) => k.densityWeight(ctx, d),
    penaltyUntil: (ctx, v) => k.penaltyUntil(ctx, v),
    burnedTotal: (ctx) => k.burnedTotal(ctx),
  };
}
