import { describe, expect, it } from "vitest";
import { LightClient } from "./client.js";
import { RpcProvider, MAX_VALIDATORS, type FetchLike } from "./provider.js";
import { AccountKey, DirectTxRelayer } from "./tx.js";

/** RPC providers against hostile or stuck nodes: bounded, cancellable, and only provider_error. */
const code = (c: string) => expect.objectContaining({ code: c });

/** A fetch answering `answer(url)` as a JSON-RPC result (or a raw body when it returns a string). */
function fakeFetch(answer: (url: URL, n: number) => unknown): FetchLike & { calls: number } {
  const f = (async (url: string) => {
    f.calls++;
    const a = answer(new URL(url), f.calls);
    return new Response(typeof a === "string" ? a : JSON.stringify({ jsonrpc: "2.0", id: -1, result: a }), { status: 200 });
  }) as unknown as FetchLike & { calls: number };
  f.calls = 0;
  return f;
}

const validator = (i: number) => ({
  address: i.toString(16).padStart(40, "0").toUpperCase(),
  pub_key: { type: "tendermint/PubKeyEd25519", value: Buffer.alloc(32, i).toString("base64") },
  voting_power: "10",
  proposer_priority: "0",
});

/** Serves `total` as given and `perPage(page)` validators on each page, at most 1000 calls. */
function validatorsFetch(total: unknown, perPage: (page: number) => number) {
  return fakeFetch((url, n) => {
    if (n > 1000) return '{"jsonrpc":"2.0","id":-1,"error":{"message":"test guard: paged forever"}}';
    const page = Number(url.searchParams.get("page"));
    return { block_height: "5", validators: Array.from({ length: perPage(page) }, (_, i) => validator(page * 1000 + i)), count: "1", total };
  });
}

describe("validator pagination is bounded (B)", () => {
  for (const total of ["NaN", "abc", "1e9", "-3", "0", "1.5", String(MAX_VALIDATORS + 1), "1000000000000", null, 12]) {
    it(`total ${JSON.stringify(total)} with one validator per page: refused after one page (12: accepted)`, async () => {
      const f = validatorsFetch(total, () => (total === 12 ? 12 : 1));
      const p = new RpcProvider("http://node", { fetch: f });
      if (total === 12) {
        // a JSON number within range is accepted too
        await expect(p.validators(5n)).resolves.toMatchObject({ validators: expect.any(Array) });
        expect(f.calls).toBe(1);
        return;
      }
      await expect(p.validators(5n)).rejects.toThrow(code("provider_error"));
      expect(f.calls).toBe(1);
    });
  }

  it("a total of 150 over two pages of 100 and 50 works; pages stop at ceil(total/per_page)", async () => {
    const f = validatorsFetch("150", (page) => (page === 1 ? 100 : 50));
    const set = await new RpcProvider("http://node", { fetch: f }).validators(5n);
    expect(set.validators).toHaveLength(150);
    expect(f.calls).toBe(2);
  });

  it("pages that keep returning one validator of a claimed 250 stop at page 3 and are refused", async () => {
    const f = validatorsFetch("250", () => 1);
    await expect(new RpcProvider("http://node", { fetch: f }).validators(5n)).rejects.toThrow(code("provider_error"));
    expect(f.calls).toBe(3);
  });

  it("more validators than total, a total changing between pages, or an empty page: refused", async () => {
    await expect(new RpcProvider("http://n", { fetch: validatorsFetch("3", () => 5) }).validators(5n)).rejects.toThrow(/more than total 3/);
    const changing = fakeFetch((url) => ({ validators: Array.from({ length: 100 }, (_, i) => validator(Number(url.searchParams.get("page")) * 1000 + i)), total: url.searchParams.get("page") === "1" ? "150" : "160" }));
    await expect(new RpcProvider("http://n", { fetch: changing }).validators(5n)).rejects.toThrow(/total changed/);
    await expect(new RpcProvider("http://n", { fetch: validatorsFetch("4", () => 0) }).validators(5n)).rejects.toThrow(/empty/);
  });
});

describe("timeouts, size caps and cancellation (C)", () => {
  /** A node that accepts the request and never answers (until the request is aborted). */
  const stuck: FetchLike = (_url, init) =>
    new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)));

  it("a node that never answers: provider_error after the timeout", async () => {
    const p = new RpcProvider("http://stuck", { fetch: stuck, timeoutMs: 50 });
    const t0 = Date.now();
    await expect(p.lightBlock(3n)).rejects.toThrow(/timed out after 50 ms/);
    expect(Date.now() - t0).toBeLessThan(2000);
    await expect(p.latestHeight()).rejects.toThrow(code("provider_error"));
  }, 5000);

  it("the caller's signal cancels a request in flight", async () => {
    const ac = new AbortController();
    const p = new RpcProvider("http://stuck", { fetch: stuck, signal: ac.signal, timeoutMs: 60_000 });
    const pending = p.call("status");
    setTimeout(() => ac.abort(), 20);
    await expect(pending).rejects.toThrow(code("provider_error"));
  }, 5000);

  it("a response larger than maxResponseBytes is refused before JSON.parse", async () => {
    const big = JSON.stringify({ jsonrpc: "2.0", id: -1, result: { sync_info: { latest_block_height: "7" }, pad: "x".repeat(200_000) } });
    const p = new RpcProvider("http://big", { fetch: fakeFetch(() => big), maxResponseBytes: 100_000 });
    await expect(p.latestHeight()).rejects.toThrow(/100000-byte limit/);
    const ok = new RpcProvider("http://big", { fetch: fakeFetch(() => big) }); // 8 MiB default
    await expect(ok.latestHeight()).resolves.toBe(7n);
  });

  it("the relayer's broadcast has the same timeout (provider_error)", async () => {
    const key = new AccountKey(new Uint8Array(32).fill(1));
    const r = new DirectTxRelayer({ rpc: "http://stuck", client: {} as LightClient, key, fetch: stuck, timeoutMs: 50 });
    const rpc = (r as unknown as { rpc(m: string, p: object): Promise<unknown> }).rpc.bind(r);
    await expect(rpc("broadcast_tx_commit", { tx: "" })).rejects.toThrow(code("provider_error"));
    const nul = new DirectTxRelayer({ rpc: "http://null", client: {} as LightClient, key, fetch: fakeFetch(() => "null") });
    await expect((nul as unknown as { rpc(m: string, p: object): Promise<unknown> }).rpc("broadcast_tx_commit", {})).rejects.toThrow(code("provider_error"));
  }, 5000);
});

describe("the relayer's submit takes a cancel signal (C)", () => {
  it("aborting the signal ends a broadcast in flight with provider_error", async () => {
    const stuck: FetchLike = (_url, init) => new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal!.reason)));
    const r = new DirectTxRelayer({ rpc: "http://stuck", client: { chainId: "c" } as LightClient, key: new AccountKey(new Uint8Array(32).fill(5)), fetch: stuck });
    (r as unknown as { account: object }).account = { address: r.address, accountNumber: 1n, sequence: 0n };
    const ac = new AbortController();
    const pending = r.submit([{ typeUrl: "/x", value: new Uint8Array() }], { signal: ac.signal });
    setTimeout(() => ac.abort(), 20);
    await expect(pending).rejects.toThrow(code("provider_error"));
  }, 5000);
});

describe("malformed remote data is provider_error, never SyntaxError/TypeError/RangeError (D)", () => {
  const bodies: Array<[string, string]> = [
    ["a JSON null body", "null"],
    ["a JSON number body", "42"],
    ["not JSON at all", "<html>oops</html>"],
  ];
  for (const [name, body] of bodies) {
    it(`${name}`, async () => {
      await expect(new RpcProvider("http://n", { fetch: fakeFetch(() => body) }).latestHeight()).rejects.toThrow(code("provider_error"));
    });
  }

  it("status with a non-integer latest_block_height (was SyntaxError from BigInt)", async () => {
    for (const h of ["abc", "1.5", "", null, {}]) {
      const p = new RpcProvider("http://n", { fetch: fakeFetch(() => ({ sync_info: { latest_block_height: h } })) });
      await expect(p.latestHeight()).rejects.toThrow(code("provider_error"));
    }
    await expect(new RpcProvider("http://n", { fetch: fakeFetch(() => ({})) }).latestHeight()).rejects.toThrow(code("provider_error"));
  });

  it("abci_query with a bad height, code or proof ops (was SyntaxError/TypeError)", async () => {
    for (const response of [{ height: "x" }, { height: "5", code: "x" }, { height: "5", proofOps: { ops: "nope" } }, null, { height: "5", proofOps: { ops: [null] } }]) {
      const p = new RpcProvider("http://n", { fetch: fakeFetch(() => ({ response })) });
      await expect(p.abciQuery("/store/x/key", new Uint8Array([1]), 5n)).rejects.toThrow(code("provider_error"));
    }
  });

  it("a commit with a non-numeric round or parts total (was NaN, then RangeError while hashing)", async () => {
    const time = "2026-01-01T00:00:00Z";
    const commit = (round: unknown, total: unknown) => ({
      signed_header: {
        header: { version: { block: "11", app: "0" }, chain_id: "c", height: "5", time, last_block_id: { hash: "", parts: { total, hash: "" } } },
        commit: { height: "5", round, block_id: { hash: "", parts: { total: 1, hash: "" } }, signatures: [] },
      },
    });
    for (const [round, total] of [["x", 1], [0, "x"], [-1, 1], [0, -2]]) {
      const p = new RpcProvider("http://n", { fetch: fakeFetch(() => commit(round, total)) });
      await expect(p.lightBlock(5n)).rejects.toThrow(code("provider_error"));
    }
  });
});
