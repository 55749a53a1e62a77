/**
 * Block-sync progress for the log: a text bar, percent and time left, so an operator following
 * `pogcsd start --log-format plain` sees how far a catching-up node is (one line a second).
 */
export interface SyncProgress {
  progress: string;
  percent: number;
  /** Seconds left at the current rate; -1 when unknown. */
  eta_s: number;
}

export function computeSyncProgress(start: bigint, height: bigint, target: bigint, blocksPerSecond: number, width = 20): SyncProgress {
  const total = target - start;
  const done = height - start;
  const frac = total > 0n ? Math.min(1, Math.max(0, Number(done) / Number(total))) : 1;
  const filled = Math.round(frac * width);
  const left = target > height ? Number(target - height) : 0;
  return {
    progress: `[${"#".repeat(filled)}${".".repeat(width - filled)}]`,
    percent: Math.floor(frac * 1000) / 10,
    eta_s: left === 0 ? 0 : blocksPerSecond > 0 ? Math.ceil(left / blocksPerSecond) : -1,
  };
}
