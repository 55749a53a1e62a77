import { Params as StakingParamsProto } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { Params as SlashingParamsProto, ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import type { KVReader, KVStore } from "../../chain/store/types.js";
import { parseAccAddress, parseValAddress, accAddress, valAddress } from "../../chain/codec/address.js";
import { concatBytes, prefixEnd } from "../../chain/crypto/bytes.js";
import * as K from "./keys.js";
import {
  consAddressOf, decodeDelegation, decodeRedelegation, decodeUnbonding, decodeValidator, encodeDelegation,
  encodeRedelegation, encodeUnbonding, encodeValidator,
  type DelegationRecord, type RedelegationRecord, type UnbondingRecord, type ValidatorRecord,
} from "./types.js";
import {
  DEFAULT_SLASHING_PARAMS, DEFAULT_STAKING_PARAMS, slashingParamsFromProto, slashingParamsToProto,
  stakingParamsFromProto, stakingParamsToProto, type SlashingParams, type StakingParams,
} from "./params.js";

export interface ReadCtx {
  kv(name: string): KVReader;
}

export interface WriteCtx {
  kv(name: string): KVStore;
}

function* scan(ctx: ReadCtx, prefix: Uint8Array): IterableIterator<[Uint8Array, Uint8Array]> {
  yield* ctx.kv(K.STAKING).iterate(prefix, prefixEnd(prefix));
}

/**
 * Typed rows of the staking store: every read and write of module state goes through here, so the
 * secondary indexes (by consensus address, by validator, maturity queues) never drift.
 * No rules live here; keeper methods enforce them.
 */
export const stakingStore = {
  params(ctx: ReadCtx): StakingParams {
    const s = ctx.kv(K.STAKING);
    const raw = s.get(K.PARAMS_KEY);
    if (!raw) return DEFAULT_STAKING_PARAMS;
    const ep = s.get(K.EPOCH_LENGTH_KEY);
    return stakingParamsFromProto(StakingParamsProto.decode(raw), ep ? K.readU64(ep) : DEFAULT_STAKING_PARAMS.epochLength);
  },
  setParams(ctx: WriteCtx, p: StakingParams): void {
    ctx.kv(K.STAKING).set(K.PARAMS_KEY, StakingParamsProto.encode(stakingParamsToProto(p)).finish());
    ctx.kv(K.STAKING).set(K.EPOCH_LENGTH_KEY, K.u64(p.epochLength));
  },
  slashingParams(ctx: ReadCtx): SlashingParams {
    const s = ctx.kv(K.STAKING);
    const raw = s.get(K.SLASHING_PARAMS_KEY);
    if (!raw) return DEFAULT_SLASHING_PARAMS;
    const ev = s.get(K.EVIDENCE_PARAMS_KEY);
    const evidence = ev
      ? { blocks: K.readU64(ev, 0), seconds: K.readU64(ev, 8) }
      : { blocks: DEFAULT_SLASHING_PARAMS.maxEvidenceAgeBlocks, seconds: DEFAULT_SLASHING_PARAMS.maxEvidenceAgeSeconds };
    return slashingParamsFromProto(SlashingParamsProto.decode(raw), evidence);
  },
  setSlashingParams(ctx: WriteCtx, p: SlashingParams): void {
    ctx.kv(K.STAKING).set(K.SLASHING_PARAMS_KEY, SlashingParamsProto.encode(slashingParamsToProto(p)).finish());
    ctx.kv(K.STAKING).set(K.EVIDENCE_PARAMS_KEY, concatBytes(K.u64(p.maxEvidenceAgeBlocks), K.u64(p.maxEvidenceAgeSeconds)));
  },

  getValidator(ctx: ReadCtx, operator: string): ValidatorRecord | undefined {
    const raw = ctx.kv(K.STAKING).get(K.validatorKey(parseValAddress(operator)));
    return raw ? decodeValidator(raw) : undefined;
  },
  /** Writes a validator and its consensus-address index (the key never changes). */
  setValidator(ctx: WriteCtx, v: ValidatorRecord): void {
    const op = parseValAddress(v.operator);
    ctx.kv(K.STAKING).set(K.validatorKey(op), encodeValidator(v));
    ctx.kv(K.STAKING).set(K.validatorByConsKey(consAddressOf(v.consPubKey)), op);
  },
  removeValidator(ctx: WriteCtx, v: ValidatorRecord): void {
    ctx.kv(K.STAKING).delete(K.validatorKey(parseValAddress(v.operator)));
    ctx.kv(K.STAKING).delete(K.validatorByConsKey(consAddressOf(v.consPubKey)));
  },
  operatorByCons(ctx: ReadCtx, cons: Uint8Array): string | undefined {
    const raw = ctx.kv(K.STAKING).get(K.validatorByConsKey(cons));
    return raw ? valAddress(raw) : undefined;
  },
  *iterateValidators(ctx: ReadCtx): IterableIterator<ValidatorRecord> {
    for (const [, v] of scan(ctx, K.VALIDATOR_PREFIX)) yield decodeValidator(v);
  },

  getDelegation(ctx: ReadCtx, delegator: string, validator: string): DelegationRecord | undefined {
    const raw = ctx.kv(K.STAKING).get(K.delegationKey(parseAccAddress(delegator), parseValAddress(validator)));
    return raw ? decodeDelegation(raw) : undefined;
  },
  /** Writes a delegation; zero shares delete it, so state holds no empty delegations. */
  setDelegation(ctx: WriteCtx, d: DelegationRecord): void {
    const key = K.delegationKey(parseAccAddress(d.delegator), parseValAddress(d.validator));
    if (d.shares === 0n) ctx.kv(K.STAKING).delete(key);
    else ctx.kv(K.STAKING).set(key, encodeDelegation(d));
  },
  *delegatorDelegations(ctx: ReadCtx, delegator: string): IterableIterator<DelegationRecord> {
    for (const [, v] of scan(ctx, K.delegationsByDelegatorPrefix(parseAccAddress(delegator)))) yield decodeDelegation(v);
  },
  *iterateDelegations(ctx: ReadCtx): IterableIterator<DelegationRecord> {
    for (const [, v] of scan(ctx, K.DELEGATION_PREFIX)) yield decodeDelegation(v);
  },

  getUnbonding(ctx: ReadCtx, delegator: string, validator: string): UnbondingRecord | undefined {
    const raw = ctx.kv(K.STAKING).get(K.ubdKey(parseAccAddress(delegator), parseValAddress(validator)));
    return raw ? decodeUnbonding(raw) : undefined;
  },
  /** Writes an unbonding delegation with its by-validator index; no entries deletes both. */
  setUnbonding(ctx: WriteCtx, u: UnbondingRecord): void {
    const del = parseAccAddress(u.delegator);
    const val = parseValAddress(u.validator);
    const s = ctx.kv(K.STAKING);
    if (u.entries.length === 0) {
      s.delete(K.ubdKey(del, val));
      s.delete(K.ubdByValKey(val, del));
      return;
    }
    s.set(K.ubdKey(del, val), encodeUnbonding(u));
    s.set(K.ubdByValKey(val, del), new Uint8Array([1]));
  },
  *delegatorUnbondings(ctx: ReadCtx, delegator: string): IterableIterator<UnbondingRecord> {
    for (const [, v] of scan(ctx, K.ubdsByDelegatorPrefix(parseAccAddress(delegator)))) yield decodeUnbonding(v);
  },
  *validatorUnbondings(ctx: ReadCtx, validator: string): IterableIterator<UnbondingRecord> {
    const val = parseValAddress(validator);
    for (const [k] of scan(ctx, K.ubdByValPrefix(val))) {
      const [, del] = K.splitLp(k);
      const raw = ctx.kv(K.STAKING).get(K.ubdKey(del!, val));
      if (raw) yield decodeUnbonding(raw);
    }
  },
  *iterateUnbondings(ctx: ReadCtx): IterableIterator<UnbondingRecord> {
    for (const [, v] of scan(ctx, K.UBD_PREFIX)) yield decodeUnbonding(v);
  },

  getRedelegation(ctx: ReadCtx, delegator: string, src: string, dst: string): RedelegationRecord | undefined {
    const raw = ctx.kv(K.STAKING).get(K.redKey(parseAccAddress(delegator), parseValAddress(src), parseValAddress(dst)));
    return raw ? decodeRedelegation(raw) : undefined;
  },
  setRedelegation(ctx: WriteCtx, r: RedelegationRecord): void {
    const del = parseAccAddress(r.delegator);
    const src = parseValAddress(r.src);
    const dst = parseValAddress(r.dst);
    const s = ctx.kv(K.STAKING);
    if (r.entries.length === 0) {
      s.delete(K.redKey(del, src, dst));
      s.delete(K.redBySrcKey(src, del, dst));
      s.delete(K.redByDstKey(dst, del, src));
      return;
    }
    s.set(K.redKey(del, src, dst), encodeRedelegation(r));
    s.set(K.redBySrcKey(src, del, dst), new Uint8Array([1]));
    s.set(K.redByDstKey(dst, del, src), new Uint8Array([1]));
  },
  *redelegationsFromValidator(ctx: ReadCtx, src: string): IterableIterator<RedelegationRecord> {
    const s = parseValAddress(src);
    for (const [k] of scan(ctx, K.redBySrcPrefix(s))) {
      const [, del, dst] = K.splitLp(k);
      const raw = ctx.kv(K.STAKING).get(K.redKey(del!, s, dst!));
      if (raw) yield decodeRedelegation(raw);
    }
  },
  /** Whether `delegator` has an unfinished redelegation INTO `dst` (the transitive check). */
  hasReceivingRedelegation(ctx: ReadCtx, delegator: string, dst: string): boolean {
    for (const _ of scan(ctx, K.redByDstDelPrefix(parseValAddress(dst), parseAccAddress(delegator)))) return true;
    return false;
  },
  *delegatorRedelegations(ctx: ReadCtx, delegator: string): IterableIterator<RedelegationRecord> {
    for (const [, v] of scan(ctx, K.redsByDelegatorPrefix(parseAccAddress(delegator)))) yield decodeRedelegation(v);
  },
  *iterateRedelegations(ctx: ReadCtx): IterableIterator<RedelegationRecord> {
    for (const [, v] of scan(ctx, K.RED_PREFIX)) yield decodeRedelegation(v);
  },

  enqueueUnbonding(ctx: WriteCtx, seconds: bigint, delegator: string, validator: string): void {
    ctx.kv(K.STAKING).set(K.ubdQueueKey(seconds, parseAccAddress(delegator), parseValAddress(validator)), new Uint8Array([1]));
  },
  enqueueRedelegation(ctx: WriteCtx, seconds: bigint, delegator: string, src: string, dst: string): void {
    ctx.kv(K.STAKING).set(K.redQueueKey(seconds, parseAccAddress(delegator), parseValAddress(src), parseValAddress(dst)), new Uint8Array([1]));
  },
  /** Removes and returns queue slots with time <= `seconds`, in maturity order. */
  dequeueMatured(ctx: WriteCtx, prefix: Uint8Array, seconds: bigint): Array<{ seconds: bigint; addrs: Uint8Array[] }> {
    const s = ctx.kv(K.STAKING);
    const end = concatBytes(prefix, K.u64(seconds + 1n));
    const keys = [...s.iterate(prefix, end)].map(([k]) => k);
    for (const k of keys) s.delete(k);
    return keys.map((k) => ({ seconds: K.readU64(k, 1), addrs: K.splitLp(k, 9) }));
  },

  lastPowers(ctx: ReadCtx): Map<string, bigint> {
    const out = new Map<string, bigint>();
    for (const [k, v] of scan(ctx, K.LAST_VALIDATOR_POWER_PREFIX)) out.set(valAddress(K.splitLp(k)[0]!), K.readU64(v));
    return out;
  },
  setLastPower(ctx: WriteCtx, operator: string, power: bigint): void {
    const key = K.lastPowerKey(parseValAddress(operator));
    if (power === 0n) ctx.kv(K.STAKING).delete(key);
    else ctx.kv(K.STAKING).set(key, K.u64(power));
  },
  lastTotalPower(ctx: ReadCtx): bigint {
    const raw = ctx.kv(K.STAKING).get(K.LAST_TOTAL_POWER_KEY);
    return raw ? K.readU64(raw) : 0n;
  },
  setLastTotalPower(ctx: WriteCtx, p: bigint): void {
    ctx.kv(K.STAKING).set(K.LAST_TOTAL_POWER_KEY, K.u64(p));
  },

  getSigningInfo(ctx: ReadCtx, cons: Uint8Array): ValidatorSigningInfo | undefined {
    const raw = ctx.kv(K.STAKING).get(K.signingInfoKey(cons));
    return raw ? ValidatorSigningInfo.decode(raw) : undefined;
  },
  setSigningInfo(ctx: WriteCtx, cons: Uint8Array, info: ValidatorSigningInfo): void {
    ctx.kv(K.STAKING).set(K.signingInfoKey(cons), ValidatorSigningInfo.encode(info).finish());
  },
  *iterateSigningInfos(ctx: ReadCtx): IterableIterator<ValidatorSigningInfo> {
    for (const [, v] of scan(ctx, K.SIGNING_INFO_PREFIX)) yield ValidatorSigningInfo.decode(v);
  },
  isMissed(ctx: ReadCtx, cons: Uint8Array, index: bigint): boolean {
    return ctx.kv(K.STAKING).has(K.missedBlockKey(cons, index));
  },
  setMissed(ctx: WriteCtx, cons: Uint8Array, index: bigint, missed: boolean): void {
    if (missed) ctx.kv(K.STAKING).set(K.missedBlockKey(cons, index), new Uint8Array([1]));
    else ctx.kv(K.STAKING).delete(K.missedBlockKey(cons, index));
  },
  missedIndexes(ctx: ReadCtx, cons: Uint8Array): bigint[] {
    return [...scan(ctx, K.missedBlockPrefix(cons))].map(([k]) => K.readU64(k, k.length - 8));
  },
  clearMissed(ctx: WriteCtx, cons: Uint8Array): void {
    const s = ctx.kv(K.STAKING);
    const keys = [...scan(ctx, K.missedBlockPrefix(cons))].map(([k]) => k);
    for (const k of keys) s.delete(k);
  },
};

/** The account (`gcs1…`) that operates a validator (`gcsvaloper1…`): same bytes, other prefix. */
export function operatorAccount(operator: string): string {
  return accAddress(parseValAddress(operator));
}
