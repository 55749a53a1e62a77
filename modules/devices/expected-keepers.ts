import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import type { KVReader } from "../../chain/store/types.js";

/** A read-only context: a block context or a query context. */
export interface ReadCtx {
  kv(name: string): KVReader;
}

/**
 * What the devices module needs from bank (Cosmos expected_keepers pattern): moving bonds in and
 * out of its module account, burning slashed bonds, and reading its balance for the invariant.
 * The devices module account needs the "burner" permission (DEVICES_MODULE_PERMISSIONS).
 */
export interface DevicesBankKeeper {
  sendFromAccountToModule(ctx: Context, from: string, module: string, coins: Coin[]): void;
  sendFromModuleToAccount(ctx: Context, module: string, to: string, coins: Coin[]): void;
  burn(ctx: Context, module: string, coins: Coin[]): void;
  getBalance(ctx: ReadCtx, address: string, denom: string): bigint;
}

/** What the devices module needs from staking: whether a device may name this validator. */
export interface DevicesStakingKeeper {
  /** True when `operator` (gcsvaloper...) is a known validator (bonded or not, not tombstoned). */
  hasValidator(ctx: ReadCtx, operator: string): boolean;
}
