import { pippenger } from "@noble/curves/abstract/curve";
import { ed25519 } from "@noble/curves/ed25519";
import { concat, leToBigint, toHex } from "./bytes.js";
import { sha512 } from "./hash.js";

/**
 * Ed25519 verification is injected: the core uses this pure-JS verifier (audited @noble/curves) so
 * it runs in browsers; `@pogcs/light-client/node` offers one on node:crypto. Rules are ZIP-215
 * (cofactored, non-canonical R accepted), as CometBFT's curve25519-voi verifier.
 */
export interface SignatureItem {
  pubKey: Uint8Array;
  msg: Uint8Array;
  sig: Uint8Array;
}

export interface SignatureVerifier {
  readonly name: string;
  verify(pubKey: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean;
  /** true iff every item verifies; optional (the commit checker falls back to one by one). */
  verifyBatch?(items: readonly SignatureItem[]): boolean;
}

type Point = ReturnType<typeof ed25519.ExtendedPoint.fromHex>;
const P = ed25519.ExtendedPoint;
const L = ed25519.CURVE.n;
const MAX_CACHED_KEYS = 1024;

/**
 * Random 128-bit coefficients of the batch equation. Without a CSPRNG they are derived from a hash
 * of every signature, key and message (Fiat-Shamir), so a forger cannot choose them either.
 */
function batchCoefficients(items: readonly SignatureItem[]): bigint[] {
  const c = (globalThis as { crypto?: { getRandomValues?(a: Uint8Array): Uint8Array } }).crypto;
  if (c?.getRandomValues) {
    const b = c.getRandomValues(new Uint8Array(16 * items.length));
    return items.map((_, i) => leToBigint(b.subarray(16 * i, 16 * i + 16)) | 1n);
  }
  const seed = sha512(concat(...items.flatMap((it) => [it.sig, it.pubKey, sha512(it.msg)])));
  return items.map((_, i) => leToBigint(sha512(concat(seed, Uint8Array.of(i & 0xff, i >> 8))).subarray(0, 16)) | 1n);
}

/**
 * Pure-JS verifier. Validator keys repeat from block to block, so their decompressed points are
 * cached; many signatures are checked at once with a random linear combination and one
 * multi-scalar multiplication (Pippenger), which is what keeps a 100-validator commit near the
 * 100 ms budget without native code.
 */
export function createNobleVerifier(): SignatureVerifier {
  const keys = new Map<string, Point>();
  const point = (pub: Uint8Array): Point | undefined => {
    const k = toHex(pub);
    let p = keys.get(k);
    if (p === undefined) {
      try {
        p = P.fromHex(pub, true);
      } catch {
        return undefined;
      }
      if (keys.size >= MAX_CACHED_KEYS) keys.clear();
      keys.set(k, p);
    }
    return p;
  };
  /** Parses one signature into (A, R, s, k); undefined when malformed. */
  const parse = (it: SignatureItem) => {
    if (it.sig.length !== 64 || it.pubKey.length !== 32) return undefined;
    const A = point(it.pubKey);
    if (A === undefined) return undefined;
    let R: Point;
    try {
      R = P.fromHex(it.sig.subarray(0, 32), true);
    } catch {
      return undefined;
    }
    const s = leToBigint(it.sig.subarray(32));
    if (s >= L) return undefined;
    const k = leToBigint(sha512(concat(it.sig.subarray(0, 32), it.pubKey, it.msg))) % L;
    return { A, R, s, k };
  };
  const verify = (pubKey: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean => {
    const p = parse({ pubKey, msg, sig });
    if (p === undefined) return false;
    const check = P.BASE.multiplyUnsafe(p.s).subtract(p.R).subtract(p.A.multiplyUnsafe(p.k));
    return check.clearCofactor().is0();
  };
  const verifyBatch = (items: readonly SignatureItem[]): boolean => {
    if (items.length < 2) return items.every((it) => verify(it.pubKey, it.msg, it.sig));
    const points: Point[] = [];
    const scalars: bigint[] = [];
    let sSum = 0n;
    const zk: bigint[] = [];
    const As: Point[] = [];
    const zs = batchCoefficients(items);
    for (let i = 0; i < items.length; i++) {
      const p = parse(items[i]!);
      if (p === undefined) return false;
      const z = zs[i]!;
      sSum = (sSum + z * p.s) % L;
      points.push(p.R);
      scalars.push(z);
      As.push(p.A);
      zk.push((z * p.k) % L);
    }
    const sum = pippenger(P, ed25519.ExtendedPoint.Fn, [...points, ...As], [...scalars, ...zk]);
    return P.BASE.multiplyUnsafe(sSum).subtract(sum).clearCofactor().is0();
  };
  return { name: "noble-ed25519", verify, verifyBatch };
}
