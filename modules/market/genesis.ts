import { pogcs } from "../../proto/gen/pogcs.js";
import type { Context } from "../../chain/app/context.js";
import type { ReadCtx } from "./expected-keepers.js";
import { MARKET_MODULE_ACCOUNT, type MarketKeeper } from "./keeper.js";
import { POSITION_CLASS } from "./keys.js";
import { marketParamsFromJson, marketParamsToJson, validateMarketParams, DEFAULT_MARKET_PARAMS } from "./params.js";
import { contractFromProto, contractToProto, positionFromProto, positionToProto } from "./types.js";

import P = pogcs.market.v1;

/**
 * market genesis (snake_case JSON; 64-bit integers and amounts as decimal strings, bytes as
 * base64, enums by name). Escrowed coins are in the bank genesis under the market module account;
 * live position NFTs are in the nft genesis (imported first, see MODULE_ORDER).
 */
export interface MarketGenesisJson {
  params?: Record<string, unknown>;
  next_contract_id?: string;
  contracts?: Array<Record<string, unknown>>;
  positions?: Array<Record<string, unknown>>;
  /** Totals burned from slashed bonds, per denom. */
  burned?: Array<{ denom: string; amount: string }>;
  /** The device -> ACTIVE path-A contract index (the capacity check reads it). */
  device_contracts?: Array<{ device_id: string; contract_id: string }>;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function rekey(v: unknown, f: (s: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => rekey(x, f));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [f(k), rekey(x, f)]));
  return v;
}

const TO_OBJECT = { longs: String, bytes: String, enums: String, defaults: true } as const;

export function defaultMarketGenesis(): MarketGenesisJson {
  return { params: marketParamsToJson(DEFAULT_MARKET_PARAMS), next_contract_id: "1", contracts: [], positions: [], burned: [], device_contracts: [] };
}

export function initMarketGenesis(k: MarketKeeper, ctx: Context, g: MarketGenesisJson | undefined): void {
  const params = marketParamsFromJson(g?.params);
  validateMarketParams(params);
  k.setParams(ctx, params);
  k.setNextContractId(ctx, BigInt(g?.next_contract_id ?? "1"));
  if (!k.deps.nft.getClass(ctx, POSITION_CLASS)) {
    k.deps.nft.createModuleClass(ctx, MARKET_MODULE_ACCOUNT, {
      id: POSITION_CLASS, name: "PoGCS compute contract position", symbol: "GCPOS",
      description: "Right to the payment of a compute demand contract, paid to whoever holds it at completion", transferable: true,
    });
  }
  for (const c of g?.contracts ?? []) k.saveContract(ctx, contractFromProto(P.Contract.fromObject(rekey(c, camel) as Record<string, unknown>)), undefined);
  for (const b of g?.burned ?? []) k.addBurned(ctx, b.denom, BigInt(b.amount));
  for (const p of g?.positions ?? []) k.setPosition(ctx, positionFromProto(P.Position.fromObject(rekey(p, camel) as Record<string, unknown>)));
  for (const e of g?.device_contracts ?? []) k.setDeviceActive(ctx, BigInt(e.device_id), BigInt(e.contract_id));
}

export function exportMarketGenesis(k: MarketKeeper, ctx: ReadCtx): MarketGenesisJson {
  const contracts = [...k.iterateContracts(ctx)];
  return {
    params: marketParamsToJson(k.params(ctx)),
    next_contract_id: k.nextContractId(ctx).toString(),
    contracts: contracts.map((c) => rekey(P.Contract.toObject(P.Contract.fromObject(contractToProto(c)), TO_OBJECT), snake) as Record<string, unknown>),
    burned: [...k.iterateBurned(ctx)].map((b) => ({ denom: b.denom, amount: b.amount.toString() })),
    device_contracts: [...k.iterateDeviceActive(ctx)].map((e) => ({ device_id: e.deviceId.toString(), contract_id: e.contractId.toString() })),
    positions: contracts.flatMap((c) => k.positionsOf(ctx, c.id)).map((p) => rekey(P.Position.toObject(P.Position.fromObject(positionToProto(p)), TO_OBJECT), snake) as Record<string, unknown>),
  };
}
