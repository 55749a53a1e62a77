import { Any } from "cosmjs-types/google/protobuf/any";
import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { MsgSend, MsgMultiSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import {
  MsgCreateValidator, MsgEditValidator, MsgDelegate, MsgUndelegate, MsgBeginRedelegate,
} from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";

/** A protobuf codec as cosmjs-types generates them. */
export interface JsonCodec {
  decode(b: Uint8Array): unknown;
  toJSON(m: never): unknown;
}

/** Types an Any may hold in REST answers; unknown ones stay `{"@type", "value": base64}`. */
const ANY_TYPES = new Map<string, JsonCodec>([
  ["/cosmos.auth.v1beta1.BaseAccount", BaseAccount as unknown as JsonCodec],
  ["/cosmos.auth.v1beta1.ModuleAccount", ModuleAccount as unknown as JsonCodec],
  ["/cosmos.crypto.secp256k1.PubKey", Secp256k1PubKey as unknown as JsonCodec],
  ["/cosmos.crypto.ed25519.PubKey", Ed25519PubKey as unknown as JsonCodec],
  ["/cosmos.bank.v1beta1.MsgSend", MsgSend as unknown as JsonCodec],
  ["/cosmos.bank.v1beta1.MsgMultiSend", MsgMultiSend as unknown as JsonCodec],
  ["/cosmos.staking.v1beta1.MsgCreateValidator", MsgCreateValidator as unknown as JsonCodec],
  ["/cosmos.staking.v1beta1.MsgEditValidator", MsgEditValidator as unknown as JsonCodec],
  ["/cosmos.staking.v1beta1.MsgDelegate", MsgDelegate as unknown as JsonCodec],
  ["/cosmos.staking.v1beta1.MsgUndelegate", MsgUndelegate as unknown as JsonCodec],
  ["/cosmos.staking.v1beta1.MsgBeginRedelegate", MsgBeginRedelegate as unknown as JsonCodec],
  ["/cosmos.slashing.v1beta1.MsgUnjail", MsgUnjail as unknown as JsonCodec],
  ["/cosmos.tx.v1beta1.Tx", Tx as unknown as JsonCodec],
]);

export function registerAnyType(typeUrl: string, codec: JsonCodec): void {
  ANY_TYPES.set(typeUrl, codec);
}

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Fields that are sdk.LegacyDec: protobuf carries 18-decimal atomics ("1000000000000000000"),
 * the SDK's JSON shows the decimal ("1.000000000000000000"). Keplr and explorers read the latter.
 */
const DEC_FIELDS = new Set([
  "delegator_shares", "shares", "rate", "max_rate", "max_change_rate", "min_commission_rate",
  "min_signed_per_window", "slash_fraction_double_sign", "slash_fraction_downtime",
  // gov v1beta1 vote weights (v1 weights are already decimals and pass through unchanged).
  "weight",
]);

export function decFromAtomics(atomics: string): string {
  const neg = atomics.startsWith("-");
  const digits = (neg ? atomics.slice(1) : atomics).padStart(19, "0");
  return `${neg ? "-" : ""}${digits.slice(0, -18)}.${digits.slice(-18)}`;
}

/**
 * cosmjs-types `toJSON` output -> the proto JSON grpc-gateway serves (what Keplr and explorers
 * read): snake_case field names, Any expanded to `{"@type": url, ...fields}`.
 */
export function toGatewayJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(toGatewayJson);
  if (v === null || typeof v !== "object") return v;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o.typeUrl === "string" && typeof o.value === "string") {
    const codec = ANY_TYPES.get(o.typeUrl);
    if (codec) {
      try {
        const inner = toGatewayJson(codec.toJSON(codec.decode(new Uint8Array(Buffer.from(o.value, "base64"))) as never));
        return { "@type": o.typeUrl, ...(inner as Record<string, unknown>) };
      } catch {
        // fall through: show the raw Any
      }
    }
    return { "@type": o.typeUrl, value: o.value };
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (o[k] === undefined) continue;
    const name = snake(k);
    const val = o[k];
    out[name] = DEC_FIELDS.has(name) && typeof val === "string" && /^-?[0-9]+$/.test(val) ? decFromAtomics(val) : toGatewayJson(val);
  }
  return out;
}

export function anyToGatewayJson(a: Any): unknown {
  return toGatewayJson(Any.toJSON(a));
}
