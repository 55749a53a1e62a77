import { NodeError } from "../errors.js";

/** A tiny CometBFT JSON-RPC client over fetch (the CLI and devnet scripts use it). */
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

  /** abci_query; returns the response value bytes or throws with the app's code and log. */
  async query(path: string, data: Uint8Array): Promise<Uint8Array> {
    const r = await this.call<{ response: { code: number; log: string; value: string | null; codespace?: string } }>("abci_query", {
      path,
      data: Buffer.from(data).toString("hex"),
      prove: false,
    });
    if (r.response.code !== 0) throw new NodeError("QUERY_FAILED", `${path} failed with code ${r.response.code} (${r.response.codespace}): ${r.response.log}`);
    return new Uint8Array(Buffer.from(r.response.value ?? "", "base64"));
  }
}
