import type { Context } from "../../chain/app/context.js";
import { fromUtf8, prefixEnd, utf8 } from "../../chain/crypto/bytes.js";
import { ErrLogic } from "../../chain/errors/index.js";
import { INDEX_MARKER } from "../../chain/store/cache.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import type { ReadCtx } from "../auth/keeper.js";
import { ErrBatchNotFound, ErrInsufficientCredits, ErrRetiredCredits } from "./errors.js";
import {
  BATCH_PREFIX, CARBON, balanceBatchPrefix, balanceKey, batchKey, holderKey, holderPrefix, parseHolderKey,
  segmentBatchPrefix, segmentKey, sequenceKey, serialKey, serialTypePrefix, supplyKey,
} from "./keys.js";
import {
  SerialStatus, balanceFromProto, balanceToProto, decodeBatch, emptySupply, encodeBatch, segmentFromProto, segmentToProto,
  supplyFromProto, supplyToProto, type Balance, type Batch, type Segment, type Status, type Supply,
} from "./types.js";

const C = pogcs.carbon.v1;
const S = SerialStatus;

/** Which balance / supply field a serial status is counted in. */
const BALANCE_FIELD: Partial<Record<Status, "tradable" | "retired" | "escrowed">> = {
  [S.SERIAL_STATUS_TRADABLE]: "tradable", [S.SERIAL_STATUS_RETIRED]: "retired", [S.SERIAL_STATUS_ESCROWED]: "escrowed",
};
const SUPPLY_FIELD: Record<number, keyof Supply> = {
  [S.SERIAL_STATUS_TRADABLE]: "tradable", [S.SERIAL_STATUS_RETIRED]: "retired", [S.SERIAL_STATUS_ESCROWED]: "escrowed",
  [S.SERIAL_STATUS_CANCELLED]: "cancelled", [S.SERIAL_STATUS_CONVERTED]: "converted",
};

export interface SerialRange {
  start: bigint;
  end: bigint;
}

/**
 * The credit ledger: batches, their supply, per-holder balances and the serial segments behind
 * them. Every change of credits goes through `issue` or `move`, which keep the three in step:
 * balances are sums of segments, supply is the sum of balances plus cancelled and converted.
 */
export class CreditLedger {
  // ---- sequences

  nextSequence(ctx: Context, name: string): bigint {
    const raw = ctx.kv(CARBON).get(sequenceKey(name));
    const n = (raw ? BigInt(fromUtf8(raw)) : 0n) + 1n;
    ctx.kv(CARBON).set(sequenceKey(name), utf8(n.toString()));
    return n;
  }

  peekSequence(ctx: ReadCtx, name: string): bigint {
    const raw = ctx.kv(CARBON).get(sequenceKey(name));
    return raw ? BigInt(fromUtf8(raw)) : 0n;
  }

  // ---- reads

  getBatch(ctx: ReadCtx, id: string): Batch | undefined {
    const raw = ctx.kv(CARBON).get(batchKey(id));
    return raw ? decodeBatch(raw) : undefined;
  }

  requireBatch(ctx: ReadCtx, id: string): Batch {
    const b = this.getBatch(ctx, id);
    if (!b) throw ErrBatchNotFound.raise(`batch ${JSON.stringify(id)}`);
    return b;
  }

  *iterateBatches(ctx: ReadCtx): IterableIterator<Batch> {
    for (const [, v] of ctx.kv(CARBON).iterate(BATCH_PREFIX, prefixEnd(BATCH_PREFIX))) yield decodeBatch(v);
  }

  getSupply(ctx: ReadCtx, batchId: string): Supply {
    const raw = ctx.kv(CARBON).get(supplyKey(batchId));
    return raw ? supplyFromProto(C.BatchSupply.decode(raw)) : emptySupply();
  }

  getBalance(ctx: ReadCtx, batchId: string, holder: string): Balance {
    const raw = ctx.kv(CARBON).get(balanceKey(batchId, holder));
    return raw ? balanceFromProto(C.Balance.decode(raw)) : { batchId, holder, tradable: 0n, retired: 0n, escrowed: 0n };
  }

  holdersOf(ctx: ReadCtx, batchId: string): Balance[] {
    const p = balanceBatchPrefix(batchId);
    return [...ctx.kv(CARBON).iterate(p, prefixEnd(p))].map(([, v]) => balanceFromProto(C.Balance.decode(v)));
  }

  balancesOf(ctx: ReadCtx, holder: string): Balance[] {
    const p = holderPrefix(holder);
    return [...ctx.kv(CARBON).iterate(p, prefixEnd(p))].map(([k]) => this.getBalance(ctx, parseHolderKey(k).batchId, holder));
  }

  segmentsOf(ctx: ReadCtx, batchId: string): Segment[] {
    const p = segmentBatchPrefix(batchId);
    return [...ctx.kv(CARBON).iterate(p, prefixEnd(p))].map(([, v]) => segmentFromProto(C.Segment.decode(v)));
  }

  /** The batch and segment holding serial `serial` of a credit type. */
  findSerial(ctx: ReadCtx, creditType: string, serial: bigint): { batch: Batch; segment: Segment } | undefined {
    const p = serialTypePrefix(creditType);
    const it = ctx.kv(CARBON).iterate(p, serialKey(creditType, serial + 1n), true);
    const first = it.next();
    if (first.done) return undefined;
    const batch = this.getBatch(ctx, fromUtf8(first.value[1]))!;
    if (serial < batch.serialStart || serial > batch.serialEnd) return undefined;
    const sp = segmentBatchPrefix(batch.id);
    const seg = ctx.kv(CARBON).iterate(sp, segmentKey(batch.id, serial + 1n), true).next();
    if (seg.done) throw ErrLogic.raise(`batch ${batch.id} has no segment for serial ${serial}`);
    return { batch, segment: segmentFromProto(C.Segment.decode(seg.value[1])) };
  }

  /** The next free serial of a credit type (serials start at 1). */
  nextSerial(ctx: ReadCtx, creditType: string): bigint {
    const p = serialTypePrefix(creditType);
    const last = ctx.kv(CARBON).iterate(p, prefixEnd(p), true).next();
    if (last.done) return 1n;
    return this.requireBatch(ctx, fromUtf8(last.value[1])).serialEnd + 1n;
  }

  // ---- writes

  private writeSupply(ctx: Context, batchId: string, s: Supply): void {
    ctx.kv(CARBON).set(supplyKey(batchId), C.BatchSupply.encode(supplyToProto(s)).finish());
  }

  private writeBalance(ctx: Context, b: Balance): void {
    const kv = ctx.kv(CARBON);
    if (b.tradable < 0n || b.retired < 0n || b.escrowed < 0n) throw ErrLogic.raise(`negative balance of ${b.holder} in ${b.batchId}`);
    if (b.tradable === 0n && b.retired === 0n && b.escrowed === 0n) {
      kv.delete(balanceKey(b.batchId, b.holder));
      kv.delete(holderKey(b.holder, b.batchId));
    } else {
      kv.set(balanceKey(b.batchId, b.holder), C.Balance.encode(balanceToProto(b)).finish());
      kv.set(holderKey(b.holder, b.batchId), INDEX_MARKER);
    }
  }

  private writeSegment(ctx: Context, s: Segment): void {
    ctx.kv(CARBON).set(segmentKey(s.batchId, s.start), C.Segment.encode(segmentToProto(s)).finish());
  }

  /** Stores a new batch whose whole serial range is tradable by `holder`. */
  issue(ctx: Context, b: Batch, holder: string): void {
    if (b.amount <= 0n || b.serialEnd - b.serialStart + 1n !== b.amount) throw ErrLogic.raise(`batch ${b.id} serial range does not match its amount`);
    if (this.getBatch(ctx, b.id)) throw ErrLogic.raise(`batch ${b.id} exists`);
    const kv = ctx.kv(CARBON);
    kv.set(batchKey(b.id), encodeBatch(b));
    kv.set(serialKey(b.creditType, b.serialStart), utf8(b.id));
    this.writeSegment(ctx, { batchId: b.id, start: b.serialStart, end: b.serialEnd, holder, status: S.SERIAL_STATUS_TRADABLE });
    this.writeSupply(ctx, b.id, { ...emptySupply(), issued: b.amount, tradable: b.amount });
    this.writeBalance(ctx, { batchId: b.id, holder, tradable: b.amount, retired: 0n, escrowed: 0n });
  }

  /**
   * Moves `amount` credits of a batch from (fromHolder, fromStatus) to (toHolder, toStatus),
   * lowest serials first, and returns the serial ranges moved. Refuses before any write when the
   * source holds less (retired credits never qualify: no caller moves out of RETIRED).
   */
  move(ctx: Context, batchId: string, from: { holder: string; status: Status }, to: { holder: string; status: Status }, amount: bigint): SerialRange[] {
    if (amount <= 0n) throw ErrLogic.raise("move of a non-positive amount");
    if (from.status === S.SERIAL_STATUS_RETIRED || from.status === S.SERIAL_STATUS_CANCELLED || from.status === S.SERIAL_STATUS_CONVERTED) {
      throw ErrRetiredCredits.raise(`batch ${batchId}`);
    }
    const field = BALANCE_FIELD[from.status]!;
    const src = this.getBalance(ctx, batchId, from.holder);
    if (src[field] < amount) throw ErrInsufficientCredits.raise(`${from.holder} holds ${src[field]} ${field} of ${batchId}, asked ${amount}`);
    const moved: SerialRange[] = [];
    let left = amount;
    for (const seg of this.segmentsOf(ctx, batchId)) {
      if (left === 0n) break;
      if (seg.holder !== from.holder || seg.status !== from.status) continue;
      const len = seg.end - seg.start + 1n;
      const take = len < left ? len : left;
      const cut = seg.start + take - 1n;
      if (take < len) this.writeSegment(ctx, { ...seg, start: cut + 1n });
      this.writeSegment(ctx, { batchId, start: seg.start, end: cut, holder: to.holder, status: to.status });
      moved.push({ start: seg.start, end: cut });
      left -= take;
    }
    if (left !== 0n) throw ErrLogic.raise(`segments of ${batchId} hold less than the balance of ${from.holder}`);
    for (const r of moved) this.mergeAround(ctx, batchId, r.start);
    this.applyBalances(ctx, batchId, from, to, amount);
    return moved;
  }

  private applyBalances(ctx: Context, batchId: string, from: { holder: string; status: Status }, to: { holder: string; status: Status }, amount: bigint): void {
    const ff = BALANCE_FIELD[from.status]!;
    const src = this.getBalance(ctx, batchId, from.holder);
    this.writeBalance(ctx, { ...src, [ff]: src[ff] - amount });
    const tf = BALANCE_FIELD[to.status];
    if (tf) {
      const dst = this.getBalance(ctx, batchId, to.holder);
      this.writeBalance(ctx, { ...dst, [tf]: dst[tf] + amount });
    }
    const s = this.getSupply(ctx, batchId);
    const fs = SUPPLY_FIELD[from.status]!;
    const ts = SUPPLY_FIELD[to.status]!;
    const next = { ...s, [fs]: s[fs] - amount };
    next[ts] += amount;
    this.writeSupply(ctx, batchId, next);
  }

  /** Merges the segment starting at `start` with equal (holder, status) neighbours. */
  private mergeAround(ctx: Context, batchId: string, start: bigint): void {
    const kv = ctx.kv(CARBON);
    const p = segmentBatchPrefix(batchId);
    const raw = kv.get(segmentKey(batchId, start));
    if (!raw) return;
    let seg = segmentFromProto(C.Segment.decode(raw));
    const prev = kv.iterate(p, segmentKey(batchId, start), true).next();
    if (!prev.done) {
      const ps = segmentFromProto(C.Segment.decode(prev.value[1]));
      if (ps.end + 1n === seg.start && ps.holder === seg.holder && ps.status === seg.status) {
        kv.delete(segmentKey(batchId, seg.start));
        seg = { ...ps, end: seg.end };
        this.writeSegment(ctx, seg);
      }
    }
    const nextRaw = kv.get(segmentKey(batchId, seg.end + 1n));
    if (nextRaw) {
      const ns = segmentFromProto(C.Segment.decode(nextRaw));
      if (ns.holder === seg.holder && ns.status === seg.status) {
        kv.delete(segmentKey(batchId, ns.start));
        this.writeSegment(ctx, { ...seg, end: ns.end });
      }
    }
  }
}
