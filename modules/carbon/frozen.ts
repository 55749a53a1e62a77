import type { CarbonDevicesReader, ReadCtx } from "./expected-keepers.js";
import { ErrBatchFrozen } from "./errors.js";
import type { Batch } from "./types.js";

/**
 * A batch is frozen when its device is now flagged for double reporting in the devices module.
 * REC batches record the issuing device; CO2 batches copy `device_id` from the REC batch they were
 * converted from, so one lookup answers both. A device that no longer exists does not freeze a
 * batch. Evaluated lazily at each use: flagging a device writes nothing in carbon.
 */
export function isBatchFrozen(ctx: ReadCtx, reader: Pick<CarbonDevicesReader, "getDevice">, batch: Pick<Batch, "deviceId">): boolean {
  return reader.getDevice(ctx, batch.deviceId)?.flagged === true;
}

/** Refuses (code 34) a move out of a frozen batch; call before any write. */
export function requireNotFrozen(ctx: ReadCtx, reader: Pick<CarbonDevicesReader, "getDevice">, batch: Pick<Batch, "id" | "deviceId">): void {
  if (isBatchFrozen(ctx, reader, batch)) throw ErrBatchFrozen.raise(`batch ${batch.id}: device ${batch.deviceId} is flagged for double reporting`);
}
