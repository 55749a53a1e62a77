import { pogcs } from "../../proto/gen/pogcs.js";
import type { Context } from "../../chain/app/context.js";
import { fromUtf8, prefixEnd, utf8 } from "../../chain/crypto/bytes.js";
import { makeEvent } from "../../chain/events/types.js";
import type { MarketDeps, ReadCtx } from "./expected-keepers.js";
import { ErrUnknownContract } from "./errors.js";
import {
  BURNED_PREFIX, CONTRACT_PREFIX, DEVICE_ACTIVE_PREFIX, INDEX_MARKER, deviceActiveKey, deviceActivePrefix, burnedKey, MARKET_STORE, NEXT_ID_KEY, PARAMS_KEY, QUEUE_PREFIX,
  contractKey, positionKey, positionPrefix, providerKey, providerPrefix, queueEnd, queueKey, readU64, requesterKey, requesterPrefix,
  statusKey, statusPrefix, u64,
} from "./keys.js";
import { DEFAULT_MARKET_PARAMS, marketParamsFromProto, marketParamsToProto, type MarketParams } from "./params.js";
import { Status, decodeContract, decodePosition, encodeContract, encodePosition, type Contract, type Position } from "./types.js";

/** The module account that holds escrows and bonds. */
export const MARKET_MODULE_ACCOUNT = "market";

/** When a live contract next needs end-block attention; undefined once it is closed. */
export function computeQueueTime(c: Contract): bigint | undefined {
  if (c.status === Status.CONTRACT_STATUS_OPEN || c.status === Status.CONTRACT_STATUS_ACTIVE) return c.deadline;
  if (c.status === Status.CONTRACT_STATUS_SUBMITTED || c.status === Status.CONTRACT_STATUS_VOTING) return c.phaseDeadline;
  return undefined;
}

/**
 * Market store access. A contract is written only through saveContract, which keeps the status
 * index and the timeout queue in step with the record (and emits the status transition).
 */
export class MarketKeeper {
  constructor(readonly deps: MarketDeps) {}

  params(ctx: ReadCtx): MarketParams {
    const raw = ctx.kv(MARKET_STORE).get(PARAMS_KEY);
    return raw ? marketParamsFromProto(pogcs.market.v1.Params.decode(raw)) : DEFAULT_MARKET_PARAMS;
  }

  setParams(ctx: Context, p: MarketParams): void {
    ctx.kv(MARKET_STORE).set(PARAMS_KEY, pogcs.market.v1.Params.encode(marketParamsToProto(p)).finish());
  }

  nextContractId(ctx: ReadCtx): bigint {
    const raw = ctx.kv(MARKET_STORE).get(NEXT_ID_KEY);
    return raw ? readU64(raw) : 1n;
  }

  setNextContractId(ctx: Context, id: bigint): void {
    ctx.kv(MARKET_STORE).set(NEXT_ID_KEY, u64(id));
  }

  getContract(ctx: ReadCtx, id: bigint): Contract | undefined {
    const raw = ctx.kv(MARKET_STORE).get(contractKey(id));
    return raw ? decodeContract(raw) : undefined;
  }

  requireContract(ctx: ReadCtx, id: bigint): Contract {
    const c = this.getContract(ctx, id);
    if (!c) throw ErrUnknownContract.raise(`contract ${id}`);
    return c;
  }

  /** Writes a contract; `prev` is the stored version (undefined for a new one). */
  saveContract(ctx: Context, c: Contract, prev: Contract | undefined): void {
    const kv = ctx.kv(MARKET_STORE);
    if (prev) {
      kv.delete(statusKey(prev.status, prev.id));
      const t = computeQueueTime(prev);
      if (t !== undefined) kv.delete(queueKey(t, prev.id));
    } else {
      kv.set(requesterKey(c.requester, c.id), INDEX_MARKER);
    }
    if (prev?.status === Status.CONTRACT_STATUS_ACTIVE && c.status !== Status.CONTRACT_STATUS_ACTIVE) {
      // Leaving ACTIVE (submit, expiry, ...): the device's path-A hours are no longer outstanding.
      for (const p of this.positionsOf(ctx, c.id)) {
        const key = deviceActiveKey(p.deviceId, c.id);
        if (kv.get(key)) kv.delete(key);
      }
    }
    kv.set(contractKey(c.id), encodeContract(c));
    kv.set(statusKey(c.status, c.id), INDEX_MARKER);
    const t = computeQueueTime(c);
    if (t !== undefined) kv.set(queueKey(t, c.id), INDEX_MARKER);
    if (!prev || prev.status !== c.status) {
      ctx.emit(makeEvent("pogcs.market.v1.EventContractStatus", [["contract_id", c.id.toString()], ["from", prev ? Status[prev.status]! : ""], ["to", Status[c.status]!]]));
    }
  }

  *iterateContracts(ctx: ReadCtx): IterableIterator<Contract> {
    for (const [, v] of ctx.kv(MARKET_STORE).iterate(CONTRACT_PREFIX, prefixEnd(CONTRACT_PREFIX))) yield decodeContract(v);
  }

  private idsUnder(ctx: ReadCtx, prefix: Uint8Array): bigint[] {
    const out: bigint[] = [];
    for (const [k] of ctx.kv(MARKET_STORE).iterate(prefix, prefixEnd(prefix))) out.push(readU64(k, k.length - 8));
    return out;
  }

  contractIdsByStatus(ctx: ReadCtx, status: number): bigint[] {
    return this.idsUnder(ctx, statusPrefix(status));
  }

  contractIdsByRequester(ctx: ReadCtx, requester: string): bigint[] {
    return this.idsUnder(ctx, requesterPrefix(requester));
  }

  contractIdsByProvider(ctx: ReadCtx, provider: string): bigint[] {
    return this.idsUnder(ctx, providerPrefix(provider));
  }

  /** Contract ids due at or before `time`, in (time, id) order. */
  dueContractIds(ctx: ReadCtx, time: bigint, limit: number): bigint[] {
    const out: bigint[] = [];
    for (const [k] of ctx.kv(MARKET_STORE).iterate(QUEUE_PREFIX, queueEnd(time))) {
      if (out.length >= limit) break;
      out.push(readU64(k, 9));
    }
    return out;
  }

  /** Every queue entry as (time, id), for the invariant. */
  *iterateQueue(ctx: ReadCtx): IterableIterator<{ time: bigint; id: bigint }> {
    for (const [k] of ctx.kv(MARKET_STORE).iterate(QUEUE_PREFIX, prefixEnd(QUEUE_PREFIX))) yield { time: readU64(k, 1), id: readU64(k, 9) };
  }

  *iterateStatusIndex(ctx: ReadCtx): IterableIterator<{ status: number; id: bigint }> {
    const p = Uint8Array.of(0x04);
    for (const [k] of ctx.kv(MARKET_STORE).iterate(p, prefixEnd(p))) yield { status: k[1]!, id: readU64(k, 2) };
  }

  /** Marks `contractId` as an outstanding path-A contract of `deviceId` (cleared by saveContract when it leaves ACTIVE). */
  setDeviceActive(ctx: Context, deviceId: bigint, contractId: bigint): void {
    ctx.kv(MARKET_STORE).set(deviceActiveKey(deviceId, contractId), INDEX_MARKER);
  }

  /** Ids of the ACTIVE path-A contracts `deviceId` accepted. */
  activeContractIdsOfDevice(ctx: ReadCtx, deviceId: bigint): bigint[] {
    return this.idsUnder(ctx, deviceActivePrefix(deviceId));
  }

  *iterateDeviceActive(ctx: ReadCtx): IterableIterator<{ deviceId: bigint; contractId: bigint }> {
    const p = DEVICE_ACTIVE_PREFIX;
    for (const [k] of ctx.kv(MARKET_STORE).iterate(p, prefixEnd(p))) yield { deviceId: readU64(k, 1), contractId: readU64(k, 9) };
  }

  /** Coins of `denom` burned from slashed bonds so far. */
  burnedOf(ctx: ReadCtx, denom: string): bigint {
    const raw = ctx.kv(MARKET_STORE).get(burnedKey(denom));
    return raw ? BigInt(fromUtf8(raw)) : 0n;
  }

  addBurned(ctx: Context, denom: string, amount: bigint): void {
    if (amount > 0n) ctx.kv(MARKET_STORE).set(burnedKey(denom), utf8((this.burnedOf(ctx, denom) + amount).toString()));
  }

  *iterateBurned(ctx: ReadCtx): IterableIterator<{ denom: string; amount: bigint }> {
    for (const [k, v] of ctx.kv(MARKET_STORE).iterate(BURNED_PREFIX, prefixEnd(BURNED_PREFIX))) yield { denom: fromUtf8(k.subarray(1)), amount: BigInt(fromUtf8(v)) };
  }

  getPosition(ctx: ReadCtx, contractId: bigint, index: number): Position | undefined {
    const raw = ctx.kv(MARKET_STORE).get(positionKey(contractId, index));
    return raw ? decodePosition(raw) : undefined;
  }

  positionsOf(ctx: ReadCtx, contractId: bigint): Position[] {
    const p = positionPrefix(contractId);
    const out: Position[] = [];
    for (const [, v] of ctx.kv(MARKET_STORE).iterate(p, prefixEnd(p))) out.push(decodePosition(v));
    return out;
  }

  setPosition(ctx: Context, p: Position): void {
    const kv = ctx.kv(MARKET_STORE);
    kv.set(positionKey(p.contractId, p.index), encodePosition(p));
    kv.set(providerKey(p.provider, p.contractId), INDEX_MARKER);
  }
}
