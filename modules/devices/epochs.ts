/** Epoch e covers heights e*L+1 .. (e+1)*L; genesis (height 0) counts as epoch 0. */
export function epochOf(height: bigint, epochLength: bigint): bigint {
  return height <= 0n ? 0n : (height - 1n) / epochLength;
}

export function epochStart(epoch: bigint, epochLength: bigint): bigint {
  return epoch * epochLength + 1n;
}

export function epochEnd(epoch: bigint, epochLength: bigint): bigint {
  return (epoch + 1n) * epochLength;
}

export function isEpochStart(height: bigint, epochLength: bigint): boolean {
  return height >= 1n && (height - 1n) % epochLength === 0n;
}

export function isEpochEnd(height: bigint, epochLength: bigint): boolean {
  return height >= 1n && height % epochLength === 0n;
}
