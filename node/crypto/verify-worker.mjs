// Worker thread: verifies batches of secp256k1 signatures with node:crypto.
// Input: { id, items: [{ pub: Uint8Array(33), msg: Uint8Array, sig: Uint8Array(64) }] }
// Output: { id, ok: boolean[] }
import { parentPort } from "node:worker_threads";
import { createPublicKey, verify } from "node:crypto";

const SPKI_PREFIX = Buffer.from("3036301006072a8648ce3d020106052b8104000a032200", "hex");
const keys = new Map();

function keyOf(pub) {
  const k = Buffer.from(pub).toString("hex");
  let key = keys.get(k);
  if (!key) {
    key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pub]), format: "der", type: "spki" });
    if (keys.size > 100000) keys.clear();
    keys.set(k, key);
  }
  return key;
}

parentPort.on("message", ({ id, items }) => {
  const ok = items.map(({ pub, msg, sig }) => {
    try {
      return pub.length === 33 && sig.length === 64 && verify("sha256", msg, { key: keyOf(pub), dsaEncoding: "ieee-p1363" }, sig);
    } catch {
      return false;
    }
  });
  parentPort.postMessage({ id, ok });
});
