import type { Context } from "../../chain/app/context.js";
import { makeEvent } from "../../chain/events/types.js";
import { POOLS_MODULE_ACCOUNT, type PoolsKeeper } from "./keeper.js";
import { NEXT_SEQ_KEY } from "./keys.js";
import { computeDepositShares, computeRevenueCut } from "./share-math.js";
import { ErrInsufficientShares, ErrNoInvestors, ErrPoolNotFound, ErrZeroAmount, ErrZeroShares } from "./errors.js";
import type { Pool } from "./types.js";

function requirePool(k: PoolsKeeper, ctx: Context, id: bigint): Pool {
  const pool = k.getPool(ctx, id);
  if (!pool) throw ErrPoolNotFound.raise(`pool ${id}`);
  return pool;
}

/** Deposit of the quote denom for shares: 1:1 into an empty pool, else floor(amount·shares/assets). */
export function processDeposit(k: PoolsKeeper, ctx: Context, investor: string, poolId: bigint, amount: bigint): bigint {
  if (amount <= 0n) throw ErrZeroAmount.raise("deposit");
  const pool = requirePool(k, ctx, poolId);
  const shares = computeDepositShares(amount, pool.totalShares, pool.assets);
  if (shares === 0n) throw ErrZeroShares.raise(`${amount}${pool.quoteDenom} buys no share at ${pool.assets}/${pool.totalShares}`);
  k.bank.sendFromAccountToModule(ctx, investor, POOLS_MODULE_ACCOUNT, [{ denom: pool.quoteDenom, amount }]);
  k.setPool(ctx, { ...pool, assets: pool.assets + amount, totalShares: pool.totalShares + shares });
  k.setShares(ctx, poolId, investor, k.getShares(ctx, poolId, investor) + shares);
  ctx.emit(makeEvent("pools_deposit", [["pool_id", poolId.toString()], ["investor", investor], ["amount", `${amount}${pool.quoteDenom}`], ["shares", shares.toString()]]));
  return shares;
}

/** Locks shares in the pool's withdrawal queue; they are paid at an epoch end at the then price. */
export function processRequestWithdraw(k: PoolsKeeper, ctx: Context, investor: string, poolId: bigint, shares: bigint): bigint {
  if (shares <= 0n) throw ErrZeroAmount.raise("shares");
  requirePool(k, ctx, poolId);
  const have = k.getShares(ctx, poolId, investor);
  if (have < shares) throw ErrInsufficientShares.raise(`${investor} holds ${have} shares of pool ${poolId}`);
  k.setShares(ctx, poolId, investor, have - shares);
  const seq = k.take(ctx, NEXT_SEQ_KEY);
  const epoch = k.currentEpoch(ctx);
  k.setWithdrawal(ctx, { poolId, seq, investor, shares, requestedEpoch: epoch });
  ctx.emit(makeEvent("pools_withdraw_requested", [["pool_id", poolId.toString()], ["investor", investor], ["shares", shares.toString()], ["seq", seq.toString()], ["epoch", epoch.toString()]]));
  return seq;
}

/** Anyone adds quote-denom revenue; it raises the share price of existing shares. */
export function processFundPool(k: PoolsKeeper, ctx: Context, sender: string, poolId: bigint, amount: bigint): void {
  if (amount <= 0n) throw ErrZeroAmount.raise("fund");
  const pool = requirePool(k, ctx, poolId);
  if (pool.totalShares === 0n) throw ErrNoInvestors.raise(`pool ${poolId}`);
  k.bank.sendFromAccountToModule(ctx, sender, POOLS_MODULE_ACCOUNT, [{ denom: pool.quoteDenom, amount }]);
  k.setPool(ctx, { ...pool, assets: pool.assets + amount });
  ctx.emit(makeEvent("pools_revenue", [["pool_id", poolId.toString()], ["source", sender], ["amount", `${amount}${pool.quoteDenom}`]]));
}

/**
 * PoolRevenue.accrue: a pooled device earned `amount` (held by `payerModule`); the pool takes
 * floor(amount·bps/10000) when it has investors and the denom is its quote denom.
 */
export function processAccrue(k: PoolsKeeper, ctx: Context, payerModule: string, deviceId: bigint, denom: string, amount: bigint): bigint {
  if (amount <= 0n) return amount;
  const poolId = k.poolOfDevice(ctx, deviceId);
  if (poolId === undefined) return amount;
  const pool = k.getPool(ctx, poolId)!;
  if (pool.quoteDenom !== denom || pool.totalShares === 0n) return amount;
  const cut = computeRevenueCut(amount, pool.revenueShareBps);
  if (cut === 0n) return amount;
  k.bank.sendFromModuleToModule(ctx, payerModule, POOLS_MODULE_ACCOUNT, [{ denom, amount: cut }]);
  k.setPool(ctx, { ...pool, assets: pool.assets + cut });
  ctx.emit(makeEvent("pools_revenue", [["pool_id", poolId.toString()], ["source", payerModule], ["device_id", deviceId.toString()], ["amount", `${cut}${denom}`], ["gross", `${amount}${denom}`]]));
  return amount - cut;
}
