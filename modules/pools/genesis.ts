import type { Context } from "../../chain/app/context.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "../devices/long.js";
import type { ReadCtx } from "./expected-keepers.js";
import type { PoolsKeeper } from "./keeper.js";
import { NEXT_COMMITMENT_ID_KEY, NEXT_POOL_ID_KEY, NEXT_SEQ_KEY } from "./keys.js";
import { DEFAULT_POOLS_PARAMS, paramsFromJson, paramsToJson, validatePoolsParams } from "./params.js";
import { validatePoolDefinition } from "./membership.js";
import { parseSlotDenom } from "./slots.js";
import {
  applicationFromProto, applicationToProto, commitmentFromProto, commitmentToProto, memberFromProto, memberToProto, poolFromProto, poolToProto,
  withdrawalFromProto, withdrawalToProto,
} from "./types.js";
import { ErrInvalidPool, ErrUnknownSlot } from "./errors.js";

import P = pogcs.pools.v1;

/**
 * pools genesis: `params` in snake_case like the other PoGCS modules; the records in the
 * protobuf JSON shape of pogcs.pools.v1 (camelCase, 64-bit integers and amounts as strings).
 */
export interface PoolsGenesisJson {
  params?: Record<string, unknown>;
  pools?: unknown[];
  members?: unknown[];
  applications?: unknown[];
  shares?: unknown[];
  withdrawals?: unknown[];
  commitments?: unknown[];
  slot_ledgers?: unknown[];
  next_pool_id?: string;
  next_seq?: string;
  next_commitment_id?: string;
}

const OBJ = { longs: String, enums: Number, defaults: true } as const;
const obj = <T>(T: { toObject(m: never, o: object): object; fromObject(o: object): T }, m: unknown): Record<string, unknown> =>
  T.toObject(T.fromObject(m as object) as never, OBJ) as Record<string, unknown>;

export function defaultPoolsGenesis(): PoolsGenesisJson {
  return { params: paramsToJson(DEFAULT_POOLS_PARAMS), pools: [], members: [], applications: [], shares: [], withdrawals: [], commitments: [], slot_ledgers: [], next_pool_id: "1", next_seq: "1", next_commitment_id: "1" };
}

export function initPoolsGenesis(k: PoolsKeeper, ctx: Context, g: PoolsGenesisJson | undefined): void {
  const params = paramsFromJson(g?.params);
  validatePoolsParams(params);
  k.setParams(ctx, params);
  for (const raw of g?.pools ?? []) {
    const p = poolFromProto(P.Pool.fromObject(raw as object));
    validatePoolDefinition({ ...p });
    if (p.id === 0n) throw ErrInvalidPool.raise("pool id 0");
    k.setPool(ctx, p);
  }
  for (const raw of g?.members ?? []) k.setMember(ctx, memberFromProto(P.Member.fromObject(raw as object)));
  for (const raw of g?.applications ?? []) k.setApplication(ctx, applicationFromProto(P.Application.fromObject(raw as object)));
  for (const raw of g?.shares ?? []) {
    const s = P.InvestorShares.fromObject(raw as object);
    k.setShares(ctx, fromLong(s.poolId), s.investor, BigInt(s.shares || "0"));
  }
  for (const raw of g?.withdrawals ?? []) k.setWithdrawal(ctx, withdrawalFromProto(P.Withdrawal.fromObject(raw as object)));
  for (const raw of g?.commitments ?? []) k.setCommitment(ctx, commitmentFromProto(P.Commitment.fromObject(raw as object)));
  for (const raw of g?.slot_ledgers ?? []) {
    const l = P.SlotLedger.fromObject(raw as object);
    const slot = parseSlotDenom(l.denom);
    if (!slot) throw ErrUnknownSlot.raise(l.denom);
    k.setLedger(ctx, slot.hourStart, { denom: l.denom, minted: BigInt(l.minted || "0"), burned: BigInt(l.burned || "0") });
  }
  k.setCounter(ctx, NEXT_POOL_ID_KEY, BigInt(g?.next_pool_id ?? "1"));
  k.setCounter(ctx, NEXT_SEQ_KEY, BigInt(g?.next_seq ?? "1"));
  k.setCounter(ctx, NEXT_COMMITMENT_ID_KEY, BigInt(g?.next_commitment_id ?? "1"));
}

export function exportPoolsGenesis(k: PoolsKeeper, ctx: ReadCtx): PoolsGenesisJson {
  return {
    params: paramsToJson(k.params(ctx)),
    pools: [...k.iteratePools(ctx)].map((p) => obj(P.Pool, poolToProto(p))),
    members: [...k.iterateAllMembers(ctx)].map((m) => obj(P.Member, memberToProto(m))),
    applications: [...k.iterateAllApplications(ctx)].map((a) => obj(P.Application, applicationToProto(a))),
    shares: [...k.iterateShares(ctx)].map((s) => obj(P.InvestorShares, { poolId: toLong(s.pool), investor: s.investor, shares: s.shares.toString() })),
    withdrawals: k.withdrawals(ctx).map((w) => obj(P.Withdrawal, withdrawalToProto(w))),
    commitments: [...k.iterateCommitments(ctx)].map((c) => obj(P.Commitment, commitmentToProto(c))),
    slot_ledgers: [...k.iterateLedgers(ctx)].map(({ ledger: l }) => ({ denom: l.denom, minted: l.minted.toString(), burned: l.burned.toString() })),
    next_pool_id: k.getCounter(ctx, NEXT_POOL_ID_KEY, 1n).toString(),
    next_seq: k.getCounter(ctx, NEXT_SEQ_KEY, 1n).toString(),
    next_commitment_id: k.getCounter(ctx, NEXT_COMMITMENT_ID_KEY, 1n).toString(),
  };
}
