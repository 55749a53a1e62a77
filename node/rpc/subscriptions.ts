import type { WebSocket } from "ws";
import type { PogcsNode } from "../node.js";
import type { NodeEvent } from "../events/bus.js";
import { parseQuery, matchesEvents, flattenEvents, type Query } from "../indexer/query.js";
import { txSubscriptionEvents, blockSubscriptionEvents } from "../indexer/subscription.js";
import type { AbciEvent } from "../../chain/events/types.js";
import { encodeBlock, encodeBlockId, encodeEvents, encodeExecTxResult, encodeHeader, b64 } from "./encode.js";
import { internalError, invalidParams, RpcError, SERVER_ERROR } from "./errors.js";
import { reqString, type Params } from "./params.js";
import { dispatch, errorResponse, type JsonRpcId } from "./dispatch.js";

interface Sub {
  id: JsonRpcId;
  text: string;
  query: Query;
}

function toEvents(events: readonly { type: string; attributes: readonly { key: string; value: string; index: boolean }[] }[]): AbciEvent[] {
  return events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })) }));
}

/** Bytes queued for one WebSocket client before it counts as not reading and is dropped. */
export const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/**
 * One WebSocket client: JSON-RPC calls plus subscribe/unsubscribe/unsubscribe_all, with
 * events in CometBFT's shape (`{query, data: {type, value}, events}`) under the subscribe id.
 */
export function serveWebsocket(
  node: PogcsNode,
  socket: WebSocket,
  maxSubs: number,
  maxBufferedBytes = MAX_BUFFERED_BYTES,
  /** The RPC's rate limiter for this client: each call over the socket counts as one request. */
  allow: () => boolean = () => true,
): void {
  const subs = new Map<string, Sub>();
  const send = (o: unknown) => {
    if (socket.readyState !== 1) return;
    if (socket.bufferedAmount > maxBufferedBytes) {
      // A client that does not read its events would make the node buffer every block for it
      // (CometBFT cancels such subscribers too): drop the connection and free its backlog.
      subs.clear();
      unsubscribeBus();
      socket.terminate();
      return;
    }
    socket.send(JSON.stringify(o));
  };

  const onEvent = (e: NodeEvent) => {
    if (subs.size === 0) return;
    let events: AbciEvent[];
    let data: unknown;
    if (e.kind === "Tx") {
      events = txSubscriptionEvents({ hash: e.hash, height: e.tx.height, events: toEvents(e.tx.result.events) });
      data = {
        type: "tendermint/event/Tx",
        value: { TxResult: { height: e.tx.height.toString(), index: e.tx.index, tx: b64(e.tx.tx), result: encodeExecTxResult(e.tx.result) } },
      };
    } else {
      events = blockSubscriptionEvents("NewBlock", toEvents(e.results.events), e.block.header.height);
      data = {
        type: "tendermint/event/NewBlock",
        value: {
          block: encodeBlock(e.block),
          block_id: encodeBlockId(e.blockId),
          result_finalize_block: {
            events: encodeEvents(e.results.events),
            txs_results: e.results.txResults.map(encodeExecTxResult),
            validator_updates: [],
            consensus_param_updates: null,
            app_hash: b64(e.results.appHash),
          },
        },
      };
    }
    const flat = Object.fromEntries(flattenEvents(events));
    for (const s of subs.values()) {
      if (matchesEvents(s.query, events)) send({ jsonrpc: "2.0", id: s.id, result: { query: s.text, data, events: flat } });
    }
    if (e.kind === "NewBlock") {
      const hdrEvents = blockSubscriptionEvents("NewBlockHeader", [], e.block.header.height);
      for (const s of subs.values()) {
        if (matchesEvents(s.query, hdrEvents)) {
          send({ jsonrpc: "2.0", id: s.id, result: { query: s.text, data: { type: "tendermint/event/NewBlockHeader", value: { header: encodeHeader(e.block.header) } }, events: Object.fromEntries(flattenEvents(hdrEvents)) } });
        }
      }
    }
  };
  const unsubscribeBus = node.bus.subscribe(onEvent);

  const extra: Record<string, (p: Params) => unknown> = {};
  let currentId: JsonRpcId = null;
  extra.subscribe = (p) => {
    const text = reqString(p, "query");
    if (subs.has(text)) throw internalError("already subscribed");
    if (subs.size >= maxSubs) throw internalError(`max_subscriptions_per_client ${maxSubs} reached`);
    let query: Query;
    try {
      query = parseQuery(text);
    } catch (e) {
      throw invalidParams(`failed to parse query: ${(e as Error).message}`);
    }
    subs.set(text, { id: currentId, text, query });
    return {};
  };
  extra.unsubscribe = (p) => {
    const text = reqString(p, "query");
    if (!subs.delete(text)) throw internalError("subscription not found");
    return {};
  };
  extra.unsubscribe_all = () => {
    if (subs.size === 0) throw internalError("subscription not found");
    subs.clear();
    return {};
  };

  socket.on("message", (raw) => {
    let req: unknown;
    try {
      req = JSON.parse(raw.toString());
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error. Invalid JSON", data: "" } });
      return;
    }
    const id = (req as { id?: JsonRpcId })?.id ?? null;
    if (!allow()) {
      send(errorResponse(id, new RpcError(SERVER_ERROR, "rate limit exceeded; slow down")));
      return;
    }
    currentId = id;
    dispatch(node, req, extra)
      .then(send)
      .catch((e) => send(errorResponse(id, e)));
  });
  socket.on("close", () => {
    subs.clear();
    unsubscribeBus();
  });
  socket.on("error", () => {
    subs.clear();
    unsubscribeBus();
  });
}

