import { toHex } from "./bytes.js";
import { LightClientError, isLightClientError } from "./errors.js";
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

/** The part of a fetch Response we use; `body`/`text` let the size cap apply (json() is the fallback). */
export interface FetchResponseLike {
  ok: boolean;
  status: number;
  headers?: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text?(): Promise<string>;
  json(): Promise<unknown>;
}

export type FetchLike = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<FetchResponseLike>;

/** Per-request limits for RPC calls (provider and relayer). */
export interface HttpLimits {
  /** Abort a request after this long (default 10 s). */
  timeoutMs?: number;
  /** Refuse a response body larger than this (default 8 MiB). */
  maxResponseBytes?: number;
  /** Cancels every request (e.g. the process's or the agent's shutdown signal). */
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** CometBFT's validator sets are in the hundreds; a larger `total` is a hostile or broken node. */
export const MAX_VALIDATORS = 10_000;
const PER_PAGE = 100;

/** Marks an answer that arrived but cannot be used (the sender's fault, not the network's). */
export const malformed = (provider: string, what: string): LightClientError =>
  new LightClientError("provider_error", `${provider}: malformed answer: ${what}`, { provider, malformed: true });

/** True for a provider_error raised because the provider's data was unusable. */
export const isMalformedAnswer = (e: unknown): boolean => isLightClientError(e, "provider_error") && e.details?.malformed === true;

async function readCapped(res: FetchResponseLike, max: number): Promise<string> {
  const declared = Number(res.headers?.get("content-length") ?? NaN);
  if (declared > max) throw new RangeError(`response of ${declared} bytes exceeds the ${max}-byte limit`);
  if (res.body && typeof res.body.getReader === "function") {
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let n = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.byteLength;
      if (n > max) {
        await reader.cancel().catch(() => undefined);
        throw new RangeError(`response exceeds the ${max}-byte limit`);
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks, n).toString("utf8");
  }
  if (typeof res.text === "function") {
    const t = await res.text();
    if (Buffer.byteLength(t) > max) throw new RangeError(`response exceeds the ${max}-byte limit`);
    return t;
  }
  const j = JSON.stringify(await res.json()) ?? "null";
  if (Buffer.byteLength(j) > max) throw new RangeError(`response exceeds the ${max}-byte limit`);
  return j;
}

/** A signal that aborts when any given one does (undefined when none is given); no listeners left behind. */
export function anySignal(...signals: Array<AbortSignal | undefined>): AbortSignal | undefined {
  const given = signals.filter((s): s is AbortSignal => s !== undefined);
  return given.length <= 1 ? given[0] : AbortSignal.any(given);
}

/**
 * One JSON-RPC exchange with a timeout, a size cap and cancellation. Transport failures and
 * unusable bodies are provider_error (bodies additionally marked `malformed`); returns `result`.
 */
export async function jsonRpcExchange(
  fetchFn: FetchLike,
  provider: string,
  method: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
  limits: HttpLimits,
): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const timeout = AbortSignal.timeout(limits.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = anySignal(timeout, limits.signal)!;
  let text: string;
  let status = 0;
  try {
    const res = await fetchFn(url, { ...init, signal });
    status = res.ok ? 0 : res.status;
    text = await readCapped(res, limits.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  } catch (e) {
    const why = timeout.aborted ? `timed out after ${limits.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` : (e as Error)?.message ?? String(e);
    throw new LightClientError("provider_error", `${provider}: ${method} failed: ${why}`, { provider });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // An HTTP error page (a proxy's 502, ...) is the network's failure; a 200 that is not JSON is the node's.
    if (status !== 0) throw new LightClientError("provider_error", `${provider}: ${method}: HTTP ${status}`, { provider });
    throw malformed(provider, `${method}: not JSON`);
  }
  if (typeof body !== "object" || body === null) throw malformed(provider, `${method}: not a JSON-RPC object`);
  const b = body as { result?: unknown; error?: { message?: unknown; data?: unknown } };
  if (b.error !== undefined && b.error !== null) {
    const msg = typeof b.error === "object" ? `${String(b.error.message ?? "")} ${String(b.error.data ?? "")}`.trim() : String(b.error);
    throw new LightClientError("provider_error", `${provider}: ${method}: ${msg}`, { provider });
  }
  if (b.result === undefined || b.result === null) throw new LightClientError("provider_error", `${provider}: ${method}: no result`, { provider });
  return b.result;
}

const isObj = (x: unknown): x is Record<string, any> => typeof x === "object" && x !== null && !Array.isArray(x); // eslint-disable-line @typescript-eslint/no-explicit-any

/** An integer string (or safe integer) in [min, max], else undefined. */
function strictInt(x: unknown, min: number, max: number): number | undefined {
  const n = typeof x === "number" ? x : typeof x === "string" && /^\d{1,16}$/.test(x) ? Number(x) : NaN;
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
}

/** A CometBFT JSON-RPC provider over HTTP (GET URIs), using the global fetch unless given one. */
export class RpcProvider implements Provider {
  readonly id: string;
  private readonly fetchFn: FetchLike;
  private readonly limits: HttpLimits;

  constructor(url: string, opts: { fetch?: FetchLike } & HttpLimits = {}) {
    this.id = url.replace(/\/+$/, "");
    const f = opts.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
    if (f === undefined) throw new LightClientError("invalid_argument", "no fetch available; pass opts.fetch");
    this.fetchFn = f;
    this.limits = { timeoutMs: opts.timeoutMs, maxResponseBytes: opts.maxResponseBytes, signal: opts.signal };
  }

  async call(method: string, params: Record<string, string | undefined> = {}): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const q = Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${encodeURIComponent(v!)}`)
      .join("&");
    const url = `${this.id}/${method}${q ? `?${q}` : ""}`;
    return jsonRpcExchange(this.fetchFn, this.id, method, url, {}, this.limits);
  }

  /** Runs `parse` on a remote answer: anything it throws becomes a malformed provider_error. */
  private parse<T>(method: string, parse: () => T): T {
    try {
      return parse();
    } catch (e) {
      if (isMalformedAnswer(e)) throw e;
      throw malformed(this.id, `${method}: ${(e as Error)?.message ?? String(e)}`);
    }
  }

  async latestHeight(): Promise<bigint> {
    const s = await this.call("status");
    return this.parse("status", () => {
      const h = s?.sync_info?.latest_block_height;
      if (typeof h !== "string" || !/^\d{1,19}$/.test(h)) throw malformed(this.id, "status: latest_block_height");
      return BigInt(h);
    });
  }

  async lightBlock(height?: bigint): Promise<LightBlock> {
    const c = await this.call("commit", { height: height?.toString() });
    // json.ts refuses numbers outside their protobuf range (parts totals, round, block id flags).
    const signedHeader = this.parse("commit", () => ({ header: parseHeader(c?.signed_header?.header), commit: parseCommit(c?.signed_header?.commit) }));
    return { signedHeader, validatorSet: await this.validators(signedHeader.header.height) };
  }

  /**
   * All pages of a validator set. `total` must be an integer in (0, MAX_VALIDATORS]; at most
   * ceil(total/per_page) pages are read and more validators than `total` are refused, so a
   * hostile node cannot keep the client paging (and allocating) forever.
   */
  async validators(height: bigint): Promise<ValidatorSet> {
    const vals = [];
    let total: number | undefined;
    for (let page = 1; total === undefined || page <= Math.ceil(total / PER_PAGE); page++) {
      const r = await this.call("validators", { height: height.toString(), page: String(page), per_page: String(PER_PAGE) });
      const t = strictInt(r?.total, 1, MAX_VALIDATORS);
      if (t === undefined) throw malformed(this.id, `validators: total ${JSON.stringify(r?.total)} is not an integer in [1, ${MAX_VALIDATORS}]`);
      if (total !== undefined && t !== total) throw malformed(this.id, `validators: total changed from ${total} to ${t} between pages`);
      total = t;
      if (!Array.isArray(r.validators) || r.validators.length === 0) throw malformed(this.id, `validators: page ${page} is empty`);
      if (vals.length + r.validators.length > total) throw malformed(this.id, `validators: more than total ${total}`);
      vals.push(...this.parse("validators", () => (r.validators as unknown[]).map((v) => parseValidator(v as Record<string, unknown>))));
      if (vals.length === total) break;
    }
    if (vals.length !== total) throw malformed(this.id, `validators: ${vals.length} of ${total}`);
    return { validators: vals };
  }

  async abciQuery(path: string, data: Uint8Array, height?: bigint): Promise<AbciQueryResult> {
    const r = await this.call("abci_query", {
      path: JSON.stringify(path),
      data: `0x${toHex(data)}`,
      prove: "true",
      height: height?.toString(),
    });
    return this.parse("abci_query", () => {
      const res = r?.response;
      if (!isObj(res)) throw malformed(this.id, "abci_query: no response");
      const code = strictInt(res.code ?? 0, 0, 0xffffffff);
      if (code === undefined) throw malformed(this.id, "abci_query: code");
      const h = res.height ?? "0";
      if (typeof h !== "string" || !/^\d{1,19}$/.test(h)) throw malformed(this.id, "abci_query: height");
      const ops = res.proofOps?.ops ?? [];
      if (!Array.isArray(ops) || !ops.every(isObj)) throw malformed(this.id, "abci_query: proofOps");
      return {
        code,
        log: String(res.log ?? ""),
        height: BigInt(h),
        key: b64Field(res.key, "key"),
        value: res.value === null || res.value === undefined ? undefined : b64Field(res.value, "value"),
        proofOps: (ops as Array<{ type: unknown; key: unknown; data: unknown }>).map((o) => ({
          type: String(o?.type ?? ""),
          key: b64Field(o?.key, "proof op key"),
          data: b64Field(o?.data, "proof op data"),
        })),
      };
    });
  }
}
