/**
 * The RPC rate limit counts calls, not HTTP requests: a JSON-RPC batch pays for each call, and
 * each call over /websocket counts too (it had skipped the limiter entirely).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { initHome } from "../../node/home/init-home.js";
import { PogcsNode } from "../../node/node.js";
import { defaultConfig } from "../../node/config/config.js";
import { startRpcServer } from "../../node/rpc/server.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { TEST_MNEMONIC } from "../support/app-harness.js";
import { postRaw } from "../support/chain-client.js";

const faucet = signerFromMnemonic(TEST_MNEMONIC, 0, { prefix: "gcs" });
const silent = { debug() {}, info() {}, warn() {}, error() {}, child() { return this; } };
const call = (id: number) => ({ jsonrpc: "2.0", id, method: "health", params: {} });

describe("RPC rate limit (10 calls/s, bursts of 20)", () => {
  let dir: string;
  let node: PogcsNode;
  let rpc: Awaited<ReturnType<typeof startRpcServer>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pogcs-ratelimit-"));
    initHome({ home: dir, chainId: "ratelimit-1", moniker: "r0", accounts: [{ address: faucet.address, coins: [{ denom: "ugcs", amount: "1000" }] }] });
    const config = defaultConfig("r0");
    config.rpc.rateLimitPerSecond = 10;
    node = await PogcsNode.open({ home: dir, config, log: silent });
    rpc = await startRpcServer(node, { host: "127.0.0.1", port: 0 });
  });

  afterAll(async () => {
    await rpc?.close();
    await node?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("charges a batch per call: a batch of 30 is refused with 429, a batch of 5 then passes", async () => {
    const big = await postRaw(rpc.url, Array.from({ length: 30 }, (_, i) => call(i)));
    expect(big.status).toBe(429);
    expect(big.json.error.data).toContain("rate limit");
    const small = await postRaw(rpc.url, Array.from({ length: 5 }, (_, i) => call(i)));
    expect(small.status).toBe(200);
    expect(small.json).toHaveLength(5);
  });

  it("counts calls over /websocket: a burst of 60 gets rate-limit errors with their ids", async () => {
    await new Promise((r) => setTimeout(r, 2_100)); // let the bucket refill
    const ws = new WebSocket(`${rpc.url.replace(/^http/, "ws")}/websocket`);
    await new Promise<void>((res, rej) => {
      ws.once("open", () => res());
      ws.once("error", rej);
    });
    const replies: Array<{ id: number; result?: unknown; error?: { code: number; message: string; data: string } }> = [];
    ws.on("message", (d) => replies.push(JSON.parse(d.toString())));
    for (let i = 0; i < 60; i++) ws.send(JSON.stringify(call(i)));
    const t0 = Date.now();
    while (replies.length < 60 && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 20));
    ws.close();
    expect(replies).toHaveLength(60);
    const limited = replies.filter((r) => r.error?.data.includes("rate limit"));
    expect(limited.length).toBeGreaterThanOrEqual(35);
    expect(replies.filter((r) => r.result !== undefined).length).toBeGreaterThanOrEqual(15);
    expect(limited.every((r) => typeof r.id === "number" && r.error!.code === -32000)).toBe(true);
  });
});
