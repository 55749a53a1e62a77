import type { ModuleDefinition } from "../../chain/app/module.js";
import { BURNER } from "../bank/keeper.js";
import { STAKING, BONDED_POOL, NOT_BONDED_POOL } from "./keys.js";
import { StakingKeeper } from "./keeper.js";
import type { PowerFunction, StakingBankKeeper } from "./expected-keepers.js";
import { stakingMsgs } from "./msgs.js";
import { stakingGovMsgs } from "./gov-msgs.js";
import { stakingQueries } from "./queries.js";
import { slashingQueries } from "./slashing-queries.js";
import { defaultStakingGenesis, exportStakingGenesis, initStakingGenesis, type StakingGenesisJson } from "./genesis.js";
import { stakingInvariants } from "./invariants.js";
import { processMaturedEntries } from "./maturity.js";
import { processGenesisValidators, processValidatorSetUpdates } from "./validator-set.js";
import { processLiveness, processMisbehavior } from "./signing.js";

/** The staking pools and their permissions; the app adds these to its module-account map. */
export const STAKING_MODULE_PERMISSIONS: ReadonlyMap<string, readonly string[]> = new Map([
  [BONDED_POOL, [BURNER, "staking"]],
  [NOT_BONDED_POOL, [BURNER, "staking"]],
]);

export interface StakingModuleOptions {
  bank: StakingBankKeeper;
  /** Consensus power of a validator; default tokens / 10^6 (the pogcs module injects its own). */
  powerOf?: PowerFunction;
}

/**
 * What other modules (pogcs, gov, distribution) should be handed instead of the whole keeper:
 * lookups, the active set, the penalties, and hook registration. No bank access, no raw writes.
 */
export type StakingCapabilities = Pick<
  StakingKeeper,
  | "params" | "slashingParams" | "getValidator" | "getValidatorByConsAddr" | "iterateValidators" | "activeSet"
  | "totalBondedTokens" | "poolBalances" | "getDelegation" | "delegatorDelegations" | "tokensOf" | "consAddress"
  | "slash" | "jail" | "tombstone" | "isJailed" | "isTombstoned" | "registerHooks"
>;

export interface StakingModule {
  module: ModuleDefinition;
  /** The full keeper, for the app's own wiring and tests. */
  keeper: StakingKeeper;
  capabilities: StakingCapabilities;
}

/**
 * x/staking + x/slashing (signing info, downtime, double-sign) as one module with one store.
 * Begin block: double-sign evidence, then liveness. End block: matured entries, then the
 * validator set (full diff at epoch boundaries, jail removals at once).
 */
export function createStakingModule(opts: StakingModuleOptions): StakingModule {
  const keeper = new StakingKeeper(opts.bank, opts.powerOf);
  const module: ModuleDefinition = {
    name: STAKING,
    hasStore: true,
    msgs: [...stakingMsgs(keeper), ...stakingGovMsgs()],
    queries: [...stakingQueries(keeper), ...slashingQueries()],
    initGenesis: (ctx, state) => initStakingGenesis(keeper, ctx, state as StakingGenesisJson | undefined),
    exportGenesis: (ctx) => exportStakingGenesis(ctx),
    defaultGenesis: defaultStakingGenesis,
    genesisValidators: (ctx) => processGenesisValidators(keeper, ctx),
    beginBlock(ctx) {
      processMisbehavior(keeper, ctx);
      processLiveness(keeper, ctx);
    },
    endBlock(ctx) {
      processMaturedEntries(keeper, ctx);
      return { validatorUpdates: processValidatorSetUpdates(keeper, ctx) };
    },
    invariants: stakingInvariants(keeper),
  };
  const k = keeper;
  const capabilities: StakingCapabilities = {
    params: (ctx) => k.params(ctx),
    slashingParams: (ctx) => k.slashingParams(ctx),
    getValidator: (ctx, op) => k.getValidator(ctx, op),
    getValidatorByConsAddr: (ctx, cons) => k.getValidatorByConsAddr(ctx, cons),
    iterateValidators: (ctx) => k.iterateValidators(ctx),
    activeSet: (ctx) => k.activeSet(ctx),
    totalBondedTokens: (ctx) => k.totalBondedTokens(ctx),
    poolBalances: (ctx) => k.poolBalances(ctx),
    getDelegation: (ctx, del, op) => k.getDelegation(ctx, del, op),
    delegatorDelegations: (ctx, del) => k.delegatorDelegations(ctx, del),
    tokensOf: (v, shares) => k.tokensOf(v, shares),
    consAddress: (v) => k.consAddress(v),
    slash: (ctx, cons, height, fraction, reason) => k.slash(ctx, cons, height, fraction, reason),
    jail: (ctx, cons, until) => k.jail(ctx, cons, until),
    tombstone: (ctx, cons) => k.tombstone(ctx, cons),
    isJailed: (ctx, cons) => k.isJailed(ctx, cons),
    isTombstoned: (ctx, cons) => k.isTombstoned(ctx, cons),
    registerHooks: (h) => k.registerHooks(h),
  };
  return { module, keeper, capabilities };
}
