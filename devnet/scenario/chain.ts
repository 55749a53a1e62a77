/**
 * Small client helpers for the scenario: messages encoded through the exported registry types,
 * ABCI queries decoded with the generated types, Msg...Response values out of a committed tx.
 */
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { pogcsMsgType } from "../../proto/registry.js";
import type { ChainRpc, TxOutcome } from "../agents/chain.js";

/** A pogcs message from a plain camelCase object (64-bit fields as strings). */
export function msg(typeUrl: string, value: Record<string, unknown>): Any {
  const t = pogcsMsgType(typeUrl);
  if (!t) throw new Error(`${typeUrl} is not a pogcs message type`);
  return { typeUrl, value: t.type.encode(t.type.fromObject(value) as never).finish() };
}

interface Decoder<T> {
  decode(b: Uint8Array): T;
}
interface Encoder {
  encode(m: never): { finish(): Uint8Array };
  fromObject?(o: Record<string, unknown>): unknown;
}

/** ABCI query with generated request/response types; undefined when the chain answers an error. */
export async function query<T>(rpc: ChainRpc, path: string, Req: Encoder, req: Record<string, unknown>, Res: Decoder<T>): Promise<T | undefined> {
  const m = Req.fromObject ? Req.fromObject(req) : req;
  const v = await rpc.query(path, Req.encode(m as never).finish());
  return v ? Res.decode(v) : undefined;
}

export async function balance(rpc: ChainRpc, address: string, denom: string): Promise<bigint> {
  const v = await rpc.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom }).finish());
  return v ? BigInt(QueryBalanceResponse.decode(v).balance?.amount ?? "0") : 0n;
}

/** The i-th Msg...Response of a committed tx, decoded. */
export function response<T>(out: TxOutcome, Res: Decoder<T>, i = 0): T {
  const any = TxMsgData.decode(Buffer.from(out.data ?? "", "base64")).msgResponses[i];
  if (!any) throw new Error(`tx ${out.hash} has no response ${i}`);
  return Res.decode(any.value);
}

export class StepError extends Error {}

/** Throws unless the tx was committed with code 0. */
export function ok(out: TxOutcome, what: string): TxOutcome {
  if (out.code !== 0) throw new StepError(`${what}: refused at ${out.stage} with ${out.codespace}/${out.code}: ${out.log}`);
  return out;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the chain is past the end of the current devices epoch (epoch-end work done). */
export async function nextEpoch(rpc: ChainRpc, epochLength: bigint, timeoutMs = 60_000): Promise<number> {
  const h = BigInt(await rpc.height());
  const end = ((h + epochLength - 1n) / epochLength) * epochLength; // the current epoch's last height
  const target = Number((end === h ? h + epochLength : end) + 1n);
  const t0 = Date.now();
  while ((await rpc.height()) < target) {
    if (Date.now() - t0 > timeoutMs) throw new StepError(`height ${target} not reached in ${timeoutMs} ms`);
    await sleep(100);
  }
  return target;
}

export interface FoundEvent {
  height: number;
  type: string;
  attrs: Record<string, string>;
}

/** Finalize-block (begin/end block) events of `type` in heights [from, to]. */
export async function blockEvents(rpc: ChainRpc, from: number, to: number, type: string): Promise<FoundEvent[]> {
  const out: FoundEvent[] = [];
  for (let h = Math.max(1, from); h <= to; h++) {
    const r = await rpc.call<{ finalize_block_events?: Array<{ type: string; attributes: Array<{ key: string; value: string }> }> }>("block_results", { height: String(h) });
    for (const e of r.finalize_block_events ?? []) {
      if (e.type === type) out.push({ height: h, type, attrs: Object.fromEntries(e.attributes.map((a) => [a.key, a.value])) });
    }
  }
  return out;
}
