import type { ModuleDefinition } from "../../chain/app/module.js";
import type { AnteFees } from "../../chain/ante/types.js";
import type { AccountKeeper } from "../auth/keeper.js";
import { BANK } from "./keys.js";
import { BankKeeper } from "./keeper.js";
import { bankMsgs } from "./msgs.js";
import { bankQueries } from "./queries.js";
import { exportBankGenesis, initBankGenesis, type BankGenesisJson } from "./genesis.js";
import { bankInvariants } from "./invariants.js";

export const FEE_COLLECTOR = "fee_collector";

export interface BankModule {
  module: ModuleDefinition;
  keeper: BankKeeper;
  /** The capability the ante chain gets: move a fee to the fee collector. */
  anteFees: AnteFees;
}

export function createBankModule(opts: { accounts: AccountKeeper }): BankModule {
  const keeper = new BankKeeper(opts.accounts);
  const module: ModuleDefinition = {
    name: BANK,
    hasStore: true,
    msgs: bankMsgs(keeper, opts.accounts),
    queries: bankQueries(keeper),
    initGenesis: (ctx, state) => initBankGenesis(keeper, opts.accounts, ctx, state as BankGenesisJson | undefined),
    exportGenesis: (ctx) => exportBankGenesis(keeper, ctx),
    defaultGenesis: () => ({ params: { send_enabled: [], default_send_enabled: true }, balances: [], supply: [], denom_metadata: [], send_enabled: [] }),
    invariants: bankInvariants(keeper),
  };
  const anteFees: AnteFees = {
    deductFee: (ctx, payer, fee) => keeper.sendFromAccountToModule(ctx, payer, FEE_COLLECTOR, fee),
  };
  return { module, keeper, anteFees };
}
