/**
 * Moves every validator's consensus clock forward by the same amount (nodes started with
 * `--test-clock`; see node/test-clock.ts), then waits for a block whose time shows the jump.
 */
async function call(rpc: string, method: string, params: Record<string, unknown>): Promise<any> {
  const res = await fetch(rpc, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }), signal: AbortSignal.timeout(10_000) });
  const j = (await res.json()) as { result?: unknown; error?: { message: string; data?: string } };
  if (j.error) throw new Error(`${method} on ${rpc}: ${j.error.message} ${j.error.data ?? ""}`);
  return j.result;
}

/** Latest block time (Unix seconds) as seen by `rpc`. */
export async function chainTimeSeconds(rpc: string): Promise<bigint> {
  const s = await call(rpc, "status", {});
  return BigInt(Math.floor(Date.parse(s.sync_info.latest_block_time) / 1000));
}

export async function advanceDevnetTime(rpcs: string[], seconds: number, timeoutMs = 30_000): Promise<bigint> {
  const before = await chainTimeSeconds(rpcs[0]!);
  await Promise.all(rpcs.map((r) => call(r, "unsafe_advance_time", { seconds: String(seconds) })));
  const t0 = Date.now();
  for (;;) {
    const now = await chainTimeSeconds(rpcs[0]!);
    if (now >= before + BigInt(seconds)) return now;
    if (Date.now() - t0 > timeoutMs) throw new Error(`chain time did not move past ${before + BigInt(seconds)} within ${timeoutMs} ms (at ${now})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
