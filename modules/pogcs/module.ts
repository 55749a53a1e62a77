import type { Context } from "../../chain/app/context.js";
import type { ModuleDefinition } from "../../chain/app/module.js";
import { BURNER, MINTER } from "../bank/keeper.js";
import type { DevicesReader } from "../devices/reader.js";
import type { PogcsBankKeeper, PogcsStakingKeeper, ReadCtx } from "./expected-keepers.js";
import { POGCS_MODULE_ACCOUNT, PogcsKeeper } from "./keeper.js";
import { POGCS_STORE } from "./keys.js";
import { pogcsMsgs } from "./msgs.js";
import { distributionMsgs } from "./distribution-msgs.js";
import { pogcsGovMsgs } from "./gov-msgs.js";
import { pogcsQueries } from "./queries.js";
import { exportPogcsGenesis, initPogcsGenesis, type PogcsGenesisJson } from "./genesis.js";
import { pogcsInvariants } from "./invariants.js";
import { DEFAULT_EMISSION, DEFAULT_POGCS_PARAMS, emissionToJson, pogcsParamsToJson } from "./params.js";
import { processBlockRewards } from "./block-rewards.js";
import { processEpochBoundary } from "./settle.js";
import { DEFAULT_POWER_REDUCTION } from "./power-of.js";

/** The pogcs module account mints the emission and burns the fee share. */
export const POGCS_MODULE_PERMISSIONS: ReadonlyArray<readonly [string, readonly string[]]> = [[POGCS_MODULE_ACCOUNT, [MINTER, BURNER]]];

export interface PogcsModuleOptions {
  bank: PogcsBankKeeper;
  staking: PogcsStakingKeeper;
  devices: DevicesReader;
  /** Tokens per unit of consensus power (same value given to createPowerOf). */
  powerReduction?: bigint;
  /** Burn counters of other modules, for the supply invariant (besides the staking hook below). */
  extraBurned?: Array<(ctx: ReadCtx) => bigint>;
}

export interface PogcsModule {
  module: ModuleDefinition;
  keeper: PogcsKeeper;
  /** Register with staking: records coins burned by validator slashing in the supply ledger. */
  stakingHooks: { onValidatorSlashed(ctx: Context, operator: string, fraction: unknown, burned: bigint, reason: string): void };
}

/**
 * PoGCS power and rewards. End block: block rewards every block; at an epoch's last height,
 * settle the previous epoch and compute the next power table. Order: devices, pogcs, staking
 * (so staking reads the fresh table through createPowerOf); genesis after bank and staking.
 */
export function createPogcsModule(opts: PogcsModuleOptions): PogcsModule {
  const keeper = new PogcsKeeper(opts.bank, opts.staking, opts.devices, opts.powerReduction ?? DEFAULT_POWER_REDUCTION);
  const module: ModuleDefinition = {
    name: POGCS_STORE,
    hasStore: true,
    msgs: [...pogcsMsgs(keeper), ...pogcsGovMsgs(keeper), ...distributionMsgs(keeper)],
    queries: pogcsQueries(keeper),
    initGenesis: (ctx, state) => initPogcsGenesis(keeper, ctx, state as PogcsGenesisJson | undefined),
    exportGenesis: (ctx) => exportPogcsGenesis(keeper, ctx),
    defaultGenesis: () => ({ params: pogcsParamsToJson(DEFAULT_POGCS_PARAMS), emission: emissionToJson(DEFAULT_EMISSION) }),
    endBlock(ctx) {
      processBlockRewards(keeper, ctx);
      processEpochBoundary(keeper, ctx);
    },
    invariants: pogcsInvariants(keeper, opts.extraBurned ?? []),
  };
  const stakingHooks = {
    onValidatorSlashed(ctx: Context, _operator: string, _fraction: unknown, burned: bigint) {
      if (burned <= 0n) return;
      const l = keeper.ledger(ctx);
      keeper.setLedger(ctx, { ...l, burnedElsewhere: l.burnedElsewhere + burned });
    },
  };
  return { module, keeper, stakingHooks };
}
