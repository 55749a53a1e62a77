import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import type { ReadCtx } from "../devices/expected-keepers.js";

export type { ReadCtx };

/**
 * What pogcs needs from bank: mint the emission and burn the fee share (its module account has
 * "minter" and "burner", POGCS_MODULE_PERMISSIONS), take fees from the fee collector, pay
 * withdrawals, and read balances and supply for the invariants.
 */
export interface PogcsBankKeeper {
  mint(ctx: Context, module: string, coins: Coin[]): void;
  burn(ctx: Context, module: string, coins: Coin[]): void;
  sendFromModuleToModule(ctx: Context, from: string, to: string, coins: Coin[]): void;
  sendFromModuleToAccount(ctx: Context, module: string, to: string, coins: Coin[]): void;
  getBalance(ctx: ReadCtx, address: string, denom: string): bigint;
  getSupply(ctx: ReadCtx, denom: string): bigint;
}

export interface PowerCandidate {
  /** Operator address (gcsvaloper...). */
  operator: string;
  /** Bonded tokens (self + delegated): the slashable stake. */
  tokens: bigint;
}

/**
 * What pogcs needs from staking. The app adapts the staking keeper, e.g.
 * `{ powerCandidates: (ctx) => [...iterateValidators(ctx)].filter((v) => !v.jailed) }`.
 */
export interface PogcsStakingKeeper {
  /** Validators that may hold power now (not jailed, not tombstoned), any order. */
  powerCandidates(ctx: ReadCtx): PowerCandidate[];
  /** Size of the active set staking will pick (top by power); absent = all candidates. */
  maxValidators?(ctx: ReadCtx): number;
  /**
   * Who receives a validator's staking rewards and in which proportion (commission to the
   * operator, the rest by delegator shares). Absent: everything to the operator's account.
   */
  rewardRecipients?(ctx: ReadCtx, operator: string): Array<{ address: string; weight: bigint }>;
}
