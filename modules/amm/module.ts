import type { ModuleDefinition } from "../../chain/app/module.js";
import { BURNER } from "../bank/keeper.js";
import type { AmmModuleOptions } from "./expected-keepers.js";
import { processAmmEndBlock } from "./expiry.js";
import { exportAmmGenesis, initAmmGenesis, defaultAmmGenesis, type AmmGenesisJson } from "./genesis.js";
import { ammInvariants } from "./invariants.js";
import { AmmKeeper } from "./keeper.js";
import { AMM_MODULE_ACCOUNT, AMM_STORE } from "./keys.js";
import { ammMsgs } from "./msgs.js";
import { ammQueries } from "./queries.js";

/** The amm module account holds every pool's reserves and burns expired slot inventory. */
export const AMM_MODULE_PERMISSIONS: ReadonlyArray<readonly [string, readonly string[]]> = [[AMM_MODULE_ACCOUNT, [BURNER]]];

export interface AmmModule {
  module: ModuleDefinition;
  keeper: AmmKeeper;
}

/**
 * Hour-slot pools against the quote denom, LP position NFTs, class price index. Genesis after
 * nft (it creates the `amm-lp` class); end block BEFORE pools, so expired slot inventory is burnt
 * from the amm account before the pools module settles the hour.
 */
export function createAmmModule(opts: AmmModuleOptions): AmmModule {
  const keeper = new AmmKeeper(opts.bank, opts.nft, opts.slots);
  const module: ModuleDefinition = {
    name: AMM_STORE,
    hasStore: true,
    msgs: ammMsgs(keeper),
    queries: ammQueries(keeper),
    initGenesis: (ctx, state) => initAmmGenesis(keeper, ctx, state as AmmGenesisJson | undefined),
    exportGenesis: (ctx) => exportAmmGenesis(keeper, ctx),
    defaultGenesis: defaultAmmGenesis,
    endBlock: (ctx) => processAmmEndBlock(keeper, ctx),
    invariants: ammInvariants(keeper),
  };
  return { module, keeper };
}
