import type { ModuleDefinition } from "../../chain/app/module.js";
import { BURNER } from "../bank/keeper.js";
import type { MarketDeps } from "./expected-keepers.js";
import { defaultMarketGenesis, exportMarketGenesis, initMarketGenesis, type MarketGenesisJson } from "./genesis.js";
import { marketInvariants } from "./invariants.js";
import { MARKET_MODULE_ACCOUNT, MarketKeeper } from "./keeper.js";
import { MARKET_STORE } from "./keys.js";
import { marketMsgs } from "./msgs.js";
import { marketQueries } from "./queries.js";
import { processTimeouts } from "./timeouts.js";

/** The market module account burns the burned part of slashed bonds. */
export const MARKET_MODULE_PERMISSIONS: ReadonlyArray<readonly [string, readonly string[]]> = [[MARKET_MODULE_ACCOUNT, [BURNER]]];

export interface MarketModule {
  module: ModuleDefinition;
  keeper: MarketKeeper;
}

/**
 * Compute demand contracts (README.md). Genesis after nft (it creates its position class there);
 * end block handles deadlines and closed windows.
 */
export function createMarketModule(deps: MarketDeps): MarketModule {
  const keeper = new MarketKeeper(deps);
  const module: ModuleDefinition = {
    name: MARKET_STORE,
    hasStore: true,
    msgs: marketMsgs(keeper),
    queries: marketQueries(keeper),
    initGenesis: (ctx, state) => initMarketGenesis(keeper, ctx, state as MarketGenesisJson | undefined),
    exportGenesis: (ctx) => exportMarketGenesis(keeper, ctx),
    defaultGenesis: defaultMarketGenesis,
    endBlock: (ctx) => processTimeouts(keeper, ctx),
    invariants: marketInvariants(keeper),
  };
  return { module, keeper };
}
