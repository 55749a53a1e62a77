import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { moduleAddress } from "../../modules/auth/keeper.js";
import { createPoolsSpecKit, type PoolsSpecKit } from "../../modules/pools/spec-kit.js";
import { processApplyDevice, processCreatePool } from "../../modules/pools/membership.js";
import { processAccrue, processDeposit, processFundPool, processRequestWithdraw } from "../../modules/pools/investors.js";
import { PoolKind } from "../../modules/pools/types.js";

const FUNDS = 10n ** 12n;
const INVESTORS = 4;

type Op =
  | { t: "deposit"; who: number; amount: bigint }
  | { t: "withdraw"; who: number; permille: number }
  | { t: "fund"; who: number; amount: bigint }
  | { t: "revenue"; amount: bigint }
  | { t: "epoch" }
  | { t: "limit"; permille: number };

const amount = fc.oneof(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 10n ** 9n }));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant("deposit" as const), who: fc.integer({ min: 0, max: INVESTORS - 1 }), amount }),
  fc.record({ t: fc.constant("withdraw" as const), who: fc.integer({ min: 0, max: INVESTORS - 1 }), permille: fc.integer({ min: 1, max: 1000 }) }),
  fc.record({ t: fc.constant("fund" as const), who: fc.integer({ min: 0, max: INVESTORS - 1 }), amount }),
  fc.record({ t: fc.constant("revenue" as const), amount }),
  fc.constant({ t: "epoch" as const }),
  fc.record({ t: fc.constant("limit" as const), permille: fc.integer({ min: 1, max: 1000 }) }),
);

/** Everyone's ugcs plus what the pool would pay for every share (at the floor price) never exceeds what came in. */
function setup(): { k: PoolsSpecKit; pool: bigint } {
  const k = createPoolsSpecKit();
  let pool = 0n;
  k.atomic((ctx) => void (pool = processCreatePool(k.keeper, ctx, { creator: k.addr(9), name: "p", kind: PoolKind.POOL_KIND_COMPUTE, quoteDenom: "ugcs", seats: 1, revenueShareBps: 3000, entryRule: { type: "random" } })));
  for (let i = 0; i < INVESTORS; i++) k.fund(k.addr(i), "ugcs", FUNDS);
  k.fund(moduleAddress("market"), "ugcs", FUNDS);
  k.addDevice(1n, { owner: k.addr(8) });
  k.atomic((ctx) => void processApplyDevice(k.keeper, ctx, k.addr(8), pool, 1n));
  k.toEpochEnd(0n);
  return { k, pool };
}

describe("property: pool deposits, withdrawals, revenue and epochs", () => {
  it("create no value, keep assets == module balance, and shares add up", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const { k, pool } = setup();
        const q = () => k.query();
        const ugcs = (a: string) => k.bank.keeper.getBalance(q(), a, "ugcs");
        const investors = Array.from({ length: INVESTORS }, (_, i) => k.addr(i));
        let epoch = 1n;
        let paidIn = 0n; // revenue that entered from outside the investors
        for (const o of ops) {
          const before = k.keeper.getPool(q(), pool)!;
          if (o.t === "deposit") {
            const r = k.atomic((ctx) => void processDeposit(k.keeper, ctx, investors[o.who]!, pool, o.amount));
            if (r.code !== 0) expect(k.keeper.getPool(q(), pool)).toEqual(before);
          } else if (o.t === "withdraw") {
            const have = k.keeper.getShares(q(), pool, investors[o.who]!);
            const shares = (have * BigInt(o.permille)) / 1000n;
            if (shares > 0n) expect(k.atomic((ctx) => void processRequestWithdraw(k.keeper, ctx, investors[o.who]!, pool, shares)).code).toBe(0);
          } else if (o.t === "fund") {
            // Funding moves an investor's own coins into the pool: the total below does not change.
            k.atomic((ctx) => processFundPool(k.keeper, ctx, investors[o.who]!, pool, o.amount));
          } else if (o.t === "revenue") {
            const m0 = ugcs(moduleAddress("market"));
            let rest = 0n;
            expect(k.atomic((ctx) => void (rest = processAccrue(k.keeper, ctx, "market", 1n, "ugcs", o.amount))).code).toBe(0);
            const cut = m0 - ugcs(moduleAddress("market"));
            expect(cut + rest).toBe(o.amount);
            paidIn += cut;
          } else if (o.t === "limit") {
            k.atomic((ctx) => k.keeper.setParams(ctx, { ...k.keeper.params(ctx), withdrawLimitPermille: o.permille }));
          } else {
            k.report(1n, epoch);
            k.toEpochEnd(epoch);
            epoch += 1n;
            const after = k.keeper.getPool(q(), pool)!;
            // A payout never lowers the price of the shares that stay.
            if (before.totalShares > 0n && after.totalShares > 0n) expect(after.assets * before.totalShares >= before.assets * after.totalShares).toBe(true);
          }
          expect(k.invariantFailures()).toEqual([]);
          const p = k.keeper.getPool(q(), pool)!;
          expect(ugcs(moduleAddress("pools"))).toBe(p.assets);
          const held = investors.reduce((s, a) => s + k.keeper.getShares(q(), pool, a), 0n) + k.keeper.withdrawals(q(), pool).reduce((s, w) => s + w.shares, 0n);
          expect(held).toBe(p.totalShares);
          // No value created: investors' coins plus the pool's assets equal what they started with plus outside money.
          const investorCoins = investors.reduce((s, a) => s + ugcs(a), 0n);
          expect(investorCoins + p.assets).toBe(BigInt(INVESTORS) * FUNDS + paidIn);
        }
        // Everyone redeems everything; the pool keeps at most rounding dust.
        k.atomic((ctx) => k.keeper.setParams(ctx, { ...k.keeper.params(ctx), withdrawLimitPermille: 1000 }));
        for (const a of investors) {
          const s = k.keeper.getShares(q(), pool, a);
          if (s > 0n) expect(k.atomic((ctx) => void processRequestWithdraw(k.keeper, ctx, a, pool, s)).code).toBe(0);
        }
        k.report(1n, epoch);
        k.toEpochEnd(epoch);
        const last = k.keeper.getPool(q(), pool)!;
        expect(last.totalShares).toBe(0n);
        expect(k.keeper.withdrawals(q(), pool)).toEqual([]);
        expect(k.invariantFailures()).toEqual([]);
      }),
      { numRuns: 60, seed: 20260101 },
    );
  }, 20_000);
});
