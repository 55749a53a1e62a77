import { concatBytes, toHex, utf8 } from "../../chain/crypto/bytes.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { u64 } from "./keys.js";

/**
 * Seed for a contract's committee or spot checker: the block beacon (or, when consensus gives
 * none, sha256 of the height) bound to the contract id, the height and a purpose tag.
 */
export function computeDrawSeed(purpose: string, contractId: bigint, height: bigint, randomness: Uint8Array | undefined): Uint8Array {
  const beacon = randomness && randomness.length > 0 ? randomness : sha256(concatBytes(utf8("pogcs/market/no-beacon"), u64(height)));
  return sha256(concatBytes(utf8(`pogcs/market/${purpose}`), u64(contractId), u64(height), beacon));
}

function bigFrom(b: Uint8Array): bigint {
  return BigInt(`0x${toHex(b)}`);
}

/**
 * k distinct members drawn from `candidates` (deduplicated and sorted first, so the caller's order
 * does not matter) by a partial Fisher-Yates shuffle driven by sha256(seed | i). Fewer than k
 * candidates: all of them. The 256-bit draw makes the modulo bias negligible.
 */
export function computeSample(seed: Uint8Array, candidates: string[], k: number): string[] {
  const pool = [...new Set(candidates)].sort();
  const n = pool.length;
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const r = bigFrom(sha256(concatBytes(seed, u64(BigInt(i)))));
    const j = i + Number(r % BigInt(n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, take);
}
