import { sha256 } from "../../chain/crypto/hash.js";
import { concatBytes } from "../../chain/crypto/bytes.js";
import { u64 } from "./keys.js";

/** Seed of a pool's random entry draw: sha256(beacon || pool id (u64 BE) || epoch (u64 BE)). */
export function computeDrawSeed(beacon: Uint8Array, poolId: bigint, epoch: bigint): Uint8Array {
  return sha256(concatBytes(beacon, u64(poolId), u64(epoch)));
}

function toBig(b: Uint8Array): bigint {
  let x = 0n;
  for (const v of b) x = (x << 8n) | BigInt(v);
  return x;
}

/**
 * Deterministic Fisher-Yates shuffle: step i draws j = H(seed || i) mod (i+1) from a 256-bit
 * hash (bias below 2^-200 for any realistic list). Anyone can replay it from the seed.
 */
export function computeShuffle<T>(items: readonly T[], seed: Uint8Array): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Number(toBig(sha256(concatBytes(seed, u64(BigInt(i))))) % BigInt(i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}
