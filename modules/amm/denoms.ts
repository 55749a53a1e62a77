/**
 * The base denoms a pool may trade against the quote denom: hour-slot tokens
 * `gch/<class>/<yyyymmddhh>` (time-aware pools) and carbon basket coins `carbon/<basket_id>`
 * (timeless pools: base fee, always open, never expire, no backing check). Anything else is
 * refused with ErrInvalidSlotDenom (code 15).
 */
import { parseSlotDenom, type SlotId } from "../pools/slots.js";
import { ErrInvalidSlotDenom } from "./errors.js";

/**
 * `carbon/<basket_id>`: the denom modules/carbon/baskets.ts `basketDenom` makes, with its basket id
 * rule (`BASKET_ID_RE`: a lowercase letter, then 2..31 of a-z 0-9). denoms.spec.ts checks both agree.
 */
const CARBON_DENOM_RE = /^carbon\/([a-z][a-z0-9]{2,31})$/;

export type BaseDenom =
  | { kind: "slot"; denom: string; slot: SlotId }
  | { kind: "carbon"; denom: string; basketId: string };

export function parseCarbonDenom(denom: string): string | undefined {
  return CARBON_DENOM_RE.exec(denom)?.[1];
}

/** True for a carbon basket coin: its pool is timeless. */
export function isTimelessDenom(denom: string): boolean {
  return parseCarbonDenom(denom) !== undefined;
}

export function parseBaseDenom(denom: string): BaseDenom | undefined {
  const slot = parseSlotDenom(denom);
  if (slot) return { kind: "slot", denom, slot };
  const basketId = parseCarbonDenom(denom);
  return basketId === undefined ? undefined : { kind: "carbon", denom, basketId };
}

/** A slot denom or a carbon basket denom, else code 15. */
export function requireBaseDenom(denom: string): BaseDenom {
  const b = parseBaseDenom(denom);
  if (!b) throw ErrInvalidSlotDenom.raise(JSON.stringify(denom));
  return b;
}

/** Class and hour a pool record stores: the slot's, or "" and 0 for a timeless pool. */
export function poolSlotFields(b: BaseDenom): { slotClass: string; hourStart: bigint } {
  return b.kind === "slot" ? { slotClass: b.slot.cls, hourStart: b.slot.hourStart } : { slotClass: "", hourStart: 0n };
}
