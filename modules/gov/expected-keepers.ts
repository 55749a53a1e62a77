import type { Context } from "../../chain/app/context.js";
import type { MsgSpec } from "../../chain/app/module.js";
import type { Coin } from "../../chain/codec/coins.js";
import type { ReadCtx } from "../auth/keeper.js";
import type { TallyDelegation, TallyValidator } from "./tally.js";

/** Escrow, refunds, burns and the community pool: module-account moves only. */
export interface GovBankKeeper {
  getBalance(ctx: ReadCtx, address: string, denom: string): bigint;
  getAllBalances(ctx: ReadCtx, address: string): Coin[];
  sendFromAccountToModule(ctx: Context, from: string, module: string, coins: Coin[]): void;
  sendFromModuleToAccount(ctx: Context, module: string, to: string, coins: Coin[]): void;
  burn(ctx: Context, module: string, coins: Coin[]): void;
}

/** What the tally reads from staking. */
export interface GovStakingReader {
  /** Validators of the active (bonded) set. */
  bondedValidators(ctx: ReadCtx): TallyValidator[];
  totalBondedTokens(ctx: ReadCtx): bigint;
  delegationsOf(ctx: ReadCtx, delegator: string): TallyDelegation[];
}

/** The app's message router, injected after the app is built (proposal messages run through it). */
export type GovMsgRouter = (typeUrl: string) => MsgSpec<unknown> | undefined;
