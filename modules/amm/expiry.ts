/**
 * End block, run BEFORE the pools module's: pools whose hour has ended burn their slot inventory
 * (the pools module then finds no expired units in the amm account), keep their quote for LPs
 * to remove, and leave the class index. Then the class price observations are written.
 */
import type { Context } from "../../chain/app/context.js";
import { makeEvent } from "../../chain/events/types.js";
import { HOUR_SECONDS } from "../pools/slots.js";
import { isTimelessDenom } from "./denoms.js";
import type { AmmKeeper } from "./keeper.js";
import { AMM_MODULE_ACCOUNT } from "./keys.js";
import { commitPool, processObservations } from "./pricing.js";

/** Expires every queued pool with hourStart + 1 h <= block time, in hour order. */
export function processExpiries(k: AmmKeeper, ctx: Context): number {
  const now = ctx.block.timeSeconds;
  if (now < HOUR_SECONDS) return 0;
  const due = k.dueForExpiry(ctx, now - HOUR_SECONDS + 1n);
  for (const { hourStart, slotDenom } of due) {
    const before = k.getPool(ctx, slotDenom);
    k.dequeueExpiry(ctx, hourStart, slotDenom);
    // Timeless pools (carbon basket coins) are never queued; skip one should a marker appear.
    if (!before || before.expired || isTimelessDenom(slotDenom)) continue;
    if (before.base > 0n) k.bank.burn(ctx, AMM_MODULE_ACCOUNT, [{ denom: slotDenom, amount: before.base }]);
    const pool = commitPool(k, ctx, before, { ...before, base: 0n, expired: true });
    ctx.emit(makeEvent("pogcs.amm.v1.EventPoolExpired", [
      ["slot_denom", slotDenom], ["burned_base", before.base.toString()], ["quote_reserve", pool.quote.toString()], ["total_shares", pool.shares.toString()],
    ]));
  }
  return due.length;
}

export function processAmmEndBlock(k: AmmKeeper, ctx: Context): void {
  k.setClock(ctx, ctx.block.timeSeconds);
  processExpiries(k, ctx);
  processObservations(k, ctx);
}
