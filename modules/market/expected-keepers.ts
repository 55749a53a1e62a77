import type { Context } from "../../chain/app/context.js";
import type { Coin } from "../../chain/codec/coins.js";
import type { ReadCtx } from "../auth/keeper.js";
import type { Device } from "../devices/types.js";
import type { NftCapabilities } from "../nft/module.js";
import type { DeviceSlotSchedule, PoolRevenue, SlotRedeemer } from "../pools/slots.js";

export type { ReadCtx };

/** Bank as the market uses it: escrow in and out of its module account, burning slashed bonds. */
export interface MarketBank {
  sendFromAccountToModule(ctx: Context, from: string, module: string, coins: Coin[]): void;
  sendFromModuleToAccount(ctx: Context, module: string, to: string, coins: Coin[]): void;
  burn(ctx: Context, module: string, coins: Coin[]): void;
  getAllBalances(ctx: ReadCtx, address: string): Coin[];
}

/** Which addresses may not receive funds (module accounts): a position NFT parked there is paid to its provider. */
export interface MarketAccounts {
  isBlockedAddress(address: string): boolean;
}

export interface MarketDevices {
  getDevice(ctx: ReadCtx, id: bigint): Device | undefined;
}

export type MarketNft = Pick<NftCapabilities, "createModuleClass" | "mint" | "burn" | "ownerOf" | "getNft" | "getClass">;

/** Who may be drawn as a checker: the account addresses of the active validators' operators. */
export interface MarketCommittee {
  candidates(ctx: ReadCtx): string[];
}

/** The pools module's slot redemption and revenue accrual (absent until pools is wired). */
export interface MarketPools {
  redeemer: SlotRedeemer;
  revenue: PoolRevenue;
  /** Slot hours each device promised (counted against path-A capacity); absent in unit tests without pools. */
  schedule?: DeviceSlotSchedule;
}

export interface MarketDeps {
  bank: MarketBank;
  accounts: MarketAccounts;
  devices: MarketDevices;
  nft: MarketNft;
  committee: MarketCommittee;
  pools?: MarketPools;
}
