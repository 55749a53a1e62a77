import { ErrUnauthorized } from "../errors/index.js";
import type { DecodedTx } from "./decode.js";
import type { MsgSpec } from "../app/module.js";
import { pogcsAminoJson } from "../../proto/registry.js";

/** A message in legacy Amino JSON form: `{type: "cosmos-sdk/MsgSend", value: {...}}`. */
export interface AminoMsg {
  type: string;
  value: unknown;
}

/**
 * Canonical JSON as the SDK's legacy amino signer (and CosmJS `serializeSignDoc`) writes it:
 * keys sorted at every level, no spaces, and `&`, `<`, `>` escaped as \u0026, \u003c, \u003e.
 */
export function canonicalJson(v: unknown): string {
  const sort = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sort);
    if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .filter((k) => o[k] !== undefined)
          .sort()
          .map((k) => [k, sort(o[k])]),
      );
    }
    return x;
  };
  return JSON.stringify(sort(v)).replace(/&/g, "\\u0026").replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}

/**
 * The amino form of one encoded message: its spec's hand-written form (cosmos messages), else the
 * generic form client libraries share for pogcs.* messages; refused (code 4) when it has neither.
 * `decoded` saves a second decode when the caller already has the message.
 */
export function aminoMsgOf(spec: MsgSpec<unknown> | undefined, typeUrl: string, value: Uint8Array, decoded?: unknown): AminoMsg {
  if (spec?.aminoJson) return spec.aminoJson(decoded ?? spec.decode(value));
  const generic = pogcsAminoJson(typeUrl, value);
  if (!generic) throw ErrUnauthorized.raise(`${typeUrl} has no amino JSON form; sign it with SIGN_MODE_DIRECT`);
  return generic;
}

/**
 * SIGN_MODE_LEGACY_AMINO_JSON sign bytes (StdSignDoc) for a decoded tx. Every message must have
 * an amino form; a message without one cannot be signed this way (code 4).
 */
export function makeAminoSignBytes(tx: DecodedTx, chainId: string, accountNumber: bigint, sequence: bigint): Uint8Array {
  const msgs = tx.msgs.map((m) => aminoMsgOf(m.spec, m.typeUrl, m.value, m.msg));
  const fee: Record<string, unknown> = {
    amount: tx.fee.amount.map((c) => ({ amount: c.amount.toString(), denom: c.denom })),
    gas: tx.fee.gasLimit.toString(),
  };
  if (tx.fee.payer) fee.payer = tx.fee.payer;
  if (tx.fee.granter) fee.granter = tx.fee.granter;
  const doc: Record<string, unknown> = {
    account_number: accountNumber.toString(),
    chain_id: chainId,
    fee,
    memo: tx.body.memo,
    msgs,
    sequence: sequence.toString(),
  };
  if (tx.body.timeoutHeight > 0n) doc.timeout_height = tx.body.timeoutHeight.toString();
  return new TextEncoder().encode(canonicalJson(doc));
}
