import { describe, it } from "vitest";
import { runBatch } from "./run-batch.js";

/**
 * 300 seeded runs with 4 validators: loss, delay, reordering, duplication, crashes and restarts
 * from the WAL, partitions that heal, sometimes a byzantine equivocator and validator-set updates.
 * Safety (one block per height, commits verify), no double signing, liveness after GST.
 */
describe("consensus simulation, 4 validators (b)", () => {
  it("is safe and live over 300 seeded runs", () => {
    runBatch("sim-4b.test.ts", 4, 100001, 300);
  });
});
