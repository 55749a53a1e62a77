import { sha256 as nobleSha256 } from "@noble/hashes/sha256";
import { ripemd160 as nobleRipemd160 } from "@noble/hashes/ripemd160";

/**
 * Hash backends. chain/ must not import node:*, so the pure-JS implementation is the default
 * and node/ installs node:crypto at startup (about 2x faster on these machines). Both give the
 * same bytes, so consensus does not depend on which one runs.
 */
export type HashFn = (data: Uint8Array) => Uint8Array;

let sha256Impl: HashFn = (d) => nobleSha256(d);

export function sha256(data: Uint8Array): Uint8Array {
  return sha256Impl(data);
}

export function installSha256(fn: HashFn): void {
  sha256Impl = fn;
}

export function ripemd160(data: Uint8Array): Uint8Array {
  return nobleRipemd160(data);
}
