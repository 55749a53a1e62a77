import type { ModuleDefinition } from "../../chain/app/module.js";
import { BURNER } from "../bank/keeper.js";
import { COMMUNITY_POOL, communityPoolMsgs, communityPoolQueries } from "./community-pool.js";
import { processGovEndBlock } from "./end-block.js";
import type { GovBankKeeper, GovMsgRouter, GovStakingReader } from "./expected-keepers.js";
import { defaultGovGenesis, exportGovGenesis, initGovGenesis, type GovGenesisJson } from "./genesis.js";
import { govInvariants } from "./invariants.js";
import { GOV } from "./keys.js";
import { GovKeeper } from "./keeper.js";
import { govMsgs } from "./msgs.js";
import { govQueries } from "./queries.js";
import { govQueriesV1beta1 } from "./queries-v1beta1.js";

/** gov burns vetoed (and, by params, unsuccessful) deposits; the community pool only pays out. */
export const GOV_MODULE_PERMISSIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [GOV, [BURNER]],
  [COMMUNITY_POOL, []],
];

export interface GovModuleOptions {
  bank: GovBankKeeper;
  staking: GovStakingReader;
  /** Module accounts and other addresses that must not receive a community pool spend. */
  isBlockedAddress: (address: string) => boolean;
}

export interface GovModule {
  module: ModuleDefinition;
  keeper: GovKeeper;
  /** Call once the app (and so its message router) exists: proposals execute through it. */
  setMsgRouter(r: GovMsgRouter): void;
}

/**
 * x/gov v1 (Cosmos SDK v0.50 semantics): proposals carrying messages signed by the gov module
 * account, deposits escrowed in that account, stake-weighted votes with inheritance, tally and
 * execution at the end of the voting period; plus the community pool (fund, spend by proposal).
 * Place it last in end block so a passed proposal's changes apply after the block's own work.
 */
export function createGovModule(opts: GovModuleOptions): GovModule {
  const keeper = new GovKeeper(opts.bank, opts.staking);
  const module: ModuleDefinition = {
    name: GOV,
    hasStore: true,
    msgs: [...govMsgs(keeper), ...communityPoolMsgs(keeper, opts.isBlockedAddress)],
    queries: [...govQueries(keeper), ...govQueriesV1beta1(keeper), ...communityPoolQueries(keeper)],
    initGenesis: (ctx, state) => initGovGenesis(keeper, ctx, state as GovGenesisJson | undefined),
    exportGenesis: (ctx) => exportGovGenesis(keeper, ctx),
    defaultGenesis: defaultGovGenesis,
    endBlock(ctx) {
      processGovEndBlock(keeper, ctx);
    },
    invariants: govInvariants(keeper),
  };
  return { module, keeper, setMsgRouter: (r) => keeper.setRouter(r) };
}
