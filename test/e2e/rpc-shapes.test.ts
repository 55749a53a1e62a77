/**
 * CometBFT 0.38 JSON-RPC conformance with raw fetch against a real node process: every issue-1
 * method over POST / and GET /<method>, and the JSON shapes CosmJS/Keplr decode
 * (research/cosmjs.md §2, §4). CosmJS decoders and JSON-RPC protocol rules: rpc-protocol.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createHash } from "node:crypto";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { QueryAccountRequest } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import {
  b64, postRaw, rpc, rpcReply, sleep, txHash, uriGet, waitForTx,
} from "../support/chain-client.js";
import { startShapesNet, type ShapesNet } from "../support/rpc-shapes-net.js";
import {
  ADDR, HASH, RFC3339, UPPER_HEX, expectB64, expectBlockId, expectBlockResult, expectCommit, expectExecTxResult, expectHeader, expectIntString, expectTxResponse,
} from "../support/rpc-shape-asserts.js";

describe("CometBFT 0.38 JSON-RPC shapes (raw fetch, real node process)", () => {
  let chain: ShapesNet;
  beforeAll(async () => {
    chain = await startShapesNet();
  });
  afterAll(async () => {
    await chain?.net.close();
  });

  describe("every method answers over POST / and GET /<method>", () => {
    const cases: Array<[string, () => Record<string, unknown>, () => string]> = [
      ["status", () => ({}), () => ""],
      ["health", () => ({}), () => ""],
      ["abci_info", () => ({}), () => ""],
      [
        "abci_query",
        () => ({ path: "/cosmos.bank.v1beta1.Query/Balance", data: Buffer.from(QueryBalanceRequest.encode({ address: chain.faucet.address, denom: "ugcs" }).finish()).toString("hex") }),
        () => `path="/cosmos.bank.v1beta1.Query/Balance"&data=0x${Buffer.from(QueryBalanceRequest.encode({ address: chain.faucet.address, denom: "ugcs" }).finish()).toString("hex")}`,
      ],
      ["block", () => ({ height: "2" }), () => "height=2"],
      ["block_results", () => ({ height: chain.committedHeight }), () => `height=${chain.committedHeight}`],
      ["blockchain", () => ({ minHeight: "1", maxHeight: "3" }), () => "minHeight=1&maxHeight=3"],
      ["commit", () => ({ height: "2" }), () => "height=2"],
      ["validators", () => ({ height: "2" }), () => "height=2"],
      ["genesis", () => ({}), () => ""],
      ["tx", () => ({ hash: Buffer.from(txHash(chain.committedTx), "hex").toString("base64"), prove: false }), () => `hash=0x${txHash(chain.committedTx)}`],
      ["tx_search", () => ({ query: `tx.height=${chain.committedHeight}` }), () => `query="tx.height=${chain.committedHeight}"`],
      ["block_search", () => ({ query: "block.height>=2 AND block.height<=3" }), () => `query=${encodeURIComponent('"block.height>=2 AND block.height<=3"')}`],
      ["num_unconfirmed_txs", () => ({}), () => ""],
      ["unconfirmed_txs", () => ({ limit: "5" }), () => "limit=5"],
    ];
    for (const [method, params, query] of cases) {
      it(`${method}`, async () => {
        const post = await postRaw(chain.url, { jsonrpc: "2.0", id: 11, method, params: params() });
        expect(post.status).toBe(200);
        expect(post.json.jsonrpc).toBe("2.0");
        expect(post.json.id).toBe(11);
        expect(post.json.error).toBeUndefined();
        expect(post.json.result).toBeDefined();
        const get = await uriGet(chain.url, method, query());
        expect(get.status).toBe(200);
        expect(get.json.jsonrpc).toBe("2.0");
        expect(get.json.error).toBeUndefined();
        expect(get.json.result).toBeDefined();
        // Same answer either way (live values like the latest height aside).
        if (method === "abci_query") expect(get.json.result.response.value).toBe(post.json.result.response.value);
        else if (method === "blockchain") expect(get.json.result.block_metas).toEqual(post.json.result.block_metas);
        else if (!["status", "abci_info", "num_unconfirmed_txs", "unconfirmed_txs"].includes(method)) {
          expect(get.json.result).toEqual(post.json.result);
        }
      });
    }

    it("broadcast_tx_sync, broadcast_tx_async and broadcast_tx_commit via GET with tx=0x<hex>", async () => {
      const a = chain.nextSend(chain.pageRecipient, 2n);
      const b = chain.nextSend(chain.pageRecipient, 3n);
      const c = chain.nextSend(chain.pageRecipient, 4n);
      const ra = await uriGet(chain.url, "broadcast_tx_sync", `tx=0x${Buffer.from(a).toString("hex")}`);
      expect(ra.json.error).toBeUndefined();
      expect(ra.json.result.code).toBe(0);
      expect(ra.json.result.hash).toBe(txHash(a));
      const rb = await uriGet(chain.url, "broadcast_tx_async", `tx=0x${Buffer.from(b).toString("hex")}`);
      expect(rb.json.error).toBeUndefined();
      expect(rb.json.result.hash).toBe(txHash(b));
      await waitForTx(chain.url, txHash(b));
      const rc = await uriGet(chain.url, "broadcast_tx_commit", `tx=0x${Buffer.from(c).toString("hex")}`);
      expect(rc.json.error).toBeUndefined();
      expect(rc.json.result.tx_result.code).toBe(0);
      expectIntString(rc.json.result.height);
      expect(Number(rc.json.result.height)).toBeGreaterThan(0);
      await waitForTx(chain.url, txHash(a));
    });
  });

  describe("result shapes (research/cosmjs.md §2)", () => {
    it("status: node_info, sync_info, validator_info", async () => {
      const s = await rpc(chain.url, "status");
      const ni = s.node_info;
      expect(ni.version.startsWith("0.38.")).toBe(true);
      expect(ni.id).toMatch(/^[0-9a-fA-F]{40}$/);
      expect(ni.network).toBe(chain.chainId);
      expect(typeof ni.listen_addr).toBe("string");
      expect(ni.listen_addr.length).toBeGreaterThan(0);
      expect(ni.moniker.length).toBeGreaterThan(0);
      expect(typeof ni.channels).toBe("string");
      for (const v of Object.values(ni.other)) expect(typeof v).toBe("string");
      for (const k of ["p2p", "block", "app"]) expectIntString(ni.protocol_version[k], `protocol_version.${k}`);
      const si = s.sync_info;
      expect(si.latest_block_hash).toMatch(HASH);
      expect(si.latest_app_hash).toMatch(UPPER_HEX);
      expect(si.latest_app_hash.length).toBeGreaterThan(0);
      expectIntString(si.latest_block_height);
      expect(Number(si.latest_block_height)).toBeGreaterThanOrEqual(4);
      expect(si.latest_block_time).toMatch(RFC3339);
      expect(si.catching_up).toBe(false);
      expectIntString(si.earliest_block_height);
      const vi = s.validator_info;
      expect(vi.address).toMatch(ADDR);
      expect(vi.pub_key.type).toBe("tendermint/PubKeyEd25519");
      expectB64(vi.pub_key.value);
      expect(Buffer.from(vi.pub_key.value, "base64")).toHaveLength(32);
      expectIntString(vi.voting_power);
      expect(BigInt(vi.voting_power)).toBeGreaterThan(0n);
      // Keplr reads /status over GET.
      const g = await uriGet(chain.url, "status");
      expect(g.json.id).toBe(-1);
      expect(g.json.result.node_info.network).toBe(chain.chainId);
    });

    it("health is {} and abci_info has string heights", async () => {
      expect(await rpc(chain.url, "health")).toEqual({});
      const a = await rpc(chain.url, "abci_info");
      expect(typeof a.response.data).toBe("string");
      expect(typeof a.response.version).toBe("string");
      expectIntString(a.response.last_block_height);
      expect(Number(a.response.last_block_height)).toBeGreaterThanOrEqual(4);
      expectB64(a.response.last_block_app_hash);
    });

    it("abci_query: base64 value, string height, historical height, NotFound as a result with code 22", async () => {
      const data = Buffer.from(QueryBalanceRequest.encode({ address: chain.faucet.address, denom: "ugcs" }).finish()).toString("hex");
      const r = await rpc(chain.url, "abci_query", { path: "/cosmos.bank.v1beta1.Query/Balance", data, prove: false });
      expect(r.response.code).toBe(0);
      expectB64(r.response.value);
      expectIntString(r.response.height);
      expect(Number(r.response.height)).toBeGreaterThan(0);
      expect(QueryBalanceResponse.decode(Buffer.from(r.response.value, "base64")).balance?.denom).toBe("ugcs");
      // At height 1 the chain.faucet still holds the full genesis amount.
      const h1 = await rpc(chain.url, "abci_query", { path: "/cosmos.bank.v1beta1.Query/Balance", data, height: "1" });
      expect(h1.response.height).toBe("1");
      expect(QueryBalanceResponse.decode(Buffer.from(h1.response.value, "base64")).balance?.amount).toBe("1000000000000000");
      // Upper-case hex data is accepted too.
      const up = await rpc(chain.url, "abci_query", { path: "/cosmos.bank.v1beta1.Query/Balance", data: data.toUpperCase() });
      expect(up.response.code).toBe(0);
      const unknown = signerFromMnemonic(chain.net.info.faucet.mnemonic, 99, { prefix: "gcs" }).address;
      const nf = await rpcReply(chain.url, "abci_query", {
        path: "/cosmos.auth.v1beta1.Query/Account",
        data: Buffer.from(QueryAccountRequest.encode({ address: unknown }).finish()).toString("hex"),
      });
      expect(nf.error).toBeUndefined();
      expect(nf.result.response.code).toBe(22);
      expect(nf.result.response.codespace).toBe("sdk");
      expect(nf.result.response.log).toMatch(/rpc error: code = NotFound/);
      expect(nf.result.response.log).toContain(`account ${unknown} not found`);
    });

    it("block: latest and by height; height 1 has an empty last_block_id and last_commit", async () => {
      const b2 = await rpc(chain.url, "block", { height: "2" });
      expectBlockResult(b2, chain.chainId);
      expect(b2.block.header.height).toBe("2");
      const b1 = await rpc(chain.url, "block", { height: 1 });
      expectBlockResult(b1, chain.chainId);
      expect(b1.block.header.last_block_id).toEqual({ hash: "", parts: { total: 0, hash: "" } });
      expect(b1.block.last_commit.block_id.hash).toBe("");
      // Block 2 links to block 1.
      expect(b2.block.header.last_block_id).toEqual(b1.block_id);
      expect(b2.block.last_commit.height).toBe("1");
      expect(b2.block.last_commit.signatures.length).toBeGreaterThanOrEqual(1);
      const latest = await rpc(chain.url, "block");
      expectBlockResult(latest, chain.chainId);
      expect(Number(latest.block.header.height)).toBeGreaterThanOrEqual(4);
      // The committed tx is in its block, as base64 of the exact bytes.
      const bt = await rpc(chain.url, "block", { height: chain.committedHeight });
      expect(bt.block.data.txs).toContain(b64(chain.committedTx));
    });

    it("block_results: string height, tx results with number code and string gas", async () => {
      const r = await rpc(chain.url, "block_results", { height: chain.committedHeight });
      expect(r.height).toBe(chain.committedHeight);
      expect(Array.isArray(r.txs_results)).toBe(true);
      expect(r.txs_results.length).toBeGreaterThanOrEqual(1);
      for (const t of r.txs_results) expectExecTxResult(t);
      expect(Array.isArray(r.finalize_block_events)).toBe(true);
      expectB64(r.app_hash);
      const empty = await rpc(chain.url, "block_results", { height: "1" });
      expect(empty.height).toBe("1");
      expect(empty.txs_results === null || Array.isArray(empty.txs_results)).toBe(true);
    });

    it("blockchain: newest first, string counts", async () => {
      const r = await rpc(chain.url, "blockchain", { minHeight: "1", maxHeight: "3" });
      expectIntString(r.last_height);
      expect(r.block_metas.map((m: any) => m.header.height)).toEqual(["3", "2", "1"]);
      for (const m of r.block_metas) {
        expectBlockId(m.block_id);
        expectIntString(m.block_size);
        expectIntString(m.num_txs);
        expectHeader(m.header, chain.chainId);
      }
      const all = await rpc(chain.url, "blockchain", {});
      expect(all.block_metas.length).toBeGreaterThanOrEqual(1);
      expect(all.block_metas.length).toBeLessThanOrEqual(20);
      expect(all.block_metas[0].header.height).toBe(all.last_height);
    });

    it("commit: signed header with canonical commit", async () => {
      const r = await rpc(chain.url, "commit", { height: "2" });
      expectHeader(r.signed_header.header, chain.chainId);
      expect(r.signed_header.header.height).toBe("2");
      expectCommit(r.signed_header.commit, false);
      expect(r.signed_header.commit.height).toBe("2");
      expect(r.signed_header.commit.signatures[0].block_id_flag).toBe(2);
      expect(typeof r.canonical).toBe("boolean");
      const b = await rpc(chain.url, "block", { height: "2" });
      expect(r.signed_header.commit.block_id).toEqual(b.block_id);
    });

    it("validators: string heights, powers and counts", async () => {
      const r = await rpc(chain.url, "validators", { height: "2" });
      expect(r.block_height).toBe("2");
      expectIntString(r.count);
      expectIntString(r.total);
      expect(r.validators.length).toBe(Number(r.count));
      for (const v of r.validators) {
        expect(v.address).toMatch(ADDR);
        expect(v.pub_key.type).toBe("tendermint/PubKeyEd25519");
        expectIntString(v.voting_power);
        expectIntString(v.proposer_priority);
      }
      const s = await rpc(chain.url, "status");
      expect(r.validators.map((v: any) => v.address)).toContain(s.validator_info.address);
    });

    it("genesis: the genesis document", async () => {
      const r = await rpc(chain.url, "genesis");
      expect(r.genesis.chain_id).toBe(chain.chainId);
      expectIntString(r.genesis.initial_height);
      expect(r.genesis.genesis_time).toMatch(RFC3339);
      expect(r.genesis.validators.length).toBe(1);
      expect(r.genesis.app_state).toBeDefined();
    });

    it("broadcast_tx_sync: number code, empty data, upper-hex hash = sha256(tx)", async () => {
      const tx = chain.nextSend(chain.pageRecipient, 5n);
      const r = await rpc(chain.url, "broadcast_tx_sync", { tx: b64(tx) });
      expect(r).toMatchObject({ code: 0, data: "", codespace: "" });
      expect(typeof r.log).toBe("string");
      expect(r.hash).toBe(createHash("sha256").update(tx).digest("hex").toUpperCase());
      await waitForTx(chain.url, r.hash);
      // A CheckTx failure (replay of the same bytes) is a result with a non-zero number code.
      const again = await rpc(chain.url, "broadcast_tx_sync", { tx: b64(tx) });
      expect(typeof again.code).toBe("number");
      expect(again.code).not.toBe(0);
      expect(again.hash).toBe(r.hash);
      const garbage = await rpc(chain.url, "broadcast_tx_sync", { tx: b64(new Uint8Array([1, 2, 3, 4, 5, 250])) });
      expect(garbage.code).toBe(2);
      expect(garbage.codespace).toBe("sdk");
    });

    it("broadcast_tx_async: hash at once, tx committed later", async () => {
      const tx = chain.nextSend(chain.pageRecipient, 6n);
      const r = await rpc(chain.url, "broadcast_tx_async", { tx: b64(tx) });
      expect(r.code).toBe(0);
      expect(r.hash).toBe(txHash(tx));
      expect(r.data).toBe("");
      const t = await waitForTx(chain.url, r.hash);
      expect(t.tx_result.code).toBe(0);
    });

    it("broadcast_tx_commit: check_tx and tx_result with a height; CheckTx failure gives height 0", async () => {
      const tx = chain.nextSend(chain.pageRecipient, 7n);
      const r = await rpc(chain.url, "broadcast_tx_commit", { tx: b64(tx) });
      expect(r.hash).toBe(txHash(tx));
      expect(r.check_tx.code).toBe(0);
      expectIntString(r.check_tx.gas_wanted);
      expectExecTxResult(r.tx_result);
      expect(r.tx_result.code).toBe(0);
      expectIntString(r.height);
      expect(Number(r.height)).toBeGreaterThan(0);
      const t = await rpc(chain.url, "tx", { hash: Buffer.from(r.hash, "hex").toString("base64") });
      expect(t.height).toBe(r.height);
      const bad = await rpc(chain.url, "broadcast_tx_commit", { tx: b64(new Uint8Array([9, 9, 9])) });
      expect(bad.check_tx.code).not.toBe(0);
      expect(bad.height).toBe("0");
    });

    it("tx: by base64 hash (JSON-RPC) and 0x hex (URI); unknown hash is a JSON-RPC error", async () => {
      const hash = txHash(chain.committedTx);
      const t = await rpc(chain.url, "tx", { hash: Buffer.from(hash, "hex").toString("base64"), prove: false });
      expectTxResponse(t, chain.committedTx);
      expect(t.height).toBe(chain.committedHeight);
      expect(t.tx_result.code).toBe(0);
      const g = await uriGet(chain.url, "tx", `hash=0x${hash}`);
      expect(g.json.result).toEqual(t);
      const none = await rpcReply(chain.url, "tx", { hash: Buffer.alloc(32, 7).toString("base64") });
      expect(none.error?.code).toBe(-32603);
      expect(typeof none.error?.message).toBe("string");
    });

    it("tx_search: by hash (any case), by height, URI form; not found is an empty result", async () => {
      const hash = txHash(chain.committedTx);
      for (const h of [hash, hash.toLowerCase()]) {
        const r = await rpc(chain.url, "tx_search", { query: `tx.hash='${h}'`, page: "1" });
        expect(r.total_count).toBe("1");
        expect(r.txs).toHaveLength(1);
        expectTxResponse(r.txs[0], chain.committedTx);
      }
      const byHeight = await uriGet(chain.url, "tx_search", `query="tx.height=${chain.committedHeight}"`);
      expect(byHeight.json.result.txs.map((t: any) => t.hash)).toContain(hash);
      for (const t of byHeight.json.result.txs) expect(t.height).toBe(chain.committedHeight);
      const none = await rpc(chain.url, "tx_search", { query: `tx.hash='${"0".repeat(64)}'` });
      expect(none).toEqual({ txs: [], total_count: "0" });
    });

    it("tx_search: page/per_page pagination, string total_count, order_by desc", async () => {
      const query = `transfer.recipient='${chain.pageRecipient}' AND tx.height>=${chain.pageTxs[0]!.height} AND tx.height<=${chain.pageTxs[4]!.height}`;
      const expected = [...chain.pageTxs].sort((a, b) => a.height - b.height || a.index - b.index).map((t) => t.hash);
      // Bounded by the heights, the page set is exactly the five back-to-back sends... unless the
      // sends of other tests landed in the same heights, which they cannot: they come later.
      const seen: string[] = [];
      let total = -1;
      for (let page = 1; page <= 3; page++) {
        const r = await rpc(chain.url, "tx_search", { query, page: String(page), per_page: "2" });
        expect(typeof r.total_count).toBe("string");
        total = Number(r.total_count);
        expect(r.txs.length).toBe(page < 3 ? 2 : 1);
        for (const t of r.txs) expectTxResponse(t);
        seen.push(...r.txs.map((t: any) => t.hash));
      }
      expect(total).toBe(5);
      expect(seen).toEqual(expected);
      const desc = await rpc(chain.url, "tx_search", { query, per_page: "5", order_by: "desc" });
      expect(desc.txs.map((t: any) => t.hash)).toEqual([...expected].reverse());
      const asc = await rpc(chain.url, "tx_search", { query, per_page: 5, order_by: "asc" });
      expect(asc.txs.map((t: any) => t.hash)).toEqual(expected);
      // URI form with the same pagination.
      const g = await uriGet(chain.url, "tx_search", `query=${encodeURIComponent(`"${query}"`)}&page=2&per_page=2&order_by="asc"`);
      expect(g.json.result.txs.map((t: any) => t.hash)).toEqual(expected.slice(2, 4));
      expect(g.json.result.total_count).toBe("5");
      // A page past the end is an error, as in CometBFT.
      const past = await rpcReply(chain.url, "tx_search", { query, page: "4", per_page: "2" });
      expect(past.error).toBeDefined();
      expect(typeof past.error!.code).toBe("number");
      // A malformed query is an error too.
      const bad = await rpcReply(chain.url, "tx_search", { query: "tx.height>>=" });
      expect(bad.error).toBeDefined();
      const badOrder = await rpcReply(chain.url, "tx_search", { query, order_by: "sideways" });
      expect(badOrder.error).toBeDefined();
    });

    it("block_search: block.height>=2 AND block.height<=3", async () => {
      const r = await rpc(chain.url, "block_search", { query: "block.height>=2 AND block.height<=3" });
      expect(r.total_count).toBe("2");
      expect(r.blocks).toHaveLength(2);
      for (const b of r.blocks) expectBlockResult(b, chain.chainId);
      expect(r.blocks.map((b: any) => b.block.header.height).sort()).toEqual(["2", "3"]);
      const asc = await rpc(chain.url, "block_search", { query: "block.height>=2 AND block.height<=3", order_by: "asc" });
      expect(asc.blocks.map((b: any) => b.block.header.height)).toEqual(["2", "3"]);
      const desc = await rpc(chain.url, "block_search", { query: "block.height>=2 AND block.height<=3", order_by: "desc" });
      expect(desc.blocks.map((b: any) => b.block.header.height)).toEqual(["3", "2"]);
      const paged = await rpc(chain.url, "block_search", { query: "block.height>=2 AND block.height<=3", order_by: "asc", page: "2", per_page: "1" });
      expect(paged.total_count).toBe("2");
      expect(paged.blocks.map((b: any) => b.block.header.height)).toEqual(["3"]);
      const g = await uriGet(chain.url, "block_search", `query=${encodeURIComponent('"block.height>=2 AND block.height<=3"')}&order_by="asc"`);
      expect(g.json.result.blocks.map((b: any) => b.block.header.height)).toEqual(["2", "3"]);
    });

    it("num_unconfirmed_txs / unconfirmed_txs: string counts, base64 txs, pending tx visible", async () => {
      const n = await rpc(chain.url, "num_unconfirmed_txs");
      expectIntString(n.n_txs);
      expectIntString(n.total);
      expectIntString(n.total_bytes);
      expect(n.txs === null || Array.isArray(n.txs)).toBe(true);
      let sawPending = false;
      for (let attempt = 0; attempt < 8 && !sawPending; attempt++) {
        const tx = chain.nextSend(chain.pageRecipient, 8n);
        const [, u, nu] = await Promise.all([
          rpc(chain.url, "broadcast_tx_sync", { tx: b64(tx) }),
          // Sent right behind the broadcast on another connection: usually before the next block.
          sleep(5).then(() => rpc(chain.url, "unconfirmed_txs", { limit: "100" })),
          sleep(5).then(() => rpc(chain.url, "num_unconfirmed_txs")),
        ]);
        expectIntString(u.n_txs);
        expectIntString(u.total);
        expectIntString(u.total_bytes);
        expect(Array.isArray(u.txs)).toBe(true);
        expect(u.txs.length).toBe(Number(u.n_txs));
        for (const t of u.txs) expectB64(t);
        if (u.txs.includes(b64(tx))) {
          sawPending = true;
          expect(Number(u.total)).toBeGreaterThanOrEqual(1);
          expect(Number(u.total_bytes)).toBeGreaterThanOrEqual(tx.length);
          expectIntString(nu.total);
        }
        await waitForTx(chain.url, txHash(tx));
      }
      expect(sawPending).toBe(true);
    });
  });

});
