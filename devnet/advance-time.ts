/**
 * Moves every validator's consensus clock forward by the same amount (nodes started with
 * `--test-clock`; see node/test-clock.ts), then waits for a block whose time shows the jump.
 */
import { ChainRpc } from "./agents/chain.js";

/** Latest block time (Unix seconds) as seen by `rpc`. */
export function chainTimeSeconds(rpc: string): Promise<bigint> {
  return new ChainRpc(rpc).blockTime();
}

export async function advanceDevnetTime(rpcs: string[], seconds: number, timeoutMs = 30_000): Promise<bigint> {
  const nodes = rpcs.map((r) => new ChainRpc(r));
  const before = await nodes[0]!.blockTime();
  await Promise.all(nodes.map((n) => n.call("unsafe_advance_time", { seconds: String(seconds) })));
  const t0 = Date.now();
  for (;;) {
    const now = await nodes[0]!.blockTime();
    if (now >= before + BigInt(seconds)) return now;
    if (Date.now() - t0 > timeoutMs) throw new Error(`chain time did not move past ${before + BigInt(seconds)} within ${timeoutMs} ms (at ${now})`);
    await new Promise((res) => setTimeout(res, 100));
  }
}
