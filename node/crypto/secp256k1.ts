import { createHash, createPublicKey, verify, type KeyObject } from "node:crypto";
import type { Secp256k1Verifier } from "../../chain/ante/types.js";

/** SPKI DER header for a compressed secp256k1 point (id-ecPublicKey, secp256k1, 33-byte bit string). */
const SPKI_PREFIX = Buffer.from("3036301006072a8648ce3d020106052b8104000a032200", "hex");

/** Bounded insertion-ordered map: the oldest entry goes first when full. */
class BoundedMap<K, V> {
  private readonly m = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(k: K): V | undefined {
    return this.m.get(k);
  }
  set(k: K, v: V): void {
    if (this.m.size >= this.max) {
      const first = this.m.keys().next();
      if (!first.done) this.m.delete(first.value);
    }
    this.m.set(k, v);
  }
  get size(): number {
    return this.m.size;
  }
}

export interface CachingVerifier extends Secp256k1Verifier {
  /** Verifications actually computed (cache misses), for metrics and tests. */
  readonly computed: number;
  readonly cacheHits: number;
  /** Records a signature verified elsewhere (the worker pool), so verify() answers from cache. */
  markVerified(pubKey33: Uint8Array, message: Uint8Array, signature64: Uint8Array): void;
}

/**
 * secp256k1 verification with node:crypto (about 5x the pure-JS speed here), with two caches:
 * parsed public keys, and signatures already verified (keyed by signature, checked against
 * the pubkey and the digest of the sign bytes), so a tx verified at CheckTx is not verified
 * again when its block executes.
 */
export function createNodeSecp256k1Verifier(opts: { cacheSize?: number } = {}): CachingVerifier {
  const keys = new BoundedMap<string, KeyObject>(opts.cacheSize ?? 100_000);
  const verified = new BoundedMap<string, string>(opts.cacheSize ?? 100_000);
  let computed = 0;
  let cacheHits = 0;
  return {
    get computed() {
      return computed;
    },
    get cacheHits() {
      return cacheHits;
    },
    markVerified(pubKey33, message, signature64) {
      const digest = createHash("sha256").update(message).digest("base64");
      verified.set(Buffer.from(signature64).toString("base64"), Buffer.from(pubKey33).toString("hex") + digest);
    },
    verify(pubKey33, message, signature64) {
      if (pubKey33.length !== 33 || signature64.length !== 64) return false;
      const sigKey = Buffer.from(signature64).toString("base64");
      const pkHex = Buffer.from(pubKey33).toString("hex");
      const digest = createHash("sha256").update(message).digest("base64");
      if (verified.get(sigKey) === pkHex + digest) {
        cacheHits++;
        return true;
      }
      let key = keys.get(pkHex);
      if (!key) {
        try {
          key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pubKey33]), format: "der", type: "spki" });
        } catch {
          return false;
        }
        keys.set(pkHex, key);
      }
      computed++;
      const ok = verify("sha256", message, { key, dsaEncoding: "ieee-p1363" }, signature64);
      if (ok) verified.set(sigKey, pkHex + digest);
      return ok;
    },
  };
}
