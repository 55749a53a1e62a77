import { ed25519 } from "@noble/curves/ed25519";

/** ed25519 verification: (signature, message, public key) -> valid. */
export type Ed25519Verify = (signature: Uint8Array, message: Uint8Array, pubkey: Uint8Array) => boolean;

/** Strict RFC 8032 in pure JS (the default, and what tests without node:crypto use). */
export const nobleEd25519Verify: Ed25519Verify = (signature, message, pubkey) => {
  try {
    return ed25519.verify(signature, message, pubkey, { zip215: false });
  } catch {
    return false;
  }
};

let impl: Ed25519Verify = nobleEd25519Verify;

/**
 * A pluggable backend, like the sha256 hook: node/ installs node:crypto (OpenSSL, strict RFC 8032,
 * about 14x faster here) at startup. Every full node runs node/, so all validators use the same
 * backend; the two agree on every honestly produced signature.
 */
export function installEd25519Verify(fn: Ed25519Verify): void {
  impl = fn;
}

/** Malformed sizes are a failed verification, never a crash. */
export function verifyEd25519(signature: Uint8Array, message: Uint8Array, pubkey: Uint8Array): boolean {
  if (signature.length !== 64 || pubkey.length !== 32) return false;
  return impl(signature, message, pubkey);
}
