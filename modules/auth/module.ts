import type { ModuleDefinition } from "../../chain/app/module.js";
import type { AnteAccounts } from "../../chain/ante/types.js";
import { AUTH } from "./keys.js";
import { AccountKeeper } from "./keeper.js";
import { authQueries } from "./queries.js";
import { exportAuthGenesis, initAuthGenesis, type AuthGenesisJson } from "./genesis.js";
import { authParamsToJson, DEFAULT_AUTH_PARAMS } from "./params.js";

export interface AuthModule {
  module: ModuleDefinition;
  keeper: AccountKeeper;
  /** The capability the ante chain gets: read accounts, write sequence and public key. */
  anteAccounts: AnteAccounts;
}

export function createAuthModule(opts: { modulePermissions: ReadonlyMap<string, readonly string[]> }): AuthModule {
  const keeper = new AccountKeeper(opts.modulePermissions);
  const module: ModuleDefinition = {
    name: AUTH,
    hasStore: true,
    queries: authQueries(keeper),
    initGenesis: (ctx, state) => initAuthGenesis(keeper, ctx, state as AuthGenesisJson | undefined),
    exportGenesis: (ctx) => exportAuthGenesis(keeper, ctx),
    defaultGenesis: () => ({ params: authParamsToJson(DEFAULT_AUTH_PARAMS), accounts: [] }),
  };
  const anteAccounts: AnteAccounts = {
    getAccount: (ctx, address) => keeper.getAccount(ctx, address),
    setAccount: (ctx, acc) => {
      const current = keeper.getAccount(ctx, acc.address);
      keeper.setAccount(ctx, { ...current, ...acc, accountNumber: current?.accountNumber ?? acc.accountNumber });
    },
  };
  return { module, keeper, anteAccounts };
}
