import { describe, it, expect } from "vitest";
import { Mempool, DEFAULT_MEMPOOL_CONFIG } from "./mempool.js";
import { createHarness } from "../../test/support/app-harness.js";
import { createHash } from "node:crypto";

const hashHex = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("mempool", () => {
  it("admits valid txs once, refuses duplicates (19), oversize (21) and overflow (20)", () => {
    const h = createHarness({ accounts: 3 });
    const pool = new Mempool(h.pogcs.app, { ...DEFAULT_MEMPOOL_CONFIG, size: 2, maxTxBytes: 400 });
    const a = h.send(0, h.signers[1]!.address, 5n);
    expect(pool.add(a).result.code).toBe(0);
    expect(pool.add(a).result.code).toBe(19);
    const big = h.send(1, h.signers[0]!.address, 5n);
    const huge = new Uint8Array(500);
    expect(pool.add(huge).result.code).toBe(21);
    expect(pool.add(big).result.code).toBe(0);
    expect(pool.add(h.send(2, h.signers[0]!.address, 5n)).result.code).toBe(20);
    expect(pool.size).toBe(2);
  });

  it("says which txs it would refuse before CheckTx (so the node spends no signature work on them)", () => {
    const h = createHarness({ accounts: 3 });
    const pool = new Mempool(h.pogcs.app, { ...DEFAULT_MEMPOOL_CONFIG, size: 1, maxTxBytes: 400 });
    const a = h.send(0, h.signers[1]!.address, 5n);
    const b = h.send(1, h.signers[0]!.address, 5n);
    expect(pool.refusesCheaply(a)).toBe(false);
    expect(pool.refusesCheaply(new Uint8Array(500))).toBe(true);
    expect(pool.add(a).result.code).toBe(0);
    expect(pool.refusesCheaply(a)).toBe(true); // already in
    expect(pool.refusesCheaply(b)).toBe(true); // full
    expect(pool.add(b).result.code).toBe(20);
  });

  it("keeps a sender's txs in sequence order and rechecks after a commit", () => {
    const h = createHarness({ accounts: 2 });
    const pool = new Mempool(h.pogcs.app);
    const to = h.signers[1]!.address;
    const t0 = h.send(0, to, 1n);
    const t1 = h.send(0, to, 2n);
    const t2 = h.send(0, to, 3n);
    expect(pool.add(t1).result.code).toBe(32); // out of order: sequence 1 before 0
    expect(pool.add(t0).result.code).toBe(0);
    expect(pool.add(t1).result.code).toBe(0);
    expect(pool.add(t2).result.code).toBe(0);
    expect(pool.reap(1_000_000, -1n).map(hashHex)).toEqual([t0, t1, t2].map(hashHex));
    // Only t0 makes it into the block: t1, t2 stay and still pass recheck.
    h.block([t0]);
    pool.update([hashHex(t0)]);
    expect(pool.size).toBe(2);
    expect(pool.reap(1_000_000, -1n).map(hashHex)).toEqual([t1, t2].map(hashHex));
    // A block that already spent t1's sequence makes t1 and t2 invalid; recheck drops both.
    h.block([t1]);
    pool.update([]);
    expect(pool.size).toBe(1);
    expect(pool.reap(1_000_000, -1n).map(hashHex)).toEqual([t2].map(hashHex));
  });

  it("reaps within the byte and gas limits", () => {
    const h = createHarness({ accounts: 3 });
    const pool = new Mempool(h.pogcs.app);
    const txs = [0, 1, 2].map((i) => h.send(i, h.signers[(i + 1) % 3]!.address, 1n, { gas: 100_000n }));
    for (const t of txs) expect(pool.add(t).result.code).toBe(0);
    expect(pool.reap(1_000_000, 250_000n)).toHaveLength(2);
    expect(pool.reap(txs[0]!.length + 1, -1n)).toHaveLength(1);
  });
});
