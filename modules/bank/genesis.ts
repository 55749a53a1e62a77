import type { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import type { Context } from "../../chain/app/context.js";
import { coinFromProto, coinToProto, formatCoins } from "../../chain/codec/coins.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { ErrInvalidRequest } from "../../chain/errors/index.js";
import type { AccountKeeper, ReadCtx } from "../auth/keeper.js";
import type { BankKeeper } from "./keeper.js";
import { ErrGenesisSupplyMismatch } from "./errors.js";

type CoinJson = { denom: string; amount: string };

/** x/bank genesis in the SDK's JSON shape (snake_case). */
export interface BankGenesisJson {
  params?: { send_enabled?: Array<{ denom: string; enabled: boolean }>; default_send_enabled?: boolean };
  balances?: Array<{ address: string; coins: CoinJson[] }>;
  supply?: CoinJson[];
  denom_metadata?: Array<Record<string, unknown>>;
  send_enabled?: Array<{ denom: string; enabled: boolean }>;
}

function metadataFromJson(j: Record<string, unknown>): Metadata {
  const units = (j["denom_units"] as Array<Record<string, unknown>> | undefined) ?? [];
  return {
    description: String(j["description"] ?? ""),
    denomUnits: units.map((u) => ({ denom: String(u["denom"]), exponent: Number(u["exponent"] ?? 0), aliases: (u["aliases"] as string[]) ?? [] })),
    base: String(j["base"] ?? ""),
    display: String(j["display"] ?? ""),
    name: String(j["name"] ?? ""),
    symbol: String(j["symbol"] ?? ""),
    uri: String(j["uri"] ?? ""),
    uriHash: String(j["uri_hash"] ?? ""),
  };
}

function metadataToJson(m: Metadata): Record<string, unknown> {
  return {
    description: m.description,
    denom_units: m.denomUnits.map((u) => ({ denom: u.denom, exponent: u.exponent, aliases: u.aliases })),
    base: m.base,
    display: m.display,
    name: m.name,
    symbol: m.symbol,
    uri: m.uri,
    uri_hash: m.uriHash,
  };
}

/**
 * Imports balances (creating base accounts that auth did not list), checks the declared supply
 * against the sum of balances when one is given, and stores denom metadata.
 */
export function initBankGenesis(bank: BankKeeper, accounts: AccountKeeper, ctx: Context, g: BankGenesisJson | undefined): void {
  const sendEnabled = [...(g?.params?.send_enabled ?? []), ...(g?.send_enabled ?? [])];
  bank.setParams(ctx, { sendEnabled, defaultSendEnabled: g?.params?.default_send_enabled ?? true });
  for (const b of g?.balances ?? []) {
    parseAccAddress(b.address);
    accounts.ensureAccount(ctx, b.address);
    for (const c of b.coins) {
      const coin = coinFromProto(c);
      if (coin.amount > 0n) bank.importBalance(ctx, b.address, coin);
    }
  }
  const declared = (g?.supply ?? []).map(coinFromProto);
  if (declared.length > 0) {
    const actual = bank.getTotalSupply(ctx);
    if (formatCoins(declared) !== formatCoins(actual)) {
      throw ErrGenesisSupplyMismatch.raise(`declared ${formatCoins(declared)}, balances sum to ${formatCoins(actual)}`);
    }
  }
  for (const m of g?.denom_metadata ?? []) {
    const md = metadataFromJson(m);
    if (!md.base) throw ErrInvalidRequest.raise("denom metadata without base");
    bank.setDenomMetadata(ctx, md);
  }
}

export function exportBankGenesis(bank: BankKeeper, ctx: ReadCtx): BankGenesisJson {
  const byAddr = new Map<string, CoinJson[]>();
  for (const { address, coin } of bank.iterateAllBalances(ctx)) {
    const list = byAddr.get(address) ?? [];
    list.push(coinToProto(coin));
    byAddr.set(address, list);
  }
  const p = bank.params(ctx);
  return {
    params: { send_enabled: [], default_send_enabled: p.defaultSendEnabled },
    balances: [...byAddr.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([address, coins]) => ({ address, coins })),
    supply: bank.getTotalSupply(ctx).map(coinToProto),
    denom_metadata: bank.getAllDenomMetadata(ctx).map(metadataToJson),
    send_enabled: p.sendEnabled,
  };
}
