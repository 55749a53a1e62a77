import type { Context } from "../../chain/app/context.js";
import type { KVReader } from "../../chain/store/types.js";
import type { BankKeeper } from "../bank/keeper.js";
import type { DevicesReader } from "../devices/reader.js";

/** Read access for queries and txs alike. */
export interface ReadCtx {
  kv(storeName: string): KVReader;
}

/** What pools needs from bank: moves into and out of its module account, mint/burn of slot tokens, holders of a denom. */
export type PoolsBankKeeper = Pick<
  BankKeeper,
  "getBalance" | "getSupply" | "sendFromAccountToModule" | "sendFromModuleToAccount" | "sendFromModuleToModule" | "mint" | "burnFrom" | "iterateHolders" | "registerSendRestriction"
>;

/** Devices registry reads (owner, class, capacity, bond, score, reports, epoch length). */
export type PoolsDevicesReader = Pick<DevicesReader, "params" | "getDevice" | "getReport">;

export type { Context };
