import type { Context } from "../../chain/app/context.js";
import type { PogcsKeeper } from "./keeper.js";
import type { ReadCtx } from "./expected-keepers.js";
import { EMPTY_LEDGER } from "./ledger.js";
import { emissionFromJson, emissionToJson, pogcsParamsFromJson, pogcsParamsToJson, validateEmission, validatePogcsParams } from "./params.js";
import { processPowerTable } from "./settle.js";
import { ErrInvalidGenesis } from "./errors.js";

export interface PogcsGenesisJson {
  params?: Record<string, unknown>;
  emission?: Record<string, unknown>;
}

/**
 * Fixes params and the emission schedule, records the genesis supply of the emission denom
 * (bank's genesis must run first) and computes the first power table (after staking's genesis,
 * so staking's genesis validators get PoGCS powers; otherwise powerOf falls back to stake).
 */
export function initPogcsGenesis(k: PogcsKeeper, ctx: Context, g: PogcsGenesisJson | undefined): void {
  const params = pogcsParamsFromJson(g?.params);
  validatePogcsParams(params);
  const emission = emissionFromJson(g?.emission);
  validateEmission(emission);
  const supply = k.bank.getSupply(ctx, emission.denom);
  if (supply > emission.maxSupply) throw ErrInvalidGenesis.raise(`genesis supply ${supply} exceeds max_supply ${emission.maxSupply}`);
  k.setParams(ctx, params);
  k.setEmission(ctx, emission);
  k.setLedger(ctx, { ...EMPTY_LEDGER, genesisSupply: supply, currentPerBlock: emission.initialPerBlock });
  processPowerTable(k, ctx, 0n);
}

export function exportPogcsGenesis(k: PogcsKeeper, ctx: ReadCtx): PogcsGenesisJson {
  return { params: pogcsParamsToJson(k.params(ctx)), emission: emissionToJson(k.emission(ctx)) };
}
