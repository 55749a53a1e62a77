import { describe, it, expect } from "vitest";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../devices/long.js";
import { moduleAddress } from "../auth/keeper.js";
import { createPoolsSpecKit, eventsOf, type PoolsSpecKit } from "./spec-kit.js";
import { processApplyDevice, processCreatePool } from "./membership.js";
import { processAccrue, processDeposit, processRequestWithdraw } from "./investors.js";
import { POOLS_MODULE_ACCOUNT } from "./keeper.js";
import { PoolKind } from "./types.js";
import { POOLS_MSG } from "./msgs.js";
import { ErrInsufficientShares, ErrInvalidAmount, ErrNoInvestors, ErrPoolNotFound, ErrZeroAmount, ErrZeroShares } from "./errors.js";
import { computeDepositShares, computeRevenueCut, computeShareValue, computeSharesForPayout } from "./share-math.js";

const P = pogcs.pools.v1;

function setup(seats = 2): { k: PoolsSpecKit; p: bigint } {
  const k = createPoolsSpecKit();
  let p = 0n;
  k.atomic((ctx) => void (p = processCreatePool(k.keeper, ctx, { creator: k.addr(0), name: "p", kind: PoolKind.POOL_KIND_COMPUTE, quoteDenom: "ugcs", seats, revenueShareBps: 2500, entryRule: { type: "random" } })));
  for (let i = 1; i <= 4; i++) k.fund(k.addr(i), "ugcs", 1_000_000n);
  return { k, p };
}

const bal = (k: PoolsSpecKit, a: string) => k.bank.keeper.getBalance(k.query(), a, "ugcs");
const deposit = (k: PoolsSpecKit, who: string, p: bigint, amount: string) =>
  k.run(POOLS_MSG.deposit, P.MsgDeposit.encode({ investor: who, poolId: toLong(p), amount }).finish());

describe("share maths", () => {
  it("rounds in favour of the pool", () => {
    expect(computeDepositShares(100n, 0n, 0n)).toBe(100n);
    expect(computeDepositShares(10n, 100n, 300n)).toBe(3n); // 3.33 -> 3
    expect(computeDepositShares(2n, 100n, 300n)).toBe(0n);
    expect(computeShareValue(3n, 100n, 301n)).toBe(9n); // 9.03 -> 9
    expect(computeSharesForPayout(10n, 100n, 301n)).toBe(4n); // 3.32 -> 4
    expect(computeRevenueCut(999n, 2500)).toBe(249n);
  });
});

describe("deposits", () => {
  it("first 1:1, then floor(amount·shares/assets); bad amounts have their own codes and change nothing", () => {
    const { k, p } = setup();
    expect(deposit(k, k.addr(1), p, "1000").code).toBe(0);
    expect(k.keeper.getShares(k.query(), p, k.addr(1))).toBe(1000n);
    k.atomic((ctx) => k.keeper.setPool(ctx, k.keeper.getPool(ctx, p)!)); // no-op write
    expect(k.run(POOLS_MSG.fundPool, P.MsgFundPool.encode({ sender: k.addr(4), poolId: toLong(p), amount: "500" }).finish()).code).toBe(0);
    expect(deposit(k, k.addr(2), p, "1000").code).toBe(0);
    expect(k.keeper.getShares(k.query(), p, k.addr(2))).toBe(666n); // 1000·1000/1500
    const pool = k.keeper.getPool(k.query(), p)!;
    expect([pool.assets, pool.totalShares]).toEqual([2500n, 1666n]);
    expect(deposit(k, k.addr(2), p, "1").code).toBe(ErrZeroShares.code);
    expect(deposit(k, k.addr(2), p, "0").code).toBe(ErrZeroAmount.code);
    expect(deposit(k, k.addr(2), p, "-5").code).toBe(ErrInvalidAmount.code);
    expect(deposit(k, k.addr(2), p, "9".repeat(80)).code).toBe(ErrInvalidAmount.code);
    expect(deposit(k, k.addr(2), 99n, "10").code).toBe(ErrPoolNotFound.code);
    expect(k.keeper.getPool(k.query(), p)).toEqual(pool);
    expect(bal(k, moduleAddress(POOLS_MODULE_ACCOUNT))).toBe(2500n);
    expect(k.invariantFailures()).toEqual([]);
  });

  it("funding a pool without investors is refused", () => {
    const { k, p } = setup();
    expect(k.run(POOLS_MSG.fundPool, P.MsgFundPool.encode({ sender: k.addr(4), poolId: toLong(p), amount: "500" }).finish()).code).toBe(ErrNoInvestors.code);
  });
});

describe("withdrawal queue", () => {
  it("locks shares at request, pays at the epoch end at the then price (floor), FIFO", () => {
    const { k, p } = setup();
    k.atomic((ctx) => {
      processDeposit(k.keeper, ctx, k.addr(1), p, 1000n);
      processDeposit(k.keeper, ctx, k.addr(2), p, 2000n);
    });
    const r = k.run(POOLS_MSG.requestWithdraw, P.MsgRequestWithdraw.encode({ investor: k.addr(1), poolId: toLong(p), shares: "1001" }).finish());
    expect(r.code).toBe(ErrInsufficientShares.code);
    expect(k.atomic((ctx) => void processRequestWithdraw(k.keeper, ctx, k.addr(1), p, 1000n)).code).toBe(0);
    expect(k.keeper.getShares(k.query(), p, k.addr(1))).toBe(0n);
    expect(k.keeper.withdrawals(k.query(), p)).toHaveLength(1);
    // Revenue arriving before the epoch end raises the price the queued shares are paid at.
    expect(k.run(POOLS_MSG.fundPool, P.MsgFundPool.encode({ sender: k.addr(4), poolId: toLong(p), amount: "1001" }).finish()).code).toBe(0);
    const before = bal(k, k.addr(1));
    k.toEpochEnd(0n);
    expect(bal(k, k.addr(1)) - before).toBe(1333n); // floor(1000·4001/3000)
    const pool = k.keeper.getPool(k.query(), p)!;
    expect([pool.assets, pool.totalShares]).toEqual([2668n, 2000n]);
    expect(k.keeper.withdrawals(k.query(), p)).toEqual([]);
    expect(eventsOf(k.events, "pools_withdrawal_paid")).toHaveLength(1);
    expect(k.invariantFailures()).toEqual([]);
  });

  it("pays at most withdraw_limit_permille of the assets per epoch; the rest waits", () => {
    const { k, p } = setup();
    k.atomic((ctx) => {
      k.keeper.setParams(ctx, { ...k.keeper.params(ctx), withdrawLimitPermille: 250 });
      processDeposit(k.keeper, ctx, k.addr(1), p, 1000n);
      processDeposit(k.keeper, ctx, k.addr(2), p, 3000n);
      processRequestWithdraw(k.keeper, ctx, k.addr(2), p, 3000n);
    });
    const before = bal(k, k.addr(2));
    k.toEpochEnd(0n);
    expect(bal(k, k.addr(2)) - before).toBe(1000n);
    let [w] = k.keeper.withdrawals(k.query(), p);
    expect(w!.shares).toBe(2000n);
    k.toEpochEnd(1n); // 25% of 3000
    expect(bal(k, k.addr(2)) - before).toBe(1750n);
    [w] = k.keeper.withdrawals(k.query(), p);
    expect(w!.shares).toBe(1250n);
    for (let e = 2n; e < 12n; e++) k.toEpochEnd(e);
    expect(bal(k, k.addr(2)) - before).toBe(3000n);
    expect(k.keeper.withdrawals(k.query(), p)).toEqual([]);
    expect(k.keeper.getPool(k.query(), p)!.assets).toBe(1000n);
    expect(k.invariantFailures()).toEqual([]);
  });
});

describe("revenue", () => {
  it("accrue takes revenue_share_bps of a pooled device's payment from the payer module", () => {
    const { k, p } = setup();
    k.addDevice(1n, { owner: k.addr(3) });
    k.atomic((ctx) => {
      processApplyDevice(k.keeper, ctx, k.addr(3), p, 1n);
      processDeposit(k.keeper, ctx, k.addr(1), p, 1000n);
    });
    k.toEpochEnd(0n);
    k.fund(moduleAddress("market"), "ugcs", 10_000n);
    let rest = 0n;
    expect(k.atomic((ctx) => void (rest = processAccrue(k.keeper, ctx, "market", 1n, "ugcs", 999n))).code).toBe(0);
    expect(rest).toBe(750n);
    expect(k.keeper.getPool(k.query(), p)!.assets).toBe(1249n);
    expect(bal(k, moduleAddress("market"))).toBe(10_000n - 249n);
    // Other denoms and unpooled devices pass through untouched.
    k.atomic((ctx) => void (rest = processAccrue(k.keeper, ctx, "market", 1n, "uother", 999n)));
    expect(rest).toBe(999n);
    k.atomic((ctx) => void (rest = processAccrue(k.keeper, ctx, "market", 2n, "ugcs", 999n)));
    expect(rest).toBe(999n);
    expect(k.invariantFailures()).toEqual([]);
  });
});

describe("params", () => {
  it("only the gov account updates them, and only to valid values", async () => {
    const { moduleAddress: ma } = await import("../auth/keeper.js");
    const { ErrUnauthorized, ErrInvalidParams } = await import("./errors.js");
    const { k } = setup();
    const params = { minLeadSeconds: toLong(3600n), horizonSeconds: toLong(86_400n), minScore: 0, withdrawLimitPermille: 500, maxSeats: 10, maxApplications: 10 };
    const upd = (authority: string, p: object) => k.run(POOLS_MSG.updateParams, P.MsgUpdateParams.encode({ authority, params: p }).finish()).code;
    expect(upd(k.addr(1), params)).toBe(ErrUnauthorized.code);
    expect(upd(ma("gov"), { ...params, withdrawLimitPermille: 0 })).toBe(ErrInvalidParams.code);
    expect(upd(ma("gov"), params)).toBe(0);
    expect(k.keeper.params(k.query()).withdrawLimitPermille).toBe(500);
  });
});
