import { App } from "../../chain/app/app.js";
import type { CommitMultiStore } from "../../chain/store/types.js";
import type { GasPrice, Secp256k1Verifier } from "../../chain/ante/types.js";
import { createAuthModule } from "../auth/module.js";
import { createBankModule, FEE_COLLECTOR } from "../bank/module.js";
import { createStakingModule, STAKING_MODULE_PERMISSIONS, type StakingCapabilities } from "../staking/module.js";
import { createDevicesModule, DEVICES_MODULE_PERMISSIONS } from "../devices/module.js";
import { createPogcsModule, POGCS_MODULE_PERMISSIONS } from "../pogcs/module.js";
import { createPowerOf } from "../pogcs/power-of.js";
import { createNftModule, type NftCapabilities } from "../nft/module.js";
import { createPoolsModule, POOLS_MODULE_PERMISSIONS, type PoolsCapabilities } from "../pools/module.js";
import type { PoolsKeeper } from "../pools/keeper.js";
import { AMM_MODULE_PERMISSIONS, createAmmModule } from "../amm/module.js";
import type { AmmKeeper } from "../amm/keeper.js";
import { createGovModule, GOV_MODULE_PERMISSIONS } from "../gov/module.js";
import type { GovKeeper } from "../gov/keeper.js";
import type { AccountKeeper } from "../auth/keeper.js";
import type { BankKeeper } from "../bank/keeper.js";
import type { StakingKeeper } from "../staking/keeper.js";
import type { DevicesKeeper } from "../devices/keeper.js";
import type { PogcsKeeper } from "../pogcs/keeper.js";
import { createGpuAssetsModule } from "../gpuassets/module.js";
import type { GpuAssetsKeeper } from "../gpuassets/keeper.js";
import { CARBON_MODULE_PERMISSIONS, createCarbonModule } from "../carbon/module.js";
import type { CarbonKeeper } from "../carbon/keeper.js";
import { createMarketModule, MARKET_MODULE_PERMISSIONS } from "../market/module.js";
import type { MarketKeeper } from "../market/keeper.js";
import { slotCommitRefusal } from "../market/capacity.js";
import { accAddress, parseValAddress } from "../../chain/codec/address.js";

/** Every module store, in a fixed order; the node mounts exactly these. */
export const STORE_NAMES = ["auth", "bank", "staking", "devices", "pogcs", "nft", "pools", "amm", "gov", "gpuassets", "carbon", "market"] as const;

/** Module accounts and what each may do with the supply. */
export const MODULE_PERMISSIONS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  [FEE_COLLECTOR, []],
  ...STAKING_MODULE_PERMISSIONS,
  ...DEVICES_MODULE_PERMISSIONS,
  ...POGCS_MODULE_PERMISSIONS,
  ...POOLS_MODULE_PERMISSIONS,
  ...AMM_MODULE_PERMISSIONS,
  ...GOV_MODULE_PERMISSIONS,
  ...CARBON_MODULE_PERMISSIONS,
  ...MARKET_MODULE_PERMISSIONS,
]);

/**
 * Phase order, declared once. Genesis: balances before staking bonds them, staking before pogcs
 * computes the first power table. Blocks: devices settles challenges, pogcs pays and computes
 * power at epoch ends, then staking picks the active set by that power. amm after nft at genesis
 * (it creates its LP class) and before pools at end block (it burns its expired slot inventory first).
 */
export const MODULE_ORDER = {
  genesis: ["auth", "bank", "staking", "devices", "pogcs", "nft", "pools", "amm", "gov", "gpuassets", "carbon", "market"],
  beginBlock: ["auth", "bank", "staking", "devices", "pogcs", "nft", "pools", "amm", "gov", "gpuassets", "carbon", "market"],
  endBlock: ["auth", "bank", "devices", "pogcs", "staking", "nft", "amm", "pools", "gov", "gpuassets", "carbon", "market"],
};

export interface PogcsAppOptions {
  chainId: string;
  cms: CommitMultiStore;
  verifier: Secp256k1Verifier;
  minGasPrices?: GasPrice[];
  checkInvariantsEveryBlock?: boolean;
}

export interface PogcsApp {
  app: App;
  keepers: { auth: AccountKeeper; bank: BankKeeper; staking: StakingKeeper; devices: DevicesKeeper; pogcs: PogcsKeeper };
  /** NFT capabilities for modules that will own classes (positions, GPU assets, certificates). */
  nft: NftCapabilities;
  /** Hour-slot status, redemption and pool revenue, for the amm and market modules. */
  pools: PoolsCapabilities;
  /** The pools keeper, for tests and the app's own wiring. */
  poolsKeeper: PoolsKeeper;
  /** GPU asset NFTs, appraisals and pledges, for tests. */
  gpuAssetsKeeper: GpuAssetsKeeper;
  /** The amm keeper (pools per slot, LP positions, price index), for tests and benches. */
  ammKeeper: AmmKeeper;
  /** The gov keeper (proposals, deposits, votes), for tests. */
  govKeeper: GovKeeper;
  /** RECs, carbon credits, retirements and baskets, for tests. */
  carbonKeeper: CarbonKeeper;
  /** Compute demand contracts and their positions, for tests. */
  marketKeeper: MarketKeeper;
}

/** Assembles the application: modules, their capabilities, phase order, the ante chain. */
export function createPogcsApp(opts: PogcsAppOptions): PogcsApp {
  const auth = createAuthModule({ modulePermissions: MODULE_PERMISSIONS });
  const bank = createBankModule({ accounts: auth.keeper });
  const powerOf = createPowerOf();
  const staking = createStakingModule({ bank: bank.keeper, powerOf });
  const caps: StakingCapabilities = staking.capabilities;
  const devices = createDevicesModule({
    bank: bank.keeper,
    staking: { hasValidator: (ctx, operator) => caps.getValidator(ctx, operator) !== undefined },
  });
  const pogcs = createPogcsModule({
    bank: bank.keeper,
    devices: devices.reader,
    staking: {
      powerCandidates: (ctx) =>
        [...caps.iterateValidators(ctx)]
          .filter((v) => !v.jailed && v.tokens > 0n)
          .map((v) => ({ operator: v.operator, tokens: v.tokens })),
      maxValidators: (ctx) => caps.params(ctx).maxValidators,
    },
    // Burned gov deposits leave the supply outside pogcs; its supply ledger must count them.
    extraBurned: [(ctx) => gov.keeper.burnedOf(ctx, pogcs.keeper.emission(ctx).denom), (ctx) => market.keeper.burnedOf(ctx, pogcs.keeper.emission(ctx).denom)],
  });
  caps.registerHooks({ onValidatorSlashed: pogcs.stakingHooks.onValidatorSlashed });
  const nft = createNftModule();
  const pools = createPoolsModule({ bank: bank.keeper, devices: devices.reader });
  const amm = createAmmModule({
    bank: bank.keeper,
    nft: { ...nft.capabilities, nftIdsOfOwner: (ctx, owner, classId) => nft.keeper.getNftsOfOwner(ctx, owner, classId).map((n) => n.id) },
    slots: pools.capabilities.slots,
  });
  const gov = createGovModule({
    bank: bank.keeper,
    staking: {
      bondedValidators: (ctx) => caps.activeSet(ctx).map(({ validator: v }) => ({ operator: v.operator, tokens: v.tokens, delegatorShares: v.shares })),
      totalBondedTokens: (ctx) => caps.totalBondedTokens(ctx),
      delegationsOf: (ctx, delegator) => caps.delegatorDelegations(ctx, delegator).map((d) => ({ validator: d.validator, shares: d.shares })),
    },
    isBlockedAddress: (address) => auth.keeper.isBlockedAddress(address),
  });
  const gpuassets = createGpuAssetsModule({ devices: devices.reader, nft: nft.capabilities, bank: bank.keeper });
  const carbon = createCarbonModule({ devices: devices.reader, nft: nft.capabilities, bank: bank.keeper });
  const market = createMarketModule({
    bank: bank.keeper,
    accounts: auth.keeper,
    devices: devices.reader,
    nft: nft.capabilities,
    // Checkers: the operator accounts of the bonded, non-jailed validators.
    committee: { candidates: (ctx) => caps.activeSet(ctx).filter(({ validator: v }) => !v.jailed).map(({ validator: v }) => accAddress(parseValAddress(v.operator))) },
    pools: { redeemer: pools.capabilities.redeemer, revenue: pools.capabilities.revenue, schedule: pools.capabilities.schedule },
  });
  // A device may not sell as slots the GPU-hours its accepted contracts need (and the market counts slots sold).
  pools.keeper.commitGuard = (ctx, deviceId, gpuCount, extra) => slotCommitRefusal(market.keeper, ctx, deviceId, gpuCount, extra);
  const app = new App({
    chainId: opts.chainId,
    cms: opts.cms,
    modules: [auth.module, bank.module, staking.module, devices.module, pogcs.module, nft.module, pools.module, amm.module, gov.module, gpuassets.module, carbon.module, market.module],
    order: MODULE_ORDER,
    checkInvariantsEveryBlock: opts.checkInvariantsEveryBlock,
    ante: {
      accounts: auth.anteAccounts,
      fees: bank.anteFees,
      verifier: opts.verifier,
      minGasPrices: opts.minGasPrices ?? [],
      params: (ctx) => auth.keeper.params(ctx),
    },
  });
  // Passed proposals execute their messages through the app's router, as the gov module account.
  gov.setMsgRouter((typeUrl) => app.router.msg(typeUrl));
  return {
    app,
    keepers: { auth: auth.keeper, bank: bank.keeper, staking: staking.keeper, devices: devices.keeper, pogcs: pogcs.keeper },
    nft: nft.capabilities,
    pools: pools.capabilities,
    poolsKeeper: pools.keeper,
    gpuAssetsKeeper: gpuassets.keeper,
    ammKeeper: amm.keeper,
    govKeeper: gov.keeper,
    carbonKeeper: carbon.keeper,
    marketKeeper: market.keeper,
  };
}
