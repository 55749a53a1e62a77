/**
 * JSON -> protobuf for the CLI: `{"typeUrl": "/x.y.MsgZ", "value": {...}}` messages encoded with the
 * cosmjs-types classes (Cosmos SDK messages the app routes) or the generated pogcs classes.
 * Field names are proto JSON camelCase; snake_case keys are converted for convenience. 64-bit
 * integers and LegacyDec atomics are strings, bytes are base64, enums their names. An `Any` field
 * may hold `{"typeUrl", "value": {...}}` with an object value: it is encoded recursively (e.g. the
 * messages of a gov MsgSubmitProposal).
 */
import * as bankTx from "cosmjs-types/cosmos/bank/v1beta1/tx";
import * as stakingTx from "cosmjs-types/cosmos/staking/v1beta1/tx";
import * as slashingTx from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import * as govV1Tx from "cosmjs-types/cosmos/gov/v1/tx";
import * as govV1beta1Tx from "cosmjs-types/cosmos/gov/v1beta1/tx";
import * as distrTx from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import * as nftTx from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { TextProposal } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { POGCS_MSG_TYPES } from "../../proto/registry.js";
import { InputError } from "./input-error.js";

/** Encodes a camelCase proto-JSON object to protobuf bytes; `fields` are its top-level field names. */
interface JsonEncoder {
  encode(json: Record<string, unknown>): Uint8Array;
  fields: string[];
}

interface CosmjsClass {
  typeUrl: string;
  fromJSON(o: unknown): unknown;
  fromPartial(o: unknown): object;
  encode(m: never): { finish(): Uint8Array };
}

function cosmjsClasses(): CosmjsClass[] {
  const out: CosmjsClass[] = [];
  for (const mod of [bankTx, stakingTx, slashingTx, govV1Tx, govV1beta1Tx, distrTx, nftTx]) {
    for (const [name, v] of Object.entries(mod)) {
      const c = v as Partial<CosmjsClass>;
      if (!name.startsWith("Msg") || name.endsWith("Response") || typeof c?.typeUrl !== "string" || typeof c.fromJSON !== "function") continue;
      out.push(c as CosmjsClass);
    }
  }
  out.push(TextProposal as unknown as CosmjsClass);
  return out;
}

const ENCODERS = new Map<string, JsonEncoder>();
for (const c of cosmjsClasses()) {
  ENCODERS.set(c.typeUrl, { encode: (j) => c.encode(c.fromJSON(j) as never).finish(), fields: Object.keys(c.fromPartial({})) });
}
for (const t of POGCS_MSG_TYPES) {
  const verify = (t.type as unknown as { verify?(o: unknown): string | null }).verify;
  ENCODERS.set(t.typeUrl, {
    encode: (j) => {
      const m = t.type.fromObject(j);
      const bad = verify?.call(t.type, m);
      if (bad) throw new InputError("MSG_INVALID", `${t.typeUrl}: ${bad}`, "check the field names and types against the proto definition in proto/pogcs/");
      return t.type.encode(m as never).finish();
    },
    fields: Object.keys(t.type.toObject(t.type.create({}) as never, { defaults: true })),
  });
}

/**
 * Refuses top-level keys the message does not have (a typo would otherwise encode as an empty
 * field): `code` with the list of the fields it has.
 */
export function checkFields(code: string, what: string, value: Record<string, unknown>, fields: string[]): void {
  const unknown = Object.keys(value).filter((k) => !fields.includes(k));
  if (unknown.length > 0) {
    throw new InputError(code, `${what} has no field ${unknown.map((k) => JSON.stringify(k)).join(", ")}`, `its fields are: ${fields.join(", ") || "(none)"}`);
  }
}

/** Every type URL this CLI can encode, sorted. */
export function encodableTypeUrls(): string[] {
  return [...ENCODERS.keys()].sort();
}

const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** snake_case keys -> camelCase, recursively (`@type` and already camelCase keys unchanged). */
export function camelKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(camelKeys);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [camel(k), camelKeys(x)]));
  return v;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Nested `{"typeUrl", "value": {object}}` become `{"typeUrl", "value": base64}`. */
function encodeNestedAnys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(encodeNestedAnys);
  if (!isObject(v)) return v;
  if (typeof v.typeUrl === "string" && isObject(v.value) && Object.keys(v).length === 2) {
    return { typeUrl: v.typeUrl, value: Buffer.from(encodeMsg(v.typeUrl, v.value).value).toString("base64") };
  }
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeNestedAnys(x)]));
}

/** One message as an Any; MSG_UNKNOWN_TYPE / MSG_INVALID for what cannot be encoded. */
export function encodeMsg(typeUrl: string, value: Record<string, unknown>): Any {
  const enc = ENCODERS.get(typeUrl);
  if (!enc) {
    throw new InputError(
      "MSG_UNKNOWN_TYPE",
      `no message type ${JSON.stringify(typeUrl)} (type URLs look like /cosmos.bank.v1beta1.MsgSend or /pogcs.amm.v1.MsgSwapExactIn)`,
      "`pogcsd query msg-types` lists the type URLs this CLI can encode",
    );
  }
  const json = camelKeys(value) as Record<string, unknown>;
  checkFields("MSG_INVALID", typeUrl, json, enc.fields);
  let bytes: Uint8Array;
  try {
    bytes = enc.encode(encodeNestedAnys(json) as Record<string, unknown>);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError("MSG_INVALID", `${typeUrl}: cannot encode the value: ${(e as Error).message}`, "give 64-bit integers as strings, bytes as base64 and enums by name");
  }
  return { typeUrl, value: bytes };
}

/** Parses the JSON argument of a command; JSON_INVALID with the parser's message. */
export function parseJsonArg(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError("JSON_INVALID", `${what} is not valid JSON: ${(e as Error).message}`, `quote the JSON for the shell, e.g. '{"address": "gcs1..."}'`);
  }
}

/** `{"typeUrl", "value"}` or an array of them -> the Anys of a tx body. */
export function parseMsgs(text: string): Any[] {
  const j = parseJsonArg(text, "the messages");
  const list = Array.isArray(j) ? j : [j];
  if (list.length === 0) throw new InputError("MSG_INVALID", "no messages given", `pass {"typeUrl": "/cosmos.bank.v1beta1.MsgSend", "value": {...}} or an array of those`);
  return list.map((m, i) => {
    const o = isObject(m) ? (camelKeys(m) as Record<string, unknown>) : undefined;
    if (!o || typeof o.typeUrl !== "string" || !isObject(o.value)) {
      throw new InputError("MSG_INVALID", `message ${i} is not {"typeUrl": "...", "value": {...}}`, `pass {"typeUrl": "/cosmos.bank.v1beta1.MsgSend", "value": {"fromAddress": "gcs1...", "toAddress": "gcs1...", "amount": [{"denom": "ugcs", "amount": "1"}]}}`);
    }
    return encodeMsg(o.typeUrl, o.value);
  });
}
