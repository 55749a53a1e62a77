/**
 * Small raw-RPC helpers for the end-to-end tests: JSON-RPC over fetch, ABCI queries decoded
 * with cosmjs-types, and MsgSend txs signed with the node's own buildSignedTx.
 */
import { createHash } from "node:crypto";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { QueryBalanceRequest, QueryBalanceResponse, QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { buildSignedTx, type TxSigner } from "../../node/client/build-tx.js";

export interface JsonRpcReply<T = any> {
  jsonrpc: string;
  id: string | number | null;
  result?: T;
  error?: { code: number; message: string; data?: string };
}

/** POSTs one JSON-RPC request (or a raw body) and returns the HTTP status and parsed reply. */
export async function postRaw(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, headers: res.headers };
}

/** JSON-RPC call; returns the whole reply (result or error) after checking the envelope. */
export async function rpcReply<T = any>(url: string, method: string, params: Record<string, unknown> = {}, id: string | number = 1): Promise<JsonRpcReply<T>> {
  const { status, json } = await postRaw(url, { jsonrpc: "2.0", id, method, params });
  if (status !== 200) throw new Error(`${method}: HTTP ${status}: ${JSON.stringify(json)}`);
  return json as JsonRpcReply<T>;
}

/** JSON-RPC call that must succeed. */
export async function rpc<T = any>(url: string, method: string, params: Record<string, unknown> = {}): Promise<T> {
  const r = await rpcReply<T>(url, method, params);
  if (r.error) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.result as T;
}

/** GET /<method>?<query> (CometBFT URI form); `query` is appended verbatim. */
export async function uriGet<T = any>(url: string, method: string, query = ""): Promise<{ status: number; json: JsonRpcReply<T> }> {
  const res = await fetch(`${url}/${method}${query ? `?${query}` : ""}`, { signal: AbortSignal.timeout(20_000) });
  return { status: res.status, json: (await res.json()) as JsonRpcReply<T> };
}

export interface AbciResponse {
  code: number;
  log: string;
  codespace: string;
  value: Uint8Array;
  height: string;
}

export async function abciQuery(url: string, path: string, data: Uint8Array, height?: bigint): Promise<AbciResponse> {
  const params: Record<string, unknown> = { path, data: Buffer.from(data).toString("hex"), prove: false };
  if (height !== undefined) params.height = height.toString();
  const r = await rpc<{ response: { code: number; log: string; codespace: string; value: string | null; height: string } }>(url, "abci_query", params);
  return { ...r.response, value: new Uint8Array(Buffer.from(r.response.value ?? "", "base64")) };
}

export async function getAccount(url: string, address: string): Promise<{ accountNumber: bigint; sequence: bigint }> {
  const r = await abciQuery(url, "/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address }).finish());
  if (r.code !== 0) throw new Error(`account ${address}: code ${r.code}: ${r.log}`);
  const any = QueryAccountResponse.decode(r.value).account!;
  const acc = BaseAccount.decode(any.value);
  return { accountNumber: acc.accountNumber, sequence: acc.sequence };
}

export async function getBalance(url: string, address: string, denom = "ugcs"): Promise<bigint> {
  const r = await abciQuery(url, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom }).finish());
  if (r.code !== 0) throw new Error(`balance ${address}: code ${r.code}: ${r.log}`);
  return BigInt(QueryBalanceResponse.decode(r.value).balance?.amount ?? "0");
}

export async function getSupply(url: string, denom = "ugcs"): Promise<bigint> {
  const r = await abciQuery(url, "/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest.encode({ denom }).finish());
  if (r.code !== 0) throw new Error(`supply ${denom}: code ${r.code}: ${r.log}`);
  return BigInt(QuerySupplyOfResponse.decode(r.value).amount?.amount ?? "0");
}

export async function getHeight(url: string): Promise<number> {
  const s = await rpc<{ sync_info: { latest_block_height: string } }>(url, "status");
  return Number(s.sync_info.latest_block_height);
}

export async function waitForHeight(url: string, min: number, timeoutMs = 15_000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const h = await getHeight(url);
    if (h >= min) return h;
    if (Date.now() - t0 > timeoutMs) throw new Error(`height ${h} did not reach ${min} within ${timeoutMs} ms`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface SendOptions {
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
  to: string;
  amount: bigint;
  fee?: bigint;
  gas?: bigint;
  memo?: string;
  denom?: string;
}

/** A signed TxRaw with one MsgSend from the signer. */
export function makeSendTx(signer: TxSigner & { address: string }, o: SendOptions): Uint8Array {
  const denom = o.denom ?? "ugcs";
  const msg = {
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: MsgSend.encode({ fromAddress: signer.address, toAddress: o.to, amount: [{ denom, amount: o.amount.toString() }] }).finish(),
  };
  return buildSignedTx(signer, {
    messages: [msg],
    memo: o.memo ?? "",
    fee: [{ denom, amount: (o.fee ?? 5000n).toString() }],
    gasLimit: o.gas ?? 200_000n,
    chainId: o.chainId,
    accountNumber: o.accountNumber,
    sequence: o.sequence,
  });
}

/** CometBFT tx hash: upper-case hex sha256 of the raw tx bytes. */
export function txHash(tx: Uint8Array): string {
  return createHash("sha256").update(tx).digest("hex").toUpperCase();
}

export const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");

/** Polls tx_search for a hash until it is committed; returns the tx_search entry. */
export async function waitForTx(url: string, hash: string, timeoutMs = 15_000): Promise<any> {
  const t0 = Date.now();
  for (;;) {
    const r = await rpc<{ txs: any[] }>(url, "tx_search", { query: `tx.hash='${hash}'` });
    if (r.txs.length > 0) return r.txs[0];
    if (Date.now() - t0 > timeoutMs) throw new Error(`tx ${hash} not committed within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** The pogcs supply ledger (genesis supply, emitted, burned, fees collected) at one height. */
export async function getLedger(url: string, height?: bigint): Promise<{ height: bigint; genesisSupply: bigint; emitted: bigint; burned: bigint; feesCollected: bigint }> {
  const { pogcs } = await import("../../proto/gen/pogcs.js");
  const r = await abciQuery(url, "/pogcs.pogcs.v1.Query/Ledger", new Uint8Array(), height);
  if (r.code !== 0) throw new Error(`pogcs ledger: code ${r.code}: ${r.log}`);
  const l = pogcs.pogcs.v1.QueryLedgerResponse.decode(r.value).ledger!;
  const n = (s: string | null | undefined) => BigInt(s || "0");
  return { height: BigInt(r.height), genesisSupply: n(l.genesisSupply), emitted: n(l.emitted), burned: n(l.burned), feesCollected: n(l.feesCollected) };
}

export async function getSupplyAt(url: string, height: bigint, denom = "ugcs"): Promise<bigint> {
  const r = await abciQuery(url, "/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest.encode({ denom }).finish(), height);
  if (r.code !== 0) throw new Error(`supply ${denom}: code ${r.code}: ${r.log}`);
  return BigInt(QuerySupplyOfResponse.decode(r.value).amount?.amount ?? "0");
}
