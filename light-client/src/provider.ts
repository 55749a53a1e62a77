import { toHex } from "./bytes.js";
import { LightClientError } from "./errors.js";
import { b64Field, parseCommit, parseHeader, parseValidator } from "./json.js";
import type { ProofOp } from "./state-proof.js";
import type { LightBlock, ValidatorSet } from "./types.js";

/**
 * Where light blocks come from: a primary full node and witnesses. Anything that can produce a
 * LightBlock for a height can be a provider (an RPC node, an in-memory fixture, a relay).
 */
export interface Provider {
  /** A label for messages (the URL for RPC providers). */
  readonly id: string;
  /** The light block at `height`, or the latest one when height is undefined. */
  lightBlock(height?: bigint): Promise<LightBlock>;
  /** The validator set of `height` (used for the trusted next set). */
  validators(height: bigint): Promise<ValidatorSet>;
  /** Raw store read with proofs; only RPC providers need it. */
  abciQuery?(path: string, data: Uint8Array, height?: bigint): Promise<AbciQueryResult>;
}

export interface AbciQueryResult {
  code: number;
  log: string;
  height: bigint;
  key: Uint8Array;
  value: Uint8Array | undefined;
  proofOps: ProofOp[];
}

export type FetchLike = (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

/** A CometBFT JSON-RPC provider over HTTP (GET URIs), using the global fetch unless given one. */
export class RpcProvider implements Provider {
  readonly id: string;
  private readonly fetchFn: FetchLike;

  constructor(url: string, opts: { fetch?: FetchLike } = {}) {
    this.id = url.replace(/\/+$/, "");
    const f = opts.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
    if (f === undefined) throw new LightClientError("invalid_argument", "no fetch available; pass opts.fetch");
    this.fetchFn = f;
  }

  async call(method: string, params: Record<string, string | undefined> = {}): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const q = Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${encodeURIComponent(v!)}`)
      .join("&");
    const url = `${this.id}/${method}${q ? `?${q}` : ""}`;
    let body: { result?: unknown; error?: { message?: string; data?: string } };
    try {
      const res = await this.fetchFn(url);
      body = (await res.json()) as typeof body;
    } catch (e) {
      throw new LightClientError("provider_error", `${this.id}: ${method} failed: ${(e as Error).message}`, { provider: this.id });
    }
    if (body.error || body.result === undefined) {
      const msg = body.error ? `${body.error.message ?? ""} ${body.error.data ?? ""}`.trim() : "no result";
      throw new LightClientError("provider_error", `${this.id}: ${method}: ${msg}`, { provider: this.id });
    }
    return body.result;
  }

  async latestHeight(): Promise<bigint> {
    const s = await this.call("status");
    return BigInt(s.sync_info.latest_block_height);
  }

  async lightBlock(height?: bigint): Promise<LightBlock> {
    const c = await this.call("commit", { height: height?.toString() });
    const header = parseHeader(c.signed_header?.header);
    const commit = parseCommit(c.signed_header?.commit);
    return { signedHeader: { header, commit }, validatorSet: await this.validators(header.height) };
  }

  async validators(height: bigint): Promise<ValidatorSet> {
    const vals = [];
    for (let page = 1; ; page++) {
      const r = await this.call("validators", { height: height.toString(), page: String(page), per_page: "100" });
      vals.push(...(r.validators as unknown[]).map((v) => parseValidator(v as Record<string, unknown>)));
      if (vals.length >= Number(r.total) || (r.validators as unknown[]).length === 0) break;
    }
    return { validators: vals };
  }

  async abciQuery(path: string, data: Uint8Array, height?: bigint): Promise<AbciQueryResult> {
    const r = await this.call("abci_query", {
      path: JSON.stringify(path),
      data: `0x${toHex(data)}`,
      prove: "true",
      height: height?.toString(),
    });
    const res = r.response;
    return {
      code: Number(res.code ?? 0),
      log: String(res.log ?? ""),
      height: BigInt(res.height ?? "0"),
      key: b64Field(res.key, "key"),
      value: res.value === null || res.value === undefined ? undefined : b64Field(res.value, "value"),
      proofOps: ((res.proofOps?.ops ?? []) as Array<{ type: string; key: string; data: string }>).map((o) => ({
        type: o.type,
        key: b64Field(o.key, "proof op key"),
        data: b64Field(o.data, "proof op data"),
      })),
    };
  }
}
