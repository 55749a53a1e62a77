import { Deposit, Proposal, ProposalStatus, Vote, Params as ParamsProto } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import { prefixEnd } from "../../chain/crypto/bytes.js";
import { ErrLogic } from "../../chain/errors/index.js";
import { moduleAddress, type ReadCtx } from "../auth/keeper.js";
import type { GovBankKeeper, GovMsgRouter, GovStakingReader } from "./expected-keepers.js";
import { ErrRouterNotSet, ErrUnknownProposal } from "./errors.js";
import {
  ACTIVE_QUEUE_PREFIX, DEPOSIT_PREFIX, burnedKey, GOV, INACTIVE_QUEUE_PREFIX, NEXT_ID_KEY, PARAMS_KEY, PROPOSAL_PREFIX, VOTE_PREFIX,
  depositKey, depositPrefix, parseQueueKey, proposalKey, queueKey, readU64, u64, voteKey, votePrefix,
} from "./keys.js";
import { DEFAULT_GOV_PARAMS, govParamsFromProto, govParamsToProto, type GovParams } from "./params.js";

export { ProposalStatus };
export const GOV_MODULE_ACCOUNT = GOV;

/** The gov module account: escrow of deposits and the authority of governance-only messages. */
export function govAuthority(): string {
  return moduleAddress(GOV);
}

/** A protobuf Timestamp's parts. */
export interface Time {
  seconds: bigint;
  nanos: number;
}

export function isReached(t: Time, now: Time): boolean {
  return t.seconds < now.seconds || (t.seconds === now.seconds && t.nanos <= now.nanos);
}

/**
 * Typed rows of the gov store (proposals, the two time queues, deposits, votes, params) and the
 * capabilities it was given. Rules live in the process* functions (submit, deposit, vote, end block).
 */
export class GovKeeper {
  private router: GovMsgRouter | undefined;

  constructor(readonly bank: GovBankKeeper, readonly staking: GovStakingReader) {}

  setRouter(r: GovMsgRouter): void {
    this.router = r;
  }

  route(typeUrl: string) {
    if (!this.router) throw ErrRouterNotSet.raise();
    return this.router(typeUrl);
  }

  params(ctx: ReadCtx): GovParams {
    const raw = ctx.kv(GOV).get(PARAMS_KEY);
    return raw ? govParamsFromProto(ParamsProto.decode(raw)) : DEFAULT_GOV_PARAMS;
  }

  setParams(ctx: Context, p: GovParams): void {
    ctx.kv(GOV).set(PARAMS_KEY, ParamsProto.encode(govParamsToProto(p)).finish());
  }

  nextProposalId(ctx: ReadCtx): bigint {
    const raw = ctx.kv(GOV).get(NEXT_ID_KEY);
    return raw ? readU64(raw) : 1n;
  }

  setNextProposalId(ctx: Context, id: bigint): void {
    ctx.kv(GOV).set(NEXT_ID_KEY, u64(id));
  }

  getProposal(ctx: ReadCtx, id: bigint): Proposal | undefined {
    const raw = ctx.kv(GOV).get(proposalKey(id));
    return raw ? Proposal.decode(raw) : undefined;
  }

  requireProposal(ctx: ReadCtx, id: bigint): Proposal {
    const p = this.getProposal(ctx, id);
    if (!p) throw ErrUnknownProposal.raise(`proposal ${id} does not exist`);
    return p;
  }

  setProposal(ctx: Context, p: Proposal): void {
    ctx.kv(GOV).set(proposalKey(p.id), Proposal.encode(p).finish());
  }

  deleteProposal(ctx: Context, id: bigint): void {
    ctx.kv(GOV).delete(proposalKey(id));
  }

  *iterateProposals(ctx: ReadCtx): IterableIterator<Proposal> {
    for (const [, v] of ctx.kv(GOV).iterate(PROPOSAL_PREFIX, prefixEnd(PROPOSAL_PREFIX))) yield Proposal.decode(v);
  }

  // ---- queues (keyed by the end time's seconds; the exact time is on the proposal)

  enqueue(ctx: Context, queue: "active" | "inactive", seconds: bigint, id: bigint): void {
    ctx.kv(GOV).set(queueKey(queue === "active" ? ACTIVE_QUEUE_PREFIX : INACTIVE_QUEUE_PREFIX, seconds, id), new Uint8Array([1]));
  }

  dequeue(ctx: Context, queue: "active" | "inactive", seconds: bigint, id: bigint): void {
    ctx.kv(GOV).delete(queueKey(queue === "active" ? ACTIVE_QUEUE_PREFIX : INACTIVE_QUEUE_PREFIX, seconds, id));
  }

  /** Queue entries with end seconds <= `seconds`, in (time, id) order, collected before any write. */
  dueEntries(ctx: ReadCtx, queue: "active" | "inactive", seconds: bigint): Array<{ seconds: bigint; id: bigint }> {
    const prefix = queue === "active" ? ACTIVE_QUEUE_PREFIX : INACTIVE_QUEUE_PREFIX;
    const out: Array<{ seconds: bigint; id: bigint }> = [];
    for (const [k] of ctx.kv(GOV).iterate(prefix, queueKey(prefix, seconds + 1n, 0n))) out.push(parseQueueKey(k));
    return out;
  }

  // ---- deposits

  getDeposit(ctx: ReadCtx, id: bigint, depositor: string): Deposit | undefined {
    const raw = ctx.kv(GOV).get(depositKey(id, depositor));
    return raw ? Deposit.decode(raw) : undefined;
  }

  setDeposit(ctx: Context, d: Deposit): void {
    ctx.kv(GOV).set(depositKey(d.proposalId, d.depositor), Deposit.encode(d).finish());
  }

  deposits(ctx: ReadCtx, id: bigint): Deposit[] {
    const p = depositPrefix(id);
    return [...ctx.kv(GOV).iterate(p, prefixEnd(p))].map(([, v]) => Deposit.decode(v));
  }

  *iterateAllDeposits(ctx: ReadCtx): IterableIterator<Deposit> {
    for (const [, v] of ctx.kv(GOV).iterate(DEPOSIT_PREFIX, prefixEnd(DEPOSIT_PREFIX))) yield Deposit.decode(v);
  }

  /** Pays every deposit of a proposal back and deletes the records. */
  refundAndDeleteDeposits(ctx: Context, id: bigint): void {
    for (const d of this.deposits(ctx, id)) {
      const coins = d.amount.map((c) => ({ denom: c.denom, amount: BigInt(c.amount) })).filter((c) => c.amount > 0n);
      if (coins.length > 0) this.bank.sendFromModuleToAccount(ctx, GOV_MODULE_ACCOUNT, d.depositor, coins);
      ctx.kv(GOV).delete(depositKey(id, d.depositor));
    }
  }

  /** Burns every deposit of a proposal from the module account and deletes the records. */
  deleteAndBurnDeposits(ctx: Context, id: bigint): void {
    const total = new Map<string, bigint>();
    for (const d of this.deposits(ctx, id)) {
      for (const c of d.amount) total.set(c.denom, (total.get(c.denom) ?? 0n) + BigInt(c.amount));
      ctx.kv(GOV).delete(depositKey(id, d.depositor));
    }
    const coins: Coin[] = [...total].filter(([, a]) => a > 0n).map(([denom, amount]) => ({ denom, amount })).sort((a, b) => (a.denom < b.denom ? -1 : 1));
    if (coins.length === 0) return;
    this.bank.burn(ctx, GOV_MODULE_ACCOUNT, coins);
    for (const c of coins) ctx.kv(GOV).set(burnedKey(c.denom), u64(this.burnedOf(ctx, c.denom) + c.amount));
  }

  /** Deposits burned so far in `denom` (the supply ledger counts them as burned elsewhere). */
  burnedOf(ctx: ReadCtx, denom: string): bigint {
    const raw = ctx.kv(GOV).get(burnedKey(denom));
    return raw ? readU64(raw) : 0n;
  }

  // ---- votes

  getVote(ctx: ReadCtx, id: bigint, voter: string): Vote | undefined {
    const raw = ctx.kv(GOV).get(voteKey(id, voter));
    return raw ? Vote.decode(raw) : undefined;
  }

  setVote(ctx: Context, v: Vote): void {
    ctx.kv(GOV).set(voteKey(v.proposalId, v.voter), Vote.encode(v).finish());
  }

  votes(ctx: ReadCtx, id: bigint): Vote[] {
    const p = votePrefix(id);
    return [...ctx.kv(GOV).iterate(p, prefixEnd(p))].map(([, v]) => Vote.decode(v));
  }

  *iterateAllVotes(ctx: ReadCtx): IterableIterator<Vote> {
    for (const [, v] of ctx.kv(GOV).iterate(VOTE_PREFIX, prefixEnd(VOTE_PREFIX))) yield Vote.decode(v);
  }

  deleteVotes(ctx: Context, id: bigint): void {
    const p = votePrefix(id);
    const keys = [...ctx.kv(GOV).iterate(p, prefixEnd(p))].map(([k]) => k);
    for (const k of keys) ctx.kv(GOV).delete(k);
  }

  assertStatus(p: Proposal, ...allowed: ProposalStatus[]): void {
    if (!allowed.includes(p.status)) throw ErrLogic.raise(`proposal ${p.id} in unexpected status ${p.status}`);
  }
}
