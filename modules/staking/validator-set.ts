import type { Context, ValidatorUpdate } from "../../chain/app/context.js";
import { parseValAddress } from "../../chain/codec/address.js";
import { compareBytes } from "../../chain/crypto/bytes.js";
import { makeEvent } from "../../chain/events/types.js";
import { stakingStore as S, type ReadCtx } from "./store.js";
import type { StakingKeeper } from "./keeper.js";
import { BondStatus, nowOf, type ValidatorRecord } from "./types.js";

export interface SetMember {
  validator: ValidatorRecord;
  power: bigint;
}

/**
 * The set the next epoch would apply: non-jailed validators with power > 0 under the injected
 * power function, highest power first (ties by operator address bytes), top `max_validators`.
 */
export function computeActiveSet(k: StakingKeeper, ctx: ReadCtx): SetMember[] {
  const max = S.params(ctx).maxValidators;
  const members: SetMember[] = [];
  for (const v of S.iterateValidators(ctx)) {
    if (v.jailed) continue;
    const power = k.powerOf(ctx, v);
    if (power > 0n) members.push({ validator: v, power });
  }
  members.sort((a, b) =>
    a.power === b.power ? compareBytes(parseValAddress(a.validator.operator), parseValAddress(b.validator.operator)) : a.power > b.power ? -1 : 1,
  );
  return members.slice(0, max);
}

export function isEpochBoundary(height: bigint, epochLength: bigint): boolean {
  return epochLength <= 1n || height % epochLength === 0n;
}

function startUnbonding(ctx: Context, v: ValidatorRecord): void {
  const now = nowOf(ctx);
  const t = S.params(ctx).unbondingTimeSeconds;
  S.setValidator(ctx, { ...v, status: BondStatus.BOND_STATUS_UNBONDING, unbondingHeight: ctx.block.height, unbondingTime: { seconds: now.seconds + t, nanos: now.nanos } });
}

/** Replaces the stored last set with `next` and returns the CometBFT diff (power 0 removes). */
export function applyValidatorSet(ctx: Context, next: SetMember[]): ValidatorUpdate[] {
  const last = S.lastPowers(ctx);
  const updates: ValidatorUpdate[] = [];
  const nextOps = new Set<string>();
  let total = 0n;
  for (const { validator: v, power } of next) {
    nextOps.add(v.operator);
    total += power;
    if (last.get(v.operator) !== power) updates.push({ pubKey: v.consPubKey, power });
    S.setLastPower(ctx, v.operator, power);
    if (v.status !== BondStatus.BOND_STATUS_BONDED) S.setValidator(ctx, { ...v, status: BondStatus.BOND_STATUS_BONDED });
  }
  for (const op of last.keys()) {
    if (nextOps.has(op)) continue;
    S.setLastPower(ctx, op, 0n);
    const v = S.getValidator(ctx, op);
    if (!v) continue;
    updates.push({ pubKey: v.consPubKey, power: 0n });
    startUnbonding(ctx, v);
  }
  S.setLastTotalPower(ctx, total);
  return updates;
}

/**
 * End-block validator set: at an epoch boundary the whole set is recomputed and diffed; between
 * boundaries only jailed members leave (power 0), at once, so a jailed or tombstoned validator
 * stops signing as soon as consensus applies the update.
 */
export function processValidatorSetUpdates(k: StakingKeeper, ctx: Context): ValidatorUpdate[] {
  const p = S.params(ctx);
  let updates: ValidatorUpdate[];
  if (isEpochBoundary(ctx.block.height, p.epochLength)) {
    updates = applyValidatorSet(ctx, computeActiveSet(k, ctx));
  } else {
    updates = [];
    const last = S.lastPowers(ctx);
    let total = S.lastTotalPower(ctx);
    for (const [op, power] of last) {
      const v = S.getValidator(ctx, op);
      if (v && !v.jailed) continue;
      S.setLastPower(ctx, op, 0n);
      total -= power;
      if (v) {
        updates.push({ pubKey: v.consPubKey, power: 0n });
        startUnbonding(ctx, v);
      }
    }
    if (updates.length > 0) S.setLastTotalPower(ctx, total);
  }
  if (updates.length > 0) ctx.emit(makeEvent("validator_set_update", [["height", ctx.block.height.toString()], ["changes", String(updates.length)]]));
  return updates;
}

/** Genesis: an imported last set is kept (exported genesis); otherwise the set is computed. */
export function processGenesisValidators(k: StakingKeeper, ctx: Context): ValidatorUpdate[] {
  const last = S.lastPowers(ctx);
  if (last.size > 0) {
    const out: ValidatorUpdate[] = [];
    for (const [op, power] of last) {
      const v = S.getValidator(ctx, op);
      if (v) out.push({ pubKey: v.consPubKey, power });
    }
    return out;
  }
  return applyValidatorSet(ctx, computeActiveSet(k, ctx));
}
