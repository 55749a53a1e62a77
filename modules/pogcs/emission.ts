/**
 * Emission schedule fixed at genesis: `initial` per block, multiplied by num/den (rounded down)
 * every `decayEvery` blocks, until genesis supply + emitted reaches `maxSupply`.
 */
export interface EmissionSchedule {
  denom: string;
  initialPerBlock: bigint;
  decayEveryBlocks: bigint;
  decayNum: bigint;
  decayDen: bigint;
  maxSupply: bigint;
}

/** True at the heights where the per-block amount steps down (the first block of each period after the first). */
export function isDecayHeight(height: bigint, s: EmissionSchedule): boolean {
  return height > 1n && (height - 1n) % s.decayEveryBlocks === 0n;
}

export function decayOnce(perBlock: bigint, s: EmissionSchedule): bigint {
  return (perBlock * s.decayNum) / s.decayDen;
}

/** The scheduled amount at `height`, from scratch (reference for the stateful O(1) path). */
export function scheduledPerBlock(height: bigint, s: EmissionSchedule): bigint {
  if (height < 1n) return 0n;
  let v = s.initialPerBlock;
  const steps = (height - 1n) / s.decayEveryBlocks;
  for (let i = 0n; i < steps && v > 0n; i++) v = decayOnce(v, s);
  return v;
}

/** What may still be minted: the scheduled amount, clipped so supply never passes max_supply. */
export function clipToMaxSupply(scheduled: bigint, genesisSupply: bigint, emitted: bigint, maxSupply: bigint): bigint {
  const room = maxSupply - genesisSupply - emitted;
  if (room <= 0n) return 0n;
  return scheduled < room ? scheduled : room;
}
