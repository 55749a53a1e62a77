import { describe, expect, it } from "vitest";
import { ceilDiv, computeAmountDue, computeDepreciatedValue, computeInterest, computeMaxPrincipal } from "./math.js";
import { YEAR_SECONDS } from "./params.js";

describe("gpuassets maths", () => {
  it("ceilDiv rounds up, exact quotients stay", () => {
    expect(ceilDiv(10n, 5n)).toBe(2n);
    expect(ceilDiv(11n, 5n)).toBe(3n);
    expect(ceilDiv(0n, 5n)).toBe(0n);
  });

  it("straight-line depreciation: 20%/year loses a fifth per year down to the floor", () => {
    const v0 = 1_000_000n;
    expect(computeDepreciatedValue(v0, 100n, 100n, 2000, 1000)).toBe(v0);
    expect(computeDepreciatedValue(v0, 0n, YEAR_SECONDS, 2000, 1000)).toBe(800_000n);
    expect(computeDepreciatedValue(v0, 0n, 2n * YEAR_SECONDS, 2000, 1000)).toBe(600_000n);
    expect(computeDepreciatedValue(v0, 0n, YEAR_SECONDS / 2n, 2000, 1000)).toBe(900_000n);
    // After 4.5 years: 10% left, exactly the floor; later never below it.
    expect(computeDepreciatedValue(v0, 0n, (9n * YEAR_SECONDS) / 2n, 2000, 1000)).toBe(100_000n);
    expect(computeDepreciatedValue(v0, 0n, 50n * YEAR_SECONDS, 2000, 1000)).toBe(100_000n);
    expect(computeDepreciatedValue(v0, 0n, 50n * YEAR_SECONDS, 2000, 0)).toBe(0n);
  });

  it("rounds the value down (depreciation up): one second on a small value costs one unit", () => {
    expect(computeDepreciatedValue(1000n, 0n, 1n, 2000, 0)).toBe(999n);
    expect(computeDepreciatedValue(7n, 0n, 1n, 1, 0)).toBe(6n);
  });

  it("an appraisal dated after the query time is worth its face value; zero stays zero", () => {
    expect(computeDepreciatedValue(500n, 1000n, 10n, 2000, 1000)).toBe(500n);
    expect(computeDepreciatedValue(0n, 0n, YEAR_SECONDS, 2000, 1000)).toBe(0n);
  });

  it("depreciation is monotone in time and bounded by [floor, v0]", () => {
    let prev = 10n ** 30n;
    for (let t = 0n; t < 6n * YEAR_SECONDS; t += YEAR_SECONDS / 7n) {
      const v = computeDepreciatedValue(10n ** 30n, 0n, t, 1234, 777);
      expect(v <= prev).toBe(true);
      expect(v >= (10n ** 30n * 777n) / 10_000n).toBe(true);
      prev = v;
    }
  });

  it("simple interest accrues per second and rounds up", () => {
    expect(computeInterest(1_000_000n, 1000, 0n, YEAR_SECONDS)).toBe(100_000n);
    expect(computeInterest(1_000_000n, 1000, 0n, YEAR_SECONDS / 2n)).toBe(50_000n);
    expect(computeInterest(1_000_000n, 1000, 0n, 1n)).toBe(1n);
    expect(computeInterest(1_000_000n, 0, 0n, YEAR_SECONDS)).toBe(0n);
    expect(computeInterest(1_000_000n, 1000, 10n, 5n)).toBe(0n);
    expect(computeAmountDue(1_000_000n, 1000, 0n, YEAR_SECONDS)).toBe(1_100_000n);
  });

  it("LTV cap rounds down", () => {
    expect(computeMaxPrincipal(1000n, 7000)).toBe(700n);
    expect(computeMaxPrincipal(999n, 7000)).toBe(699n);
    expect(computeMaxPrincipal(1n, 7000)).toBe(0n);
  });
});
