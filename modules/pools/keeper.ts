import type { Context } from "../../chain/app/context.js";
import { fromUtf8, prefixEnd, utf8 } from "../../chain/crypto/bytes.js";
import { INDEX_MARKER } from "../../chain/store/cache.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { epochOf } from "../devices/epochs.js";
import type { PoolsBankKeeper, PoolsDevicesReader, ReadCtx } from "./expected-keepers.js";
import * as K from "./keys.js";
import type { SlotCommitGuard } from "./slots.js";
import { DEFAULT_POOLS_PARAMS, paramsFromProto, paramsToProto, type PoolsParams } from "./params.js";
import {
  applicationFromProto, applicationToProto, commitmentFromProto, commitmentToProto, memberFromProto, memberToProto, poolFromProto, poolToProto,
  withdrawalFromProto, withdrawalToProto, type Application, type Commitment, type Member, type Pool, type SlotLedger, type Withdrawal,
} from "./types.js";

import P = pogcs.pools.v1;

/** The module account: holds pool assets; mints and burns hour-slot tokens. */
export const POOLS_MODULE_ACCOUNT = "pools";

const enc = (n: bigint): Uint8Array => utf8(n.toString());
const dec = (b: Uint8Array | undefined): bigint => (b ? BigInt(fromUtf8(b)) : 0n);

function* scan(ctx: ReadCtx, prefix: Uint8Array): IterableIterator<[Uint8Array, Uint8Array]> {
  yield* ctx.kv(K.POOLS).iterate(prefix, prefixEnd(prefix));
}

/** Pools state: typed reads and writes of every record and index (rules live in the process* files). */
export class PoolsKeeper {
  /** Set by the app once the market exists: refuses slot commitments that break accepted contracts. */
  commitGuard: SlotCommitGuard | undefined;

  constructor(readonly bank: PoolsBankKeeper, readonly devices: PoolsDevicesReader) {}

  params(ctx: ReadCtx): PoolsParams {
    const raw = ctx.kv(K.POOLS).get(K.PARAMS_KEY);
    return raw ? paramsFromProto(P.Params.decode(raw)) : DEFAULT_POOLS_PARAMS;
  }

  setParams(ctx: Context, p: PoolsParams): void {
    ctx.kv(K.POOLS).set(K.PARAMS_KEY, P.Params.encode(paramsToProto(p)).finish());
  }

  /** The devices module's epoch of the current block. */
  currentEpoch(ctx: Context): bigint {
    return epochOf(ctx.block.height, this.devices.params(ctx).epochLength);
  }

  getCounter(ctx: ReadCtx, key: Uint8Array, start: bigint): bigint {
    const raw = ctx.kv(K.POOLS).get(key);
    return raw ? dec(raw) : start;
  }

  setCounter(ctx: Context, key: Uint8Array, v: bigint): void {
    ctx.kv(K.POOLS).set(key, enc(v));
  }

  /** Next value of a counter (pool ids start at 1, sequences and commitment ids too). */
  take(ctx: Context, key: Uint8Array): bigint {
    const v = this.getCounter(ctx, key, 1n);
    this.setCounter(ctx, key, v + 1n);
    return v;
  }

  // --- pools ---
  getPool(ctx: ReadCtx, id: bigint): Pool | undefined {
    const raw = ctx.kv(K.POOLS).get(K.poolKey(id));
    return raw ? poolFromProto(P.Pool.decode(raw)) : undefined;
  }

  setPool(ctx: Context, p: Pool): void {
    ctx.kv(K.POOLS).set(K.poolKey(p.id), P.Pool.encode(poolToProto(p)).finish());
  }

  *iteratePools(ctx: ReadCtx): IterableIterator<Pool> {
    for (const [, v] of scan(ctx, K.POOL_PREFIX)) yield poolFromProto(P.Pool.decode(v));
  }

  // --- members ---
  getMember(ctx: ReadCtx, pool: bigint, device: bigint): Member | undefined {
    const raw = ctx.kv(K.POOLS).get(K.memberKey(pool, device));
    return raw ? memberFromProto(P.Member.decode(raw)) : undefined;
  }

  poolOfDevice(ctx: ReadCtx, device: bigint): bigint | undefined {
    const raw = ctx.kv(K.POOLS).get(K.devicePoolKey(device));
    return raw ? K.readU64(raw) : undefined;
  }

  setMember(ctx: Context, m: Member): void {
    ctx.kv(K.POOLS).set(K.memberKey(m.poolId, m.deviceId), P.Member.encode(memberToProto(m)).finish());
    ctx.kv(K.POOLS).set(K.devicePoolKey(m.deviceId), K.u64(m.poolId));
  }

  deleteMember(ctx: Context, m: Member): void {
    ctx.kv(K.POOLS).delete(K.memberKey(m.poolId, m.deviceId));
    ctx.kv(K.POOLS).delete(K.devicePoolKey(m.deviceId));
  }

  members(ctx: ReadCtx, pool: bigint): Member[] {
    return [...scan(ctx, K.membersPrefix(pool))].map(([, v]) => memberFromProto(P.Member.decode(v)));
  }

  *iterateAllMembers(ctx: ReadCtx): IterableIterator<Member> {
    for (const [, v] of scan(ctx, K.MEMBER_PREFIX)) yield memberFromProto(P.Member.decode(v));
  }

  // --- applications ---
  applicationOfDevice(ctx: ReadCtx, device: bigint): Application | undefined {
    const raw = ctx.kv(K.POOLS).get(K.deviceApplicationKey(device));
    if (!raw) return undefined;
    const a = ctx.kv(K.POOLS).get(K.applicationKey(K.readU64(raw, 0), K.readU64(raw, 8)));
    return a ? applicationFromProto(P.Application.decode(a)) : undefined;
  }

  setApplication(ctx: Context, a: Application): void {
    ctx.kv(K.POOLS).set(K.applicationKey(a.poolId, a.seq), P.Application.encode(applicationToProto(a)).finish());
    ctx.kv(K.POOLS).set(K.deviceApplicationKey(a.deviceId), new Uint8Array([...K.u64(a.poolId), ...K.u64(a.seq)]));
  }

  deleteApplication(ctx: Context, a: Application): void {
    ctx.kv(K.POOLS).delete(K.applicationKey(a.poolId, a.seq));
    ctx.kv(K.POOLS).delete(K.deviceApplicationKey(a.deviceId));
  }

  applications(ctx: ReadCtx, pool: bigint): Application[] {
    return [...scan(ctx, K.applicationsPrefix(pool))].map(([, v]) => applicationFromProto(P.Application.decode(v)));
  }

  *iterateAllApplications(ctx: ReadCtx): IterableIterator<Application> {
    for (const [, v] of scan(ctx, K.APPLICATION_PREFIX)) yield applicationFromProto(P.Application.decode(v));
  }

  // --- investor shares ---
  getShares(ctx: ReadCtx, pool: bigint, investor: string): bigint {
    return dec(ctx.kv(K.POOLS).get(K.sharesKey(pool, investor)));
  }

  setShares(ctx: Context, pool: bigint, investor: string, shares: bigint): void {
    if (shares === 0n) {
      ctx.kv(K.POOLS).delete(K.sharesKey(pool, investor));
      ctx.kv(K.POOLS).delete(K.investorKey(investor, pool));
    } else {
      ctx.kv(K.POOLS).set(K.sharesKey(pool, investor), enc(shares));
      ctx.kv(K.POOLS).set(K.investorKey(investor, pool), INDEX_MARKER);
    }
  }

  *iterateShares(ctx: ReadCtx, pool?: bigint): IterableIterator<{ pool: bigint; investor: string; shares: bigint }> {
    for (const [k, v] of scan(ctx, pool === undefined ? K.SHARES_PREFIX : K.sharesPrefix(pool))) yield { ...K.parseSharesKey(k), shares: dec(v) };
  }

  poolsOfInvestor(ctx: ReadCtx, investor: string): bigint[] {
    const prefix = K.investorPrefix(investor);
    return [...scan(ctx, prefix)].map(([k]) => K.readU64(k, prefix.length));
  }

  // --- withdrawal queue ---
  setWithdrawal(ctx: Context, w: Withdrawal): void {
    ctx.kv(K.POOLS).set(K.withdrawalKey(w.poolId, w.seq), P.Withdrawal.encode(withdrawalToProto(w)).finish());
  }

  deleteWithdrawal(ctx: Context, w: Withdrawal): void {
    ctx.kv(K.POOLS).delete(K.withdrawalKey(w.poolId, w.seq));
  }

  withdrawals(ctx: ReadCtx, pool?: bigint): Withdrawal[] {
    return [...scan(ctx, pool === undefined ? K.WITHDRAWAL_PREFIX : K.withdrawalsPrefix(pool))].map(([, v]) => withdrawalFromProto(P.Withdrawal.decode(v)));
  }

  // --- commitments ---
  getCommitment(ctx: ReadCtx, id: bigint): Commitment | undefined {
    const raw = ctx.kv(K.POOLS).get(K.commitmentKey(id));
    return raw ? commitmentFromProto(P.Commitment.decode(raw)) : undefined;
  }

  /** Writes the record and both indexes (by hour and slot; by device and hour). */
  setCommitment(ctx: Context, c: Commitment): void {
    const s = ctx.kv(K.POOLS);
    s.set(K.commitmentKey(c.id), P.Commitment.encode(commitmentToProto(c)).finish());
    s.set(K.slotCommitmentKey(c.hourStart, c.denom, c.id), INDEX_MARKER);
    s.set(K.deviceCommitmentKey(c.deviceId, c.hourStart, c.id), INDEX_MARKER);
  }

  deleteCommitment(ctx: Context, c: Commitment): void {
    const s = ctx.kv(K.POOLS);
    s.delete(K.commitmentKey(c.id));
    s.delete(K.slotCommitmentKey(c.hourStart, c.denom, c.id));
    s.delete(K.deviceCommitmentKey(c.deviceId, c.hourStart, c.id));
  }

  /** Commitments of one slot denom, oldest first. */
  slotCommitments(ctx: ReadCtx, hour: bigint, denom: string): Commitment[] {
    return [...scan(ctx, K.slotCommitmentsPrefix(hour, denom))].map(([k]) => this.getCommitment(ctx, K.parseSlotCommitmentKey(k).id)!);
  }

  /** A device's commitments in hour order, optionally from `fromHour` on. */
  deviceCommitments(ctx: ReadCtx, device: bigint, fromHour = 0n): Commitment[] {
    const start = K.deviceHourPrefix(device, fromHour);
    const out: Commitment[] = [];
    for (const [k] of ctx.kv(K.POOLS).iterate(start, prefixEnd(K.deviceCommitmentsPrefix(device)))) out.push(this.getCommitment(ctx, K.parseDeviceCommitmentKey(k).id)!);
    return out;
  }

  *iterateCommitments(ctx: ReadCtx): IterableIterator<Commitment> {
    for (const [, v] of scan(ctx, K.COMMITMENT_PREFIX)) yield commitmentFromProto(P.Commitment.decode(v));
  }

  // --- slot ledgers ---
  getLedger(ctx: ReadCtx, hour: bigint, denom: string): SlotLedger | undefined {
    const raw = ctx.kv(K.POOLS).get(K.slotLedgerKey(hour, denom));
    if (!raw) return undefined;
    const m = P.SlotLedger.decode(raw);
    return { denom: m.denom, minted: BigInt(m.minted || "0"), burned: BigInt(m.burned || "0") };
  }

  setLedger(ctx: Context, hour: bigint, l: SlotLedger): void {
    ctx.kv(K.POOLS).set(K.slotLedgerKey(hour, l.denom), P.SlotLedger.encode({ denom: l.denom, minted: l.minted.toString(), burned: l.burned.toString() }).finish());
  }

  deleteLedger(ctx: Context, hour: bigint, denom: string): void {
    ctx.kv(K.POOLS).delete(K.slotLedgerKey(hour, denom));
  }

  /** Live slot ledgers in hour order. */
  *iterateLedgers(ctx: ReadCtx): IterableIterator<{ hour: bigint; ledger: SlotLedger }> {
    for (const [k, v] of scan(ctx, K.SLOT_LEDGER_PREFIX)) {
      const m = P.SlotLedger.decode(v);
      yield { hour: K.parseSlotLedgerKey(k).hour, ledger: { denom: m.denom, minted: BigInt(m.minted || "0"), burned: BigInt(m.burned || "0") } };
    }
  }
}
