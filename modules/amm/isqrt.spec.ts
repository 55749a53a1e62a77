import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { isqrt } from "./isqrt.js";
import { ErrInvalidAmount } from "./errors.js";

describe("isqrt", () => {
  it("is the floor square root for every n below 20 000", () => {
    for (let i = 0n; i < 20_000n; i++) {
      const r = isqrt(i);
      expect(r * r <= i && (r + 1n) * (r + 1n) > i).toBe(true);
    }
  });

  it("is exact on squares and their neighbours up to 2^256", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) }), (r) => {
        expect(isqrt(r * r)).toBe(r);
        if (r > 0n) expect(isqrt(r * r - 1n)).toBe(r - 1n);
        expect(isqrt(r * r + 2n * r)).toBe(r);
      }),
    );
  });

  it("is the floor for random n up to 2^300", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 300n }), (n) => {
        const r = isqrt(n);
        expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
      }),
    );
  });

  it("refuses a negative input with a code", () => {
    expect(() => isqrt(-1n)).toThrow(expect.objectContaining({ codespace: "amm", code: ErrInvalidAmount.code }));
  });
});
