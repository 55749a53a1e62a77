import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { initHome } from "../../node/home/init-home.js";
import { PogcsNode } from "../../node/node.js";
import { defaultConfig } from "../../node/config/config.js";
import { startRestServer } from "../../node/rest/server.js";
import { startRpcServer } from "../../node/rpc/server.js";
import { METHODS } from "../../node/rpc/methods.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { TEST_MNEMONIC } from "../support/app-harness.js";

/**
 * Every REST path of the OpenAPI document and every JSON-RPC method, called with bad path values,
 * bad query values and bad bodies: each answer is a client error with a code and a message (or a
 * valid answer), never a 5xx, and the node keeps producing blocks afterwards.
 */

const faucet = signerFromMnemonic(TEST_MNEMONIC, 0, { prefix: "gcs" });
const silent = { debug() {}, info() {}, warn() {}, error() {}, child() { return this; } };

describe("bad input on every REST path and RPC method", () => {
  let dir: string;
  let node: PogcsNode;
  let rest: Awaited<ReturnType<typeof startRestServer>>;
  let rpc: Awaited<ReturnType<typeof startRpcServer>>;
  const failures: string[] = [];
  let probes = 0;

  async function probe(method: string, url: string, body?: string): Promise<void> {
    probes++;
    const r = await fetch(url, { method, body, headers: body !== undefined ? { "content-type": "application/json" } : {} });
    const text = await r.text();
    const where = `${r.status} ${method} ${url.replace(rest.url, "REST").replace(rpc.url, "RPC")} ${body?.slice(0, 60) ?? ""}`;
    if (r.status >= 500) return void failures.push(`${where}: ${text.slice(0, 160)}`);
    if (r.status >= 400 && url.startsWith(rest.url)) {
      let j: { code?: unknown; message?: unknown } = {};
      try { j = JSON.parse(text); } catch { /* not JSON: reported below */ }
      if (typeof j.code !== "number" || typeof j.message !== "string" || j.message === "") failures.push(`${where}: no code and message: ${text.slice(0, 160)}`);
    }
    if (url.startsWith(rpc.url)) {
      let j: { result?: unknown; error?: { code?: unknown; message?: unknown } } | unknown[] = {};
      try { j = JSON.parse(text); } catch { return void failures.push(`${where}: not JSON: ${text.slice(0, 160)}`); }
      if (Array.isArray(j)) return;
      const ok = "result" in j || (typeof j.error?.code === "number" && typeof j.error.message === "string" && j.error.message !== "");
      if (!ok) failures.push(`${where}: neither a result nor an error with code and message: ${text.slice(0, 160)}`);
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pogcs-fuzz-"));
    initHome({ home: dir, chainId: "fuzz-1", moniker: "f0", accounts: [{ address: faucet.address, coins: [{ denom: "ugcs", amount: "1000000000" }] }] });
    const config = defaultConfig("f0");
    config.consensus.blockIntervalMs = 200;
    config.rpc.rateLimitPerSecond = 0;
    node = await PogcsNode.open({ home: dir, config, log: silent });
    node.startProducing();
    rest = await startRestServer(node, { host: "127.0.0.1", port: 0 });
    rpc = await startRpcServer(node, { host: "127.0.0.1", port: 0 });
    while (node.blocks.height < 2n) await new Promise((r) => setTimeout(r, 50));
  });

  afterAll(async () => {
    await rest?.close();
    await rpc?.close();
    await node?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("REST: bad path values, query values and bodies on every documented path", async () => {
    const doc = (await (await fetch(`${rest.url}/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>> };
    const paths = Object.entries(doc.paths);
    expect(paths.length).toBeGreaterThan(50);
    const values = ["abc", "-1", "0", "99999999999999999999999999", "%00", "x".repeat(300), faucet.address, "gcs1qqqq", "1e5", "%F0%9F%99%82"];
    const queryValues = ["", "-1", "abc", "1".repeat(30), "%00"];
    for (const [path, ops] of paths) {
      for (const [m, op] of Object.entries(ops)) {
        const method = m.toUpperCase();
        const names = [...path.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]!);
        const queries = (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
        for (const v of values) {
          let url = path;
          for (const n of names) url = url.replace(`{${n}}`, v);
          await probe(method, rest.url + url, method === "POST" ? JSON.stringify({ tx_bytes: v, mode: v }) : undefined);
          for (const q of queries) await probe(method, `${rest.url}${url}?${encodeURIComponent(q)}=${queryValues[probes % queryValues.length]}`);
        }
        if (names.length > 0) await probe(method, rest.url + path.replace(/\{[^}]+\}/g, "%E0%A4%A"));
        if (method === "POST") for (const body of ["{", "[]", "null", '{"tx_bytes":123}', '{"tx_bytes":"AAAA","mode":"BROADCAST_MODE_SYNC"}']) await probe(method, rest.url + path, body);
      }
    }
    expect(failures).toEqual([]);
    // Segments up to 256 characters reach the handler (long denoms); longer ones are refused by the router.
    const seg = (n: number) => fetch(`${rest.url}/cosmos/bank/v1beta1/denoms_metadata/${"a".repeat(n)}`).then(async (r) => ({ status: r.status, body: (await r.json()) as { message: string } }));
    expect((await seg(200)).body.message).not.toMatch(/path segment/);
    expect((await seg(257)).body.message).toMatch(/path segment is longer than 256/);
  }, 120_000);

  it("RPC: every method with bad params, by JSON-RPC and by URI; abci_query with bad paths and data", async () => {
    const bad = [null, -1, "abc", "99999999999999999999", {}, [], true, "0x00", "", 1.5];
    const fields = ["height", "hash", "query", "path", "data", "tx", "prove", "page", "per_page", "order_by", "minHeight", "maxHeight", "limit"];
    for (const m of Object.keys(METHODS)) {
      for (const v of bad) {
        await probe("POST", `${rpc.url}/`, JSON.stringify({ jsonrpc: "2.0", id: 1, method: m, params: Object.fromEntries(fields.map((f) => [f, v])) }));
        await probe("POST", `${rpc.url}/`, JSON.stringify({ jsonrpc: "2.0", id: 1, method: m, params: [v, v, v] }));
        await probe("GET", `${rpc.url}/${m}?${fields.map((f) => `${f}=${encodeURIComponent(String(v))}`).join("&")}`);
      }
    }
    for (const path of ["/cosmos.bank.v1beta1.Query/Balance", "/pogcs.carbon.v1.Query/Batch", "/pogcs.amm.v1.Query/Pool", "/pogcs.market.v1.Query/Contract", "/pogcs.pools.v1.Query/Pool", "/cosmos.nft.v1beta1.Query/NFT", "/cosmos.gov.v1.Query/Proposal", "/store/bank/key", "/app/simulate", "/nope"]) {
      for (const data of ["", "00", "ff".repeat(40), "0a0361626312", "08ffffffffffffffffff01", "zz"]) {
        await probe("POST", `${rpc.url}/`, JSON.stringify({ jsonrpc: "2.0", id: 1, method: "abci_query", params: { path, data, height: "0", prove: true } }));
      }
    }
    for (const path of ["x".repeat(300), "%E0%A4%A", "status%00"]) await probe("GET", `${rpc.url}/${path}`);
    for (const body of ["{", "[]", "null", "[1,2]", '{"jsonrpc":"2.0"}', '{"method":"status","params":"x"}']) await probe("POST", `${rpc.url}/`, body);
    expect(failures).toEqual([]);
    const h = node.blocks.height;
    while (node.blocks.height <= h) await new Promise((r) => setTimeout(r, 50));
  }, 120_000);
});
