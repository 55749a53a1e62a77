import { describe, it } from "vitest";
import { runBatch } from "./run-batch.js";

/** A few runs with real ed25519 (node:crypto) signatures end to end: votes, proposals, commits. */
describe("consensus simulation with real ed25519", () => {
  it("4 validators", () => {
    runBatch("sim-ed25519.test.ts", 4, 900001, 6, "ed25519");
  });
  it("7 validators", () => {
    runBatch("sim-ed25519.test.ts", 7, 910001, 4, "ed25519");
  });
});
