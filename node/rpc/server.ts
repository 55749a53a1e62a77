import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import cors from "@fastify/cors";
import websocket from "@fastify/websocket";
import type { PogcsNode } from "../node.js";
import { dispatch, errorResponse } from "./dispatch.js";
import { METHODS } from "./methods.js";
import { RpcError, PARSE_ERROR, INVALID_REQUEST, SERVER_ERROR } from "./errors.js";
import { RateLimiter } from "./rate-limit.js";
import { serveWebsocket } from "./subscriptions.js";
import { NodeMetrics } from "../metrics/metrics.js";
import { registerExplorer } from "../explorer/serve.js";

export interface RpcServerOptions {
  host: string;
  port: number;
}

/**
 * CometBFT-compatible RPC: JSON-RPC 2.0 on POST / (single or batch), URI calls on GET /<method>,
 * JSON-RPC over WebSocket on /websocket. Errors are JSON-RPC errors with HTTP 200.
 */
export async function startRpcServer(node: PogcsNode, o: RpcServerOptions): Promise<{ app: FastifyInstance; url: string; close(): Promise<void> }> {
  const cfg = node.config.rpc;
  const app = Fastify({
    bodyLimit: cfg.maxBodyBytes, logger: false, forceCloseConnections: true,
    // Router errors before any handler (a malformed URL, a too long method segment) as JSON-RPC errors.
    frameworkErrors: (err, _req, reply) => (reply as unknown as FastifyReply).code(400).send(errorResponse(null, new RpcError(INVALID_REQUEST, err.code === "FST_ERR_MAX_PARAM_LENGTH" ? "URL path segment too long" : `malformed URL: ${err.message}`))),
  });
  await app.register(cors, { origin: cfg.corsAllowedOrigins.includes("*") ? true : cfg.corsAllowedOrigins, methods: ["GET", "POST", "OPTIONS"] });
  await app.register(websocket, { options: { maxPayload: cfg.maxBodyBytes } });
  const limiter = new RateLimiter(cfg.rateLimitPerSecond);

  // Parse JSON ourselves so malformed bodies become JSON-RPC parse errors, not HTTP 400s.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_req, body, done) => done(null, body));

  app.addHook("onRequest", async (req, reply) => {
    if (req.url.startsWith("/websocket")) return;
    if (!limiter.allow(req.ip)) {
      reply.code(429).header("retry-after", "1").send(errorResponse(null, new RpcError(SERVER_ERROR, "rate limit exceeded; slow down")));
    }
  });

  app.setErrorHandler((err, _req, reply) => {
    const e = err as { statusCode?: number; code?: string; message: string };
    if (e.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      reply.code(413).send(errorResponse(null, new RpcError(INVALID_REQUEST, `request body exceeds ${cfg.maxBodyBytes} bytes`)));
      return;
    }
    reply.code(200).send(errorResponse(null, new RpcError(SERVER_ERROR, e.message)));
  });

  app.post("/", async (req, reply) => {
    let body: unknown;
    try {
      body = JSON.parse(String(req.body ?? ""));
    } catch {
      return reply.code(200).send(errorResponse(null, new RpcError(PARSE_ERROR, "request body is not valid JSON")));
    }
    if (Array.isArray(body)) {
      if (body.length === 0) return reply.send(errorResponse(null, new RpcError(INVALID_REQUEST, "empty batch")));
      if (body.length > 100) return reply.send(errorResponse(null, new RpcError(INVALID_REQUEST, "batch larger than 100")));
      // The request itself paid for one call; the rest of the batch pays per call.
      if (!limiter.allow(req.ip, Date.now(), body.length - 1)) {
        return reply.code(429).header("retry-after", "1").send(errorResponse(null, new RpcError(SERVER_ERROR, "rate limit exceeded for this batch; slow down")));
      }
      const out = [];
      for (const r of body) out.push(await dispatch(node, r));
      return reply.send(out);
    }
    return reply.send(await dispatch(node, body));
  });

  await app.register(async (scope) => {
    scope.get("/websocket", { websocket: true }, (socket, req) =>
      serveWebsocket(node, socket, cfg.maxSubscriptionsPerClient, undefined, () => limiter.allow(req.ip)),
    );
  });

  const metrics = new NodeMetrics(node);
  app.addHook("onClose", async () => metrics.close());
  app.get("/metrics", async (_req, reply) => reply.type("text/plain; version=0.0.4; charset=utf-8").send(metrics.render()));

  app.get("/", async (_req, reply) => {
    const list = Object.keys(METHODS).sort().map((m) => `<li><a href="/${m}">/${m}</a></li>`).join("");
    return reply.type("text/html").send(`<html><body><h1>PoGCS node RPC</h1><p>Explorer: <a href="/explorer/">/explorer/</a></p><p>CometBFT 0.38 compatible JSON-RPC. Endpoints:</p><ul>${list}</ul></body></html>`);
  });

  await registerExplorer(app, node);

  app.get("/pogcs/beacon", async (req, reply) => {
    const params = { ...(req.query as Record<string, unknown>) };
    return reply.send(await dispatch(node, { jsonrpc: "2.0", id: -1, method: "pogcs_beacon", params }));
  });

  app.get("/:method", async (req, reply) => {
    const method = (req.params as { method: string }).method;
    const params = { ...(req.query as Record<string, unknown>) };
    return reply.send(await dispatch(node, { jsonrpc: "2.0", id: -1, method, params }));
  });

  const address = await app.listen({ host: o.host, port: o.port });
  // Fastify drops its own listener once listening; an accept failure (out of file descriptors)
  // must be logged, not end the node.
  app.server.on("error", (e) => node.log.error("RPC server error", { err: e.message }));
  return { app, url: address, close: () => app.close() };
}
