import type { ModuleDefinition } from "../../chain/app/module.js";
import { BURNER } from "../bank/keeper.js";
import { DEVICES_STORE } from "./keys.js";
import { DEVICES_MODULE_ACCOUNT, DevicesKeeper } from "./keeper.js";
import { devicesMsgs } from "./msgs.js";
import { devicesGovMsgs } from "./gov-msgs.js";
import { devicesQueries } from "./queries.js";
import { exportDevicesGenesis, initDevicesGenesis, type DevicesGenesisJson } from "./genesis.js";
import { devicesInvariants } from "./invariants.js";
import { devicesParamsToJson, DEFAULT_DEVICES_PARAMS } from "./params.js";
import { processDeadlines, processEpochStart, processSampling } from "./challenges.js";
import { processMatureUnbondings } from "./registry.js";
import type { DevicesBankKeeper, DevicesStakingKeeper } from "./expected-keepers.js";
import { createDevicesReader, type DevicesReader } from "./reader.js";

/** The devices module account burns slashed bonds. */
export const DEVICES_MODULE_PERMISSIONS: ReadonlyArray<readonly [string, readonly string[]]> = [[DEVICES_MODULE_ACCOUNT, [BURNER]]];

export interface DevicesModule {
  module: ModuleDefinition;
  keeper: DevicesKeeper;
  /** Read capability handed to the pogcs module. */
  reader: DevicesReader;
}

export interface DevicesModuleOptions {
  bank: DevicesBankKeeper;
  staking: DevicesStakingKeeper;
}

/**
 * Device registry, bonds, reports and challenges. Begin block: epoch start (beacon, challenges),
 * row sampling; end block: challenge deadlines, matured unbondings. Place it before pogcs in the
 * begin/end order so an epoch's challenges resolve before pogcs settles it.
 */
export function createDevicesModule(opts: DevicesModuleOptions): DevicesModule {
  const keeper = new DevicesKeeper(opts.bank, opts.staking);
  const module: ModuleDefinition = {
    name: DEVICES_STORE,
    hasStore: true,
    msgs: [...devicesMsgs(keeper), ...devicesGovMsgs(keeper)],
    queries: devicesQueries(keeper),
    initGenesis: (ctx, state) => initDevicesGenesis(keeper, ctx, state as DevicesGenesisJson | undefined),
    exportGenesis: (ctx) => exportDevicesGenesis(keeper, ctx),
    defaultGenesis: () => ({ params: devicesParamsToJson(DEFAULT_DEVICES_PARAMS), makers: [] }),
    beginBlock(ctx) {
      processEpochStart(keeper, ctx);
      processSampling(keeper, ctx);
    },
    endBlock(ctx) {
      processDeadlines(keeper, ctx);
      processMatureUnbondings(keeper, ctx);
    },
    invariants: devicesInvariants(keeper),
  };
  return { module, keeper, reader: createDevicesReader(keeper) };
}
