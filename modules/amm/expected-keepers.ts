import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import type { ReadCtx } from "../auth/keeper.js";
import type { NftCapabilities } from "../nft/module.js";
import type { SlotReader } from "../pools/slots.js";

/**
 * What the amm needs from bank: move reserves in and out of its module account, burn expired slot
 * inventory (the `amm` module account has the burner permission), and read balances (invariants).
 */
export interface AmmBank {
  sendFromAccountToModule(ctx: Context, from: string, module: string, coins: Coin[]): void;
  sendFromModuleToAccount(ctx: Context, module: string, to: string, coins: Coin[]): void;
  burn(ctx: Context, module: string, coins: Coin[]): void;
  getBalance(ctx: ReadCtx, address: string, denom: string): bigint;
  getAllBalances(ctx: ReadCtx, address: string): Coin[];
}

/** What the amm needs from nft: its own LP class, mint/burn of positions, and who owns them. */
export type AmmNft = Pick<NftCapabilities, "createModuleClass" | "mint" | "burn" | "ownerOf" | "getClass"> & {
  /** NFT ids of `classId` held by `owner`, in id order (for the positions-by-owner query). */
  nftIdsOfOwner(ctx: ReadCtx, owner: string, classId: string): string[];
};

export interface AmmModuleOptions {
  bank: AmmBank;
  nft: AmmNft;
  /** Backing status of slots, from the pools module. */
  slots: SlotReader;
}
