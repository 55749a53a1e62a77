import { createPrivateKey, createPublicKey, sign as edSign, verify as edVerify, type KeyObject } from "node:crypto";
import { concatBytes, equalBytes, toHex, utf8 } from "../../../chain/crypto/bytes.js";
import { sha256 } from "../../../chain/crypto/hash.js";
import { ed25519Address } from "../../../chain/block/validator-set.js";
import type { PrivValidator, VerifySignature } from "../types.js";

/**
 * Validator keys for simulations. `fake` is a cheap deterministic stand-in for ed25519 (a keyed
 * hash anyone holding the public key could forge: fine when only the simulator signs) so that
 * thousands of runs stay fast; `ed25519` is the real scheme through node:crypto, for a few runs.
 */
export type KeyScheme = "fake" | "ed25519";

export interface SimKey extends PrivValidator {
  scheme: KeyScheme;
}

const PKCS8_ED25519 = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]);
const SPKI_ED25519 = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

export function createSimKey(scheme: KeyScheme, label: string): SimKey {
  const seed = sha256(utf8(`pogcs-sim-key/${label}`));
  if (scheme === "fake") {
    const pubKey = sha256(concatBytes(utf8("fake-pub"), seed));
    return { scheme, pubKey, address: ed25519Address(pubKey), sign: (msg) => fakeSign(pubKey, msg) };
  }
  const priv = createPrivateKey({ key: Buffer.from(concatBytes(PKCS8_ED25519, seed)), format: "der", type: "pkcs8" });
  const spki = createPublicKey(priv).export({ format: "der", type: "spki" });
  const pubKey = new Uint8Array(spki.subarray(spki.length - 32));
  return { scheme, pubKey, address: ed25519Address(pubKey), sign: (msg) => new Uint8Array(edSign(null, msg, priv)) };
}

/** 64 bytes from two 32-bit multiplicative hashes of (pubKey, msg): cheap, deterministic, unforgeable by nobody. */
function fakeSign(pubKey: Uint8Array, msg: Uint8Array): Uint8Array {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < pubKey.length; i++) {
    a = Math.imul(a ^ pubKey[i]!, 0x01000193);
    b = Math.imul(b ^ pubKey[i]!, 0x5bd1e995);
  }
  for (let i = 0; i < msg.length; i++) {
    a = Math.imul(a ^ msg[i]!, 0x01000193);
    b = Math.imul(b ^ msg[i]!, 0x5bd1e995);
  }
  const out = new Uint8Array(64);
  for (let i = 0; i < 64; i += 4) {
    a = Math.imul(a ^ (a >>> 15), 0x2c1b3c6d) ^ b;
    b = Math.imul(b ^ (b >>> 13), 0x297a2d39) + i;
    out[i] = a & 0xff;
    out[i + 1] = (a >>> 8) & 0xff;
    out[i + 2] = (a >>> 16) & 0xff;
    out[i + 3] = (a >>> 24) & 0xff;
  }
  return out;
}

export function verifierFor(scheme: KeyScheme): VerifySignature {
  if (scheme === "fake") return (pub, msg, sig) => sig.length === 64 && equalBytes(fakeSign(pub, msg), sig);
  const cache = new Map<string, KeyObject>();
  return (pub, msg, sig) => {
    const k = toHex(pub);
    let key = cache.get(k);
    if (key === undefined) {
      key = createPublicKey({ key: Buffer.from(concatBytes(SPKI_ED25519, pub)), format: "der", type: "spki" });
      cache.set(k, key);
    }
    return sig.length === 64 && edVerify(null, msg, key, sig);
  };
}
