import type { ModuleDefinition } from "../../chain/app/module.js";
import { BURNER, MINTER } from "../bank/keeper.js";
import type { PoolsBankKeeper, PoolsDevicesReader } from "./expected-keepers.js";
import { POOLS_MODULE_ACCOUNT, PoolsKeeper } from "./keeper.js";
import { POOLS } from "./keys.js";
import { poolsMsgs } from "./msgs.js";
import { poolsQueries } from "./queries.js";
import { defaultPoolsGenesis, exportPoolsGenesis, initPoolsGenesis, type PoolsGenesisJson } from "./genesis.js";
import { poolsInvariants } from "./invariants.js";
import { processEpochEnd } from "./settle.js";
import { committedHours, computeSlotStatus, createSlotSendRestriction, processRedeem, processSweepExpired } from "./capacity.js";
import { processAccrue } from "./investors.js";
import type { DeviceSlotSchedule, PoolRevenue, SlotReader, SlotRedeemer } from "./slots.js";

/** The pools account holds pool assets and mints/burns hour-slot tokens. */
export const POOLS_MODULE_PERMISSIONS: ReadonlyArray<readonly [string, readonly string[]]> = [[POOLS_MODULE_ACCOUNT, [MINTER, BURNER]]];

export interface PoolsCapabilities {
  slots: SlotReader;
  redeemer: SlotRedeemer;
  revenue: PoolRevenue;
  schedule: DeviceSlotSchedule;
}

export interface PoolsModule {
  module: ModuleDefinition;
  keeper: PoolsKeeper;
  capabilities: PoolsCapabilities;
}

/**
 * Device pools, investor shares and hour-slot yield assets. End block (after the devices module
 * and after the amm, which burns its own expired inventory first): epoch-end settlement, then
 * the expiry sweep. Registers the bank send restriction on expired slots.
 */
export function createPoolsModule(opts: { bank: PoolsBankKeeper; devices: PoolsDevicesReader }): PoolsModule {
  const keeper = new PoolsKeeper(opts.bank, opts.devices);
  opts.bank.registerSendRestriction(createSlotSendRestriction());
  const module: ModuleDefinition = {
    name: POOLS,
    hasStore: true,
    msgs: poolsMsgs(keeper),
    queries: poolsQueries(keeper),
    initGenesis: (ctx, state) => initPoolsGenesis(keeper, ctx, state as PoolsGenesisJson | undefined),
    exportGenesis: (ctx) => exportPoolsGenesis(keeper, ctx),
    defaultGenesis: defaultPoolsGenesis,
    endBlock(ctx) {
      processEpochEnd(keeper, ctx);
      processSweepExpired(keeper, ctx);
    },
    invariants: poolsInvariants(keeper),
  };
  const capabilities: PoolsCapabilities = {
    slots: { slotStatus: (ctx, denom, now) => computeSlotStatus(keeper, ctx, denom, now) },
    redeemer: { redeem: (ctx, holder, denom, amount) => processRedeem(keeper, ctx, holder, denom, amount) },
    revenue: { accrue: (ctx, payer, deviceId, denom, amount) => processAccrue(keeper, ctx, payer, deviceId, denom, amount) },
    schedule: { committedHours: (ctx, deviceId, from, to) => committedHours(keeper, ctx, deviceId, from, to) },
  };
  return { module, keeper, capabilities };
}
