/**
 * Helpers shared by the benchmarks (not a benchmark itself): figures for run.ts's summary,
 * a keep-alive JSON-RPC client over node:http, a throwaway devnet, and a bounded load loop.
 */
import * as http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseRfc3339 } from "../../node/rpc/time.js";
import { startDevnet, type DevnetOptions, type RunningDevnet } from "../../devnet/devnet.js";

/** One printed figure; run.ts collects them into the final table. */
export interface Figure {
  bench: string;
  name: string;
  value: string;
}

export type BenchResult = Figure[];

export const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n) ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : String(n);

export function envNumber(name: string, dflt: number): number {
  const v = process.env[name];
  if (v === undefined || v === "") return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(v)}`);
  return n;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** CometBFT RFC3339 (nanoseconds) to epoch milliseconds, fractional. */
export function rfc3339Ms(s: string): number {
  const t = parseRfc3339(s);
  if (!t) throw new Error(`bad time ${s}`);
  return Number(t.seconds) * 1000 + t.nanos / 1e6;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Minimal POST client on a keep-alive agent (cheaper per request than fetch on the client core). */
export class HttpClient {
  readonly agent: http.Agent;
  private readonly host: string;
  private readonly port: number;
  private readonly path: string;
  private id = 1;

  constructor(url: string, maxSockets = 64) {
    const u = new URL(url);
    this.host = u.hostname;
    this.port = Number(u.port || 80);
    this.path = u.pathname || "/";
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  /** POSTs a body and resolves with status and text. */
  post(body: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.host,
          port: this.port,
          path: this.path,
          method: "POST",
          agent: this.agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }

  /** One JSON-RPC call; throws on a JSON-RPC error. */
  async call<T = any>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const r = await this.post(JSON.stringify({ jsonrpc: "2.0", id: this.id++, method, params }));
    const j = JSON.parse(r.text) as { result?: T; error?: { message: string; data?: string } };
    if (j.error) throw new Error(`${method}: ${j.error.message} ${j.error.data ?? ""}`);
    return j.result as T;
  }

  /** A JSON-RPC batch (the node takes up to 100 per request); results in request order. */
  async batch<T = any>(calls: Array<{ method: string; params: Record<string, unknown> }>): Promise<T[]> {
    const body = calls.map((c, i) => ({ jsonrpc: "2.0", id: i, method: c.method, params: c.params }));
    const r = await this.post(JSON.stringify(body));
    const arr = JSON.parse(r.text) as Array<{ id: number; result?: T; error?: { message: string } }>;
    if (!Array.isArray(arr)) throw new Error(`batch failed: ${r.text.slice(0, 200)}`);
    const out: T[] = new Array(calls.length);
    for (const x of arr) {
      if (x.error) throw new Error(`${calls[x.id]?.method}: ${x.error.message}`);
      out[x.id] = x.result as T;
    }
    return out;
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * A devnet in a temp dir (1 validator unless `more` says otherwise); close() stops the
 * processes it started and removes the dir.
 */
export async function tempDevnet(
  blockIntervalMs = 1000,
  more: Omit<DevnetOptions, "home" | "blockIntervalMs"> = {},
): Promise<RunningDevnet & { dir: string; rpc: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "pogcs-bench-"));
  let net: RunningDevnet;
  try {
    net = await startDevnet({ log: () => {}, ...more, home: dir, blockIntervalMs });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    ...net,
    dir,
    rpc: net.info.validators[0]!.rpc,
    async close() {
      await net.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Closed-loop load: `concurrency` lanes each issue `once()` back to back until `durationMs`
 * has passed. Returns completed count and per-request latencies (ms).
 */
export async function closedLoop(
  concurrency: number,
  durationMs: number,
  once: () => Promise<boolean>,
): Promise<{ ok: number; failed: number; elapsedMs: number; latencies: Float64Array }> {
  let ok = 0;
  let failed = 0;
  const lat: number[] = [];
  const t0 = performance.now();
  const end = t0 + durationMs;
  const lane = async () => {
    while (performance.now() < end) {
      const a = performance.now();
      let good = false;
      try {
        good = await once();
      } catch {
        good = false;
      }
      lat.push(performance.now() - a);
      if (good) ok++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const elapsedMs = performance.now() - t0;
  return { ok, failed, elapsedMs, latencies: Float64Array.from(lat).sort() };
}
