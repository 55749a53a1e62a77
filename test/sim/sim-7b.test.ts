import { describe, it } from "vitest";
import { runBatch } from "./run-batch.js";

/**
 * 200 seeded runs with 7 validators: loss, delay, reordering, duplication, crashes and restarts
 * from the WAL, partitions that heal, sometimes a byzantine equivocator and validator-set updates.
 * Safety (one block per height, commits verify), no double signing, liveness after GST.
 */
describe("consensus simulation, 7 validators (b)", () => {
  it("is safe and live over 200 seeded runs", () => {
    runBatch("sim-7b.test.ts", 7, 300001, 200);
  });
});
