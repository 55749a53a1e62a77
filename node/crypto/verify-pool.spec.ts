import { describe, it, expect } from "vitest";
import { generateKeyPairSync, sign } from "node:crypto";
import { VerifyPool, type VerifyJob } from "./verify-pool.js";

function signedJob(message: string): VerifyJob {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "secp256k1" });
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-65);
  const pubKey = new Uint8Array(33);
  pubKey[0] = (raw[64]! & 1) === 0 ? 2 : 3;
  pubKey.set(raw.subarray(1, 33), 1);
  const msg = new TextEncoder().encode(message);
  return { pubKey, message: msg, signature: new Uint8Array(sign("sha256", msg, { key: privateKey, dsaEncoding: "ieee-p1363" })) };
}

type Internals = { workers: Array<{ terminate(): Promise<number> } | undefined> };

describe("signature verify pool", () => {
  it("verifies good and bad signatures on its workers", async () => {
    const pool = new VerifyPool(2);
    try {
      const good = signedJob("a");
      const bad = { ...signedJob("b"), message: new TextEncoder().encode("c") };
      expect(await pool.verify([good, bad, good])).toEqual([true, false, true]);
    } finally {
      await pool.close();
    }
  });

  it("survives a worker that dies: reports it, replaces it and keeps verifying", async () => {
    const failures: string[] = [];
    const pool = new VerifyPool(1, (e) => failures.push(e.message));
    try {
      const job = signedJob("x");
      expect(await pool.verify([job])).toEqual([true]);
      await (pool as unknown as Internals).workers[0]!.terminate();
      await new Promise((r) => setTimeout(r, 50));
      expect(failures).toEqual(["verify worker exited with code 1"]);
      expect(pool.size).toBe(1);
      expect(await pool.verify([job, { ...job, signature: new Uint8Array(64) }])).toEqual([true, false]);
    } finally {
      await pool.close();
    }
  });

  it("answers 'not verified' (CheckTx then verifies itself) once workers cannot be replaced, never hangs", async () => {
    const pool = new VerifyPool(1, () => undefined);
    try {
      for (let i = 0; i < 9; i++) {
        const w = (pool as unknown as Internals).workers[0];
        if (!w) break;
        await w.terminate();
        await new Promise((r) => setTimeout(r, 30));
      }
      expect(pool.size).toBe(0);
      expect(await pool.verify([signedJob("y")])).toEqual([false]);
    } finally {
      await pool.close();
    }
  });
});
