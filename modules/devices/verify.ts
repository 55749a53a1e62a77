import { ed25519 } from "@noble/curves/ed25519";

/** CometBFT/SDK price of one ed25519 verification (x/auth SigVerifyCostED25519). */
export const ED25519_VERIFY_GAS = 590n;

/**
 * Strict RFC 8032 ed25519 verification (pure JS, deterministic). A malformed key or signature
 * is a failed verification, never a crash.
 */
export function verifyEd25519(signature: Uint8Array, message: Uint8Array, pubkey: Uint8Array): boolean {
  if (signature.length !== 64 || pubkey.length !== 32) return false;
  try {
    return ed25519.verify(signature, message, pubkey, { zip215: false });
  } catch {
    return false;
  }
}
