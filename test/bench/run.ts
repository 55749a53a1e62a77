/**
 * Runs the benchmarks in sequence and prints a summary table of every figure.
 *
 *   npm run bench                      all of them
 *   npm run bench -- tx store rpc      only those named (in that order)
 *   BENCH_SECONDS=10 npm run bench -- tx rpc     short tx window (and rpc run) for a quick check
 *   npm run bench -- consensus         4-validator devnet throughput and catch-up (about 3 min)
 *   npm run bench -- amm-node          1-validator devnet: swaps/s vs sends/s over the RPC (about 2 min)
 *
 * Benchmarks print figures; they assert nothing about speed. The figures depend on what else
 * the machine is doing: the load average is printed before and after.
 */
import * as os from "node:os";
import type { BenchResult, Figure } from "./lib.js";

interface Entry {
  name: string;
  aliases: string[];
  what: string;
  run(): Promise<BenchResult>;
}

/** store.bench.ts prints lines and returns nothing: keep its "label: value" lines as figures. */
async function captureLines(bench: string, fn: () => Promise<void>): Promise<BenchResult> {
  const figures: Figure[] = [];
  const orig = console.log;
  console.log = (...args: unknown[]) => {
    orig(...args);
    const line = args.map(String).join(" ");
    const m = /^\s*(.+?):\s+(.+)$/.exec(line);
    if (m) figures.push({ bench, name: m[1]!.trim(), value: m[2]!.trim() });
  };
  try {
    await fn();
  } finally {
    console.log = orig;
  }
  return figures;
}

const BENCHES: Entry[] = [
  {
    name: "tx",
    aliases: ["tx-throughput"],
    what: "tx throughput of a 1-validator devnet, and the secp256k1 verify bound",
    run: async () => (await import("./tx-throughput.bench.js")).run(),
  },
  {
    name: "rpc",
    aliases: [],
    what: "abci_query Balance req/s vs a bare Fastify route",
    run: async () => (await import("./rpc.bench.js")).run(),
  },
  {
    name: "store",
    aliases: [],
    what: "IAVL multistore writes/s vs raw LevelDB",
    run: async () => {
      const m = await import("./store.bench.js");
      return captureLines("store", () => m.run());
    },
  },
  {
    name: "light",
    aliases: ["light-client"],
    what: "light client: headers/s sequential and skipping, proofs/s, bundle size, memory; @noble vs node:crypto",
    run: async () => (await import("./light-client.bench.js")).run(),
  },
  {
    name: "devices",
    aliases: ["device-reports"],
    what: "device reports verified+applied/s vs the ed25519 verify bound; epoch-boundary time with 100k devices",
    run: async () => (await import("./devices.bench.js")).run(),
  },
  {
    name: "amm",
    aliases: ["swaps"],
    what: "AMM maths ops/s vs a bare bigint mul/div baseline; swaps/s vs bank sends/s through the block pipeline",
    run: async () => (await import("./amm.bench.js")).run(),
  },
  {
    name: "amm-node",
    aliases: ["swaps-node"],
    what: "1-validator devnet: committed AMM swaps/s vs bank sends/s over the RPC in the same run, latency",
    run: async () => (await import("./amm-node.bench.js")).run(),
  },
  {
    name: "consensus",
    aliases: ["consensus-bench"],
    what: "4-validator devnet: committed tx/s, latency, blocks/s vs the signature bound; catch-up of a restarted validator",
    run: async () => (await import("./consensus.bench.js")).run(),
  },
];

function machineLine(): string {
  const c = os.cpus();
  const models = [...new Set(c.map((x) => x.model.trim()))].join(" / ");
  return `${models} x ${c.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()} ${os.arch()}`;
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");

function table(rows: Figure[]): string {
  const w0 = Math.max(5, ...rows.map((r) => r.bench.length));
  const w1 = Math.max(6, ...rows.map((r) => r.name.length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c}`;
  return [line("bench", "figure", "value"), `${"-".repeat(w0)}-+-${"-".repeat(w1)}-+-${"-".repeat(20)}`, ...rows.map((r) => line(r.bench, r.name, r.value))].join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.includes("-h") || args.includes("--help")) {
    console.log(`usage: npm run bench -- [${BENCHES.map((b) => b.name).join("] [")}]\n${BENCHES.map((b) => `  ${b.name.padEnd(9)} ${b.what}`).join("\n")}`);
    return;
  }
  const selected: Entry[] = [];
  for (const a of args) {
    const e = BENCHES.find((b) => b.name === a || b.aliases.includes(a));
    if (!e) throw new Error(`unknown benchmark "${a}"; available: ${BENCHES.map((b) => b.name).join(", ")}`);
    if (!selected.includes(e)) selected.push(e);
  }
  const list = selected.length ? selected : BENCHES;

  const machine = machineLine();
  console.log(`== pogcs benchmarks ==`);
  console.log(`machine: ${machine}`);
  console.log(`load average (1/5/15 min) at start: ${load()}`);
  console.log(`benchmarks: ${list.map((b) => b.name).join(", ")}${process.env.BENCH_SECONDS ? `  (BENCH_SECONDS=${process.env.BENCH_SECONDS})` : ""}`);

  const all: Figure[] = [];
  const failed: string[] = [];
  const t0 = performance.now();
  for (const b of list) {
    console.log(`\n--- ${b.name}: ${b.what} ---`);
    const tb = performance.now();
    try {
      all.push(...(await b.run()));
    } catch (e) {
      failed.push(b.name);
      console.error(`${b.name} failed:`, e);
      all.push({ bench: b.name, name: "FAILED", value: (e as Error).message ?? String(e) });
    }
    console.log(`(${b.name} took ${((performance.now() - tb) / 1000).toFixed(0)} s)`);
  }

  console.log(`\n== summary ==`);
  console.log(`machine: ${machine}`);
  console.log(`load average (1/5/15 min) at end: ${load()}; total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  console.log(table(all));
  if (failed.length) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
