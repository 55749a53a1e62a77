import type { CommissionRates, Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import { coinFromProto, type Coin } from "../../chain/codec/coins.js";
import { DEC_ONE, parseDec } from "./dec.js";
import { ErrCommissionChangeRateGTMaxRate, ErrCommissionChangeRateNegative, ErrCommissionGTMaxRate, ErrCommissionHuge } from "./errors.js";

/** The SDK's description limits (x/staking types.Description.EnsureLength). */
export const MAX_MONIKER = 70;
export const MAX_IDENTITY = 3000;
export const MAX_WEBSITE = 140;
export const MAX_SECURITY_CONTACT = 140;
export const MAX_DETAILS = 280;
export const DO_NOT_MODIFY = "[do-not-modify]";

export function validateDescription(d: Description, requireMoniker: boolean): void {
  if (requireMoniker && !d.moniker) throw ErrInvalidRequest.raise("empty description: moniker");
  const limits: Array<[string, string, number]> = [
    ["moniker", d.moniker, MAX_MONIKER],
    ["identity", d.identity, MAX_IDENTITY],
    ["website", d.website, MAX_WEBSITE],
    ["security contact", d.securityContact, MAX_SECURITY_CONTACT],
    ["details", d.details, MAX_DETAILS],
  ];
  for (const [name, value, max] of limits) {
    if (value !== DO_NOT_MODIFY && value.length > max) throw ErrInvalidRequest.raise(`invalid ${name} length; got: ${value.length}, max: ${max}`);
  }
}

export interface ParsedRates {
  rate: bigint;
  maxRate: bigint;
  maxChangeRate: bigint;
}

/** CommissionRates.Validate: 0 <= rate <= max_rate <= 1, 0 <= max_change_rate <= max_rate. */
export function validateCommissionRates(c: CommissionRates | undefined): ParsedRates {
  if (!c) throw ErrInvalidRequest.raise("commission rates are required");
  const rate = parseDec(c.rate, "commission rate");
  const maxRate = parseDec(c.maxRate, "commission max rate");
  const maxChangeRate = parseDec(c.maxChangeRate, "commission max change rate");
  if (maxRate > DEC_ONE) throw ErrCommissionHuge.raise();
  if (rate > maxRate) throw ErrCommissionGTMaxRate.raise();
  if (maxChangeRate < 0n) throw ErrCommissionChangeRateNegative.raise();
  if (maxChangeRate > maxRate) throw ErrCommissionChangeRateGTMaxRate.raise();
  return { rate, maxRate, maxChangeRate };
}

/** A positive amount of a valid denom (the denom is checked against bond_denom at execution). */
export function validatePositiveAmount(c: { denom: string; amount: string } | undefined, what = "delegation"): Coin {
  if (!c) throw ErrInvalidRequest.raise(`invalid ${what} amount`);
  let coin: Coin;
  try {
    coin = coinFromProto(c);
  } catch {
    throw ErrInvalidRequest.raise(`invalid ${what} amount`);
  }
  if (coin.amount <= 0n) throw ErrInvalidRequest.raise(`invalid ${what} amount`);
  return coin;
}

/** A positive integer given as a decimal string (min self delegation). */
export function parsePositiveInt(s: string, what: string): bigint {
  if (!/^[0-9]{1,78}$/.test(s) || BigInt(s) <= 0n) throw ErrInvalidRequest.raise(`${what} must be a positive integer`);
  return BigInt(s);
}
