/**
 * The time and backing rules every pool operation checks, in a fixed order so each bad input gets
 * the same code every time: deadline, slot denom, expiry, close, minted, backed. Carbon basket
 * coins (timeless pools) skip everything after the denom: base fee, always open.
 */
import type { Context, QueryContext } from "../../chain/app/context.js";
import type { ReadCtx } from "../auth/keeper.js";
import { isSlotExpired, type SlotId } from "../pools/slots.js";
import { ErrDeadlinePassed, ErrSlotExpired, ErrSlotUnbacked, ErrUnknownSlot } from "./errors.js";
import type { BaseDenom } from "./denoms.js";
import { computeSwapFeeBps, type FeeSchedule } from "./fees.js";
import type { AmmKeeper } from "./keeper.js";

/** A tx is valid while block time <= deadline (Uniswap's `ensure(deadline)`). */
export function validateDeadline(ctx: Context, deadline: bigint): void {
  if (ctx.block.timeSeconds > deadline) throw ErrDeadlinePassed.raise(`block time ${ctx.block.timeSeconds} > deadline ${deadline}`);
}

/**
 * Refuses a slot that has expired, is closed by the fee schedule, was never minted or is not
 * fully backed; returns the fee in bps at `now`. Removal of liquidity does not call this.
 */
export function requireTradable(k: AmmKeeper, ctx: ReadCtx | QueryContext | Context, denom: string, slot: SlotId, fees: FeeSchedule, now: bigint): bigint {
  if (isSlotExpired(slot, now)) throw ErrSlotExpired.raise(`${denom} ended at ${slot.hourStart + 3600n}, now ${now}`);
  const feeBps = computeSwapFeeBps(now, slot.hourStart, fees);
  const status = k.slots.slotStatus(ctx, denom, now);
  if (!status) throw ErrUnknownSlot.raise(denom);
  if (status.expired) throw ErrSlotExpired.raise(denom);
  if (!status.backed) throw ErrSlotUnbacked.raise(`${denom}: supply ${status.supply} > backed ${status.backedUnits}`);
  return feeBps;
}

/**
 * The fee in bps for trading `base` at `now`: a slot goes through requireTradable; a carbon basket
 * coin (timeless pool) always trades at the schedule's base fee, with no expiry, close or backing.
 */
export function requireOpen(k: AmmKeeper, ctx: ReadCtx | QueryContext | Context, base: BaseDenom, fees: FeeSchedule, now: bigint): bigint {
  return base.kind === "carbon" ? fees.baseBps : requireTradable(k, ctx, base.denom, base.slot, fees, now);
}
