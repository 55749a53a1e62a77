import type { SimOptions, SimResult } from "../../node/consensus/sim/simulation.js";
import { Prng } from "../../node/consensus/sim/prng.js";

/** Tiny timeouts (CometBFT's TestConsensusConfig scale) so virtual runs stay short. */
export const SIM_TIMEOUTS = {
  proposeMs: 40,
  proposeDeltaMs: 10,
  prevoteMs: 15,
  prevoteDeltaMs: 5,
  precommitMs: 15,
  precommitDeltaMs: 5,
  commitMs: 20,
};

/** Every parameter of a run comes from its seed, so `SIM_SEED=<seed>` replays it exactly. */
export function optionsFromSeed(seed: number, validators: number, scheme: "fake" | "ed25519" = "fake"): SimOptions {
  const r = new Prng(seed ^ 0x5eed);
  const calm = r.chance(0.15);
  return {
    seed,
    validators,
    scheme,
    byzantine: r.chance(0.35),
    validatorUpdates: r.chance(0.3),
    gstMs: r.int(100, 700),
    lossRate: calm ? 0 : r.next() * 0.3,
    dupRate: r.next() * 0.2,
    maxDelayMs: r.int(2, calm ? 10 : 80),
    postGstDelayMs: r.int(1, 8),
    crashes: calm ? 0 : r.int(0, 3),
    partitions: calm ? 0 : r.int(0, 2),
    crashAfterWalRate: calm ? 0 : r.chance(0.5) ? 0.03 : 0,
    timeouts: SIM_TIMEOUTS,
    gossipMs: 30,
    heightsAfterGst: 3,
    livenessMs: 4000,
  };
}

export interface Summary {
  runs: number;
  heights: number;
  rounds: number[];
  evidence: number;
  restarts: number;
  failures: string[];
}

export function summarize(results: SimResult[]): Summary {
  const s: Summary = { runs: 0, heights: 0, rounds: [], evidence: 0, restarts: 0, failures: [] };
  for (const r of results) {
    s.runs++;
    s.heights += r.heights;
    s.rounds.push(...r.roundsPerHeight);
    s.evidence += r.evidence;
    s.restarts += r.restarts;
    if (r.violations.length > 0) s.failures.push(`seed ${r.seed}: ${r.violations.slice(0, 3).join("; ")}`);
  }
  return s;
}

export function summaryLine(label: string, s: Summary, ms: number): string {
  const mean = s.rounds.reduce((a, b) => a + b, 0) / Math.max(1, s.rounds.length);
  const max = s.rounds.reduce((a, b) => Math.max(a, b), 0);
  return (
    `[sim ${label}] runs=${s.runs} heights=${s.heights} rounds/height mean=${mean.toFixed(2)} max=${max} ` +
    `evidence=${s.evidence} restarts=${s.restarts} failures=${s.failures.length} wall=${ms.toFixed(0)}ms`
  );
}

/**
 * Seeds of a batch: `SIM_SEED=<n>` replays one run (with a state dump of every node at the end),
 * `SIM_RUNS=<n>` changes the batch size.
 */
export function batchSeeds(base: number, runs: number): number[] {
  const one = process.env.SIM_SEED;
  if (one !== undefined && one !== "") return [Number(one)];
  const n = process.env.SIM_RUNS ? Number(process.env.SIM_RUNS) : runs;
  return Array.from({ length: n }, (_, i) => base + i);
}

export function replayHint(label: string, seed: number): string {
  return `replay: SIM_SEED=${seed} npx vitest run test/sim/${label}`;
}
