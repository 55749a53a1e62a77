import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computeBond, computeCheckerPay, computeProRata, computeSlash } from "./math.js";
import { computeSample } from "./draw.js";

describe("market maths", () => {
  it("bond rounds up", () => {
    expect(computeBond(1_000_000n, 2_000)).toBe(200_000n);
    expect(computeBond(3n, 3_333)).toBe(1n);
    expect(computeBond(1n, 0)).toBe(0n);
  });

  it("slash parts add up to the bond; the slashed part rounds up, the requester's down", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (bond, s, r) => {
        const x = computeSlash(bond, s, r);
        expect(x.toRequester + x.burned + x.returned).toBe(bond);
        expect(x.slashed * 10_000n >= bond * BigInt(s)).toBe(true);
        expect(x.toRequester * 10_000n <= x.slashed * BigInt(r)).toBe(true);
        expect(x.returned >= 0n && x.burned >= 0n).toBe(true);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it("pro rata shares sum to the total exactly and follow the units", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.array(fc.bigInt({ min: 1n, max: 10n ** 6n }), { minLength: 1, maxLength: 8 }), (total, units) => {
        const s = computeProRata(total, units);
        expect(s.reduce((a, b) => a + b, 0n)).toBe(total);
        const sum = units.reduce((a, b) => a + b, 0n);
        s.slice(0, -1).forEach((x, i) => expect(x).toBe((total * units[i]!) / sum));
      }),
      { seed: 8, numRuns: 500 },
    );
  });

  it("checker pay never exceeds the incentive", () => {
    expect(computeCheckerPay(100n, 3, ["a", "b"])).toEqual({ perSeat: 33n, paid: [{ checker: "a", amount: 33n }, { checker: "b", amount: 33n }], leftover: 34n });
    expect(computeCheckerPay(100n, 0, [])).toEqual({ perSeat: 0n, paid: [], leftover: 100n });
  });

  it("committee samples are distinct, deterministic and independent of the candidates' order", () => {
    const seed = new Uint8Array(32).fill(3);
    const c = ["e", "a", "d", "b", "c", "a"];
    const s = computeSample(seed, c, 3);
    expect(new Set(s).size).toBe(3);
    expect(computeSample(seed, [...c].reverse(), 3)).toEqual(s);
    expect(computeSample(new Uint8Array(32).fill(4), c, 5).sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(computeSample(seed, ["x"], 3)).toEqual(["x"]);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) seen.add(computeSample(new Uint8Array(32).fill(i), c, 1)[0]!);
    expect(seen.size).toBe(5);
  });
});
