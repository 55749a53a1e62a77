import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_FEE_SCHEDULE,
  MAX_FEE_BPS,
  computeFeeBps,
  computeSwapFeeBps,
  isTradingOpen,
  validateFeeSchedule,
  type FeeSchedule,
} from "./fees.js";
import { ErrInvalidFeeSchedule, ErrPoolClosed } from "./errors.js";

const small: FeeSchedule = { baseBps: 10n, maxBps: 17n, rampSeconds: 4n, closeSeconds: 2n };

const schedule: fc.Arbitrary<FeeSchedule> = fc
  .record({
    a: fc.bigInt({ min: 0n, max: MAX_FEE_BPS }),
    b: fc.bigInt({ min: 0n, max: MAX_FEE_BPS }),
    rampSeconds: fc.bigInt({ min: 0n, max: 100_000n }),
    closeSeconds: fc.bigInt({ min: 0n, max: 10_000n }),
  })
  .map(({ a, b, rampSeconds, closeSeconds }) => ({
    baseBps: a < b ? a : b,
    maxBps: a < b ? b : a,
    rampSeconds,
    closeSeconds,
  }));

describe("time-to-slot fee", () => {
  it("follows the table for a small schedule (ramp rounds up)", () => {
    // t:    ≤2 → max; 3 → 10 + ceil(7·3/4) = 16; 4 → 10 + ceil(7·2/4) = 14; 5 → 10 + ceil(7/4) = 12; ≥6 → base
    const table: [bigint, bigint][] = [
      [-5n, 17n], [0n, 17n], [2n, 17n], [3n, 16n], [4n, 14n], [5n, 12n], [6n, 10n], [1_000n, 10n],
    ];
    for (const [t, bps] of table) expect(computeFeeBps(t, small)).toBe(bps);
  });

  it("closes trading at closeSeconds before the slot", () => {
    expect(isTradingOpen(97n, 100n, small)).toBe(true);
    expect(isTradingOpen(98n, 100n, small)).toBe(false);
    expect(computeSwapFeeBps(97n, 100n, small)).toBe(16n);
    expect(() => computeSwapFeeBps(98n, 100n, small)).toThrow(
      expect.objectContaining({ codespace: "amm", code: ErrPoolClosed.code }),
    );
    expect(() => computeSwapFeeBps(200n, 100n, small)).toThrow(
      expect.objectContaining({ codespace: "amm", code: ErrPoolClosed.code }),
    );
  });

  it("validates schedules", () => {
    validateFeeSchedule(DEFAULT_FEE_SCHEDULE);
    for (const bad of [
      { ...small, baseBps: 18n },
      { ...small, baseBps: -1n },
      { ...small, maxBps: MAX_FEE_BPS + 1n },
      { ...small, rampSeconds: -1n },
      { ...small, closeSeconds: -1n },
    ]) {
      expect(() => validateFeeSchedule(bad)).toThrow(
        expect.objectContaining({ codespace: "amm", code: ErrInvalidFeeSchedule.code }),
      );
    }
  });

  it("is monotonic: never rises as the slot gets further away, and stays in [base, max]", () => {
    fc.assert(
      fc.property(schedule, fc.bigInt({ min: -1_000n, max: 200_000n }), fc.bigInt({ min: 0n, max: 50_000n }), (s, t, d) => {
        validateFeeSchedule(s);
        const near = computeFeeBps(t, s);
        const far = computeFeeBps(t + d, s);
        expect(far <= near).toBe(true);
        expect(near >= s.baseBps && near <= s.maxBps).toBe(true);
      }),
    );
  });

  it("is monotonic step by step over a whole small ramp", () => {
    for (let ramp = 0n; ramp <= 8n; ramp++) {
      const s = { ...small, rampSeconds: ramp };
      for (let t = -2n; t < 20n; t++) expect(computeFeeBps(t + 1n, s) <= computeFeeBps(t, s)).toBe(true);
    }
  });
});
