import type { Context } from "../../chain/app/context.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import { moduleAddress } from "../auth/keeper.js";
import { BONDED_POOL, NOT_BONDED_POOL } from "./keys.js";
import { stakingStore as S, operatorAccount, type ReadCtx } from "./store.js";
import type { PowerFunction, StakingBankKeeper, StakingHooks } from "./expected-keepers.js";
import { applyAddTokens, applyRemoveShares, computeSharesToWithdraw, computeTokensOf } from "./shares.js";
import { mulDivFloor, type Fraction } from "./dec.js";
import { processJail, processSlash, processTombstone } from "./slash.js";
import {
  consAddressOf, isTimeReached, nowOf, type DelegationRecord, type Time, type ValidatorRecord,
} from "./types.js";
import {
  ErrBadRedelegationDst, ErrBadRedelegationSrc, ErrDelegatorShareExRateInvalid, ErrMaxRedelegationEntries,
  ErrMaxUnbondingDelegationEntries, ErrNoDelegation, ErrNoUnbondingDelegation, ErrNoValidatorFound, ErrNotEnoughDelegationShares,
  ErrSelfRedelegation, ErrTinyRedelegationAmount, ErrTransitiveRedelegation,
} from "./errors.js";

/** The SDK's DefaultPowerReduction: 1 unit of consensus power per 10^6 bonded base units. */
export const POWER_REDUCTION = 1_000_000n;

export const defaultPowerOf: PowerFunction = (_ctx, v) => v.tokens / POWER_REDUCTION;

/**
 * Staking keeper: validators, delegations, unbonding and redelegation, and the consensus-side
 * capabilities other modules get (lookups, active set, slash/jail/tombstone in slash.ts).
 * Tokens move only through the bank capability, so the pools always equal the records:
 * bonded_tokens_pool = sum of all validators' tokens (whatever their status),
 * not_bonded_tokens_pool = sum of unbonding entries' balances.
 */
export class StakingKeeper {
  readonly hooks: StakingHooks[] = [];

  constructor(
    readonly bank: StakingBankKeeper,
    readonly powerOf: PowerFunction = defaultPowerOf,
  ) {}

  registerHooks(h: StakingHooks): void {
    this.hooks.push(h);
  }

  params(ctx: ReadCtx) {
    return S.params(ctx);
  }

  slashingParams(ctx: ReadCtx) {
    return S.slashingParams(ctx);
  }

  getValidator(ctx: ReadCtx, operator: string): ValidatorRecord | undefined {
    return S.getValidator(ctx, operator);
  }

  getValidatorByConsAddr(ctx: ReadCtx, cons: Uint8Array): ValidatorRecord | undefined {
    const op = S.operatorByCons(ctx, cons);
    return op ? S.getValidator(ctx, op) : undefined;
  }

  iterateValidators(ctx: ReadCtx): IterableIterator<ValidatorRecord> {
    return S.iterateValidators(ctx);
  }

  /** The set consensus runs with now (last applied), in power order, with its powers. */
  activeSet(ctx: ReadCtx): Array<{ validator: ValidatorRecord; power: bigint }> {
    const out: Array<{ validator: ValidatorRecord; power: bigint }> = [];
    for (const [op, power] of S.lastPowers(ctx)) {
      const v = S.getValidator(ctx, op);
      if (v) out.push({ validator: v, power });
    }
    return out.sort((a, b) => (a.power === b.power ? (a.validator.operator < b.validator.operator ? -1 : 1) : a.power > b.power ? -1 : 1));
  }

  /** Tokens staked with the validators of the active set (the slashable stake behind consensus). */
  totalBondedTokens(ctx: ReadCtx): bigint {
    let sum = 0n;
    for (const { validator } of this.activeSet(ctx)) sum += validator.tokens;
    return sum;
  }

  poolBalances(ctx: ReadCtx): { bonded: bigint; notBonded: bigint } {
    const denom = S.params(ctx).bondDenom;
    return {
      bonded: this.bank.getBalance(ctx, moduleAddress(BONDED_POOL), denom),
      notBonded: this.bank.getBalance(ctx, moduleAddress(NOT_BONDED_POOL), denom),
    };
  }

  isJailed(ctx: ReadCtx, cons: Uint8Array): boolean {
    return this.getValidatorByConsAddr(ctx, cons)?.jailed ?? false;
  }

  getDelegation(ctx: ReadCtx, delegator: string, operator: string): DelegationRecord | undefined {
    return S.getDelegation(ctx, delegator, operator);
  }

  /** A delegator's delegations with their token value (rounded down). */
  delegatorDelegations(ctx: ReadCtx, delegator: string): Array<DelegationRecord & { balance: bigint }> {
    return [...S.delegatorDelegations(ctx, delegator)].map((d) => {
      const v = S.getValidator(ctx, d.validator);
      return { ...d, balance: v ? computeTokensOf(v, d.shares) : 0n };
    });
  }

  tokensOf(v: ValidatorRecord, shares: bigint): bigint {
    return computeTokensOf(v, shares);
  }

  private coins(ctx: ReadCtx, amount: bigint) {
    return [{ denom: S.params(ctx).bondDenom, amount }];
  }

  /**
   * Bonds `amount` to a validator. `fromAccount` false is for redelegation, where the tokens are
   * already in the bonded pool. Refuses a deposit that would be issued zero shares.
   */
  delegate(ctx: Context, delegator: string, operator: string, amount: bigint, fromAccount = true): bigint {
    const v = S.getValidator(ctx, operator);
    if (!v) throw ErrNoValidatorFound.raise(operator);
    if (amount <= 0n) throw ErrInvalidRequest.raise("invalid delegation amount");
    if (v.tokens === 0n && v.shares > 0n) throw ErrDelegatorShareExRateInvalid.raise();
    const { pool, shares } = applyAddTokens(v, amount);
    if (shares === 0n) throw ErrInvalidRequest.raise("delegation amount too small: it buys no shares");
    if (fromAccount) this.bank.sendFromAccountToModule(ctx, delegator, BONDED_POOL, this.coins(ctx, amount));
    S.setValidator(ctx, { ...v, tokens: pool.tokens, shares: pool.shares });
    const d = S.getDelegation(ctx, delegator, operator);
    S.setDelegation(ctx, { delegator, validator: operator, shares: (d?.shares ?? 0n) + shares });
    for (const h of this.hooks) h.afterDelegationModified?.(ctx, delegator, operator);
    ctx.emit(makeEvent("delegate", [["validator", operator], ["delegator", delegator], ["amount", `${amount}${S.params(ctx).bondDenom}`], ["new_shares", shares.toString()]]));
    return shares;
  }

  /**
   * Takes the shares worth `amount` (rounded up, capped at the whole delegation when only the
   * rounding exceeds it) out of the validator and returns the tokens they pay (rounded down).
   */
  private unbondShares(ctx: Context, delegator: string, operator: string, amount: bigint): { tokens: bigint; validator: ValidatorRecord } {
    const v = S.getValidator(ctx, operator);
    if (!v) throw ErrNoValidatorFound.raise(operator);
    const d = S.getDelegation(ctx, delegator, operator);
    if (!d) throw ErrNoDelegation.raise(`${delegator} has no delegation to ${operator}`);
    if (amount <= 0n) throw ErrInvalidRequest.raise("invalid shares amount");
    let shares = computeSharesToWithdraw(v, amount);
    if (shares > d.shares) {
      if (mulDivFloor(v.shares, amount, v.tokens) > d.shares) throw ErrNotEnoughDelegationShares.raise(`${amount} is worth more than the delegation`);
      shares = d.shares;
    }
    const { pool, tokens } = applyRemoveShares(v, shares);
    const after = { ...v, tokens: pool.tokens, shares: pool.shares };
    S.setValidator(ctx, after);
    S.setDelegation(ctx, { ...d, shares: d.shares - shares });
    // An operator whose own stake falls under its minimum is jailed, as in the SDK.
    if (operatorAccount(operator) === delegator && !after.jailed) {
      if (computeTokensOf(after, d.shares - shares) < after.minSelfDelegation) {
        S.setValidator(ctx, { ...after, jailed: true });
        for (const h of this.hooks) h.onValidatorJailed?.(ctx, operator);
      }
    }
    for (const h of this.hooks) h.afterDelegationModified?.(ctx, delegator, operator);
    return { tokens, validator: S.getValidator(ctx, operator)! };
  }

  undelegate(ctx: Context, delegator: string, operator: string, amount: bigint): { completionTime: Time; amount: bigint } {
    const p = S.params(ctx);
    const now = nowOf(ctx);
    const completionTime = { seconds: now.seconds + p.unbondingTimeSeconds, nanos: now.nanos };
    const ubd = S.getUnbonding(ctx, delegator, operator) ?? { delegator, validator: operator, entries: [] };
    const same = ubd.entries.find((e) => e.creationHeight === ctx.block.height && e.completionTime.seconds === completionTime.seconds);
    if (!same && ubd.entries.length >= p.maxEntries) throw ErrMaxUnbondingDelegationEntries.raise();
    const { tokens } = this.unbondShares(ctx, delegator, operator, amount);
    if (tokens === 0n) throw ErrInvalidRequest.raise("too few tokens to undelegate (truncates to zero tokens)");
    this.bank.sendFromModuleToModule(ctx, BONDED_POOL, NOT_BONDED_POOL, this.coins(ctx, tokens));
    if (same) {
      same.initialBalance += tokens;
      same.balance += tokens;
    } else {
      ubd.entries.push({ creationHeight: ctx.block.height, completionTime, initialBalance: tokens, balance: tokens });
    }
    S.setUnbonding(ctx, ubd);
    S.enqueueUnbonding(ctx, completionTime.seconds, delegator, operator);
    ctx.emit(makeEvent("unbond", [["validator", operator], ["delegator", delegator], ["amount", `${tokens}${p.bondDenom}`], ["completion_time", String(completionTime.seconds)]]));
    return { completionTime, amount: tokens };
  }

  /**
   * MsgCancelUnbondingDelegation: puts `amount` of the unbonding entry created at `creationHeight`
   * back into the validator (not-bonded pool -> bonded pool).
   */
  cancelUnbonding(ctx: Context, delegator: string, operator: string, amount: bigint, creationHeight: bigint): void {
    if (!S.getValidator(ctx, operator)) throw ErrNoValidatorFound.raise(operator);
    const ubd = S.getUnbonding(ctx, delegator, operator);
    if (!ubd) throw ErrNoUnbondingDelegation.raise();
    const i = ubd.entries.findIndex((e) => e.creationHeight === creationHeight);
    const e = ubd.entries[i];
    if (!e) throw ErrInvalidRequest.raise(`unbonding delegation entry is not found at block height ${creationHeight}`);
    if (e.balance < amount) throw ErrInvalidRequest.raise("amount is greater than the unbonding delegation entry balance");
    if (isTimeReached(e.completionTime, nowOf(ctx))) throw ErrInvalidRequest.raise("unbonding delegation is already processed");
    this.bank.sendFromModuleToModule(ctx, NOT_BONDED_POOL, BONDED_POOL, this.coins(ctx, amount));
    this.delegate(ctx, delegator, operator, amount, false);
    if (e.balance === amount) ubd.entries.splice(i, 1);
    else {
      e.balance -= amount;
      e.initialBalance -= amount;
    }
    S.setUnbonding(ctx, ubd);
    ctx.emit(makeEvent("cancel_unbonding_delegation", [["amount", `${amount}${S.params(ctx).bondDenom}`], ["validator", operator], ["delegator", delegator], ["creation_height", creationHeight.toString()]]));
  }

  redelegate(ctx: Context, delegator: string, src: string, dst: string, amount: bigint): { completionTime: Time; amount: bigint } {
    if (src === dst) throw ErrSelfRedelegation.raise();
    if (!S.getValidator(ctx, src)) throw ErrBadRedelegationSrc.raise(src);
    if (!S.getValidator(ctx, dst)) throw ErrBadRedelegationDst.raise(dst);
    if (S.hasReceivingRedelegation(ctx, delegator, src)) throw ErrTransitiveRedelegation.raise();
    const p = S.params(ctx);
    const red = S.getRedelegation(ctx, delegator, src, dst) ?? { delegator, src, dst, entries: [] };
    if (red.entries.length >= p.maxEntries) throw ErrMaxRedelegationEntries.raise();
    const { tokens } = this.unbondShares(ctx, delegator, src, amount);
    if (tokens === 0n) throw ErrTinyRedelegationAmount.raise();
    const sharesDst = this.delegate(ctx, delegator, dst, tokens, false);
    const now = nowOf(ctx);
    const completionTime = { seconds: now.seconds + p.unbondingTimeSeconds, nanos: now.nanos };
    red.entries.push({ creationHeight: ctx.block.height, completionTime, initialBalance: tokens, sharesDst });
    S.setRedelegation(ctx, red);
    S.enqueueRedelegation(ctx, completionTime.seconds, delegator, src, dst);
    ctx.emit(makeEvent("redelegate", [["source_validator", src], ["destination_validator", dst], ["delegator", delegator], ["amount", `${tokens}${p.bondDenom}`], ["completion_time", String(completionTime.seconds)]]));
    return { completionTime, amount: tokens };
  }

  /** Slashes a validator (by consensus address) and its entries since `infractionHeight`; returns the burned amount. */
  slash(ctx: Context, cons: Uint8Array, infractionHeight: bigint, fraction: Fraction, reason: string): bigint {
    return processSlash(this, ctx, cons, infractionHeight, fraction, reason);
  }

  /** Jails until `untilSeconds` of block time; the validator leaves the set at the next end block. */
  jail(ctx: Context, cons: Uint8Array, untilSeconds: bigint): void {
    processJail(this, ctx, cons, untilSeconds);
  }

  /** Marks a validator as never unjailable. */
  tombstone(ctx: Context, cons: Uint8Array): void {
    processTombstone(ctx, cons);
  }

  isTombstoned(ctx: ReadCtx, cons: Uint8Array): boolean {
    return S.getSigningInfo(ctx, cons)?.tombstoned ?? false;
  }

  /** Consensus address bytes of a validator. */
  consAddress(v: ValidatorRecord): Uint8Array {
    return consAddressOf(v.consPubKey);
  }

  /** Checks an amount's denom against the bond denom (code 18 as the SDK's msg server). */
  validateBondDenom(ctx: ReadCtx, denom: string): void {
    const want = S.params(ctx).bondDenom;
    if (denom !== want) throw ErrInvalidRequest.raise(`invalid coin denomination: got ${denom}, expected ${want}`);
  }
}

export type { Fraction };
