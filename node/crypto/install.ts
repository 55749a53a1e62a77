import * as nodeCrypto from "node:crypto";
import { installSha256 } from "../../chain/crypto/hash.js";

/** Puts node:crypto's sha256 behind chain/'s hash hook (same bytes, faster). Call once at startup. */
export function installNodeCrypto(): void {
  // crypto.hash (Node >= 20.12) skips the Hash object: about 1.5x createHash on small inputs here.
  const oneShot = (nodeCrypto as { hash?: (alg: string, d: Uint8Array, enc: "buffer") => Buffer }).hash;
  if (oneShot) installSha256((d) => oneShot("sha256", d, "buffer"));
  else installSha256((d) => nodeCrypto.createHash("sha256").update(d).digest());
}
