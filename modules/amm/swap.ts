/** Swaps of slot tokens (or carbon basket coins) against the quote denom on one pool: the plan (pure read) and its execution. */
import type { Context, QueryContext } from "../../chain/app/context.js";
import { makeEvent } from "../../chain/events/types.js";
import type { ReadCtx } from "../auth/keeper.js";
import { computeSwapExactIn, computeSwapExactOut, type SwapQuote } from "./curve.js";
import { ErrInvalidDenomIn, ErrUnknownPool } from "./errors.js";
import type { AmmKeeper, Pool } from "./keeper.js";
import { AMM_MODULE_ACCOUNT } from "./keys.js";
import { commitPool } from "./pricing.js";
import { requireBaseDenom } from "./denoms.js";
import { requireOpen } from "./trading.js";

export interface SwapRequest {
  slotDenom: string;
  denomIn: string;
  /** The exact input (exactOut false) or the exact output (exactOut true). */
  amount: bigint;
  exactOut: boolean;
  /** min amount out (exact in) or max amount in (exact out). */
  limit: bigint;
}

export interface SwapPlan {
  pool: Pool;
  next: Pool;
  quote: SwapQuote;
  denomOut: string;
  feeBps: bigint;
}

/** Everything a swap at `now` would do, refused with the first failing rule's code. */
export function computeSwapPlan(k: AmmKeeper, ctx: ReadCtx | QueryContext | Context, r: SwapRequest, now: bigint): SwapPlan {
  const base = requireBaseDenom(r.slotDenom);
  const pool = k.getPool(ctx, r.slotDenom);
  if (!pool) throw ErrUnknownPool.raise(r.slotDenom);
  const feeBps = requireOpen(k, ctx, base, k.params(ctx).fees, now);
  const buy = r.denomIn === pool.quoteDenom;
  if (!buy && r.denomIn !== pool.slotDenom) throw ErrInvalidDenomIn.raise(`${r.denomIn} on pool ${pool.slotDenom}/${pool.quoteDenom}`);
  const [rIn, rOut] = buy ? [pool.quote, pool.base] : [pool.base, pool.quote];
  const quote = r.exactOut ? computeSwapExactOut(rIn, rOut, r.amount, feeBps, r.limit) : computeSwapExactIn(rIn, rOut, r.amount, feeBps, r.limit);
  const next = buy ? { ...pool, quote: quote.reserveIn, base: quote.reserveOut } : { ...pool, base: quote.reserveIn, quote: quote.reserveOut };
  return { pool, next, quote, denomOut: buy ? pool.slotDenom : pool.quoteDenom, feeBps };
}

/** Executes a swap for `trader`: input into the module account, output out of it, pool updated. */
export function processSwap(k: AmmKeeper, ctx: Context, trader: string, r: SwapRequest): SwapPlan {
  const plan = computeSwapPlan(k, ctx, r, ctx.block.timeSeconds);
  const { quote } = plan;
  k.bank.sendFromAccountToModule(ctx, trader, AMM_MODULE_ACCOUNT, [{ denom: r.denomIn, amount: quote.amountIn }]);
  k.bank.sendFromModuleToAccount(ctx, AMM_MODULE_ACCOUNT, trader, [{ denom: plan.denomOut, amount: quote.amountOut }]);
  const pool = commitPool(k, ctx, plan.pool, plan.next);
  ctx.emit(makeEvent("pogcs.amm.v1.EventSwap", [
    ["trader", trader], ["slot_denom", r.slotDenom], ["denom_in", r.denomIn], ["amount_in", quote.amountIn.toString()],
    ["denom_out", plan.denomOut], ["amount_out", quote.amountOut.toString()], ["fee", quote.feeAmount.toString()], ["fee_bps", plan.feeBps.toString()],
    ["base_reserve", pool.base.toString()], ["quote_reserve", pool.quote.toString()], ["spot_price", pool.acc.lastPrice.toString()],
  ]));
  return { ...plan, next: pool };
}
