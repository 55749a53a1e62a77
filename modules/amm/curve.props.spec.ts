import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  MINIMUM_LIQUIDITY,
  computeAddLiquidity,
  computeInitialLiquidity,
  computeRemoveLiquidity,
  computeSwapExactIn,
  computeSwapExactOut,
  type PoolReserves,
} from "./curve.js";
import { isChainError } from "../../chain/errors/index.js";

type Op =
  | { kind: "in"; baseIn: boolean; amount: bigint; fee: bigint }
  | { kind: "out"; baseOut: boolean; amount: bigint; fee: bigint }
  | { kind: "add"; who: number; base: bigint; quote: bigint }
  | { kind: "remove"; who: number; permille: bigint };

const amount = fc.bigInt({ min: 1n, max: 10n ** 12n });
const fee = fc.constantFrom(0n, 1n, 30n, 100n, 1_000n);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("in" as const), baseIn: fc.boolean(), amount, fee }),
  fc.record({ kind: fc.constant("out" as const), baseOut: fc.boolean(), amount, fee }),
  fc.record({ kind: fc.constant("add" as const), who: fc.nat(3), base: amount, quote: amount }),
  fc.record({ kind: fc.constant("remove" as const), who: fc.nat(3), permille: fc.bigInt({ min: 1n, max: 1_000n }) }),
);

/** Value per share never falls: k'/S'^2 ≥ k/S^2, compared without division. */
function perShareNotDown(a: PoolReserves, b: PoolReserves): boolean {
  return b.base * b.quote * a.shares * a.shares >= a.base * a.quote * b.shares * b.shares;
}

describe("constant-product properties over random sequences", () => {
  it("no value is created by rounding; shares add up; full exit never overpays", () => {
    fc.assert(
      fc.property(amount, amount, fc.array(op, { maxLength: 40 }), (b0, q0, ops) => {
        fc.pre(b0 * q0 > MINIMUM_LIQUIDITY * MINIMUM_LIQUIDITY);
        const init = computeInitialLiquidity(b0, q0);
        let pool = init.pool;
        const held = [init.shares, 0n, 0n, 0n];
        let inBase = b0, inQuote = q0, outBase = 0n, outQuote = 0n;
        for (const o of ops) {
          const before = pool;
          try {
            if (o.kind === "in") {
              const [rIn, rOut] = o.baseIn ? [pool.base, pool.quote] : [pool.quote, pool.base];
              const q = computeSwapExactIn(rIn, rOut, o.amount, o.fee);
              expect(q.reserveIn * q.reserveOut >= rIn * rOut).toBe(true);
              pool = o.baseIn ? { ...pool, base: q.reserveIn, quote: q.reserveOut } : { ...pool, quote: q.reserveIn, base: q.reserveOut };
              if (o.baseIn) { inBase += q.amountIn; outQuote += q.amountOut; } else { inQuote += q.amountIn; outBase += q.amountOut; }
            } else if (o.kind === "out") {
              const [rIn, rOut] = o.baseOut ? [pool.quote, pool.base] : [pool.base, pool.quote];
              const q = computeSwapExactOut(rIn, rOut, o.amount, o.fee);
              expect(q.reserveIn * q.reserveOut >= rIn * rOut).toBe(true);
              pool = o.baseOut ? { ...pool, quote: q.reserveIn, base: q.reserveOut } : { ...pool, base: q.reserveIn, quote: q.reserveOut };
              if (o.baseOut) { inQuote += q.amountIn; outBase += q.amountOut; } else { inBase += q.amountIn; outQuote += q.amountOut; }
            } else if (o.kind === "add") {
              const r = computeAddLiquidity(pool, o.base, o.quote);
              expect(r.base <= o.base && r.quote <= o.quote).toBe(true);
              pool = r.pool;
              held[o.who] += r.shares;
              inBase += r.base; inQuote += r.quote;
            } else {
              const s = (held[o.who] * o.permille) / 1_000n;
              if (s === 0n) continue;
              const r = computeRemoveLiquidity(pool, s);
              pool = r.pool;
              held[o.who] -= s;
              outBase += r.base; outQuote += r.quote;
            }
          } catch (e) {
            expect(isChainError(e)).toBe(true); // refusals are typed and leave the pool unchanged
            continue;
          }
          expect(pool.base > 0n && pool.quote > 0n).toBe(true);
          expect(perShareNotDown(before, pool)).toBe(true);
          expect(held.reduce((a, b) => a + b, 0n) + MINIMUM_LIQUIDITY).toBe(pool.shares);
          expect(inBase - outBase).toBe(pool.base);
          expect(inQuote - outQuote).toBe(pool.quote);
        }
        // Everyone leaves: payouts never exceed reserves; the locked shares keep a positive remainder.
        for (let who = 0; who < held.length; who++) {
          if (held[who] === 0n) continue;
          try {
            const r = computeRemoveLiquidity(pool, held[who]);
            expect(r.base <= pool.base && r.quote <= pool.quote).toBe(true);
            pool = r.pool;
            held[who] = 0n;
          } catch (e) {
            expect(isChainError(e)).toBe(true);
          }
        }
        expect(pool.base > 0n && pool.quote > 0n).toBe(true);
        expect(pool.shares >= MINIMUM_LIQUIDITY).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("a round trip swap never profits", () => {
    fc.assert(
      fc.property(amount, amount, amount, fee, (rA, rB, a, f) => {
        let first;
        try {
          first = computeSwapExactIn(rA, rB, a, f);
        } catch (e) {
          expect(isChainError(e)).toBe(true);
          return;
        }
        try {
          const back = computeSwapExactIn(first.reserveOut, first.reserveIn, first.amountOut, f);
          expect(back.amountOut <= a).toBe(true);
        } catch (e) {
          expect(isChainError(e)).toBe(true); // rounds to nothing: a loss, not a profit
        }
        // Buying back exactly `a` costs at least what the first leg paid out.
        try {
          const buy = computeSwapExactOut(first.reserveOut, first.reserveIn, a, f);
          expect(buy.amountIn >= first.amountOut).toBe(true);
        } catch (e) {
          expect(isChainError(e)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("exact-out never charges less than exact-in needs for the same output", () => {
    fc.assert(
      fc.property(amount, amount, amount, fee, (rIn, rOut, o, f) => {
        fc.pre(o < rOut);
        const q = computeSwapExactOut(rIn, rOut, o, f);
        expect(computeSwapExactIn(rIn, rOut, q.amountIn, f).amountOut >= o).toBe(true);
        if (q.amountIn > 1n) {
          try {
            expect(computeSwapExactIn(rIn, rOut, q.amountIn - 1n, f).amountOut < o).toBe(true);
          } catch (e) {
            expect(isChainError(e)).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
