import type { Context } from "../../chain/app/context.js";
import type { ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { ErrInvalidRequest, ErrLogic } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import { BONDED_POOL, NOT_BONDED_POOL } from "./keys.js";
import { stakingStore as S, operatorAccount } from "./store.js";
import type { StakingBankKeeper, StakingHooks } from "./expected-keepers.js";
import { applyRemoveShares, computeTokensOf } from "./shares.js";
import { mulDivCeil, type Fraction } from "./dec.js";
import { consAddressOf, isTimeReached, nowOf, valconsAddress, type ValidatorRecord } from "./types.js";
import {
  ErrMissingSelfDelegation, ErrNoValidatorForAddress, ErrSelfDelegationTooLowToUnjail, ErrValidatorNotJailed,
  ErrValidatorStillJailed, ErrValidatorTombstoned,
} from "./errors.js";

/** What slashing needs from the keeper (kept narrow so keeper.ts can call in without a cycle). */
export interface SlashEnv {
  readonly bank: StakingBankKeeper;
  readonly hooks: readonly StakingHooks[];
}

/** Jail end for tombstoned validators, as the SDK's DoubleSignJailEndTime (9999-12-31T23:59:59Z). */
export const DOUBLE_SIGN_JAIL_END = 253402300799n;

function cut(amount: bigint, f: Fraction, cap: bigint): bigint {
  const c = mulDivCeil(amount, f.num, f.den);
  return c > cap ? cap : c;
}

export function newSigningInfo(cons: Uint8Array, startHeight: bigint): ValidatorSigningInfo {
  return { address: valconsAddress(cons), startHeight, indexOffset: 0n, jailedUntil: { seconds: 0n, nanos: 0 }, tombstoned: false, missedBlocksCounter: 0n };
}

function signingInfo(ctx: Context, cons: Uint8Array): ValidatorSigningInfo {
  return S.getSigningInfo(ctx, cons) ?? newSigningInfo(cons, ctx.block.height);
}

/**
 * Slashes `fraction` of a validator's stake for an infraction at `infractionHeight`:
 * unbonding entries and redelegations out of it created at or after that height lose the same
 * fraction of their initial balance; the validator loses the fraction of its current tokens.
 * Every cut rounds up (the penalty is never smaller than the fraction). Burned from the pools.
 * Deviation from the SDK: the validator's cut is of its current tokens, not of its power at the
 * infraction height minus what the entries paid (we keep no historical power).
 * Returns the amount burned; an unknown consensus address slashes nothing.
 */
export function processSlash(k: SlashEnv, ctx: Context, cons: Uint8Array, infractionHeight: bigint, fraction: Fraction, reason: string): bigint {
  if (fraction.den <= 0n || fraction.num < 0n || fraction.num > fraction.den) throw ErrInvalidRequest.raise("slash fraction must be within [0, 1]");
  if (infractionHeight > ctx.block.height) throw ErrLogic.raise(`cannot slash for future infraction at ${infractionHeight} (height ${ctx.block.height})`);
  const operator = S.operatorByCons(ctx, cons);
  if (!operator || fraction.num === 0n) return 0n;
  const now = nowOf(ctx);
  let burnNotBonded = 0n;
  let burnBonded = 0n;
  for (const ubd of [...S.validatorUnbondings(ctx, operator)]) {
    let changed = false;
    for (const e of ubd.entries) {
      if (e.creationHeight < infractionHeight || isTimeReached(e.completionTime, now)) continue;
      const amt = cut(e.initialBalance, fraction, e.balance);
      if (amt === 0n) continue;
      e.balance -= amt;
      burnNotBonded += amt;
      changed = true;
    }
    if (changed) S.setUnbonding(ctx, ubd);
  }
  for (const red of [...S.redelegationsFromValidator(ctx, operator)]) {
    for (const e of red.entries) {
      if (e.creationHeight < infractionHeight || isTimeReached(e.completionTime, now)) continue;
      const d = S.getDelegation(ctx, red.delegator, red.dst);
      const dst = S.getValidator(ctx, red.dst);
      if (!d || !dst || dst.shares === 0n) continue;
      const shares = cut(e.sharesDst, fraction, d.shares);
      if (shares === 0n) continue;
      const { pool, tokens } = applyRemoveShares(dst, shares);
      S.setValidator(ctx, { ...dst, tokens: pool.tokens, shares: pool.shares });
      S.setDelegation(ctx, { ...d, shares: d.shares - shares });
      burnBonded += tokens;
    }
  }
  const v = S.getValidator(ctx, operator)!;
  const own = cut(v.tokens, fraction, v.tokens);
  S.setValidator(ctx, { ...v, tokens: v.tokens - own });
  burnBonded += own;
  const denom = S.params(ctx).bondDenom;
  if (burnBonded > 0n) k.bank.burn(ctx, BONDED_POOL, [{ denom, amount: burnBonded }]);
  if (burnNotBonded > 0n) k.bank.burn(ctx, NOT_BONDED_POOL, [{ denom, amount: burnNotBonded }]);
  const burned = burnBonded + burnNotBonded;
  ctx.emit(
    makeEvent("slash", [
      ["address", valconsAddress(cons)],
      ["validator", operator],
      ["reason", reason],
      ["infraction_height", infractionHeight.toString()],
      ["burned_coins", `${burned}${denom}`],
    ]),
  );
  for (const h of k.hooks) h.onValidatorSlashed?.(ctx, operator, fraction, burned, reason);
  return burned;
}

/** Jails until `untilSeconds` (block time); an already jailed validator keeps the later end. */
export function processJail(k: SlashEnv, ctx: Context, cons: Uint8Array, untilSeconds: bigint): void {
  const op = S.operatorByCons(ctx, cons);
  const v = op ? S.getValidator(ctx, op) : undefined;
  if (!v) return;
  const info = signingInfo(ctx, cons);
  if (untilSeconds > info.jailedUntil.seconds) info.jailedUntil = { seconds: untilSeconds, nanos: 0 };
  S.setSigningInfo(ctx, cons, info);
  if (v.jailed) return;
  S.setValidator(ctx, { ...v, jailed: true });
  ctx.emit(makeEvent("jail", [["address", valconsAddress(cons)], ["validator", v.operator], ["jailed_until", info.jailedUntil.seconds.toString()]]));
  for (const h of k.hooks) h.onValidatorJailed?.(ctx, v.operator);
}

/** Marks a validator as never unjailable (double sign). */
export function processTombstone(ctx: Context, cons: Uint8Array): void {
  const info = signingInfo(ctx, cons);
  info.tombstoned = true;
  S.setSigningInfo(ctx, cons, info);
}

/**
 * MsgUnjail. Deviation from the SDK: a tombstoned validator gets ErrValidatorTombstoned (slashing 9)
 * rather than ErrValidatorJailed (4), so a client can tell "never" from "not yet".
 */
export function processUnjail(k: SlashEnv, ctx: Context, operator: string): ValidatorRecord {
  const v = S.getValidator(ctx, operator);
  if (!v) throw ErrNoValidatorForAddress.raise(operator);
  const self = S.getDelegation(ctx, operatorAccount(operator), operator);
  if (!self) throw ErrMissingSelfDelegation.raise();
  if (computeTokensOf(v, self.shares) < v.minSelfDelegation) throw ErrSelfDelegationTooLowToUnjail.raise();
  if (!v.jailed) throw ErrValidatorNotJailed.raise();
  const cons = consAddressOf(v.consPubKey);
  const info = signingInfo(ctx, cons);
  if (info.tombstoned) throw ErrValidatorTombstoned.raise();
  if (ctx.block.timeSeconds < info.jailedUntil.seconds) {
    throw ErrValidatorStillJailed.raise(`jailed until ${info.jailedUntil.seconds}, block time ${ctx.block.timeSeconds}`);
  }
  // A fresh liveness window: the validator is judged from the height it came back.
  S.setSigningInfo(ctx, cons, { ...info, startHeight: ctx.block.height, indexOffset: 0n, missedBlocksCounter: 0n });
  S.clearMissed(ctx, cons);
  const after = { ...v, jailed: false };
  S.setValidator(ctx, after);
  ctx.emit(makeEvent("unjail", [["validator", operator]]));
  return after;
}
