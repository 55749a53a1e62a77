/**
 * RPC query throughput: `abci_query` /cosmos.bank.v1beta1.Query/Balance (JSON-RPC POST, protobuf
 * request hex-encoded) against a real 1-validator devnet node, and a baseline: a bare Fastify
 * route returning a fixed small JSON, served by its own node process (so that, like the devnet
 * node, it does not share a core's event loop with the load generator). Same client, same
 * request body, same concurrency.
 *
 *   npx tsx test/bench/rpc.bench.ts
 *
 * Knobs (env): BENCH_RPC_SECONDS (per target, default 10, or BENCH_SECONDS if that is smaller),
 * BENCH_RPC_CONCURRENCY (default 32).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { QueryBalanceRequest } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { closedLoop, envNumber, fmt, HttpClient, percentile, sleep, tempDevnet, type BenchResult, type Figure } from "./lib.js";

const BENCH = "rpc";
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

const BASELINE_SERVER = `
import Fastify from "fastify";
const app = Fastify({ logger: false });
const body = { jsonrpc: "2.0", id: 1, result: { ok: true } };
app.post("/", async () => body);
const addr = await app.listen({ host: "127.0.0.1", port: 0 });
process.stdout.write(addr + "\\n");
process.on("SIGTERM", () => app.close().then(() => process.exit(0)));
`;

async function startBaseline(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", BASELINE_SERVER], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((res, rej) => {
    let buf = "";
    const t = setTimeout(() => rej(new Error("baseline server did not start")), 20_000);
    child.stdout!.on("data", (d: Buffer) => {
      buf += d.toString();
      const nl = buf.indexOf("\n");
      if (nl >= 0) {
        clearTimeout(t);
        res(buf.slice(0, nl).trim());
      }
    });
    child.once("exit", (c) => rej(new Error(`baseline server exited with ${c}`)));
  });
  return { url, child };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (child.exitCode !== null || child.signalCode !== null) return res();
    const t = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(t);
      res();
    });
    child.kill("SIGTERM");
  });
}

export interface RpcBenchOptions {
  seconds?: number;
  concurrency?: number;
  log?: (s: string) => void;
}

export async function run(opts: RpcBenchOptions = {}): Promise<BenchResult> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const seconds = opts.seconds ?? envNumber("BENCH_RPC_SECONDS", Math.min(10, envNumber("BENCH_SECONDS", 10)));
  const concurrency = Math.floor(opts.concurrency ?? envNumber("BENCH_RPC_CONCURRENCY", 32));
  const figures: Figure[] = [];
  const fig = (name: string, value: string) => {
    figures.push({ bench: BENCH, name, value });
    log(`  ${name}: ${value}`);
  };

  log(`rpc: starting 1-validator devnet and a baseline Fastify process ...`);
  const net = await tempDevnet(1000);
  let baseline: { url: string; child: ChildProcess } | undefined;
  try {
    baseline = await startBaseline();
    const address = net.info.faucet.address;
    const data = Buffer.from(QueryBalanceRequest.encode({ address, denom: net.info.denom }).finish()).toString("hex");
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "abci_query", params: { path: "/cosmos.bank.v1beta1.Query/Balance", data, prove: false } });

    const measure = async (label: string, url: string, check: (j: any) => boolean) => {
      const c = new HttpClient(url, concurrency);
      try {
        const first = JSON.parse((await c.post(body)).text);
        if (!check(first)) throw new Error(`${label}: unexpected response ${JSON.stringify(first).slice(0, 300)}`);
        const once = async () => check(JSON.parse((await c.post(body)).text));
        await closedLoop(concurrency, 1000, once); // warm-up (connections, JIT)
        const r = await closedLoop(concurrency, seconds * 1000, once);
        return { rate: (r.ok / r.elapsedMs) * 1000, failed: r.failed, p50: percentile(r.latencies, 50), p99: percentile(r.latencies, 99) };
      } finally {
        c.close();
      }
    };

    log(`  ${seconds} s per target, ${concurrency} requests in flight, HTTP keep-alive`);
    const nodeR = await measure("abci_query", net.rpc, (j) => j?.result?.response?.code === 0 && typeof j.result.response.value === "string");
    await sleep(200);
    const baseR = await measure("baseline", baseline.url, (j) => j?.result?.ok === true);

    fig("abci_query Balance req/s (node)", `${fmt(nodeR.rate)} (p50 ${nodeR.p50.toFixed(2)} ms, p99 ${nodeR.p99.toFixed(2)} ms, failed ${nodeR.failed})`);
    fig("bare Fastify fixed-JSON req/s (baseline process)", `${fmt(baseR.rate)} (p50 ${baseR.p50.toFixed(2)} ms, p99 ${baseR.p99.toFixed(2)} ms, failed ${baseR.failed})`);
    fig("ratio node / baseline", (nodeR.rate / baseR.rate).toFixed(3));
    return figures;
  } finally {
    if (baseline) await stopChild(baseline.child);
    await net.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
