import { NodeError } from "../errors.js";

/** A tiny CometBFT JSON-RPC client over fetch (the CLI and devnet scripts use it). */
/** An abci_query the app answered with a non-zero code. */
export interface AbciFailure {
  code: number;
  codespace: string;
  log: string;
}

export class RpcClient {
  private id = 1;
  constructor(readonly url: string) {}

  async call<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: this.id++, method, params }),
      });
    } catch (e) {
      throw new NodeError("RPC_UNREACHABLE", `cannot reach ${this.url}: ${(e as Error).message}`, `start the node (pogcsd start), or pass --node with its RPC address (default http://127.0.0.1:26657)`);
    }
    const body = (await res.json()) as { result?: T; error?: { code: number; message: string; data?: string } };
    if (body.error) throw new NodeError("RPC_ERROR", `${method}: ${body.error.message}${body.error.data ? `: ${body.error.data}` : ""}`);
    return body.result as T;
  }

  /**
   * abci_query at `height` (latest when absent); returns the response value bytes or throws with the
   * app's code and log (QUERY_FAILED, or the error `onError` makes of the failure).
   */
  async query(path: string, data: Uint8Array, o: { height?: bigint; onError?: (f: AbciFailure) => Error } = {}): Promise<Uint8Array> {
    const params: Record<string, unknown> = { path, data: Buffer.from(data).toString("hex"), prove: false };
    if (o.height !== undefined) params.height = o.height.toString();
    const r = await this.call<{ response: { code: number; log: string; value: string | null; codespace?: string } }>("abci_query", params);
    if (r.response.code !== 0) {
      const f = { code: r.response.code, codespace: r.response.codespace ?? "", log: r.response.log };
      throw o.onError ? o.onError(f) : new NodeError("QUERY_FAILED", `${path} failed with code ${f.code} (${f.codespace}): ${f.log}`);
    }
    return new Uint8Array(Buffer.from(r.response.value ?? "", "base64"));
  }
}
