import { App } from "../../chain/app/app.js";
import type { CommitMultiStore } from "../../chain/store/types.js";
import type { GasPrice, Secp256k1Verifier } from "../../chain/ante/types.js";
import { createAuthModule } from "../auth/module.js";
import { createBankModule, FEE_COLLECTOR } from "../bank/module.js";
import type { AccountKeeper } from "../auth/keeper.js";
import type { BankKeeper } from "../bank/keeper.js";

/** Every module store, in a fixed order; the node mounts exactly these. */
export const STORE_NAMES = ["auth", "bank"] as const;

/** Module accounts and what each may do with the supply. */
export const MODULE_PERMISSIONS: ReadonlyMap<string, readonly string[]> = new Map([[FEE_COLLECTOR, []]]);

export interface PogcsAppOptions {
  chainId: string;
  cms: CommitMultiStore;
  verifier: Secp256k1Verifier;
  minGasPrices?: GasPrice[];
  checkInvariantsEveryBlock?: boolean;
}

export interface PogcsApp {
  app: App;
  keepers: { auth: AccountKeeper; bank: BankKeeper };
}

/** Assembles the application: modules in begin/end-block order, the ante chain's capabilities. */
export function createPogcsApp(opts: PogcsAppOptions): PogcsApp {
  const auth = createAuthModule({ modulePermissions: MODULE_PERMISSIONS });
  const bank = createBankModule({ accounts: auth.keeper });
  const app = new App({
    chainId: opts.chainId,
    cms: opts.cms,
    modules: [auth.module, bank.module],
    checkInvariantsEveryBlock: opts.checkInvariantsEveryBlock,
    ante: {
      accounts: auth.anteAccounts,
      fees: bank.anteFees,
      verifier: opts.verifier,
      minGasPrices: opts.minGasPrices ?? [],
      params: (ctx) => auth.keeper.params(ctx),
    },
  });
  return { app, keepers: { auth: auth.keeper, bank: bank.keeper } };
}
