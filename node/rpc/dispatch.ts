import type { PogcsNode } from "../node.js";
import { INVALID_REQUEST, INTERNAL_ERROR, METHOD_NOT_FOUND, RpcError } from "./errors.js";
import { METHODS } from "./methods.js";
import type { Params } from "./params.js";
import { ChainError } from "../../chain/errors/index.js";

export type JsonRpcId = string | number | null;

export interface JsonRpcResponse {
  jsonrpc: "2.0";
  id: JsonRpcId;
  result?: unknown;
  error?: { code: number; message: string; data: string };
}

export function errorResponse(id: JsonRpcId, e: unknown): JsonRpcResponse {
  if (e instanceof RpcError) return { jsonrpc: "2.0", id, error: { code: e.code, message: e.message, data: e.data } };
  const msg = e instanceof ChainError ? `${e.codespace}/${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
  return { jsonrpc: "2.0", id, error: { code: INTERNAL_ERROR, message: "Internal error", data: msg } };
}

/** Validates the envelope and runs the method. Never throws. */
export async function dispatch(node: PogcsNode, req: unknown, extra?: Record<string, (p: Params) => unknown>): Promise<JsonRpcResponse> {
  if (!req || typeof req !== "object" || Array.isArray(req)) {
    return errorResponse(null, new RpcError(INVALID_REQUEST, "request must be a JSON object"));
  }
  const r = req as Record<string, unknown>;
  const id = (typeof r.id === "string" || typeof r.id === "number" ? r.id : null) as JsonRpcId;
  if (r.jsonrpc !== "2.0") return errorResponse(id, new RpcError(INVALID_REQUEST, 'jsonrpc must be "2.0"'));
  if (typeof r.method !== "string") return errorResponse(id, new RpcError(INVALID_REQUEST, "method must be a string"));
  const params = (r.params ?? {}) as Params;
  if (typeof params !== "object" || Array.isArray(params)) {
    return errorResponse(id, new RpcError(INVALID_REQUEST, "params must be an object (positional params are not supported)"));
  }
  const fn = extra?.[r.method] ?? METHODS[r.method];
  if (!fn) return errorResponse(id, new RpcError(METHOD_NOT_FOUND, `method ${JSON.stringify(r.method)} not found`));
  try {
    const result = await (extra?.[r.method] ? (fn as (p: Params) => unknown)(params) : (fn as (n: PogcsNode, p: Params) => unknown)(node, params));
    return { jsonrpc: "2.0", id, result };
  } catch (e) {
    return errorResponse(id, e);
  }
}
