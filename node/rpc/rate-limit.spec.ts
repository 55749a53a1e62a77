import { describe, it, expect } from "vitest";
import { RateLimiter } from "./rate-limit.js";

describe("RateLimiter", () => {
  it("allows a burst of 2x the rate, then refuses until tokens refill", () => {
    const r = new RateLimiter(5);
    let ok = 0;
    for (let i = 0; i < 20; i++) if (r.allow("1.2.3.4", 1000)) ok++;
    expect(ok).toBe(10);
    expect(r.allow("1.2.3.4", 1000)).toBe(false);
    expect(r.allow("5.6.7.8", 1000)).toBe(true);
    expect(r.allow("1.2.3.4", 1200)).toBe(true); // 0.2 s at 5/s refills one token
    expect(r.allow("1.2.3.4", 1200)).toBe(false);
  });

  it("charges a cost of several calls at once, refusing it whole when the bucket is short", () => {
    const r = new RateLimiter(5);
    expect(r.allow("b", 1000, 8)).toBe(true);
    expect(r.allow("b", 1000, 3)).toBe(false);
    expect(r.allow("b", 1000, 2)).toBe(true);
    expect(r.allow("b", 1000)).toBe(false);
  });

  it("is off at 0", () => {
    const r = new RateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(r.allow("x", 0)).toBe(true);
  });
});
