import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  BPS,
  MAX_AMOUNT,
  MINIMUM_LIQUIDITY,
  computeAddLiquidity,
  computeInitialLiquidity,
  computeRemoveLiquidity,
  computeSwapExactIn,
  computeSwapExactOut,
  type PoolReserves,
} from "./curve.js";
import {
  ErrInsufficientLiquidity,
  ErrInvalidAmount,
  ErrOverflow,
  ErrSlippageExceeded,
  ErrZeroAmount,
} from "./errors.js";
import type { ErrorKind } from "../../chain/errors/index.js";

function code(kind: ErrorKind) {
  return expect.objectContaining({ codespace: "amm", code: kind.code });
}

const FEES = [0n, 1n, 30n, 100n, 5_000n, 9_999n];

describe("swap exact in: exhaustive small values", () => {
  it("pays the largest output that keeps k with the net input, and k never falls", () => {
    for (const fee of FEES)
      for (let rIn = 1n; rIn <= 12n; rIn++)
        for (let rOut = 1n; rOut <= 12n; rOut++)
          for (let a = 1n; a <= 12n; a++) {
            const net = (a * (BPS - fee)) / BPS;
            // Oracle: the largest o with (rIn + net)(rOut − o) ≥ rIn·rOut.
            let best = 0n;
            for (let o = 0n; o < rOut; o++) if ((rIn + net) * (rOut - o) >= rIn * rOut) best = o;
            if (best === 0n) {
              expect(() => computeSwapExactIn(rIn, rOut, a, fee)).toThrow(code(ErrZeroAmount));
              continue;
            }
            const q = computeSwapExactIn(rIn, rOut, a, fee);
            expect(q.amountOut).toBe(best);
            expect(q.reserveIn * q.reserveOut >= rIn * rOut).toBe(true);
            expect(q.feeAmount).toBe(a - net);
          }
  });
});

describe("swap exact out: exhaustive small values", () => {
  it("charges the smallest input whose net input keeps k", () => {
    for (const fee of FEES.filter((f) => f <= 5_000n))
      for (let rIn = 1n; rIn <= 10n; rIn++)
        for (let rOut = 2n; rOut <= 10n; rOut++)
          for (let o = 1n; o < rOut; o++) {
            let best = 1n; // Oracle: smallest a with (rIn + floor(a·(BPS−fee)/BPS))(rOut − o) ≥ rIn·rOut.
            while ((rIn + (best * (BPS - fee)) / BPS) * (rOut - o) < rIn * rOut) best++;
            const q = computeSwapExactOut(rIn, rOut, o, fee);
            expect(q.amountIn).toBe(best);
            expect(q.reserveIn * q.reserveOut >= rIn * rOut).toBe(true);
          }
  });

  it("refuses to empty a side", () => {
    expect(() => computeSwapExactOut(10n, 10n, 10n, 30n)).toThrow(code(ErrInsufficientLiquidity));
  });
});

describe("liquidity: small tables", () => {
  it("first deposit mints floor(sqrt(a·b)) with MINIMUM_LIQUIDITY locked", () => {
    const table: [bigint, bigint, bigint][] = [
      [1_001n, 1_001n, 1n],
      [4_000n, 1_000n, 1_000n],
      [1_000_000n, 1n, 0n], // sqrt = 1000: refused
      [2_000n, 3_000n, 1_449n], // floor(sqrt(6e6)) = 2449
    ];
    for (const [a, b, minted] of table) {
      if (minted === 0n) {
        expect(() => computeInitialLiquidity(a, b)).toThrow(code(ErrInsufficientLiquidity));
        continue;
      }
      const r = computeInitialLiquidity(a, b);
      expect(r.shares).toBe(minted);
      expect(r.pool.shares).toBe(minted + MINIMUM_LIQUIDITY);
    }
  });

  it("later deposits round shares down and amounts up", () => {
    const pool: PoolReserves = { base: 3n, quote: 7n, shares: 5n };
    // byBase = floor(2·5/3) = 3, byQuote = floor(5·5/7) = 3 → shares 3; take ceil(9/5)=2, ceil(21/5)=5.
    expect(computeAddLiquidity(pool, 2n, 5n)).toEqual({
      base: 2n,
      quote: 5n,
      shares: 3n,
      pool: { base: 5n, quote: 12n, shares: 8n },
    });
    expect(() => computeAddLiquidity(pool, 1n, 1n)).toThrow(code(ErrZeroAmount));
    expect(() => computeAddLiquidity(pool, 2n, 5n, 4n)).toThrow(code(ErrSlippageExceeded));
  });

  it("withdrawals round down", () => {
    const pool: PoolReserves = { base: 10n, quote: 7n, shares: 3n };
    expect(computeRemoveLiquidity(pool, 1n)).toMatchObject({ base: 3n, quote: 2n });
    expect(computeRemoveLiquidity(pool, 3n).pool).toEqual({ base: 0n, quote: 0n, shares: 0n });
    expect(() => computeRemoveLiquidity(pool, 4n)).toThrow(code(ErrInsufficientLiquidity));
    expect(() => computeRemoveLiquidity(pool, 1n, 4n)).toThrow(code(ErrSlippageExceeded));
  });

  it("exhaustively: per-share reserves never fall on add, and removals never overpay", () => {
    for (let B = 1n; B <= 6n; B++)
      for (let Q = 1n; Q <= 6n; Q++)
        for (let S = 1n; S <= 6n; S++)
          for (let bm = 1n; bm <= 6n; bm++)
            for (let qm = 1n; qm <= 6n; qm++) {
              const pool = { base: B, quote: Q, shares: S };
              let r;
              try {
                r = computeAddLiquidity(pool, bm, qm);
              } catch (e) {
                expect(ErrZeroAmount.is(e)).toBe(true);
                continue;
              }
              expect(r.base <= bm && r.quote <= qm).toBe(true);
              expect(r.pool.base * S >= B * r.pool.shares).toBe(true);
              expect(r.pool.quote * S >= Q * r.pool.shares).toBe(true);
              for (let s = 1n; s <= S; s++) {
                if ((s * B) / S === 0n && (s * Q) / S === 0n) {
                  expect(() => computeRemoveLiquidity(pool, s)).toThrow(code(ErrZeroAmount));
                  continue;
                }
                const out = computeRemoveLiquidity(pool, s);
                expect(out.base * S <= s * B && out.quote * S <= s * Q).toBe(true);
              }
            }
  });
});

describe("refusals with codes", () => {
  it("refuses amounts above 2^128 − 1, negatives and zero", () => {
    const big = MAX_AMOUNT + 1n;
    expect(() => computeSwapExactIn(10n, 10n, big, 30n)).toThrow(code(ErrOverflow));
    expect(() => computeSwapExactIn(big, 10n, 1n, 30n)).toThrow(code(ErrOverflow));
    expect(() => computeSwapExactIn(MAX_AMOUNT, 10n, 1n, 30n)).toThrow(code(ErrOverflow));
    expect(() => computeSwapExactOut(10n, big, 1n, 30n)).toThrow(code(ErrOverflow));
    expect(() => computeSwapExactOut(MAX_AMOUNT, 10n, 9n, 0n)).toThrow(code(ErrOverflow));
    expect(() => computeInitialLiquidity(big, 10n)).toThrow(code(ErrOverflow));
    expect(() => computeAddLiquidity({ base: 10n, quote: 10n, shares: 10n }, big, 1n)).toThrow(code(ErrOverflow));
    expect(() => computeAddLiquidity({ base: MAX_AMOUNT, quote: 10n, shares: 10n }, MAX_AMOUNT, 10n)).toThrow(code(ErrOverflow));
    expect(() => computeRemoveLiquidity({ base: 10n, quote: 10n, shares: big }, 1n)).toThrow(code(ErrOverflow));
    expect(() => computeSwapExactIn(10n, 10n, -1n, 30n)).toThrow(code(ErrInvalidAmount));
    expect(() => computeSwapExactIn(10n, 10n, 0n, 30n)).toThrow(code(ErrZeroAmount));
    expect(() => computeSwapExactIn(0n, 10n, 1n, 30n)).toThrow(code(ErrInsufficientLiquidity));
  });

  it("refuses overflow-sized inputs at random", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: MAX_AMOUNT + 1n, max: 1n << 256n }), (big) => {
        expect(() => computeSwapExactIn(1_000n, 1_000n, big, 30n)).toThrow(code(ErrOverflow));
        expect(() => computeSwapExactOut(1_000n, 1_000n, big, 30n)).toThrow(code(ErrOverflow));
        expect(() => computeInitialLiquidity(big, 1_000_000n)).toThrow(code(ErrOverflow));
        expect(() => computeRemoveLiquidity({ base: 10n, quote: 10n, shares: 10n }, big)).toThrow(code(ErrOverflow));
      }),
    );
  });

  it("enforces slippage limits", () => {
    const q = computeSwapExactIn(1_000n, 1_000n, 100n, 30n);
    expect(() => computeSwapExactIn(1_000n, 1_000n, 100n, 30n, q.amountOut + 1n)).toThrow(code(ErrSlippageExceeded));
    const r = computeSwapExactOut(1_000n, 1_000n, 100n, 30n);
    expect(() => computeSwapExactOut(1_000n, 1_000n, 100n, 30n, r.amountIn - 1n)).toThrow(code(ErrSlippageExceeded));
  });
});
