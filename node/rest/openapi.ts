import type { GrpcRoute } from "./routes.js";
import { APP_VERSION } from "../rpc/methods.js";

/** Path params in Fastify form (`:address`) to OpenAPI form (`{address}`). */
function toOpenApiPath(url: string): { path: string; params: string[] } {
  const params: string[] = [];
  const path = url.replace(/:([a-zA-Z0-9_]+)/g, (_m, p: string) => {
    params.push(p);
    return `{${p}}`;
  });
  return { path, params };
}

const ERROR = {
  description: "gRPC-gateway error",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};

/**
 * The OpenAPI 3.0 document of the REST API, generated from the same route tables the server
 * mounts, so the docs cannot drift from what is served.
 */
export function buildOpenApi(routes: readonly GrpcRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const { path, params } = toOpenApiPath(r.url);
    const [, service, method] = /^\/(.+)\/([^/]+)$/.exec(r.path)!;
    paths[path] = {
      get: {
        operationId: `${service!.replace(/\./g, "_")}_${method}_${Object.keys(paths).length}`,
        summary: `${method} (${service})`,
        tags: [service!.split(".").slice(0, -2).join(".") || service!],
        parameters: [
          ...params.map((p) => ({ name: p, in: "path", required: true, schema: { type: "string" } })),
          { name: "x-cosmos-block-height", in: "header", required: false, schema: { type: "string" }, description: "query state at this height" },
        ],
        responses: { "200": { description: "proto JSON of the response", content: { "application/json": { schema: { type: "object" } } } }, default: ERROR },
      },
    };
  }
  const txBody = { required: true, content: { "application/json": { schema: { type: "object", required: ["tx_bytes"], properties: { tx_bytes: { type: "string", format: "byte" }, mode: { type: "string", enum: ["BROADCAST_MODE_SYNC", "BROADCAST_MODE_ASYNC"] } } } } } };
  const ok = { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } }, default: ERROR };
  paths["/cosmos/tx/v1beta1/txs"] = { post: { operationId: "BroadcastTx", summary: "Broadcast a signed TxRaw (CheckTx result)", tags: ["cosmos.tx"], requestBody: txBody, responses: ok } };
  paths["/cosmos/tx/v1beta1/simulate"] = { post: { operationId: "Simulate", summary: "Simulate a tx (no signature check) for gas", tags: ["cosmos.tx"], requestBody: txBody, responses: ok } };
  paths["/cosmos/tx/v1beta1/txs/{hash}"] = { get: { operationId: "GetTx", summary: "A committed tx by hash", tags: ["cosmos.tx"], parameters: [{ name: "hash", in: "path", required: true, schema: { type: "string" } }], responses: ok } };
  paths["/cosmos/base/tendermint/v1beta1/node_info"] = { get: { operationId: "GetNodeInfo", summary: "Node and application versions", tags: ["cosmos.base.tendermint"], responses: ok } };
  paths["/cosmos/base/tendermint/v1beta1/syncing"] = { get: { operationId: "GetSyncing", summary: "Whether the node is catching up", tags: ["cosmos.base.tendermint"], responses: ok } };
  paths["/cosmos/base/tendermint/v1beta1/blocks/latest"] = { get: { operationId: "GetLatestBlock", summary: "The latest block", tags: ["cosmos.base.tendermint"], responses: ok } };
  paths["/cosmos/base/tendermint/v1beta1/blocks/{height}"] = { get: { operationId: "GetBlockByHeight", summary: "A block by height", tags: ["cosmos.base.tendermint"], parameters: [{ name: "height", in: "path", required: true, schema: { type: "string" } }], responses: ok } };
  paths["/pogcs/chain-info"] = { get: { operationId: "ChainInfo", summary: "ChainInfo for Keplr's experimentalSuggestChain", tags: ["pogcs"], responses: ok } };
  return {
    openapi: "3.0.3",
    info: {
      title: "PoGCS chain REST API",
      version: APP_VERSION,
      description: "Cosmos SDK REST (grpc-gateway) paths and the PoGCS modules. The CometBFT JSON-RPC lives on the RPC port (POST /, GET /<method>, /websocket).",
    },
    paths,
    components: {
      schemas: {
        Error: { type: "object", properties: { code: { type: "integer" }, message: { type: "string" }, details: { type: "array", items: { type: "object" } } } },
      },
    },
  };
}
