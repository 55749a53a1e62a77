/**
 * Adding liquidity (creating the pool on the first deposit, a new LP position NFT per deposit) and
 * removing it (by the NFT's current owner; the NFT is burnt when the position is empty). After the
 * slot hour the pool holds quote only and a removal pays floor(shares·Q/S) quote. Timeless pools
 * (carbon basket coins) never reach that state.
 */
import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import { makeEvent } from "../../chain/events/types.js";
import { computeAddLiquidity, computeInitialLiquidity, computeRemoveLiquidity, mulDivDown, type LiquidityChange } from "./curve.js";
import { ErrInsufficientShares, ErrNotPositionOwner, ErrSlippageExceeded, ErrUnknownPool, ErrUnknownPosition, ErrZeroAmount } from "./errors.js";
import type { AmmKeeper, Pool, Position } from "./keeper.js";
import { AMM_MODULE_ACCOUNT, LP_CLASS_ID, positionNftId } from "./keys.js";
import { commitPool } from "./pricing.js";
import { poolSlotFields, requireBaseDenom } from "./denoms.js";
import { requireOpen } from "./trading.js";

export interface AddLiquidity {
  provider: string;
  slotDenom: string;
  baseMax: bigint;
  quoteMax: bigint;
  minShares: bigint;
}

function coins(pairs: Array<[string, bigint]>): Coin[] {
  return pairs.filter(([, a]) => a > 0n).map(([denom, amount]) => ({ denom, amount }));
}

/** Deposits into the slot's pool (created on first use) and mints position NFT `lp-<id>` to the provider. */
export function processAddLiquidity(k: AmmKeeper, ctx: Context, m: AddLiquidity): { position: Position; change: LiquidityChange; pool: Pool } {
  const now = ctx.block.timeSeconds;
  const base = requireBaseDenom(m.slotDenom);
  const slot = poolSlotFields(base);
  const params = k.params(ctx);
  requireOpen(k, ctx, base, params.fees, now);
  const before = k.getPool(ctx, m.slotDenom);
  let change: LiquidityChange;
  if (before) {
    change = computeAddLiquidity(before, m.baseMax, m.quoteMax, m.minShares);
  } else {
    change = computeInitialLiquidity(m.baseMax, m.quoteMax);
    if (change.shares < m.minShares) throw ErrSlippageExceeded.raise(`shares ${change.shares} < min ${m.minShares}`);
  }
  const quoteDenom = before?.quoteDenom ?? params.quoteDenom;
  k.bank.sendFromAccountToModule(ctx, m.provider, AMM_MODULE_ACCOUNT, coins([[m.slotDenom, change.base], [quoteDenom, change.quote]]));

  const id = k.nextPositionId(ctx);
  const position: Position = { id, nftId: positionNftId(id), slotDenom: m.slotDenom, shares: change.shares };
  k.setNextPositionId(ctx, id + 1n);
  k.setPosition(ctx, position);
  k.nft.mint(ctx, AMM_MODULE_ACCOUNT, { classId: LP_CLASS_ID, id: position.nftId, owner: m.provider });

  const next: Pool = before
    ? { ...before, base: change.pool.base, quote: change.pool.quote, shares: change.pool.shares }
    : {
        slotDenom: m.slotDenom, slotClass: slot.slotClass, hourStart: slot.hourStart, quoteDenom, base: change.pool.base, quote: change.pool.quote,
        shares: change.pool.shares, createdTime: now, acc: { cumulative: 0n, lastTime: now, lastPrice: 0n }, expired: false,
      };
  if (!before) {
    // Timeless pools (carbon basket coins) never expire, so they are never queued.
    if (base.kind === "slot") k.queueExpiry(ctx, next.hourStart, next.slotDenom);
    ctx.emit(makeEvent("pogcs.amm.v1.EventPoolCreated", [["slot_denom", m.slotDenom], ["slot_class", slot.slotClass], ["hour_start", slot.hourStart.toString()], ["quote_denom", quoteDenom]]));
  }
  const pool = commitPool(k, ctx, before, next);
  ctx.emit(makeEvent("pogcs.amm.v1.EventAddLiquidity", [
    ["provider", m.provider], ["slot_denom", m.slotDenom], ["position_id", id.toString()], ["nft_id", position.nftId],
    ["base", change.base.toString()], ["quote", change.quote.toString()], ["shares", change.shares.toString()],
    ["base_reserve", pool.base.toString()], ["quote_reserve", pool.quote.toString()], ["total_shares", pool.shares.toString()],
  ]));
  return { position, change, pool };
}

export interface RemoveLiquidity {
  owner: string;
  positionId: bigint;
  shares: bigint;
  minBase: bigint;
  minQuote: bigint;
}

/** After expiry (no slot tokens left): quote only, floor(shares·Q/S). */
function computeRemoveExpired(pool: Pool, shares: bigint, minBase: bigint, minQuote: bigint): LiquidityChange {
  const quote = mulDivDown(shares, pool.quote, pool.shares);
  if (quote === 0n) throw ErrZeroAmount.raise("withdrawal");
  if (minBase > 0n || quote < minQuote) throw ErrSlippageExceeded.raise(`withdrawal 0/${quote} < min ${minBase}/${minQuote}`);
  return { base: 0n, quote, shares, pool: { base: 0n, quote: pool.quote - quote, shares: pool.shares - shares } };
}

/** What removing `shares` of a pool pays now. */
export function computeRemoval(pool: Pool, shares: bigint, minBase = 0n, minQuote = 0n): LiquidityChange {
  return pool.base === 0n ? computeRemoveExpired(pool, shares, minBase, minQuote) : computeRemoveLiquidity(pool, shares, minBase, minQuote);
}

export function processRemoveLiquidity(k: AmmKeeper, ctx: Context, m: RemoveLiquidity): { change: LiquidityChange; closed: boolean } {
  const position = k.getPosition(ctx, m.positionId);
  if (!position) throw ErrUnknownPosition.raise(`position ${m.positionId}`);
  const owner = k.nft.ownerOf(ctx, LP_CLASS_ID, position.nftId);
  if (owner !== m.owner) throw ErrNotPositionOwner.raise(`${m.owner} does not own ${LP_CLASS_ID}/${position.nftId}`);
  if (m.shares > position.shares) throw ErrInsufficientShares.raise(`${m.shares} > ${position.shares}`);
  const before = k.getPool(ctx, position.slotDenom);
  if (!before) throw ErrUnknownPool.raise(position.slotDenom);
  const change = computeRemoval(before, m.shares, m.minBase, m.minQuote);

  k.bank.sendFromModuleToAccount(ctx, AMM_MODULE_ACCOUNT, m.owner, coins([[before.slotDenom, change.base], [before.quoteDenom, change.quote]]));
  const left = position.shares - m.shares;
  if (left === 0n) {
    k.deletePosition(ctx, position.id);
    k.nft.burn(ctx, AMM_MODULE_ACCOUNT, LP_CLASS_ID, position.nftId);
  } else {
    k.setPosition(ctx, { ...position, shares: left });
  }
  const pool = commitPool(k, ctx, before, { ...before, base: change.pool.base, quote: change.pool.quote, shares: change.pool.shares });
  ctx.emit(makeEvent("pogcs.amm.v1.EventRemoveLiquidity", [
    ["owner", m.owner], ["slot_denom", before.slotDenom], ["position_id", position.id.toString()], ["nft_id", position.nftId],
    ["base", change.base.toString()], ["quote", change.quote.toString()], ["shares", m.shares.toString()], ["position_closed", String(left === 0n)],
    ["base_reserve", pool.base.toString()], ["quote_reserve", pool.quote.toString()], ["total_shares", pool.shares.toString()],
  ]));
  return { change, closed: left === 0n };
}
