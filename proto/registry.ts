/**
 * The PoGCS message types for client libraries: every `pogcs.<module>.v1.Msg*` in the generated
 * bundle, ready for CosmJS (`new Registry([...defaultRegistryTypes, ...pogcsRegistryTypes])`), and
 * one generic legacy Amino JSON form for them (`pogcsAminoConverters()` for CosmJS `AminoTypes`),
 * which the chain uses too when it builds SIGN_MODE_LEGACY_AMINO_JSON sign bytes. Pure: no I/O.
 *
 * Amino form of a pogcs message (the SDK's aminojson rules for protobuf messages): type
 * `pogcs/<module>/<MsgName>`; value = the message with proto field names (snake_case), empty
 * fields omitted, 64-bit integers as decimal strings, bytes as base64, enums as numbers.
 */
import { MsgSend as NftMsgSend } from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { MsgUpdateParams as StakingMsgUpdateParams } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgCommunityPoolSpend } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { pogcs } from "./gen/pogcs.js";

/** The static class protobufjs generates; CosmJS accepts it as a PbjsGeneratedType. */
export interface PbjsMessageType {
  create(properties?: Record<string, unknown>): unknown;
  encode(message: never, writer?: unknown): { finish(): Uint8Array };
  decode(input: Uint8Array, length?: number): unknown;
  fromObject(object: Record<string, unknown>): unknown;
  toObject(message: never, options?: Record<string, unknown>): Record<string, unknown>;
}

export interface PogcsMsgType {
  typeUrl: string;
  module: string;
  name: string;
  aminoType: string;
  type: PbjsMessageType;
}

function collect(): PogcsMsgType[] {
  const out: PogcsMsgType[] = [];
  const root = pogcs as unknown as Record<string, Record<string, Record<string, unknown>>>;
  for (const module of Object.keys(root).sort()) {
    const v1 = root[module]?.v1;
    if (!v1) continue;
    for (const name of Object.keys(v1).sort()) {
      if (!name.startsWith("Msg") || name.endsWith("Response")) continue;
      const type = v1[name] as PbjsMessageType;
      if (typeof type?.encode !== "function" || typeof type.fromObject !== "function") continue;
      out.push({ typeUrl: `/pogcs.${module}.v1.${name}`, module, name, aminoType: `pogcs/${module}/${name}`, type });
    }
  }
  return out;
}

export const POGCS_MSG_TYPES: readonly PogcsMsgType[] = collect();
const byTypeUrl = new Map(POGCS_MSG_TYPES.map((t) => [t.typeUrl, t]));
const byAminoType = new Map(POGCS_MSG_TYPES.map((t) => [t.aminoType, t]));

/** `[typeUrl, type]` pairs for CosmJS `new Registry(...)`. */
export const pogcsRegistryTypes: ReadonlyArray<[string, PbjsMessageType]> = POGCS_MSG_TYPES.map((t) => [t.typeUrl, t.type]);

/** Cosmos SDK messages the app routes that CosmJS's `defaultRegistryTypes` lacks. */
export const cosmosExtraRegistryTypes: ReadonlyArray<[string, typeof NftMsgSend | typeof MsgUnjail | typeof StakingMsgUpdateParams | typeof MsgCommunityPoolSpend]> = [
  ["/cosmos.nft.v1beta1.MsgSend", NftMsgSend],
  ["/cosmos.slashing.v1beta1.MsgUnjail", MsgUnjail],
  // Governance-only messages, carried inside MsgSubmitProposal.
  ["/cosmos.staking.v1beta1.MsgUpdateParams", StakingMsgUpdateParams],
  ["/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", MsgCommunityPoolSpend],
];

export function pogcsMsgType(typeUrl: string): PogcsMsgType | undefined {
  return byTypeUrl.get(typeUrl);
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function rekey(v: unknown, f: (k: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => rekey(x, f));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [f(k), rekey(x, f)]));
  return v;
}

/** Drops empty values the way amino's omitempty does: "", "0"-valued longs stay strings only when set. */
function omitEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(omitEmpty);
  if (v && typeof v === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (x === undefined || x === null || x === "" || x === false || x === 0 || x === "0") continue;
      if (Array.isArray(x) && x.length === 0) continue;
      o[k] = omitEmpty(x);
    }
    return o;
  }
  return v;
}

const TO_OBJECT = { longs: String, enums: Number, bytes: String, defaults: false, arrays: false, objects: false } as const;

/** Amino JSON of an encoded pogcs message, or undefined for a type URL that is not ours. */
export function pogcsAminoJson(typeUrl: string, value: Uint8Array): { type: string; value: unknown } | undefined {
  const t = byTypeUrl.get(typeUrl);
  if (!t) return undefined;
  const obj = t.type.toObject(t.type.decode(value) as never, TO_OBJECT as unknown as Record<string, unknown>);
  return { type: t.aminoType, value: omitEmpty(rekey(obj, snake)) };
}

export interface AminoConverter {
  aminoType: string;
  toAmino(value: unknown): unknown;
  fromAmino(value: unknown): unknown;
}

/**
 * Converters for CosmJS `new AminoTypes({...createDefaultAminoConverters(), ...pogcsAminoConverters()})`.
 * `toAmino` takes the message object CosmJS holds (protobufjs instance or plain camelCase object).
 */
export function pogcsAminoConverters(): Record<string, AminoConverter> {
  const out: Record<string, AminoConverter> = {};
  for (const t of POGCS_MSG_TYPES) {
    out[t.typeUrl] = {
      aminoType: t.aminoType,
      toAmino: (value) => {
        const bytes = t.type.encode(t.type.fromObject(value as Record<string, unknown>) as never).finish();
        return pogcsAminoJson(t.typeUrl, bytes)!.value;
      },
      fromAmino: (value) => t.type.fromObject(rekey(value, camel) as Record<string, unknown>),
    };
  }
  return out;
}

/** The type URL of an amino type name, for decoding signed amino docs. */
export function typeUrlOfAminoType(aminoType: string): string | undefined {
  return byAminoType.get(aminoType)?.typeUrl;
}
