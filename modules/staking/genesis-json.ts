import { formatUnixSeconds } from "../../chain/codec/time.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { decFromJson, decToJson } from "./dec.js";
import {
  BondStatus, ED25519_PUBKEY_TYPE, decodeConsPubKey, encodeConsPubKey,
  type DelegationRecord, type RedelegationRecord, type Time, type UnbondingRecord, type ValidatorRecord,
} from "./types.js";

/** SDK-shaped (proto-JSON, snake_case) forms of the staking records, for genesis import/export. */
export type Json = Record<string, any>;

export function b64(s: string): Uint8Array {
  return Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
}

export function toB64(b: Uint8Array): string {
  return btoa(String.fromCharCode(...b));
}

/** RFC 3339 as the SDK prints it ("2026-01-01T00:00:00Z", fraction only when non-zero). */
export function timeToJson(t: Time): string {
  return formatUnixSeconds(BigInt(t.seconds), t.nanos);
}

export function timeFromJson(s: unknown): Time {
  if (s === undefined || s === null || s === "") return { seconds: 0n, nanos: 0 };
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(String(s));
  if (!m) throw ErrInvalidRequest.raise(`invalid time ${JSON.stringify(s)}`);
  const ms = Date.parse(`${m[1]}Z`);
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos: m[2] ? Number(m[2].padEnd(9, "0")) : 0 };
}

const STATUS: Record<string, BondStatus> = {
  BOND_STATUS_UNSPECIFIED: BondStatus.BOND_STATUS_UNSPECIFIED,
  BOND_STATUS_UNBONDED: BondStatus.BOND_STATUS_UNBONDED,
  BOND_STATUS_UNBONDING: BondStatus.BOND_STATUS_UNBONDING,
  BOND_STATUS_BONDED: BondStatus.BOND_STATUS_BONDED,
};

export function statusToJson(s: BondStatus): string {
  return Object.keys(STATUS).find((k) => STATUS[k] === s) ?? "BOND_STATUS_UNSPECIFIED";
}

export function validatorToJson(v: ValidatorRecord): Json {
  return {
    operator_address: v.operator,
    consensus_pubkey: { "@type": ED25519_PUBKEY_TYPE, key: toB64(v.consPubKey) },
    jailed: v.jailed,
    status: statusToJson(v.status),
    tokens: v.tokens.toString(),
    delegator_shares: decToJson(v.shares),
    description: {
      moniker: v.description.moniker,
      identity: v.description.identity,
      website: v.description.website,
      security_contact: v.description.securityContact,
      details: v.description.details,
    },
    unbonding_height: v.unbondingHeight.toString(),
    unbonding_time: timeToJson(v.unbondingTime),
    commission: {
      commission_rates: { rate: decToJson(v.commission.rate), max_rate: decToJson(v.commission.maxRate), max_change_rate: decToJson(v.commission.maxChangeRate) },
      update_time: timeToJson(v.commission.updateTime),
    },
    min_self_delegation: v.minSelfDelegation.toString(),
    unbonding_on_hold_ref_count: "0",
    unbonding_ids: [],
  };
}

export function validatorFromJson(j: Json): ValidatorRecord {
  const pk = j["consensus_pubkey"] ?? {};
  const d = j["description"] ?? {};
  const c = j["commission"] ?? {};
  const r = c["commission_rates"] ?? {};
  const status = STATUS[String(j["status"] ?? "BOND_STATUS_UNBONDED")];
  if (status === undefined) throw ErrInvalidRequest.raise(`invalid validator status ${j["status"]}`);
  return {
    operator: String(j["operator_address"]),
    consPubKey: decodeConsPubKey(encodeConsPubKey(b64(String(pk["key"] ?? "")))),
    jailed: Boolean(j["jailed"]),
    status,
    tokens: BigInt(String(j["tokens"] ?? "0")),
    shares: decFromJson(String(j["delegator_shares"] ?? "0"), "delegator_shares"),
    description: {
      moniker: String(d["moniker"] ?? ""),
      identity: String(d["identity"] ?? ""),
      website: String(d["website"] ?? ""),
      securityContact: String(d["security_contact"] ?? ""),
      details: String(d["details"] ?? ""),
    },
    unbondingHeight: BigInt(String(j["unbonding_height"] ?? "0")),
    unbondingTime: timeFromJson(j["unbonding_time"]),
    commission: {
      rate: decFromJson(String(r["rate"] ?? "0"), "rate"),
      maxRate: decFromJson(String(r["max_rate"] ?? "0"), "max_rate"),
      maxChangeRate: decFromJson(String(r["max_change_rate"] ?? "0"), "max_change_rate"),
      updateTime: timeFromJson(c["update_time"]),
    },
    minSelfDelegation: BigInt(String(j["min_self_delegation"] ?? "1")),
  };
}

export function delegationToJson(d: DelegationRecord): Json {
  return { delegator_address: d.delegator, validator_address: d.validator, shares: decToJson(d.shares) };
}

export function delegationFromJson(j: Json): DelegationRecord {
  return { delegator: String(j["delegator_address"]), validator: String(j["validator_address"]), shares: decFromJson(String(j["shares"]), "shares") };
}

export function unbondingToJson(u: UnbondingRecord): Json {
  return {
    delegator_address: u.delegator,
    validator_address: u.validator,
    entries: u.entries.map((e) => ({
      creation_height: e.creationHeight.toString(),
      completion_time: timeToJson(e.completionTime),
      initial_balance: e.initialBalance.toString(),
      balance: e.balance.toString(),
      unbonding_id: "0",
      unbonding_on_hold_ref_count: "0",
    })),
  };
}

export function unbondingFromJson(j: Json): UnbondingRecord {
  return {
    delegator: String(j["delegator_address"]),
    validator: String(j["validator_address"]),
    entries: ((j["entries"] as Json[]) ?? []).map((e) => ({
      creationHeight: BigInt(String(e["creation_height"] ?? "0")),
      completionTime: timeFromJson(e["completion_time"]),
      initialBalance: BigInt(String(e["initial_balance"])),
      balance: BigInt(String(e["balance"])),
    })),
  };
}

export function redelegationToJson(r: RedelegationRecord): Json {
  return {
    delegator_address: r.delegator,
    validator_src_address: r.src,
    validator_dst_address: r.dst,
    entries: r.entries.map((e) => ({
      creation_height: e.creationHeight.toString(),
      completion_time: timeToJson(e.completionTime),
      initial_balance: e.initialBalance.toString(),
      shares_dst: decToJson(e.sharesDst),
      unbonding_id: "0",
      unbonding_on_hold_ref_count: "0",
    })),
  };
}

export function redelegationFromJson(j: Json): RedelegationRecord {
  return {
    delegator: String(j["delegator_address"]),
    src: String(j["validator_src_address"]),
    dst: String(j["validator_dst_address"]),
    entries: ((j["entries"] as Json[]) ?? []).map((e) => ({
      creationHeight: BigInt(String(e["creation_height"] ?? "0")),
      completionTime: timeFromJson(e["completion_time"]),
      initialBalance: BigInt(String(e["initial_balance"])),
      sharesDst: decFromJson(String(e["shares_dst"]), "shares_dst"),
    })),
  };
}
