import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import type { ReadCtx } from "./store.js";
import type { ValidatorRecord } from "./types.js";
import type { Fraction } from "./dec.js";

/**
 * What staking needs from bank (the SDK's expected_keepers.go pattern): the consumer declares the
 * narrowest interface and the app passes the bank keeper, which satisfies it structurally.
 * `sendFromModuleToModule` moves coins between the two pools (bonded -> not bonded at unbonding).
 */
export interface StakingBankKeeper {
  getBalance(ctx: ReadCtx, address: string, denom: string): bigint;
  sendFromAccountToModule(ctx: Context, from: string, module: string, coins: Coin[]): void;
  sendFromModuleToAccount(ctx: Context, module: string, to: string, coins: Coin[]): void;
  sendFromModuleToModule(ctx: Context, from: string, to: string, coins: Coin[]): void;
  /** Needs the "burner" permission on both pools. */
  burn(ctx: Context, module: string, coins: Coin[]): void;
}

/**
 * Consensus power of a validator. The PoGCS module supplies stake * (1 + g) with its cap; the
 * default is the SDK's tokens / 10^6 (power reduction). Must be deterministic and read only state.
 */
export type PowerFunction = (ctx: ReadCtx, validator: ValidatorRecord) => bigint;

/** Callbacks other modules (pogcs, distribution) register; all optional, run in registration order. */
export interface StakingHooks {
  afterValidatorCreated?(ctx: Context, operator: string): void;
  afterDelegationModified?(ctx: Context, delegator: string, operator: string): void;
  onValidatorSlashed?(ctx: Context, operator: string, fraction: Fraction, burned: bigint, reason: string): void;
  onValidatorJailed?(ctx: Context, operator: string): void;
}
