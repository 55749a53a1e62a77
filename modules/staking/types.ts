import {
  BondStatus, Delegation, Description, Redelegation, UnbondingDelegation, Validator,
} from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { sha256 } from "../../chain/crypto/hash.js";
import { toBech32 } from "../../chain/codec/address.js";
import { ErrEmptyValidatorPubKey, ErrValidatorPubKeyTypeNotSupported } from "./errors.js";

export { BondStatus };
export type { Description };

export const ED25519_PUBKEY_TYPE = "/cosmos.crypto.ed25519.PubKey";
export const VALCONS_PREFIX = "gcsvalcons";

/** A protobuf Timestamp's parts. */
export interface Time {
  seconds: bigint;
  nanos: number;
}

/** Block time of a context as a Timestamp. */
export function nowOf(ctx: { block: { timeSeconds: bigint; timeNanos: number } }): Time {
  return { seconds: ctx.block.timeSeconds, nanos: ctx.block.timeNanos };
}

export function isTimeReached(t: Time, now: Time): boolean {
  return t.seconds < now.seconds || (t.seconds === now.seconds && t.nanos <= now.nanos);
}

export interface CommissionState {
  rate: bigint;
  maxRate: bigint;
  maxChangeRate: bigint;
  updateTime: Time;
}

/** A validator as staking keeps it; stored as the SDK's protobuf Validator. */
export interface ValidatorRecord {
  operator: string;
  consPubKey: Uint8Array;
  jailed: boolean;
  status: BondStatus;
  tokens: bigint;
  /** Delegator shares, sdk.Dec atomics. */
  shares: bigint;
  description: Description;
  unbondingHeight: bigint;
  unbondingTime: Time;
  commission: CommissionState;
  minSelfDelegation: bigint;
}

export interface DelegationRecord {
  delegator: string;
  validator: string;
  shares: bigint;
}

export interface UnbondingEntry {
  creationHeight: bigint;
  completionTime: Time;
  initialBalance: bigint;
  balance: bigint;
}

export interface UnbondingRecord {
  delegator: string;
  validator: string;
  entries: UnbondingEntry[];
}

export interface RedelegationEntryState {
  creationHeight: bigint;
  completionTime: Time;
  initialBalance: bigint;
  sharesDst: bigint;
}

export interface RedelegationRecord {
  delegator: string;
  src: string;
  dst: string;
  entries: RedelegationEntryState[];
}

/** CometBFT address of an ed25519 key: sha256(pub)[:20]. */
export function consAddressOf(pubKey: Uint8Array): Uint8Array {
  return sha256(pubKey).subarray(0, 20);
}

export function valconsAddress(cons: Uint8Array): string {
  return toBech32(VALCONS_PREFIX, cons);
}

export function encodeConsPubKey(key: Uint8Array): Any {
  return { typeUrl: ED25519_PUBKEY_TYPE, value: Ed25519PubKey.encode({ key }).finish() };
}

/** The ed25519 key inside a consensus-pubkey Any; only ed25519 (32 bytes) is accepted. */
export function decodeConsPubKey(any: Any | undefined): Uint8Array {
  if (!any || any.value.length === 0) throw ErrEmptyValidatorPubKey.raise();
  if (any.typeUrl !== ED25519_PUBKEY_TYPE) throw ErrValidatorPubKeyTypeNotSupported.raise(`got: ${any.typeUrl}, expected: [ed25519]`);
  let key: Uint8Array;
  try {
    key = Ed25519PubKey.decode(any.value).key;
  } catch {
    throw ErrValidatorPubKeyTypeNotSupported.raise("malformed ed25519 public key");
  }
  if (key.length !== 32) throw ErrValidatorPubKeyTypeNotSupported.raise(`ed25519 public key has ${key.length} bytes, expected 32`);
  return key;
}

export function validatorToProto(v: ValidatorRecord): Validator {
  return {
    operatorAddress: v.operator,
    consensusPubkey: encodeConsPubKey(v.consPubKey),
    jailed: v.jailed,
    status: v.status,
    tokens: v.tokens.toString(),
    delegatorShares: v.shares.toString(),
    description: v.description,
    unbondingHeight: v.unbondingHeight,
    unbondingTime: v.unbondingTime,
    commission: {
      commissionRates: { rate: v.commission.rate.toString(), maxRate: v.commission.maxRate.toString(), maxChangeRate: v.commission.maxChangeRate.toString() },
      updateTime: v.commission.updateTime,
    },
    minSelfDelegation: v.minSelfDelegation.toString(),
    unbondingOnHoldRefCount: 0n,
    unbondingIds: [],
  };
}

export function validatorFromProto(p: Validator): ValidatorRecord {
  return {
    operator: p.operatorAddress,
    consPubKey: decodeConsPubKey(p.consensusPubkey),
    jailed: p.jailed,
    status: p.status,
    tokens: BigInt(p.tokens),
    shares: BigInt(p.delegatorShares),
    description: p.description,
    unbondingHeight: p.unbondingHeight,
    unbondingTime: p.unbondingTime,
    commission: {
      rate: BigInt(p.commission.commissionRates.rate),
      maxRate: BigInt(p.commission.commissionRates.maxRate),
      maxChangeRate: BigInt(p.commission.commissionRates.maxChangeRate),
      updateTime: p.commission.updateTime,
    },
    minSelfDelegation: BigInt(p.minSelfDelegation),
  };
}

export const encodeValidator = (v: ValidatorRecord) => Validator.encode(validatorToProto(v)).finish();
export const decodeValidator = (b: Uint8Array) => validatorFromProto(Validator.decode(b));

export function delegationToProto(d: DelegationRecord): Delegation {
  return { delegatorAddress: d.delegator, validatorAddress: d.validator, shares: d.shares.toString() };
}

export const encodeDelegation = (d: DelegationRecord) => Delegation.encode(delegationToProto(d)).finish();
export function decodeDelegation(b: Uint8Array): DelegationRecord {
  const p = Delegation.decode(b);
  return { delegator: p.delegatorAddress, validator: p.validatorAddress, shares: BigInt(p.shares) };
}

export function unbondingToProto(u: UnbondingRecord): UnbondingDelegation {
  return {
    delegatorAddress: u.delegator,
    validatorAddress: u.validator,
    entries: u.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTime: e.completionTime,
      initialBalance: e.initialBalance.toString(),
      balance: e.balance.toString(),
      unbondingId: 0n,
      unbondingOnHoldRefCount: 0n,
    })),
  };
}

export const encodeUnbonding = (u: UnbondingRecord) => UnbondingDelegation.encode(unbondingToProto(u)).finish();
export function decodeUnbonding(b: Uint8Array): UnbondingRecord {
  const p = UnbondingDelegation.decode(b);
  return {
    delegator: p.delegatorAddress,
    validator: p.validatorAddress,
    entries: p.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTime: e.completionTime,
      initialBalance: BigInt(e.initialBalance),
      balance: BigInt(e.balance),
    })),
  };
}

export function redelegationToProto(r: RedelegationRecord): Redelegation {
  return {
    delegatorAddress: r.delegator,
    validatorSrcAddress: r.src,
    validatorDstAddress: r.dst,
    entries: r.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTime: e.completionTime,
      initialBalance: e.initialBalance.toString(),
      sharesDst: e.sharesDst.toString(),
      unbondingId: 0n,
      unbondingOnHoldRefCount: 0n,
    })),
  };
}

export const encodeRedelegation = (r: RedelegationRecord) => Redelegation.encode(redelegationToProto(r)).finish();
export function decodeRedelegation(b: Uint8Array): RedelegationRecord {
  const p = Redelegation.decode(b);
  return {
    delegator: p.delegatorAddress,
    src: p.validatorSrcAddress,
    dst: p.validatorDstAddress,
    entries: p.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTime: e.completionTime,
      initialBalance: BigInt(e.initialBalance),
      sharesDst: BigInt(e.sharesDst),
    })),
  };
}
