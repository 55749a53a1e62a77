/**
 * `--test-clock` lets a devnet live through hours in seconds: advancing every validator's clock
 * moves block time forward by that much, blocks keep coming, and the RPC is refused on nodes
 * started without the flag.
 */
import { describe, it, expect, afterAll } from "vitest";
import { tempDevnet } from "../support/devnet-fixture.js";
import { advanceDevnetTime, chainTimeSeconds } from "../../devnet/advance-time.js";
import { rpc, rpcReply } from "../support/chain-client.js";

describe("devnet test clock", () => {
  const nets: Array<Awaited<ReturnType<typeof tempDevnet>>> = [];
  afterAll(async () => {
    for (const n of nets) await n.close();
  });

  it("two validators jump two hours ahead together and keep committing", { timeout: 60_000 }, async () => {
    const net = await tempDevnet({ validators: 2, blockIntervalMs: 250, timeouts: { propose: 600, vote: 300, delta: 200 }, nodeArgs: () => ["--test-clock"] });
    nets.push(net);
    const rpcs = net.info.validators.map((v) => v.rpc);
    const t0 = await chainTimeSeconds(rpcs[0]!);
    const t1 = await advanceDevnetTime(rpcs, 7200);
    expect(t1 - t0).toBeGreaterThanOrEqual(7200n);
    expect(t1 - t0).toBeLessThan(7200n + 60n);
    const h = Number((await rpc(rpcs[1]!, "status")).sync_info.latest_block_height);
    for (let i = 0; i < 100; i++) {
      if (Number((await rpc(rpcs[1]!, "status")).sync_info.latest_block_height) >= h + 3) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(Number((await rpc(rpcs[1]!, "status")).sync_info.latest_block_height)).toBeGreaterThanOrEqual(h + 3);
    const bad = await rpcReply(rpcs[0]!, "unsafe_advance_time", { seconds: "-5" });
    expect(bad.error?.code).toBe(-32602);
  });

  it("is refused without --test-clock", { timeout: 40_000 }, async () => {
    const net = await tempDevnet({ validators: 1 });
    nets.push(net);
    const r = await rpcReply(net.info.validators[0]!.rpc, "unsafe_advance_time", { seconds: "60" });
    expect(r.error?.code).toBe(-32601);
    expect(r.error?.data).toMatch(/--test-clock/);
  });
});
