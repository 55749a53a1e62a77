import type { Context } from "../../chain/app/context.js";
import type { ReadCtx } from "../auth/keeper.js";
import { parseBaseDenom, poolSlotFields } from "./denoms.js";
import { ErrInvalidSlotDenom } from "./errors.js";
import type { AmmKeeper, Pool } from "./keeper.js";
import { AMM_MODULE_ACCOUNT, LP_CLASS_ID } from "./keys.js";
import { ammParamsFromJson, ammParamsToJson, DEFAULT_AMM_PARAMS, validateAmmParams } from "./params.js";

type Num = string;
/** amm genesis (snake_case JSON; amounts, times and ids as decimal strings). */
export interface AmmGenesisJson {
  params?: Record<string, unknown>;
  pools?: Array<{
    slot_denom: string; quote_denom: string; base_reserve: Num; quote_reserve: Num; total_shares: Num; created_time: Num;
    price_cumulative: Num; price_last_time: Num; price_last: Num; expired: boolean;
  }>;
  positions?: Array<{ id: Num; slot_denom: string; shares: Num }>;
  next_position_id?: Num;
  classes?: Array<{ slot_class: string; sum_base: Num; sum_quote: Num; price_cumulative: Num; price_last_time: Num; price_last: Num; obs_next: Num; obs_count: Num; last_obs_time: Num }>;
  observations?: Array<{ slot_class: string; seq: Num; time: Num; cumulative: Num }>;
  clock?: Num;
}

export function defaultAmmGenesis(): AmmGenesisJson {
  return { params: ammParamsToJson(DEFAULT_AMM_PARAMS), pools: [], positions: [], next_position_id: "1", classes: [], observations: [], clock: "0" };
}

/**
 * Creates the `amm-lp` NFT class (unless an nft genesis already holds it: nft runs first) and
 * imports the records as exported. Position NFTs come from the nft genesis; the invariants check
 * that both halves agree.
 */
export function initAmmGenesis(k: AmmKeeper, ctx: Context, g: AmmGenesisJson | undefined): void {
  const params = ammParamsFromJson(g?.params);
  validateAmmParams(params);
  k.setParams(ctx, params);
  if (!k.nft.getClass(ctx, LP_CLASS_ID)) {
    k.nft.createModuleClass(ctx, AMM_MODULE_ACCOUNT, {
      id: LP_CLASS_ID, name: "PoGCS AMM liquidity position", symbol: "GCS-LP",
      description: "Shares of one hour-slot pool; whoever holds the NFT may remove them.", transferable: true,
    });
  }
  for (const p of g?.pools ?? []) {
    const base = parseBaseDenom(p.slot_denom);
    if (!base) throw ErrInvalidSlotDenom.raise(p.slot_denom);
    const slot = poolSlotFields(base);
    const pool: Pool = {
      slotDenom: p.slot_denom, slotClass: slot.slotClass, hourStart: slot.hourStart, quoteDenom: p.quote_denom,
      base: BigInt(p.base_reserve), quote: BigInt(p.quote_reserve), shares: BigInt(p.total_shares), createdTime: BigInt(p.created_time),
      acc: { cumulative: BigInt(p.price_cumulative), lastTime: BigInt(p.price_last_time), lastPrice: BigInt(p.price_last) }, expired: p.expired,
    };
    k.setPool(ctx, pool);
    if (!pool.expired && base.kind === "slot") k.queueExpiry(ctx, pool.hourStart, pool.slotDenom);
  }
  for (const p of g?.positions ?? []) {
    const id = BigInt(p.id);
    k.setPosition(ctx, { id, nftId: `lp-${id}`, slotDenom: p.slot_denom, shares: BigInt(p.shares) });
  }
  k.setNextPositionId(ctx, BigInt(g?.next_position_id ?? "1"));
  for (const c of g?.classes ?? []) {
    k.setClass(ctx, {
      slotClass: c.slot_class, sumBase: BigInt(c.sum_base), sumQuote: BigInt(c.sum_quote),
      acc: { cumulative: BigInt(c.price_cumulative), lastTime: BigInt(c.price_last_time), lastPrice: BigInt(c.price_last) },
      obsNext: BigInt(c.obs_next), obsCount: BigInt(c.obs_count), lastObsTime: BigInt(c.last_obs_time),
    });
  }
  for (const o of g?.observations ?? []) k.setObservation(ctx, o.slot_class, BigInt(o.seq), { time: BigInt(o.time), cumulative: BigInt(o.cumulative) });
  if (g?.clock && g.clock !== "0") k.setClock(ctx, BigInt(g.clock));
}

export function exportAmmGenesis(k: AmmKeeper, ctx: ReadCtx): AmmGenesisJson {
  const classes = [...k.iterateClasses(ctx)];
  const observations: NonNullable<AmmGenesisJson["observations"]> = [];
  for (const c of classes) {
    for (let s = c.obsNext - c.obsCount; s < c.obsNext; s++) {
      const o = k.getObservation(ctx, c.slotClass, s);
      if (o) observations.push({ slot_class: c.slotClass, seq: s.toString(), time: o.time.toString(), cumulative: o.cumulative.toString() });
    }
  }
  return {
    params: ammParamsToJson(k.params(ctx)),
    pools: [...k.iteratePools(ctx)].map((p) => ({
      slot_denom: p.slotDenom, quote_denom: p.quoteDenom, base_reserve: p.base.toString(), quote_reserve: p.quote.toString(),
      total_shares: p.shares.toString(), created_time: p.createdTime.toString(), price_cumulative: p.acc.cumulative.toString(),
      price_last_time: p.acc.lastTime.toString(), price_last: p.acc.lastPrice.toString(), expired: p.expired,
    })),
    positions: [...k.iteratePositions(ctx)].map((p) => ({ id: p.id.toString(), slot_denom: p.slotDenom, shares: p.shares.toString() })),
    next_position_id: k.nextPositionId(ctx).toString(),
    classes: classes.map((c) => ({
      slot_class: c.slotClass, sum_base: c.sumBase.toString(), sum_quote: c.sumQuote.toString(), price_cumulative: c.acc.cumulative.toString(),
      price_last_time: c.acc.lastTime.toString(), price_last: c.acc.lastPrice.toString(), obs_next: c.obsNext.toString(),
      obs_count: c.obsCount.toString(), last_obs_time: c.lastObsTime.toString(),
    })),
    observations,
    clock: k.clock(ctx).toString(),
  };
}
