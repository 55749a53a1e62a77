import { createHash } from "node:crypto";
import { installSha256 } from "../../chain/crypto/hash.js";

/** Puts node:crypto's sha256 behind chain/'s hash hook (same bytes, faster). Call once at startup. */
export function installNodeCrypto(): void {
  installSha256((d) => new Uint8Array(createHash("sha256").update(d).digest()));
}
