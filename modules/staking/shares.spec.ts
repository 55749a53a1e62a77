import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { applyAddTokens, applyRemoveShares, computeSharesToWithdraw, computeTokensOf } from "./shares.js";
import { DEC_ONE, decToJson, parseDec, decFromJson } from "./dec.js";

describe("decimals", () => {
  it("parse the protobuf atomics form and the human form", () => {
    expect(parseDec("100000000000000000")).toBe(DEC_ONE / 10n);
    expect(parseDec("0.1")).toBe(DEC_ONE / 10n);
    expect(decToJson(DEC_ONE / 20n)).toBe("0.050000000000000000");
    expect(decFromJson("1")).toBe(DEC_ONE);
    expect(() => parseDec("-1")).toThrow();
    expect(() => parseDec("1e5")).toThrow();
  });
});

describe("share arithmetic", () => {
  it("issues 1 share per token to a fresh pool and pays the last shares everything", () => {
    const a = applyAddTokens({ tokens: 0n, shares: 0n }, 100n);
    expect(a.shares).toBe(100n * DEC_ONE);
    const r = applyRemoveShares(a.pool, a.shares);
    expect(r.tokens).toBe(100n);
    expect(r.pool).toEqual({ tokens: 0n, shares: 0n });
  });

  it("never lets shares be worth more than the pool after any deposits, slashes and withdrawals", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ k: fc.constant("add" as const), who: fc.integer({ min: 0, max: 3 }), amt: fc.bigInt({ min: 1n, max: 10n ** 12n }) }),
            fc.record({ k: fc.constant("sub" as const), who: fc.integer({ min: 0, max: 3 }), amt: fc.bigInt({ min: 1n, max: 10n ** 12n }) }),
            fc.record({ k: fc.constant("slash" as const), who: fc.constant(0), amt: fc.bigInt({ min: 1n, max: 99n }) }),
          ),
          { maxLength: 40 },
        ),
        (ops) => {
          let pool = { tokens: 0n, shares: 0n };
          const held = [0n, 0n, 0n, 0n];
          let paidIn = 0n;
          let paidOut = 0n;
          let burned = 0n;
          for (const op of ops) {
            if (op.k === "add") {
              if (pool.shares > 0n && pool.tokens === 0n) continue;
              const r = applyAddTokens(pool, op.amt);
              pool = r.pool;
              held[op.who]! += r.shares;
              paidIn += op.amt;
            } else if (op.k === "sub") {
              const value = computeTokensOf(pool, held[op.who]!);
              if (value === 0n || pool.tokens === 0n) continue;
              const amt = op.amt > value ? value : op.amt;
              let shares = computeSharesToWithdraw(pool, amt);
              if (shares > held[op.who]!) shares = held[op.who]!;
              const r = applyRemoveShares(pool, shares);
              held[op.who]! -= shares;
              pool = r.pool;
              expect(r.tokens).toBeLessThanOrEqual(amt);
              paidOut += r.tokens;
            } else {
              const cut = (pool.tokens * op.amt + 99n) / 100n;
              pool = { ...pool, tokens: pool.tokens - (cut > pool.tokens ? pool.tokens : cut) };
              burned += cut > pool.tokens ? 0n : cut;
            }
            const sumShares = held.reduce((a, b) => a + b, 0n);
            expect(sumShares).toBe(pool.shares);
            const sumValue = held.reduce((a, s) => a + computeTokensOf(pool, s), 0n);
            expect(sumValue).toBeLessThanOrEqual(pool.tokens);
            expect(paidOut).toBeLessThanOrEqual(paidIn);
            expect(pool.tokens).toBeGreaterThanOrEqual(0n);
          }
          void burned;
        },
      ),
      { numRuns: 300 },
    );
  });
});
