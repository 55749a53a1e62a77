import { expect } from "vitest";
import { runSimulation, type SimResult } from "../../node/consensus/sim/simulation.js";
import { batchSeeds, optionsFromSeed, replayHint, summarize, summaryLine } from "./config.js";

/** Runs a seeded batch, prints one summary line and fails with every failing seed's replay command. */
export function runBatch(file: string, validators: number, base: number, runs: number, scheme: "fake" | "ed25519" = "fake"): void {
  const seeds = batchSeeds(base, runs);
  const single = seeds.length === 1;
  const t0 = performance.now();
  const results: SimResult[] = seeds.map((seed) =>
    runSimulation({ ...optionsFromSeed(seed, validators, scheme), debug: single ? (l) => console.log(l) : undefined }),
  );
  const s = summarize(results);
  console.log(summaryLine(`${file} n=${validators} ${scheme}`, s, performance.now() - t0));
  const failures = results
    .filter((r) => r.violations.length > 0)
    .map((r) => `seed ${r.seed}: ${r.violations.slice(0, 3).join("; ")}\n  ${replayHint(file, r.seed)}`);
  expect(failures, failures.join("\n")).toEqual([]);
  expect(s.heights).toBeGreaterThan(0);
}
