/**
 * JSON-RPC over WebSocket (/websocket) against a real node process: NewBlock and Tx
 * subscriptions in CometBFT's event shape, Keplr's tx tracer flow, unsubscribe, errors, plain
 * calls over WS, and CosmJS's Comet38Client with a ws:// URL.
 */
import { describe, it, expect, beforeAll, afterAll, afterEach } from "vitest";
import { Comet38Client, connectComet, isComet38Client, type comet38 } from "@cosmjs/tendermint-rpc";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { tempDevnet } from "../support/devnet-fixture.js";
import { WsClient } from "../support/ws-client.js";
import { signerFromMnemonic, type Secp256k1Signer } from "../../node/keyring/hd.js";
import { b64, getAccount, getBalance, makeSendTx, rpc, sleep, txHash, waitForTx } from "../support/chain-client.js";

type Net = Awaited<ReturnType<typeof tempDevnet>>;

const NEW_BLOCK = "tm.event='NewBlock'";

describe("WebSocket JSON-RPC and subscriptions (real node process)", () => {
  let net: Net;
  let url: string;
  let wsUrl: string;
  let chainId: string;
  let faucet: Secp256k1Signer;
  let accountNumber: bigint;
  let seq: bigint;
  const clients: WsClient[] = [];
  const recipient = signerFromMnemonic("oyster design unusual machine spread century engine gravity focus cave carry slot", 3, { prefix: "gcs" }).address;

  const nextSend = (amount: bigint) => makeSendTx(faucet, { chainId, accountNumber, sequence: seq++, to: recipient, amount, fee: 5000n });
  const open = async () => {
    const c = await WsClient.connect(wsUrl);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    net = await tempDevnet({ blockIntervalMs: 300 });
    url = net.info.validators[0]!.rpc;
    wsUrl = `${url.replace(/^http/, "ws")}/websocket`;
    chainId = net.info.chainId;
    faucet = signerFromMnemonic(net.info.faucet.mnemonic, 0, { prefix: "gcs" });
    const acc = await getAccount(url, faucet.address);
    accountNumber = acc.accountNumber;
    seq = acc.sequence;
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await net?.close();
  });

  it("subscribe NewBlock: reply {}, then consecutive NewBlock events under the subscribe id", async () => {
    const ws = await open();
    const reply = await ws.call("subscribe", { query: NEW_BLOCK }, "nb-1");
    expect(reply.jsonrpc).toBe("2.0");
    expect(reply.error).toBeUndefined();
    expect(reply.result).toEqual({});
    const isEvent = (f: any) => f.id === "nb-1" && f.result?.query === NEW_BLOCK;
    const e1 = await ws.next(isEvent, 5000);
    const idx = ws.frames.indexOf(e1);
    const e2 = await ws.next((f) => isEvent(f) && f !== e1, 5000, idx + 1);
    for (const e of [e1, e2]) {
      expect(e.jsonrpc).toBe("2.0");
      expect(e.result.data.type).toBe("tendermint/event/NewBlock");
      const v = e.result.data.value;
      expect(v.block.header.chain_id).toBe(chainId);
      expect(v.block.header.height).toMatch(/^[0-9]+$/);
      expect(v.block_id.hash).toMatch(/^[0-9A-F]{64}$/);
      expect(typeof v.block_id.parts.total).toBe("number");
      expect(Array.isArray(v.result_finalize_block.txs_results)).toBe(true);
      expect(e.result.events["tm.event"]).toEqual(["NewBlock"]);
    }
    expect(Number(e2.result.data.value.block.header.height)).toBe(Number(e1.result.data.value.block.header.height) + 1);
    // The block it announces is already served over HTTP.
    const h = e2.result.data.value.block.header.height;
    const b = await rpc(url, "block", { height: h });
    expect(b.block_id).toEqual(e2.result.data.value.block_id);
  });

  it("Keplr tx tracer: tx by base64 hash (not found yet), subscribe Tx AND tx.hash, get exactly that tx", async () => {
    const ws = await open();
    const tx = nextSend(11n);
    const other = nextSend(12n);
    const hash = txHash(tx);
    // Keplr first asks /tx over the socket; before inclusion that is an error with the id echoed.
    const pre = await ws.call("tx", { hash: Buffer.from(hash, "hex").toString("base64"), prove: false }, 501);
    expect(pre.id).toBe(501);
    expect(pre.error).toBeDefined();
    expect(typeof pre.error.code).toBe("number");
    const query = `tm.event='Tx' AND tx.hash='${hash}'`;
    const sub = await ws.call("subscribe", { query }, 502);
    expect(sub.result).toEqual({});
    // Another client subscribes to all txs, to prove the other tx really produced an event.
    const all = await open();
    expect((await all.call("subscribe", { query: "tm.event='Tx'" }, "all")).result).toEqual({});

    expect((await rpc(url, "broadcast_tx_sync", { tx: b64(tx) })).code).toBe(0);
    expect((await rpc(url, "broadcast_tx_sync", { tx: b64(other) })).code).toBe(0);
    const ev = await ws.next((f) => f.id === 502 && f.result?.query === query, 10_000);
    expect(ev.result.data.type).toBe("tendermint/event/Tx");
    const tr = ev.result.data.value.TxResult;
    expect(tr.result.code).toBe(0);
    expect(typeof tr.result.code).toBe("number");
    expect(tr.height).toMatch(/^[0-9]+$/);
    expect(typeof tr.index).toBe("number");
    expect(tr.tx).toBe(b64(tx));
    expect(tr.result.gas_used).toMatch(/^[0-9]+$/);
    expect(ev.result.events["tx.hash"]).toEqual([hash]);
    expect(ev.result.events["tm.event"]).toEqual(["Tx"]);
    expect(ev.result.events["tx.height"]).toEqual([tr.height]);

    // The other tx reaches the catch-all subscriber, but never the hash-filtered one.
    await all.next((f) => f.id === "all" && f.result?.data?.value?.TxResult?.tx === b64(other), 10_000);
    await sleep(400);
    const mine = ws.frames.filter((f) => f.id === 502 && f.result?.query === query);
    expect(mine).toHaveLength(1);

    // After inclusion, /tx over the socket finds it at the event's height.
    const post = await ws.call("tx", { hash: Buffer.from(hash, "hex").toString("base64"), prove: false }, 503);
    expect(post.result.height).toBe(tr.height);
    expect(post.result.hash).toBe(hash);
  });

  it("a Tx subscription on the recipient's transfer events sees a failing tx's code", async () => {
    const ws = await open();
    // Too much: included in a block with a non-zero code (insufficient funds); fee charged.
    const tx = nextSend(10n ** 30n);
    const hash = txHash(tx);
    const query = `tm.event='Tx' AND tx.hash='${hash}'`;
    await ws.call("subscribe", { query }, "fail");
    const r = await rpc(url, "broadcast_tx_sync", { tx: b64(tx) });
    expect(r.code).toBe(0);
    const ev = await ws.next((f) => f.id === "fail" && f.result?.query === query, 10_000);
    expect(ev.result.data.value.TxResult.result.code).toBe(5);
    expect(ev.result.data.value.TxResult.result.codespace).toBe("sdk");
  });

  it("Tx subscriptions by event attributes (transfer.recipient, message.sender) and the NewBlock that carries the tx", async () => {
    const ws = await open();
    const other = signerFromMnemonic(net.info.faucet.mnemonic, 42, { prefix: "gcs" }).address;
    const q1 = `tm.event='Tx' AND transfer.recipient='${other}'`;
    const q2 = `tm.event = 'Tx' AND message.sender = '${faucet.address}' AND tx.height > 0`;
    await ws.call("subscribe", { query: q1 }, "r");
    await ws.call("subscribe", { query: q2 }, "s");
    await ws.call("subscribe", { query: NEW_BLOCK }, "b");
    const tx = makeSendTx(faucet, { chainId, accountNumber, sequence: seq++, to: other, amount: 77n, fee: 5000n });
    expect((await rpc(url, "broadcast_tx_sync", { tx: b64(tx) })).code).toBe(0);
    const e1 = await ws.next((f) => f.id === "r" && f.result?.query === q1, 10_000);
    const e2 = await ws.next((f) => f.id === "s" && f.result?.query === q2 && f.result.data.value.TxResult.tx === b64(tx), 10_000);
    expect(e1.result.data.value.TxResult.tx).toBe(b64(tx));
    expect(e1.result.events["transfer.recipient"]).toContain(other);
    expect(e2.result.events["message.sender"]).toContain(faucet.address);
    const height = e1.result.data.value.TxResult.height;
    const nb = await ws.next((f) => f.id === "b" && f.result?.data?.value?.block?.header?.height === height, 10_000);
    const v = nb.result.data.value;
    const i = v.block.data.txs.indexOf(b64(tx));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(i).toBe(e1.result.data.value.TxResult.index);
    expect(v.result_finalize_block.txs_results).toHaveLength(v.block.data.txs.length);
    expect(v.result_finalize_block.txs_results[i].code).toBe(0);
  });

  it("unsubscribe stops the events; unsubscribing twice is an error; unsubscribe_all works", async () => {
    const ws = await open();
    await ws.call("subscribe", { query: NEW_BLOCK }, 1);
    await ws.call("subscribe", { query: "tm.event='NewBlockHeader'" }, 2);
    await ws.next((f) => f.id === 1 && f.result?.query === NEW_BLOCK, 5000);
    const hdr = await ws.next((f) => f.id === 2 && f.result?.query === "tm.event='NewBlockHeader'", 5000);
    expect(hdr.result.data.type).toBe("tendermint/event/NewBlockHeader");
    expect(hdr.result.data.value.header.height).toMatch(/^[0-9]+$/);
    const un = await ws.call("unsubscribe", { query: NEW_BLOCK }, 3);
    expect(un.error).toBeUndefined();
    expect(un.result).toEqual({});
    const after = ws.frames.length;
    await sleep(1000); // > 3 block intervals
    const late = ws.frames.slice(after);
    expect(late.filter((f) => f.id === 1)).toHaveLength(0);
    // The other subscription is still live.
    expect(late.filter((f) => f.id === 2).length).toBeGreaterThanOrEqual(2);
    const again = await ws.call("unsubscribe", { query: NEW_BLOCK }, 4);
    expect(again.error).toBeDefined();
    expect(typeof again.error.code).toBe("number");
    const ua = await ws.call("unsubscribe_all", {}, 5);
    expect(ua.result).toEqual({});
    const after2 = ws.frames.length;
    await sleep(700);
    expect(ws.frames.slice(after2)).toHaveLength(0);
  });

  it("a bad query, a duplicate subscription and a missing query give error replies with the id", async () => {
    const ws = await open();
    const bad = await ws.call("subscribe", { query: "tm.event='NewBlock' AND AND" }, "bad-1");
    expect(bad.result).toBeUndefined();
    expect(bad.error).toBeDefined();
    expect(typeof bad.error.code).toBe("number");
    expect(typeof bad.error.message).toBe("string");
    const missing = await ws.call("subscribe", {}, "bad-2");
    expect(missing.error?.code).toBe(-32602);
    await ws.call("subscribe", { query: NEW_BLOCK }, "ok");
    const dup = await ws.call("subscribe", { query: NEW_BLOCK }, "dup");
    expect(dup.error).toBeDefined();
    // The socket still works after errors.
    const st = await ws.call("health", {}, "h");
    expect(st.result).toEqual({});
  });

  it("plain JSON-RPC over the socket: status with string and number ids, unknown method, malformed JSON", async () => {
    const ws = await open();
    const s1 = await ws.call("status", {}, "ws-status-1");
    expect(s1.id).toBe("ws-status-1");
    expect(s1.result.node_info.network).toBe(chainId);
    expect(s1.result.node_info.version.startsWith("0.38.")).toBe(true);
    const s2 = await ws.call("status", {}, 987654321);
    expect(s2.id).toBe(987654321);
    expect(s2.result.sync_info.latest_block_height).toMatch(/^[0-9]+$/);
    const nope = await ws.call("no_such_method", {}, "x");
    expect(nope.error.code).toBe(-32601);
    const from = ws.frames.length;
    ws.send("{not json");
    const pe = await ws.next((f) => f.error?.code === -32700, 5000, from);
    expect(pe.id).toBeNull();
    const q = await ws.call(
      "abci_query",
      { path: "/cosmos.bank.v1beta1.Query/Balance", data: Buffer.from(QueryBalanceRequest.encode({ address: faucet.address, denom: "ugcs" }).finish()).toString("hex") },
      "q",
    );
    expect(q.result.response.code).toBe(0);
    expect(ws.isClosed).toBe(false);
  });

  it("closing a subscribed socket leaves the node healthy; the per-client subscription limit is enforced", async () => {
    const ws = await open();
    const replies = [];
    for (let i = 0; i < 12; i++) replies.push(await ws.call("subscribe", { query: `tm.event='NewBlock' AND block.height>${i}` }, `s${i}`));
    const ok = replies.filter((r) => r.result).length;
    const refused = replies.filter((r) => r.error).length;
    expect(ok).toBeGreaterThanOrEqual(1);
    expect(ok + refused).toBe(12);
    expect(refused).toBeGreaterThanOrEqual(1); // default max_subscriptions_per_client = 10
    ws.socket.terminate();
    await sleep(700);
    const ws2 = await open();
    expect((await ws2.call("subscribe", { query: NEW_BLOCK }, "fresh")).result).toEqual({});
    await ws2.next((f) => f.id === "fresh" && f.result?.query === NEW_BLOCK, 5000);
    expect(net.processes[0]!.exitCode).toBeNull();
  });

  it("an oversized frame closes only that socket; the node and other sockets carry on", async () => {
    const bystander = await open();
    await bystander.call("subscribe", { query: NEW_BLOCK }, "by");
    const ws = await open();
    const closed = new Promise<number>((r) => ws.socket.once("close", (code) => r(code)));
    ws.send(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "broadcast_tx_sync", params: { tx: "A".repeat(2_000_000) } }));
    const code = await Promise.race([closed, sleep(5000).then(() => -1)]);
    expect(code).toBe(1009); // message too big
    const from = bystander.frames.length;
    await bystander.next((f) => f.id === "by" && f.result?.query === NEW_BLOCK, 5000, from);
    expect((await bystander.call("health", {}, "h")).result).toEqual({});
    expect(net.processes[0]!.exitCode).toBeNull();
  });

  it("CosmJS Comet38Client over ws:// calls status and abciQuery and decodes NewBlock/Tx events", async () => {
    const wsBase = url.replace(/^http/, "ws");
    const detected = await connectComet(wsBase);
    try {
      expect(isComet38Client(detected)).toBe(true);
      const st = await detected.status();
      expect(st.nodeInfo.network).toBe(chainId);
    } finally {
      detected.disconnect();
    }
    const c = await Comet38Client.connect(wsBase);
    try {
      const st = await c.status();
      expect(st.nodeInfo.network).toBe(chainId);
      expect(st.syncInfo.latestBlockHeight).toBeGreaterThan(0);
      const q = await c.abciQuery({ path: "/cosmos.bank.v1beta1.Query/Balance", data: QueryBalanceRequest.encode({ address: faucet.address, denom: "ugcs" }).finish() });
      expect(q.code).toBe(0);
      expect(q.height).toBeGreaterThan(0);
      expect(BigInt(QueryBalanceResponse.decode(q.value).balance!.amount)).toBe(await getBalance(url, faucet.address));

      const block = await new Promise<comet38.NewBlockEvent>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error("no NewBlock event via CosmJS")), 5000);
        const sub = c.subscribeNewBlock().subscribe({
          next: (e) => {
            clearTimeout(t);
            sub.unsubscribe();
            resolve(e);
          },
          error: (e) => {
            clearTimeout(t);
            reject(e);
          },
        });
      });
      expect(block.header.chainId).toBe(chainId);
      expect(block.header.height).toBeGreaterThan(0);

      const tx = nextSend(13n);
      const hash = txHash(tx);
      const txEv = new Promise<comet38.TxEvent>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error("no Tx event via CosmJS")), 10_000);
        const sub = c.subscribeTx(`tm.event='Tx' AND tx.hash='${hash}'`).subscribe({
          next: (e) => {
            clearTimeout(t);
            sub.unsubscribe();
            resolve(e);
          },
          error: (e) => {
            clearTimeout(t);
            reject(e);
          },
        });
      });
      await sleep(200); // let the subscribe request reach the node first
      expect((await rpc(url, "broadcast_tx_sync", { tx: b64(tx) })).code).toBe(0);
      const ev = await txEv;
      expect(Buffer.from(ev.hash).toString("hex").toUpperCase()).toBe(hash);
      expect(ev.result.code).toBe(0);
      expect(Buffer.from(ev.tx)).toEqual(Buffer.from(tx));
      await waitForTx(url, hash);
    } finally {
      c.disconnect();
    }
  });
});
