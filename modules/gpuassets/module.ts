import type { ModuleDefinition } from "../../chain/app/module.js";
import type { GpuAssetsBank, GpuAssetsDevices, GpuAssetsNft } from "./expected-keepers.js";
import { GPUASSETS } from "./keys.js";
import { GpuAssetsKeeper } from "./keeper.js";
import { gpuAssetsMsgs } from "./msgs.js";
import { gpuAssetsQueries } from "./queries.js";
import { defaultGpuAssetsGenesis, exportGpuAssetsGenesis, initGpuAssetsGenesis, type GpuAssetsGenesisJson } from "./genesis.js";
import { gpuAssetsInvariants } from "./invariants.js";
import { gpuAssetTransferGuard } from "./mint.js";

export interface GpuAssetsModuleOptions {
  devices: GpuAssetsDevices;
  nft: GpuAssetsNft;
  bank: GpuAssetsBank;
}

export interface GpuAssetsModule {
  module: ModuleDefinition;
  keeper: GpuAssetsKeeper;
}

/**
 * GPU asset NFTs: one per compute device, appraisals with depreciation, insurance references and
 * NFT-collateralised loans. Genesis after nft (its class lives there). Begin block records the
 * block time for queries once any asset exists. Registers the "pledged" transfer guard with nft.
 */
export function createGpuAssetsModule(opts: GpuAssetsModuleOptions): GpuAssetsModule {
  const keeper = new GpuAssetsKeeper(opts.devices, opts.nft, opts.bank);
  opts.nft.registerTransferGuard(gpuAssetTransferGuard(keeper));
  const module: ModuleDefinition = {
    name: GPUASSETS,
    hasStore: true,
    msgs: gpuAssetsMsgs(keeper),
    queries: gpuAssetsQueries(keeper),
    initGenesis: (ctx, state) => initGpuAssetsGenesis(keeper, ctx, state as GpuAssetsGenesisJson | undefined),
    exportGenesis: (ctx) => exportGpuAssetsGenesis(keeper, ctx),
    defaultGenesis: defaultGpuAssetsGenesis,
    beginBlock(ctx) {
      if (keeper.hasAnyAsset(ctx)) keeper.setClock(ctx, ctx.block.timeSeconds);
    },
    invariants: gpuAssetsInvariants(keeper),
  };
  return { module, keeper };
}
