import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  PRICE_SCALE,
  applyPrice,
  computeObservation,
  computeSpotPrice,
  computeTwap,
  createAccumulator,
  type PriceAccumulator,
} from "./twap.js";
import { ErrInsufficientLiquidity, ErrInvalidTime } from "./errors.js";

describe("spot price", () => {
  it("is quote per slot token with 18 decimals, rounded down", () => {
    expect(computeSpotPrice(2n, 5n)).toBe((5n * PRICE_SCALE) / 2n);
    expect(computeSpotPrice(3n, 1n)).toBe(333_333_333_333_333_333n);
    expect(() => computeSpotPrice(0n, 1n)).toThrow(expect.objectContaining({ code: ErrInsufficientLiquidity.code }));
  });
});

describe("time-weighted average price", () => {
  it("weights each price by how long it was in force (table)", () => {
    let acc = createAccumulator(100n, 10n);
    const o0 = computeObservation(acc, 100n);
    acc = applyPrice(acc, 110n, 40n); // 10 s at 10
    acc = applyPrice(acc, 130n, 1n); // 20 s at 40
    const o1 = computeObservation(acc, 140n); // 10 s at 1
    expect(o1.cumulative).toBe(100n + 800n + 10n);
    expect(computeTwap(o0, o1)).toBe(910n / 40n); // 22, rounded down
    expect(computeTwap(computeObservation(acc, 130n), o1)).toBe(1n);
  });

  it("refuses time going backwards and empty windows", () => {
    const acc = createAccumulator(100n, 10n);
    const code = expect.objectContaining({ codespace: "amm", code: ErrInvalidTime.code });
    expect(() => applyPrice(acc, 99n, 1n)).toThrow(code);
    expect(() => computeObservation(acc, 99n)).toThrow(code);
    const o = computeObservation(acc, 100n);
    expect(() => computeTwap(o, o)).toThrow(code);
  });

  it("equals the constant price when the price is constant, over any window and update pattern", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 1n << 160n }),
        fc.bigInt({ min: 0n, max: 1n << 40n }),
        fc.array(fc.bigInt({ min: 0n, max: 100_000n }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (price, t0, steps, i, j) => {
          let acc: PriceAccumulator = createAccumulator(t0, price);
          const obs = [computeObservation(acc, t0)];
          let t = t0;
          for (const dt of steps) {
            t += dt;
            acc = applyPrice(acc, t, price); // swaps that leave the price where it was
            obs.push(computeObservation(acc, t));
          }
          const a = obs[i % obs.length];
          const b = obs[j % obs.length];
          const [s, e] = a.time <= b.time ? [a, b] : [b, a];
          if (s.time === e.time) return;
          expect(computeTwap(s, e)).toBe(price);
        },
      ),
    );
  });

  it("lies between the lowest and highest price in the window", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.bigInt({ min: 1n, max: 3_600n }), fc.bigInt({ min: 0n, max: 10n ** 24n })), {
          minLength: 1,
          maxLength: 30,
        }),
        (segments) => {
          let acc = createAccumulator(0n, segments[0][1]);
          const start = computeObservation(acc, 0n);
          let t = 0n;
          for (const [dt, p] of segments) {
            acc = applyPrice(acc, t, p);
            t += dt;
          }
          const end = computeObservation(acc, t);
          const prices = segments.map(([, p]) => p);
          const lo = prices.reduce((a, b) => (a < b ? a : b));
          const hi = prices.reduce((a, b) => (a > b ? a : b));
          const twap = computeTwap(start, end);
          expect(twap >= lo && twap <= hi).toBe(true);
        },
      ),
    );
  });
});
