/**
 * Verified green compute of one device for one epoch, in milli GPU-hours (pure, integer):
 *   delivered = min(gpu_seconds / 3.6, green_wh * 1000 / wh_per_gpu_hour)   (compute up to proven green energy)
 *   vgc = delivered * score/1000 * density                                    (one floor at the end)
 * Counted only when the device may earn (bonded, not flagged, reported), its score is above the
 * threshold, and it passed its challenge or was not challenged.
 */
export interface VgcInput {
  gpuSeconds: bigint;
  greenWh: bigint;
  score: bigint;
  densityNum: bigint;
  densityDen: bigint;
}

export function computeDeliveredMilliGpuHours(gpuSeconds: bigint, greenWh: bigint, whPerGpuHour: bigint): bigint {
  // gpu_seconds * 1000 / 3600 and green_wh * 1000 / wh_per_gpu_hour, both rounded down.
  const compute = (gpuSeconds * 1000n) / 3600n;
  if (whPerGpuHour <= 0n) return compute;
  const green = (greenWh * 1000n) / whPerGpuHour;
  return compute < green ? compute : green;
}

export function computeDeviceVgc(i: VgcInput, whPerGpuHour: bigint): bigint {
  const delivered = computeDeliveredMilliGpuHours(i.gpuSeconds, i.greenWh, whPerGpuHour);
  if (i.densityDen <= 0n) return 0n;
  return (delivered * i.score * i.densityNum) / (1000n * i.densityDen);
}

export interface CapacityInput {
  solarPeakW: bigint;
  storageWh: bigint;
  gpuCount: bigint;
  fp32TflopsMilli: bigint;
}

/**
 * One scalar for heterogeneous capacity: watts of solar peak + watt-hours of storage + GFLOPS of
 * FP32 (TFLOPS x 1000 per GPU x GPUs). A kW of panels weighs about one mid-range GPU; governance
 * can re-weight later.
 */
export function capacityUnits(c: CapacityInput): bigint {
  return c.solarPeakW + c.storageWh + c.gpuCount * c.fp32TflopsMilli;
}

/** Capacity-pool weight: capacity x score x uptime x density (one floor). */
export function computeCapacityWeight(c: CapacityInput, score: bigint, uptimePermille: bigint, densityNum: bigint, densityDen: bigint): bigint {
  if (densityDen <= 0n) return 0n;
  return (capacityUnits(c) * score * uptimePermille * densityNum) / densityDen;
}
