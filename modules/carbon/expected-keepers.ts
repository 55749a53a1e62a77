import type { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import type { ReadCtx } from "../auth/keeper.js";
import type { DevicesReader } from "../devices/reader.js";
import type { NftCapabilities } from "../nft/module.js";

export type { ReadCtx };

/** What carbon reads from the device registry: devices, their reports, the epoch length. */
export type CarbonDevicesReader = Pick<DevicesReader, "getDevice" | "getReport" | "params">;

/** Basket coins: minted to and burned from the carbon module account (minter + burner). */
export interface CarbonBankKeeper {
  mint(ctx: Context, module: string, coins: Coin[]): void;
  burnFrom(ctx: Context, module: string, address: string, coins: Coin[]): void;
  sendFromModuleToAccount(ctx: Context, module: string, to: string, coins: Coin[]): void;
  getSupply(ctx: ReadCtx, denom: string): bigint;
  setDenomMetadata(ctx: Context, m: Metadata): void;
}

/** Retirement certificates: the module-owned, non-transferable class `carbon-cert`. */
export type CarbonNft = Pick<NftCapabilities, "createModuleClass" | "mint" | "getClass" | "getNft">;
