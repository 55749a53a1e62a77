/**
 * CometBFT 0.38 JSON-RPC against a real node process, part two: CosmJS 0.39's Comet38Client
 * decodes every method, and the JSON-RPC protocol rules (errors, ids, batches, CORS, body limit).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { QueryBalanceRequest } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { Comet38Client, connectComet, isComet38Client } from "@cosmjs/tendermint-rpc";
import {
  abciQuery, b64, getAccount, getBalance, postRaw, rpc, txHash, uriGet, waitForHeight, waitForTx,
} from "../support/chain-client.js";
import { startShapesNet, type ShapesNet } from "../support/rpc-shapes-net.js";

describe("CometBFT 0.38 JSON-RPC: CosmJS decoders and protocol (raw fetch, real node process)", () => {
  let chain: ShapesNet;
  beforeAll(async () => {
    chain = await startShapesNet();
  });
  afterAll(async () => {
    await chain?.net.close();
  });

  describe("CosmJS 0.39 Comet38Client decoders (HTTP)", () => {
    it("connectComet picks Comet38 and every method decodes", async () => {
      const detected = await connectComet(chain.url);
      expect(isComet38Client(detected)).toBe(true);
      detected.disconnect();
      const c = await Comet38Client.connect(chain.url);
      try {
        const st = await c.status();
        expect(st.nodeInfo.network).toBe(chain.chainId);
        await c.health();
        const ai = await c.abciInfo();
        expect(ai.lastBlockHeight).toBeGreaterThan(0);
        const q = await c.abciQuery({ path: "/cosmos.bank.v1beta1.Query/Balance", data: QueryBalanceRequest.encode({ address: chain.faucet.address, denom: "ugcs" }).finish() });
        expect(q.code).toBe(0);
        expect(q.height).toBeGreaterThan(0);
        const b1 = await c.block(1);
        expect(b1.block.header.height).toBe(1);
        const b = await c.block(Number(chain.committedHeight));
        expect(b.block.txs.map((t) => b64(t))).toContain(b64(chain.committedTx));
        const br = await c.blockResults(Number(chain.committedHeight));
        expect(br.height).toBe(Number(chain.committedHeight));
        expect(br.results.length).toBeGreaterThanOrEqual(1);
        const bc = await c.blockchain(1, 3);
        expect(bc.blockMetas.map((m) => m.header.height)).toEqual([3, 2, 1]);
        const cm = await c.commit(2);
        expect(cm.header.height).toBe(2);
        expect(cm.commit.signatures.length).toBeGreaterThanOrEqual(1);
        const g = await c.genesis();
        expect(g.chainId).toBe(chain.chainId);
        const v = await c.validatorsAll(2);
        expect(v.total).toBe(1);
        const n = await c.numUnconfirmedTxs();
        expect(n.total).toBeGreaterThanOrEqual(0);
        const t = await c.tx({ hash: Buffer.from(txHash(chain.committedTx), "hex") });
        expect(t.height).toBe(Number(chain.committedHeight));
        expect(Buffer.from(t.tx)).toEqual(Buffer.from(chain.committedTx));
        const ts = await c.txSearchAll({ query: `transfer.recipient='${chain.pageRecipient}'`, per_page: 2 });
        expect(ts.totalCount).toBe(ts.txs.length);
        expect(ts.txs.length).toBeGreaterThanOrEqual(6);
        const bs = await c.blockSearchAll({ query: "block.height>=2 AND block.height<=3" });
        expect(bs.totalCount).toBe(2);
        const sync = await c.broadcastTxSync({ tx: chain.nextSend(chain.pageRecipient, 9n) });
        expect(sync.code).toBe(0);
        await waitForTx(chain.url, Buffer.from(sync.hash).toString("hex").toUpperCase());
        const commit = await c.broadcastTxCommit({ tx: chain.nextSend(chain.pageRecipient, 9n) });
        expect(commit.checkTx.code).toBe(0);
        expect(commit.txResult?.code).toBe(0);
        expect(commit.height).toBeGreaterThan(0);
        const async = await c.broadcastTxAsync({ tx: chain.nextSend(chain.pageRecipient, 9n) });
        await waitForTx(chain.url, Buffer.from(async.hash).toString("hex").toUpperCase());
      } finally {
        c.disconnect();
      }
    });
  });

  describe("JSON-RPC protocol", () => {
    it("errors come with HTTP 200 and {code, message, data}", async () => {
      const cases: Array<[unknown, number]> = [
        [{ jsonrpc: "2.0", id: 1, method: "no_such_method", params: {} }, -32601],
        [{ jsonrpc: "2.0", id: 2, method: "block", params: { height: "abc" } }, -32602],
        [{ jsonrpc: "2.0", id: 3, method: "tx", params: { hash: "zz" } }, -32602],
        [{ jsonrpc: "2.0", id: 4, method: "block", params: { height: "99999999" } }, -32603],
        [{ jsonrpc: "2.0", id: 5, method: "block_results", params: { height: "99999999" } }, -32603],
        [{ jsonrpc: "2.0", id: 6, method: "abci_query", params: {} }, -32602],
        [{ jsonrpc: "2.0", id: 7, method: "broadcast_tx_sync", params: { tx: "!!notbase64" } }, -32602],
      ];
      for (const [body, code] of cases) {
        const r = await postRaw(chain.url, body);
        expect(r.status, JSON.stringify(body)).toBe(200);
        expect(r.json.jsonrpc).toBe("2.0");
        expect(r.json.id).toBe((body as { id: number }).id);
        expect(r.json.result).toBeUndefined();
        expect(r.json.error.code, JSON.stringify(body)).toBe(code);
        expect(typeof r.json.error.message).toBe("string");
        expect(typeof r.json.error.data).toBe("string");
      }
      // The URI form reports errors the same way.
      const g = await uriGet(chain.url, "block", "height=99999999");
      expect(g.status).toBe(200);
      expect(g.json.error?.code).toBe(-32603);
      const gm = await uriGet(chain.url, "no_such_method");
      expect(gm.status).toBe(200);
      expect(gm.json.error?.code).toBe(-32601);
    });

    it("malformed JSON gives -32700 with HTTP 200 and id null; an invalid envelope gives -32600", async () => {
      const r = await postRaw(chain.url, '{"jsonrpc":"2.0","id":1,"method":');
      expect(r.status).toBe(200);
      expect(r.json.id).toBeNull();
      expect(r.json.error.code).toBe(-32700);
      const noVersion = await postRaw(chain.url, { id: 5, method: "health" });
      expect(noVersion.status).toBe(200);
      expect(noVersion.json.error.code).toBe(-32600);
      const positional = await postRaw(chain.url, { jsonrpc: "2.0", id: 6, method: "block", params: [2] });
      expect(positional.json.error.code).toBe(-32600);
    });

    it("echoes string and number ids exactly", async () => {
      for (const id of ["abc-123", "", "7", 0, 42, 123456789012, -1]) {
        const r = await postRaw(chain.url, { jsonrpc: "2.0", id, method: "health", params: {} });
        expect(r.json.id).toStrictEqual(id);
        expect(r.json.result).toEqual({});
      }
      const e = await postRaw(chain.url, { jsonrpc: "2.0", id: "err-id", method: "nope" });
      expect(e.json.id).toBe("err-id");
    });

    it("answers batch requests in order, errors included", async () => {
      const r = await postRaw(chain.url, [
        { jsonrpc: "2.0", id: "a", method: "health", params: {} },
        { jsonrpc: "2.0", id: 2, method: "block", params: { height: "1" } },
        { jsonrpc: "2.0", id: 3, method: "nope", params: {} },
        { jsonrpc: "2.0", id: "d", method: "status" },
      ]);
      expect(r.status).toBe(200);
      expect(Array.isArray(r.json)).toBe(true);
      expect(r.json.map((x: any) => x.id)).toEqual(["a", 2, 3, "d"]);
      expect(r.json[0].result).toEqual({});
      expect(r.json[1].result.block.header.height).toBe("1");
      expect(r.json[2].error.code).toBe(-32601);
      expect(r.json[3].result.node_info.network).toBe(chain.chainId);
      const empty = await postRaw(chain.url, []);
      expect(empty.status).toBe(200);
      expect(empty.json.error.code).toBe(-32600);
    });

    it("answers a CORS preflight with access-control-allow-origin", async () => {
      const res = await fetch(`${chain.url}/`, {
        method: "OPTIONS",
        headers: { Origin: "http://wallet.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
      });
      expect(res.status).toBeLessThan(300);
      const allow = res.headers.get("access-control-allow-origin");
      expect(allow === "*" || allow === "http://wallet.example").toBe(true);
      expect((res.headers.get("access-control-allow-methods") ?? "").toUpperCase()).toContain("POST");
      expect((res.headers.get("access-control-allow-headers") ?? "").toLowerCase()).toContain("content-type");
      // The actual request carries the header as well.
      const post = await postRaw(chain.url, { jsonrpc: "2.0", id: 1, method: "health" }, { Origin: "http://wallet.example" });
      const allow2 = post.headers.get("access-control-allow-origin");
      expect(allow2 === "*" || allow2 === "http://wallet.example").toBe(true);
    });

    it("refuses a body over the limit without crashing and keeps answering", async () => {
      const big = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "broadcast_tx_sync", params: { tx: "A".repeat(1_500_000) } });
      const r = await postRaw(chain.url, big).catch((e: unknown) => ({ status: -1, json: String(e) }));
      // Either a clean refusal status or a JSON-RPC error; never a success.
      if (r.status === 200) expect((r.json as any).error).toBeDefined();
      else if (r.status !== -1) expect(r.status).toBe(413);
      for (let i = 0; i < 3; i++) {
        const h = await rpc(chain.url, "health");
        expect(h).toEqual({});
      }
      const before = Number((await rpc(chain.url, "status")).sync_info.latest_block_height);
      await waitForHeight(chain.url, before + 2);
      expect(chain.net.processes[0]!.exitCode).toBeNull();
    });

    it("the chain.faucet balance after all of this is consistent with block results", async () => {
      // Sanity: every send above came from the chain.faucet with fee 5000 and small amounts.
      const bal = await getBalance(chain.url, chain.faucet.address);
      expect(bal).toBeLessThan(1_000_000_000_000_000n);
      const acc = await getAccount(chain.url, chain.faucet.address);
      // Six sends at start and three broadcast by Comet38Client above, all committed.
      expect(acc.sequence).toBeGreaterThanOrEqual(9n);
      const q = await abciQuery(chain.url, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: chain.faucet.address, denom: "ugcs" }).finish());
      expect(q.code).toBe(0);
    });
  });
});
