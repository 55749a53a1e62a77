import type { ChildProcess } from "node:child_process";
import { rpc, sleep } from "./chain-client.js";

/** Short consensus timeouts for multi-validator e2e tests (ms). */
export const TIMEOUTS = { propose: 400, vote: 200, commit: 200, delta: 100 };

export function waitExit(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
  return new Promise((r) => p.once("exit", () => r()));
}

export async function height(url: string): Promise<number> {
  return Number((await rpc(url, "status")).sync_info.latest_block_height);
}

export async function until<T>(fn: () => Promise<T | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const t0 = Date.now();
  let last: unknown;
  while (Date.now() - t0 < timeoutMs) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms: ${what}${last ? ` (last error: ${(last as Error).message})` : ""}`);
}

