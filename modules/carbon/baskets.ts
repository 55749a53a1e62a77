import type { Context } from "../../chain/app/context.js";
import { fromUtf8, prefixEnd, utf8 } from "../../chain/crypto/bytes.js";
import { ErrLogic } from "../../chain/errors/index.js";
import { makeEvent } from "../../chain/events/types.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { moduleAddress } from "../auth/keeper.js";
import { fromLong, toLong } from "../devices/long.js";
import type { ReadCtx } from "./expected-keepers.js";
import { ErrBasketCriteria, ErrBasketExists, ErrBasketFrozen, ErrBasketInsufficient, ErrBasketNotFound, ErrInvalidId, ErrUnknownCreditType } from "./errors.js";
import { isBatchFrozen, requireNotFrozen } from "./frozen.js";
import { BASKET_PREFIX, CARBON, basketBalanceKey, basketBalancePrefix, basketKey, readU64 } from "./keys.js";
import { CARBON_MODULE_ACCOUNT, type CarbonKeeper } from "./keeper.js";
import { processRetire, type RetireMeta } from "./retire.js";
import { validateRegionId } from "./regions.js";
import { CREDIT_TYPES, SerialStatus, isCreditType } from "./types.js";

import P = pogcs.carbon.v1;

const BASKET_ID_RE = /^[a-z][a-z0-9]{2,31}$/;
const S = SerialStatus;

export interface Basket {
  id: string;
  denom: string;
  name: string;
  curator: string;
  creditType: string;
  minVintageHour: bigint;
  regions: string[];
  createdHeight: bigint;
}

export interface BasketHolding {
  batchId: string;
  vintageHour: bigint;
  vintageEpoch: bigint;
  amount: bigint;
}

export function basketDenom(id: string): string {
  return `carbon/${id}`;
}

/** The account that holds a basket's escrowed credits (credits only, never coins). */
export function basketEscrow(id: string): string {
  return moduleAddress(`carbon/basket/${id}`);
}

export function validateBasketId(id: string): void {
  if (!BASKET_ID_RE.test(id)) throw ErrInvalidId.raise(`basket id ${JSON.stringify(id)}: a lowercase letter then 2..31 of a-z 0-9`);
}

export function validateCriteria(creditType: string, regions: string[]): void {
  if (!isCreditType(creditType)) throw ErrUnknownCreditType.raise(JSON.stringify(creditType));
  for (const r of regions) validateRegionId(r);
}

export function basketToProto(b: Basket): P.IBasket {
  return {
    id: b.id, denom: b.denom, name: b.name, curator: b.curator, createdHeight: toLong(b.createdHeight),
    criteria: { creditType: b.creditType, minVintageHour: toLong(b.minVintageHour), regions: b.regions },
  };
}

function basketFromProto(m: P.IBasket): Basket {
  return {
    id: m.id ?? "", denom: m.denom ?? "", name: m.name ?? "", curator: m.curator ?? "", createdHeight: fromLong(m.createdHeight),
    creditType: m.criteria?.creditType ?? "", minVintageHour: fromLong(m.criteria?.minVintageHour), regions: [...(m.criteria?.regions ?? [])],
  };
}

export function getBasket(ctx: ReadCtx, id: string): Basket | undefined {
  const raw = ctx.kv(CARBON).get(basketKey(id));
  return raw ? basketFromProto(P.Basket.decode(raw)) : undefined;
}

export function requireBasket(ctx: ReadCtx, id: string): Basket {
  const b = getBasket(ctx, id);
  if (!b) throw ErrBasketNotFound.raise(`basket ${JSON.stringify(id)}`);
  return b;
}

export function getBaskets(ctx: ReadCtx): Basket[] {
  return [...ctx.kv(CARBON).iterate(BASKET_PREFIX, prefixEnd(BASKET_PREFIX))].map(([, v]) => basketFromProto(P.Basket.decode(v)));
}

/** A basket's credits, oldest vintage first: by vintage hour, then device epoch, then batch id. */
export function basketHoldings(ctx: ReadCtx, id: string): BasketHolding[] {
  const p = basketBalancePrefix(id);
  return [...ctx.kv(CARBON).iterate(p, prefixEnd(p))].map(([k, v]) => ({
    vintageHour: readU64(k, p.length), vintageEpoch: readU64(k, p.length + 8), batchId: fromUtf8(k.subarray(p.length + 16)), amount: BigInt(fromUtf8(v)),
  }));
}

function setHolding(ctx: Context, basketId: string, h: BasketHolding): void {
  const key = basketBalanceKey(basketId, h.vintageHour, h.vintageEpoch, h.batchId);
  if (h.amount < 0n) throw ErrLogic.raise(`negative basket holding ${basketId}/${h.batchId}`);
  if (h.amount === 0n) ctx.kv(CARBON).delete(key);
  else ctx.kv(CARBON).set(key, utf8(h.amount.toString()));
}

export function createBasket(k: CarbonKeeper, ctx: Context, b: Omit<Basket, "denom" | "createdHeight">): Basket {
  validateBasketId(b.id);
  validateCriteria(b.creditType, b.regions);
  if (getBasket(ctx, b.id)) throw ErrBasketExists.raise(`basket ${b.id}`);
  const basket: Basket = { ...b, denom: basketDenom(b.id), createdHeight: ctx.block.height };
  ctx.kv(CARBON).set(basketKey(b.id), P.Basket.encode(basketToProto(basket)).finish());
  const unit = CREDIT_TYPES.find((c) => c.abbrev === b.creditType)!;
  k.bank.setDenomMetadata(ctx, {
    description: `${b.name || b.id}: basket of ${unit.name}s (1 coin = 1 ${unit.unit})`, base: basket.denom, display: `${b.id}`,
    denomUnits: [{ denom: basket.denom, exponent: 0, aliases: [] }, { denom: b.id, exponent: unit.precision, aliases: [unit.display] }],
    name: b.name || b.id, symbol: b.id.toUpperCase(), uri: "", uriHash: "",
  });
  ctx.emit(makeEvent("pogcs.carbon.v1.EventCreateBasket", [["basket_id", b.id], ["denom", basket.denom], ["curator", b.curator], ["credit_type", b.creditType]]));
  return basket;
}

/** Escrows tradable credits of an eligible, unfrozen batch and mints basket coins 1:1 to the depositor. */
export function basketDeposit(k: CarbonKeeper, ctx: Context, owner: string, basketId: string, batchId: string, amount: bigint): void {
  const basket = requireBasket(ctx, basketId);
  const batch = k.ledger.requireBatch(ctx, batchId);
  requireNotFrozen(ctx, k.devices, batch);
  if (batch.creditType !== basket.creditType) throw ErrBasketCriteria.raise(`batch ${batchId} is ${batch.creditType}, basket takes ${basket.creditType}`);
  if (batch.vintageHour < basket.minVintageHour) throw ErrBasketCriteria.raise(`vintage ${batch.vintageHour} before ${basket.minVintageHour}`);
  if (basket.regions.length > 0 && !basket.regions.includes(batch.region)) throw ErrBasketCriteria.raise(`region ${batch.region} not in ${basket.regions.join(",")}`);
  k.ledger.move(ctx, batchId, { holder: owner, status: S.SERIAL_STATUS_TRADABLE }, { holder: basketEscrow(basketId), status: S.SERIAL_STATUS_ESCROWED }, amount);
  const prior = basketHoldings(ctx, basketId).find((h) => h.batchId === batchId)?.amount ?? 0n;
  setHolding(ctx, basketId, { batchId, vintageHour: batch.vintageHour, vintageEpoch: batch.vintageEpoch, amount: prior + amount });
  const coins = [{ denom: basket.denom, amount }];
  k.bank.mint(ctx, CARBON_MODULE_ACCOUNT, coins);
  k.bank.sendFromModuleToAccount(ctx, CARBON_MODULE_ACCOUNT, owner, coins);
  ctx.emit(makeEvent("pogcs.carbon.v1.EventBasketDeposit", [["basket_id", basketId], ["owner", owner], ["batch_id", batchId], ["amount", amount.toString()]]));
}

/** A basket's holdings with each one's frozen state (its batch's device is now flagged). */
export function basketHoldingsFrozen(k: CarbonKeeper, ctx: ReadCtx, id: string): Array<BasketHolding & { frozen: boolean }> {
  return basketHoldings(ctx, id).map((h) => ({ ...h, frozen: isHoldingFrozen(k, ctx, h) }));
}

function isHoldingFrozen(k: CarbonKeeper, ctx: ReadCtx, h: BasketHolding): boolean {
  return isBatchFrozen(ctx, k.devices, k.ledger.requireBatch(ctx, h.batchId));
}

/**
 * Burns `amount` basket coins of the owner and hands out the basket's unfrozen credits oldest
 * vintage first: tradable to the owner, or retired in the owner's name with one certificate.
 * Frozen holdings stay escrowed (still backing coins); if the unfrozen ones cannot cover the
 * amount the take is refused (35) before anything is burned.
 */
export function basketTake(
  k: CarbonKeeper, ctx: Context, owner: string, basketId: string, amount: bigint, retire?: Omit<RetireMeta, "basketId">,
): { credits: Array<{ batchId: string; amount: bigint; serials: Array<{ start: bigint; end: bigint }> }>; retirementId?: bigint; certificateId?: string } {
  const basket = requireBasket(ctx, basketId);
  const holdings = basketHoldings(ctx, basketId);
  const total = holdings.reduce((a, h) => a + h.amount, 0n);
  if (total < amount) throw ErrBasketInsufficient.raise(`basket ${basketId} holds ${total}, asked ${amount}`);
  const picks: BasketHolding[] = [];
  const rest: BasketHolding[] = [];
  let left = amount;
  for (const h of holdings) {
    if (left === 0n) break;
    if (isHoldingFrozen(k, ctx, h)) continue;
    const take = h.amount < left ? h.amount : left;
    picks.push({ ...h, amount: take });
    rest.push({ ...h, amount: h.amount - take });
    left -= take;
  }
  if (left !== 0n) throw ErrBasketFrozen.raise(`basket ${basketId}: ${amount - left} unfrozen of ${total}, asked ${amount}`);
  k.bank.burnFrom(ctx, CARBON_MODULE_ACCOUNT, owner, [{ denom: basket.denom, amount }]);
  for (const h of rest) setHolding(ctx, basketId, h);
  const escrow = { holder: basketEscrow(basketId), status: S.SERIAL_STATUS_ESCROWED };
  let out: ReturnType<typeof basketTake>;
  if (retire) {
    const parts = picks.map((p) => ({ batchId: p.batchId, amount: p.amount, from: escrow }));
    const r = processRetire(k, ctx, owner, parts, { ...retire, basketId });
    out = { credits: r.credits, retirementId: r.id, certificateId: r.certificateId };
  } else {
    out = {
      credits: picks.map((p) => ({
        batchId: p.batchId, amount: p.amount,
        serials: k.ledger.move(ctx, p.batchId, escrow, { holder: owner, status: S.SERIAL_STATUS_TRADABLE }, p.amount),
      })),
    };
  }
  for (const c of out.credits) {
    ctx.emit(makeEvent("pogcs.carbon.v1.EventBasketTake", [["basket_id", basketId], ["owner", owner], ["batch_id", c.batchId], ["amount", c.amount.toString()], ["retired", String(retire !== undefined)]]));
  }
  return out;
}
