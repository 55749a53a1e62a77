import type { ModuleDefinition } from "../../chain/app/module.js";
import { BURNER, MINTER } from "../bank/keeper.js";
import type { CarbonBankKeeper, CarbonDevicesReader, CarbonNft } from "./expected-keepers.js";
import { CARBON } from "./keys.js";
import { CARBON_MODULE_ACCOUNT, CarbonKeeper } from "./keeper.js";
import { carbonMsgs } from "./msgs.js";
import { carbonQueries } from "./queries.js";
import { defaultCarbonGenesis, exportCarbonGenesis, initCarbonGenesis, type CarbonGenesisJson } from "./genesis.js";
import { carbonInvariants } from "./invariants.js";

/** The carbon module account mints and burns basket coins. */
export const CARBON_MODULE_PERMISSIONS: ReadonlyArray<readonly [string, readonly string[]]> = [[CARBON_MODULE_ACCOUNT, [MINTER, BURNER]]];

export interface CarbonModuleOptions {
  devices: CarbonDevicesReader;
  bank: CarbonBankKeeper;
  nft: CarbonNft;
}

export interface CarbonModule {
  module: ModuleDefinition;
  keeper: CarbonKeeper;
}

/**
 * RECs and carbon credits. Genesis after nft (it creates the certificate class); begin block
 * records device epoch start times (the vintage clock), so place it anywhere after devices.
 */
export function createCarbonModule(opts: CarbonModuleOptions): CarbonModule {
  const keeper = new CarbonKeeper(opts.devices, opts.bank, opts.nft);
  const module: ModuleDefinition = {
    name: CARBON,
    hasStore: true,
    msgs: carbonMsgs(keeper),
    queries: carbonQueries(keeper),
    initGenesis: (ctx, state) => initCarbonGenesis(keeper, ctx, state as CarbonGenesisJson | undefined),
    exportGenesis: (ctx) => exportCarbonGenesis(keeper, ctx),
    defaultGenesis: defaultCarbonGenesis,
    beginBlock: (ctx) => keeper.recordEpochStart(ctx),
    invariants: carbonInvariants(keeper),
  };
  return { module, keeper };
}
