import type { RpcClient } from "../client/rpc-client.js";
import { NodeError } from "../errors.js";

export interface AbciFailure {
  code: number;
  codespace: string;
  log: string;
}

/**
 * abci_query over the RPC at `height` (latest when undefined); the response bytes, or a NodeError
 * (QUERY_FAILED with codespace/code/log unless `onError` makes another) when the app answers code != 0.
 */
export async function abciQuery(rpc: RpcClient, path: string, data: Uint8Array, height?: bigint, onError?: (r: AbciFailure) => NodeError): Promise<Uint8Array> {
  const params: Record<string, unknown> = { path, data: Buffer.from(data).toString("hex"), prove: false };
  if (height !== undefined) params.height = height.toString();
  const r = await rpc.call<{ response: { code: number; log: string; value: string | null; codespace?: string } }>("abci_query", params);
  const res = r.response;
  if (res.code !== 0) {
    const f = { code: res.code, codespace: res.codespace ?? "", log: res.log };
    throw onError ? onError(f) : new NodeError("QUERY_FAILED", `${path} failed: codespace=${f.codespace} code=${f.code}: ${f.log}`, "check the request fields and the height; `pogcsd query grpc --help` shows the request format");
  }
  return new Uint8Array(Buffer.from(res.value ?? "", "base64"));
}
