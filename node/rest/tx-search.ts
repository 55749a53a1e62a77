import type { FastifyInstance, FastifyReply } from "fastify";
import { GetTxResponse, GetTxsEventResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import type { PogcsNode } from "../node.js";
import { encodeGetTxResponse } from "../rpc/get-tx-query.js";
import { toGatewayJson } from "./json.js";
import { RestError, GRPC } from "./errors.js";

type Query = Record<string, string | string[] | undefined>;

/**
 * The CometBFT query of a GetTxsEvent request: SDK 0.50 sends `query=...`; older clients send
 * `events=a.b='x'` once per condition (joined with AND).
 */
export function computeTxsEventQuery(q: Query): string {
  if (typeof q.query === "string" && q.query.trim() !== "") return q.query;
  const ev = q.events === undefined ? [] : Array.isArray(q.events) ? q.events : [q.events];
  const conds = ev.flatMap((e) => e.split(",")).map((e) => e.trim()).filter((e) => e !== "");
  if (conds.length === 0) throw new RestError(GRPC.INVALID_ARGUMENT, "query (or events) is required, e.g. query=message.sender='gcs1...'");
  // `events` conditions may use a bare value (`transfer.recipient=gcs1...`); quote it for the
  // parser unless it is a number (`tx.height=5` compares numerically).
  return conds
    .map((c) => c.replace(/^([^=<>!]+)=([^'].*)$/, (m, k: string, v: string) => (/^-?[0-9]+(\.[0-9]+)?$/.test(v) ? m : `${k}='${v}'`)))
    .join(" AND ");
}

function posInt(v: string | string[] | undefined, name: string, def: number): number {
  if (v === undefined || v === "") return def;
  if (typeof v !== "string" || !/^[0-9]{1,9}$/.test(v)) throw new RestError(GRPC.INVALID_ARGUMENT, `${name} must be a non-negative integer`);
  return Number(v);
}

/** GET /cosmos/tx/v1beta1/txs: txs by event query, served from the node's tx index. */
export function registerTxSearchRoute(app: FastifyInstance, node: PogcsNode, sendError: (reply: FastifyReply, e: unknown) => unknown): void {
  app.get("/cosmos/tx/v1beta1/txs", async (req, reply) => {
    try {
      const q = req.query as Query;
      const query = computeTxsEventQuery(q);
      const limit = Math.min(100, posInt(q.limit ?? q["pagination.limit"], "limit", 30)) || 30;
      const page = posInt(q.page, "page", 0) || (posInt(q["pagination.offset"], "pagination.offset", 0) > 0 ? Math.floor(posInt(q["pagination.offset"], "pagination.offset", 0) / limit) + 1 : 1);
      const ob = String(q.order_by ?? "");
      const orderBy = ob === "ORDER_BY_DESC" || ob === "2" ? "desc" : ob === "ORDER_BY_ASC" || ob === "1" ? "asc" : "";
      let res;
      try {
        res = await node.txIndexer.search(query, { page, perPage: limit, orderBy });
      } catch (e) {
        throw new RestError(GRPC.INVALID_ARGUMENT, (e as Error).message);
      }
      const txs = [];
      const txResponses = [];
      for (const loc of res.results) {
        const hash = new Uint8Array(Buffer.from(loc.hash, "hex"));
        const rec = await node.blocks.getTx(hash);
        const meta = rec && (await node.blocks.getMeta(rec.height));
        if (!rec || !meta) continue;
        const one = GetTxResponse.decode(encodeGetTxResponse(rec, hash, meta.header.time));
        txs.push(one.tx!);
        txResponses.push(one.txResponse!);
      }
      const total = BigInt(res.total);
      return reply.send(toGatewayJson(GetTxsEventResponse.toJSON({ txs, txResponses, pagination: { nextKey: new Uint8Array(), total }, total })));
    } catch (e) {
      return sendError(reply, e);
    }
  });
}

/** The OpenAPI GET operation of /cosmos/tx/v1beta1/txs (the POST is documented in openapi.ts). */
export function txSearchOpenApi(): Record<string, unknown> {
  const q = (name: string, description: string) => ({ name, in: "query", required: false, schema: { type: "string" }, description });
  return {
    operationId: "GetTxsEvent",
    summary: "Committed txs matching a CometBFT event query",
    tags: ["cosmos.tx"],
    parameters: [
      q("query", "e.g. message.sender='gcs1...' AND tx.height>5"),
      q("events", "older form: one condition per parameter, e.g. transfer.recipient=gcs1..."),
      q("page", "1-based page"),
      q("limit", "txs per page (max 100)"),
      q("order_by", "ORDER_BY_ASC or ORDER_BY_DESC"),
    ],
    responses: { "200": { description: "GetTxsEventResponse", content: { "application/json": { schema: { type: "object" } } } } },
  };
}
