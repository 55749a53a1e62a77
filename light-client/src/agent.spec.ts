import { describe, expect, it, vi } from "vitest";
import { DeviceAgent, MemoryAgentStateStore, MemoryKeyStore, isRetryable, type AgentEvent } from "./agent.js";
import type { LightClient } from "./client.js";
import { LightClientError } from "./errors.js";

/** The agent's error classification (D) and its device params refresh (E), with a fake client. */
const params = { current: { epochLength: 10n, reportGraceBlocks: 2n } };
const reads = vi.hoisted(() => ({ n: 0 }));
/** When set, verifyDevice proves this record (so a step reaches the report and its submission). */
const registered = vi.hoisted(() => ({ device: undefined as unknown }));

vi.mock("./devices.js", async (orig) => ({
  ...(await orig<typeof import("./devices.js")>()),
  verifyDevicesParams: async () => {
    reads.n++;
    return { height: 1n, params: { ...params.current } };
  },
  verifyDevice: async (_c: unknown, _d: unknown, h: bigint) => ({ height: h, value: registered.device }),
  verifyDeviceReport: async (_c: unknown, _d: unknown, _e: unknown, h: bigint) => ({ height: h, present: false, value: undefined }),
  verifyPendingRewards: async () => ({ height: 1n, amount: 0n }),
}));

describe("isRetryable (D)", () => {
  it("provider errors and transient file errors are retried; our own bugs and refusals are not", () => {
    expect(isRetryable(new LightClientError("provider_error", "x"))).toBe(true);
    for (const c of ["ENOSPC", "EIO", "EAGAIN"]) expect(isRetryable(Object.assign(new Error(`${c}: write failed`), { code: c }))).toBe(true);
    expect(isRetryable(Object.assign(new Error("no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" }))).toBe(true);
    expect(isRetryable(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isRetryable(new RangeError("The number NaN cannot be converted to a BigInt"))).toBe(false);
    expect(isRetryable(new SyntaxError("Cannot convert abc to a BigInt"))).toBe(false);
    expect(isRetryable(new LightClientError("fork_detected", "x"))).toBe(false);
    expect(isRetryable(Object.assign(new Error("permission denied"), { code: "EACCES" }))).toBe(false);
  });

  it("a step failing with ENOSPC backs off and the run goes on (was fatal)", async () => {
    let syncs = 0;
    const client = {
      chainId: "c",
      sync: async () => {
        if (++syncs <= 2) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        return { signedHeader: { header: { height: 1n, time: { seconds: 0n, nanos: 0 } } } };
      },
    } as unknown as LightClient;
    const events: AgentEvent[] = [];
    const agent = await DeviceAgent.create({
      client, relayer: { address: "r", submit: async () => ({ code: 0, log: "", hash: "", height: 0n }) },
      keyStore: new MemoryKeyStore(new Uint8Array(32).fill(2)), stateStore: new MemoryAgentStateStore(),
      onEvent: (e) => events.push(e), sleep: async () => undefined,
    });
    await agent.run({ maxSteps: 1 });
    expect(events.filter((e) => e.type === "backoff")).toHaveLength(2);
    expect(syncs).toBe(3);
  });
});

describe("device params are read again each epoch (E)", () => {
  it("a governance change of the epoch length is picked up at the next epoch", async () => {
    let height = 2n;
    const client = {
      chainId: "c",
      sync: async () => ({ signedHeader: { header: { height, time: { seconds: 0n, nanos: 0 } } } }),
    } as unknown as LightClient;
    const events: AgentEvent[] = [];
    const agent = await DeviceAgent.create({
      client, relayer: { address: "r", submit: async () => ({ code: 0, log: "", hash: "", height: 0n }) },
      keyStore: new MemoryKeyStore(new Uint8Array(32).fill(3)), stateStore: new MemoryAgentStateStore(), onEvent: (e) => events.push(e),
    });
    const epochs: bigint[] = [];
    for (const h of [2n, 5n, 9n, 12n, 15n, 31n]) {
      height = h;
      if (h === 9n) params.current = { epochLength: 5n, reportGraceBlocks: 2n }; // governance halves the epoch
      await agent.step();
      epochs.push((events.at(-2) as { epoch: bigint }).epoch);
    }
    // epochs of 10 blocks up to height 10, then (params read again at 12, in epoch 1 of the old length) 5 blocks
    expect(epochs).toEqual([0n, 0n, 0n, 2n, 2n, 6n]);
    expect(reads.n).toBe(3);
  });
});

describe("the run loop's signal reaches the relayer (C)", () => {
  it("stop() cancels a report submission in flight instead of waiting for it", async () => {
    let seen: AbortSignal | undefined;
    const client = {
      chainId: "c",
      sync: async () => ({ signedHeader: { header: { height: 5n, time: { seconds: 0n, nanos: 0 } } } }),
    } as unknown as LightClient;
    const relayer = {
      address: "r",
      submit: (_m: unknown, opts?: { signal?: AbortSignal }) => {
        seen = opts?.signal;
        return new Promise<never>((_, reject) => {
          if (!seen) return; // no signal: this submission never ends
          seen.addEventListener("abort", () => reject(new LightClientError("provider_error", "aborted")));
        });
      },
    };
    const agent = await DeviceAgent.create({
      client, relayer, keyStore: new MemoryKeyStore(new Uint8Array(32).fill(4)), stateStore: new MemoryAgentStateStore(),
      measure: () => ({ energyProducedWh: 1n, energyConsumedWh: 1n, greenWh: 1n, gpuSeconds: 0n, uptimePermille: 1000 }),
    });
    params.current = { epochLength: 10n, reportGraceBlocks: 2n };
    registered.device = { id: 7n, owner: "o", pubkey: agent.publicKey, deviceClass: 1, flagged: false, lastNonce: 0n, score: 1000, bond: 0n };
    try {
      const run = agent.run();
      for (let i = 0; i < 100 && !seen; i++) await new Promise((r) => setTimeout(r, 10));
      agent.stop();
      const ended = await Promise.race([run.then(() => "ended"), new Promise((r) => setTimeout(() => r("still waiting"), 1000))]);
      expect(ended).toBe("ended");
      expect(seen?.aborted).toBe(true);
    } finally {
      registered.device = undefined;
    }
  });
});

