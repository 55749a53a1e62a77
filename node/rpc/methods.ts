import type { PogcsNode } from "../node.js";
import { createHash } from "node:crypto";
import { getValidatorByAddress } from "../../chain/block/validator-set.js";
import { isIndexerError } from "../indexer/errors.js";
import { INTERNAL_ERROR, RpcError, internalError, invalidParams } from "./errors.js";
import {
  b64, hex, encodeBlock, encodeBlockId, encodeBlockMeta, encodeCommit, encodeEvents, encodeExecTxResult,
  encodeHeader, encodePubKey, encodeTxResponse, encodeValidator,
} from "./encode.js";
import { bytesParam, hashParam, optBool, optInt, optString, reqString, type Params } from "./params.js";
import { formatRfc3339 } from "./time.js";
import { GET_TX_PATH, encodeGetTxResponse, parseGetTxRequest } from "./get-tx-query.js";
import { waitForTx } from "./wait-tx.js";

export const NODE_VERSION = "0.38.17";
export const APP_VERSION = "0.1.0";

export type Method = (node: PogcsNode, p: Params) => Promise<unknown> | unknown;

function heightOrLatest(node: PogcsNode, p: Params, name = "height"): bigint {
  const latest = node.blocks.height;
  const h = optInt(p, name);
  if (h === undefined || h === 0n) {
    if (latest === 0n) throw internalError("no blocks yet");
    return latest;
  }
  if (h < 0n) throw internalError(`height must be greater than 0, but got ${h}`);
  if (h > latest) throw internalError(`height ${h} must be less than or equal to the current blockchain height ${latest}`);
  return h;
}

function pageParams(p: Params, total: number): { start: number; perPage: number; page: number } {
  let perPage = Number(optInt(p, "per_page") ?? 30n);
  if (perPage < 1) perPage = 30;
  if (perPage > 100) perPage = 100;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Number(optInt(p, "page") ?? 1n);
  if (page < 1 || page > pages) throw invalidParams(`page should be within [1, ${pages}] range, given ${page}`);
  return { start: (page - 1) * perPage, perPage, page };
}

function searchError(e: unknown): never {
  if (isIndexerError(e)) throw new RpcError(INTERNAL_ERROR, e.message);
  throw e;
}

const ZERO_HASH = "0".repeat(64).toUpperCase();

export const METHODS: Record<string, Method> = {
  health: () => ({}),

  async status(node) {
    const h = node.blocks.height;
    const latest = h > 0n ? await node.blocks.getBlock(h) : undefined;
    const first = h > 0n ? await node.blocks.getMeta(1n) : undefined;
    const me = getValidatorByAddress(node.consensus.currentValidators, node.validatorKey.address);
    return {
      node_info: {
        protocol_version: { p2p: "8", block: "11", app: "0" },
        id: node.nodeKey.id,
        listen_addr: node.p2p?.listenAddrs[0] ? `tcp://${node.p2p.listenAddrs[0]}` : `tcp://${node.config.p2p.laddr || "127.0.0.1:26656"}`,
        network: node.genesis.chainId,
        version: NODE_VERSION,
        channels: "40202122233038606100",
        moniker: node.config.moniker,
        other: { tx_index: "on", rpc_address: `tcp://${node.config.rpc.laddr}` },
      },
      sync_info: {
        latest_block_hash: latest ? hex(latest.meta.blockId.hash) : ZERO_HASH,
        latest_app_hash: hex(node.app.appHash) || hex(node.genesisAppHash),
        latest_block_height: h.toString(),
        latest_block_time: formatRfc3339(latest ? latest.block.header.time : node.genesis.time),
        earliest_block_hash: first ? hex(first.blockId.hash) : ZERO_HASH,
        earliest_app_hash: hex(node.genesisAppHash),
        earliest_block_height: first ? "1" : "0",
        earliest_block_time: formatRfc3339(first ? first.header.time : node.genesis.time),
        catching_up: node.consensus.isCatchingUp,
      },
      validator_info: {
        address: hex(node.validatorKey.address),
        pub_key: encodePubKey(node.validatorKey.pubKey),
        voting_power: (me?.validator.votingPower ?? 0n).toString(),
      },
    };
  },

  abci_info(node) {
    return {
      response: {
        data: "pogcs",
        version: APP_VERSION,
        app_version: "0",
        last_block_height: node.app.height.toString(),
        last_block_app_hash: b64(node.app.appHash),
      },
    };
  },

  async abci_query(node, p) {
    const path = reqString(p, "path");
    const data = bytesParam(p, "data", "hex", false) ?? new Uint8Array();
    const height = optInt(p, "height");
    const prove = optBool(p, "prove");
    if (path === GET_TX_PATH) {
      const hash = parseGetTxRequest(data);
      const rec = hash && (await node.blocks.getTx(hash));
      if (!hash || !rec) {
        return { response: { code: 22, codespace: "sdk", log: `rpc error: code = NotFound desc = tx not found: ${hash ? hex(hash) : "(invalid hash)"}: key not found`, info: "", index: "0", key: null, value: null, proofOps: null, height: node.app.height.toString() } };
      }
      const blk = await node.blocks.getMeta(rec.height);
      return {
        response: { code: 0, codespace: "", log: "", info: "", index: "0", key: null, value: b64(encodeGetTxResponse(rec, hash, blk!.header.time)), proofOps: null, height: node.app.height.toString() },
      };
    }
    const r = node.app.query(path, data, { height: height ?? 0n, prove });
    return {
      response: {
        code: r.code,
        log: r.log,
        info: "",
        index: "0",
        key: r.key ? b64(r.key) : null,
        value: r.value ? b64(r.value) : null,
        proofOps: r.proofOps ? { ops: r.proofOps.map((o) => ({ type: o.type, key: b64(o.key), data: b64(o.data) })) } : null,
        height: r.height.toString(),
        codespace: r.codespace,
      },
    };
  },

  async block(node, p) {
    const h = heightOrLatest(node, p);
    const b = (await node.blocks.getBlock(h))!;
    return { block_id: encodeBlockId(b.meta.blockId), block: encodeBlock(b.block) };
  },

  async block_by_hash(node, p) {
    const hash = hashParam(p, "hash");
    const h = await node.blocks.heightByHash(hash);
    if (h === undefined) return { block_id: encodeBlockId(undefined), block: null };
    const b = (await node.blocks.getBlock(h))!;
    return { block_id: encodeBlockId(b.meta.blockId), block: encodeBlock(b.block) };
  },

  async block_results(node, p) {
    const h = heightOrLatest(node, p);
    const r = (await node.blocks.getResults(h))!;
    return {
      height: h.toString(),
      txs_results: r.txResults.length > 0 ? r.txResults.map(encodeExecTxResult) : null,
      finalize_block_events: encodeEvents(r.events),
      validator_updates: [],
      consensus_param_updates: null,
      app_hash: b64(r.appHash),
    };
  },

  async blockchain(node, p) {
    const latest = node.blocks.height;
    let max = optInt(p, "maxHeight") ?? latest;
    let min = optInt(p, "minHeight") ?? 1n;
    if (min < 0n || max < 0n) throw invalidParams("heights must be non-negative");
    if (max === 0n || max > latest) max = latest;
    if (min === 0n) min = 1n;
    if (min > max) throw invalidParams(`min height ${min} can't be greater than max height ${max}`);
    if (max - min >= 20n) min = max - 19n;
    const metas = [];
    for (let h = max; h >= min && h >= 1n; h--) {
      const m = await node.blocks.getMeta(h);
      if (m) metas.push(encodeBlockMeta(m));
    }
    return { last_height: latest.toString(), block_metas: metas };
  },

  async commit(node, p) {
    const h = heightOrLatest(node, p);
    const b = (await node.blocks.getBlock(h))!;
    const c = await node.blocks.getCommit(h);
    return { signed_header: { header: encodeHeader(b.block.header), commit: encodeCommit(c) }, canonical: true };
  },

  async validators(node, p) {
    const h = heightOrLatest(node, p);
    // The set that signed `h` (stored with each block); the current set for the latest height.
    const set = (await node.consensus.validatorSetAt(h)) ?? node.consensus.currentValidators;
    const all = set.validators;
    const { start, perPage } = pageParams(p, all.length);
    const page = all.slice(start, start + perPage);
    return { block_height: h.toString(), validators: page.map(encodeValidator), count: String(page.length), total: String(all.length) };
  },

  genesis(node) {
    return { genesis: node.genesis.doc };
  },

  consensus_params(node, p) {
    const h = heightOrLatest(node, p);
    const cp = node.genesis.doc.consensus_params;
    return {
      block_height: h.toString(),
      consensus_params: {
        block: cp.block,
        evidence: cp.evidence,
        validator: cp.validator,
        version: { app: cp.version.app },
        abci: { vote_extensions_enable_height: "0" },
      },
    };
  },

  net_info(node) {
    const peers = node.consensus.peerList();
    return {
      listening: node.p2p !== undefined,
      listeners: node.p2p ? node.p2p.listenAddrs.map((a) => `tcp://${a}`) : [],
      n_peers: String(peers.length),
      peers: peers.map((p) => ({
        node_info: {
          protocol_version: { p2p: "8", block: "11", app: "0" },
          id: p.id,
          listen_addr: p.listenAddr ? `tcp://${p.listenAddr}` : "",
          network: node.genesis.chainId,
          version: NODE_VERSION,
          channels: "40202122233038606100",
          moniker: p.moniker ?? "",
          other: { tx_index: "on", rpc_address: "" },
        },
        is_outbound: p.outbound,
        connection_status: {},
        remote_ip: (p.listenAddr ?? "").split(":")[0] ?? "",
      })),
    };
  },

  /** PoGCS: the randomness beacon of a block (DESIGN §5; node/consensus/README.md). */
  async pogcs_beacon(node, p) {
    const h = heightOrLatest(node, p);
    const b = await node.blocks.getBeacon(h);
    if (!b) throw internalError(`no beacon stored for height ${h}`);
    const blk = await node.blocks.getMeta(h);
    return { height: h.toString(), value: hex(b.value), signature: b64(b.signature), proposer_address: hex(blk?.header.proposerAddress) };
  },

  /** TEST ONLY (`--test-clock`): moves this node's consensus clock forward by `seconds`. */
  unsafe_advance_time(node, p) {
    if (!node.testClock) throw new RpcError(-32601, "unsafe_advance_time needs a node started with --test-clock");
    const s = optInt(p, "seconds");
    if (s === undefined || s <= 0n || s > 366n * 86400n) throw invalidParams("seconds must be a positive integer of at most one year");
    const offset = node.testClock.advance(Number(s) * 1000);
    return { offset_seconds: String(offset / 1000) };
  },

  async broadcast_tx_sync(node, p) {
    const tx = bytesParam(p, "tx", "base64")!;
    const { hash, result } = await node.submitTx(tx);
    return { code: result.code, data: "", log: result.log, codespace: result.codespace, hash: hex(hash) };
  },

  broadcast_tx_async(node, p) {
    const tx = bytesParam(p, "tx", "base64")!;
    const hash = new Uint8Array(createHash("sha256").update(tx).digest());
    // Fire and forget, as CometBFT's async broadcast; an admission failure must not end the node.
    node.submitTx(tx).catch((e: unknown) => node.log.warn("broadcast_tx_async: admission failed", { err: (e as Error)?.message ?? String(e) }));
    return { code: 0, data: "", log: "", codespace: "", hash: hex(hash) };
  },

  async broadcast_tx_commit(node, p) {
    const tx = bytesParam(p, "tx", "base64")!;
    const waiter = waitForTx(node, tx, 15_000);
    const { hash, result } = await node.submitTx(tx);
    const check = { code: result.code, data: "", log: result.log, info: "", gas_wanted: result.gasWanted.toString(), gas_used: result.gasUsed.toString(), events: [], codespace: result.codespace };
    if (result.code !== 0) {
      waiter.cancel();
      return { check_tx: check, tx_result: {}, hash: hex(hash), height: "0" };
    }
    const rec = await waiter.promise;
    if (!rec) throw internalError("timed out waiting for tx to be included in a block");
    return { check_tx: check, tx_result: encodeExecTxResult(rec.result), hash: hex(hash), height: rec.height.toString() };
  },

  async tx(node, p) {
    const hash = hashParam(p, "hash");
    const rec = await node.blocks.getTx(hash);
    if (!rec) throw internalError(`tx (${hex(hash)}) not found`);
    return encodeTxResponse(rec, hash);
  },

  async tx_search(node, p) {
    const query = reqString(p, "query");
    const perPage = Number(optInt(p, "per_page") ?? 30n);
    const page = Number(optInt(p, "page") ?? 1n);
    const orderBy = (optString(p, "order_by") ?? "") as "asc" | "desc" | "";
    const res = await node.txIndexer.search(query, { page, perPage, orderBy }).catch(searchError);
    const txs = [];
    for (const loc of res.results) {
      const hash = new Uint8Array(Buffer.from(loc.hash, "hex"));
      const rec = await node.blocks.getTx(hash);
      if (rec) txs.push(encodeTxResponse(rec, hash));
    }
    return { txs, total_count: String(res.total) };
  },

  async block_search(node, p) {
    const query = reqString(p, "query");
    const perPage = Number(optInt(p, "per_page") ?? 30n);
    const page = Number(optInt(p, "page") ?? 1n);
    const orderBy = (optString(p, "order_by") ?? "") as "asc" | "desc" | "";
    const res = await node.blockIndexer.search(query, { page, perPage, orderBy }).catch(searchError);
    const blocks = [];
    for (const h of res.results) {
      const b = await node.blocks.getBlock(h);
      if (b) blocks.push({ block_id: encodeBlockId(b.meta.blockId), block: encodeBlock(b.block) });
    }
    return { blocks, total_count: String(res.total) };
  },

  num_unconfirmed_txs(node) {
    return { n_txs: String(node.mempool.size), total: String(node.mempool.size), total_bytes: String(node.mempool.totalBytes), txs: null };
  },

  unconfirmed_txs(node, p) {
    let limit = Number(optInt(p, "limit") ?? 30n);
    if (limit < 1) limit = 30;
    if (limit > 100) limit = 100;
    const txs = node.mempool.list(limit);
    return { n_txs: String(txs.length), total: String(node.mempool.size), total_bytes: String(node.mempool.totalBytes), txs: txs.map(b64) };
  },
};
