import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import cors from "@fastify/cors";
import { SimulateRequest, SimulateResponse, GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { GetLatestBlockResponse, GetNodeInfoResponse } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import type { PogcsNode } from "../node.js";
import { SIMULATE_PATH } from "../../chain/app/app.js";
import { encodeGetTxResponse } from "../rpc/get-tx-query.js";
import { NODE_VERSION, APP_VERSION } from "../rpc/methods.js";
import { hex } from "../rpc/encode.js";
import { GRPC_ROUTES, type Params } from "./routes.js";
import { POGCS_ROUTES } from "./pogcs-routes.js";
import { keplrChainInfo } from "./chain-info.js";
import { registerDistributionRoutes, distributionOpenApi } from "./distribution.js";
import { registerTxSearchRoute, txSearchOpenApi } from "./tx-search.js";
import { createHash } from "node:crypto";
import { buildOpenApi } from "./openapi.js";
import { toGatewayJson } from "./json.js";
import { GRPC, HTTP_OF_GRPC, RestError, grpcCodeOfAppError } from "./errors.js";

export interface RestServerOptions {
  host: string;
  port: number;
}

/** Longest path segment accepted (addresses, tx hashes, denoms such as `ibc/<64 hex>`, batch ids). */
const MAX_PATH_SEGMENT = 256;

function sendError(reply: FastifyReply, e: unknown) {
  const err = e instanceof RestError ? e : new RestError(GRPC.INTERNAL, e instanceof Error ? e.message : String(e));
  return reply.code(HTTP_OF_GRPC[err.grpcCode] ?? 500).send({ code: err.grpcCode, message: err.message, details: [] });
}

/** "rpc error: code = NotFound desc = account X not found: key not found" -> "account X not found". */
function grpcMessage(log: string): string {
  const m = /desc = (.*?)(: key not found)?$/.exec(log);
  return m ? m[1]! : log;
}

function queryHeight(h: unknown): bigint | undefined {
  if (typeof h !== "string" || h === "") return undefined;
  if (!/^[0-9]+$/.test(h)) throw new RestError(GRPC.INVALID_ARGUMENT, "x-cosmos-block-height must be a non-negative integer");
  return BigInt(h);
}

/**
 * The Cosmos REST API (grpc-gateway paths, proto JSON) that Keplr, explorers and scripts use:
 * auth, bank, staking, slashing queries, tx broadcast / simulate / lookup, node info and blocks.
 */
export async function startRestServer(node: PogcsNode, o: RestServerOptions): Promise<{ app: FastifyInstance; url: string; close(): Promise<void> }> {
  const cfg = node.config.rpc;
  const app = Fastify({
    bodyLimit: cfg.maxBodyBytes, logger: false, forceCloseConnections: true, routerOptions: { maxParamLength: MAX_PATH_SEGMENT },
    // Errors the router raises before any handler (a path segment too long, a malformed URL) answer
    // in the gateway's shape like every other error.
    frameworkErrors: (err, _req, reply) => sendError(reply, new RestError(GRPC.INVALID_ARGUMENT,
      err.code === "FST_ERR_MAX_PARAM_LENGTH" ? `a path segment is longer than ${MAX_PATH_SEGMENT} characters` : `malformed URL: ${err.message}`)),
  });
  await app.register(cors, { origin: cfg.corsAllowedOrigins.includes("*") ? true : cfg.corsAllowedOrigins });

  app.setErrorHandler((err, _req, reply) => {
    const e = err as { code?: string; message: string };
    if (e.code === "FST_ERR_CTP_BODY_TOO_LARGE") return sendError(reply, new RestError(GRPC.INVALID_ARGUMENT, "request body too large"));
    if (e.code === "FST_ERR_CTP_INVALID_JSON_BODY" || e.code === "FST_ERR_CTP_EMPTY_JSON_BODY") return sendError(reply, new RestError(GRPC.INVALID_ARGUMENT, "request body is not valid JSON"));
    return sendError(reply, new RestError(GRPC.INTERNAL, e.message));
  });
  app.setNotFoundHandler((req, reply) => sendError(reply, new RestError(GRPC.UNIMPLEMENTED, `Not Implemented: ${req.method} ${req.url.split("?")[0]}`)));

  for (const r of [...GRPC_ROUTES, ...POGCS_ROUTES]) {
    app.get(r.url, async (req, reply) => {
      try {
        const request = r.req.fromPartial(r.build(req.params as Params, req.query as Params) as never);
        const bytes = r.req.encode(request as never).finish();
        const res = node.app.query(r.path, bytes, { height: queryHeight(req.headers["x-cosmos-block-height"]) });
        if (res.code !== 0) throw new RestError(grpcCodeOfAppError(res.codespace, res.code), grpcMessage(res.log));
        reply.header("x-cosmos-block-height", res.height.toString());
        return reply.send(toGatewayJson(r.res.toJSON(r.res.decode(res.value ?? new Uint8Array()) as never)));
      } catch (e) {
        return sendError(reply, e);
      }
    });
  }

  const txBytesOf = (body: unknown): Uint8Array => {
    const b = (body ?? {}) as { tx_bytes?: unknown };
    if (typeof b.tx_bytes !== "string" || b.tx_bytes === "" || !/^[A-Za-z0-9+/]*={0,2}$/.test(b.tx_bytes)) {
      throw new RestError(GRPC.INVALID_ARGUMENT, "tx_bytes (base64) is required");
    }
    return new Uint8Array(Buffer.from(b.tx_bytes, "base64"));
  };

  app.post("/cosmos/tx/v1beta1/txs", async (req, reply) => {
    try {
      const tx = txBytesOf(req.body);
      const mode = String((req.body as { mode?: unknown }).mode ?? "BROADCAST_MODE_SYNC");
      if (!["BROADCAST_MODE_SYNC", "BROADCAST_MODE_ASYNC", "BROADCAST_MODE_BLOCK", "2", "3", "1"].includes(mode)) {
        throw new RestError(GRPC.INVALID_ARGUMENT, `unsupported broadcast mode ${mode}`);
      }
      if (mode === "BROADCAST_MODE_ASYNC" || mode === "3") {
        // ASYNC answers before CheckTx, as the SDK does: the hash only.
        void node.submitTx(tx).catch(() => undefined);
        const txhash = hex(new Uint8Array(createHash("sha256").update(tx).digest()));
        return reply.send({ tx_response: { height: "0", txhash, codespace: "", code: 0, data: "", raw_log: "", logs: [], info: "", gas_wanted: "0", gas_used: "0", tx: null, timestamp: "", events: [] } });
      }
      const { hash, result } = await node.submitTx(tx);
      return reply.send({
        tx_response: {
          height: "0", txhash: hex(hash), codespace: result.codespace, code: result.code, data: "", raw_log: result.log,
          logs: [], info: "", gas_wanted: result.gasWanted.toString(), gas_used: result.gasUsed.toString(), tx: null, timestamp: "", events: [],
        },
      });
    } catch (e) {
      return sendError(reply, e);
    }
  });

  app.post("/cosmos/tx/v1beta1/simulate", async (req, reply) => {
    try {
      const txBytes = txBytesOf(req.body);
      const res = node.app.query(SIMULATE_PATH, SimulateRequest.encode({ txBytes }).finish());
      if (res.code !== 0) throw new RestError(GRPC.INVALID_ARGUMENT, `${res.log}: codespace ${res.codespace} code ${res.code}`);
      return reply.send(toGatewayJson(SimulateResponse.toJSON(SimulateResponse.decode(res.value!))));
    } catch (e) {
      return sendError(reply, e);
    }
  });

  app.get("/cosmos/tx/v1beta1/txs/:hash", async (req, reply) => {
    try {
      const h = (req.params as Params).hash ?? "";
      if (!/^[0-9a-fA-F]{64}$/.test(h)) throw new RestError(GRPC.INVALID_ARGUMENT, "tx hash must be 64 hex characters");
      const hash = new Uint8Array(Buffer.from(h, "hex"));
      const rec = await node.blocks.getTx(hash);
      if (!rec) throw new RestError(GRPC.NOT_FOUND, `tx not found: ${h.toUpperCase()}`);
      const meta = await node.blocks.getMeta(rec.height);
      const bytes = encodeGetTxResponse(rec, hash, meta!.header.time);
      return reply.send(toGatewayJson(GetTxResponse.toJSON(GetTxResponse.decode(bytes))));
    } catch (e) {
      return sendError(reply, e);
    }
  });

  app.get("/cosmos/base/tendermint/v1beta1/node_info", async (_req, reply) =>
    reply.send(
      toGatewayJson(
        GetNodeInfoResponse.toJSON({
          defaultNodeInfo: {
            protocolVersion: { p2p: 8n, block: 11n, app: 0n },
            defaultNodeId: node.nodeKey.id,
            listenAddr: "tcp://127.0.0.1:26656",
            network: node.genesis.chainId,
            version: NODE_VERSION,
            channels: new Uint8Array([0x40, 0x20, 0x21, 0x22, 0x23, 0x30, 0x38, 0x60, 0x61, 0x00]),
            moniker: node.config.moniker,
            other: { txIndex: "on", rpcAddress: `tcp://${node.config.rpc.laddr}` },
          },
          applicationVersion: { name: "pogcs", appName: "pogcsd", version: APP_VERSION, gitCommit: "", buildTags: "", goVersion: "", buildDeps: [], cosmosSdkVersion: "" },
        }),
      ),
    ),
  );

  registerDistributionRoutes(app, node, sendError);
  registerTxSearchRoute(app, node, sendError);

  const openapi = buildOpenApi([...GRPC_ROUTES, ...POGCS_ROUTES]);
  Object.assign(openapi.paths as Record<string, unknown>, distributionOpenApi());
  (openapi.paths as Record<string, Record<string, unknown>>)["/cosmos/tx/v1beta1/txs"]!.get = txSearchOpenApi();
  app.get("/docs", async (_req, reply) => reply.send(openapi));
  app.get("/docs/openapi.json", async (_req, reply) => reply.send(openapi));

  app.get("/pogcs/chain-info", async (req, reply) => {
    const host = (req.headers.host ?? o.host).split(":")[0];
    const rpcPort = node.config.rpc.laddr.split(":")[1];
    return reply.send(keplrChainInfo(node, { rpc: `http://${host}:${rpcPort}`, rest: `http://${req.headers.host ?? `${o.host}:${o.port}`}` }));
  });

  app.get("/cosmos/base/tendermint/v1beta1/syncing", async (_req, reply) => reply.send({ syncing: false }));

  const blockAt = async (height: bigint, reply: FastifyReply) => {
    const b = await node.blocks.getBlock(height);
    if (!b) throw new RestError(GRPC.NOT_FOUND, `block ${height} not found`);
    return reply.send(toGatewayJson(GetLatestBlockResponse.toJSON({ blockId: b.meta.blockId, block: b.block })));
  };
  app.get("/cosmos/base/tendermint/v1beta1/blocks/latest", async (_req, reply) => {
    try {
      return await blockAt(node.blocks.height, reply);
    } catch (e) {
      return sendError(reply, e);
    }
  });
  app.get("/cosmos/base/tendermint/v1beta1/blocks/:height", async (req, reply) => {
    try {
      const h = (req.params as Params).height ?? "";
      if (!/^[0-9]+$/.test(h)) throw new RestError(GRPC.INVALID_ARGUMENT, "height must be a positive integer");
      return await blockAt(BigInt(h), reply);
    } catch (e) {
      return sendError(reply, e);
    }
  });

  const address = await app.listen({ host: o.host, port: o.port });
  // Fastify drops its own listener once listening; an accept failure (out of file descriptors)
  // must be logged, not end the node.
  app.server.on("error", (e) => node.log.error("REST server error", { err: e.message }));
  return { app, url: address, close: () => app.close() };
}
