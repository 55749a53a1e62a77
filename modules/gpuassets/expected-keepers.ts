import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import type { ReadCtx } from "../auth/keeper.js";
import type { DevicesReader } from "../devices/reader.js";
import type { NftCapabilities } from "../nft/module.js";

export type { ReadCtx };

/** Device registry reads: the device record (owner, class, capacity). */
export type GpuAssetsDevices = Pick<DevicesReader, "getDevice">;

/** Account-to-account sends for loan funding and repayment; no escrow, no minting. */
export interface GpuAssetsBank {
  send(ctx: Context, from: string, to: string, coins: Coin[]): void;
}

/** The NFT capabilities this module uses for its own class. */
export type GpuAssetsNft = Pick<
  NftCapabilities,
  "createModuleClass" | "mint" | "transfer" | "ownerOf" | "getNft" | "getClass" | "getNftsOfClass" | "getNftsOfOwner" | "supply" | "registerTransferGuard"
>;
