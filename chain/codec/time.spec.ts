import { describe, it, expect } from "vitest";
import { formatUnixSeconds } from "./time.js";

describe("formatUnixSeconds", () => {
  it("matches the platform's calendar on many instants, including leap days and negatives", () => {
    const samples = [0n, 1n, 86399n, 86400n, 951782400n, 951868800n, 1767225600n, 4102444800n, -1n, -62135596800n, 253402300799n];
    for (let i = 0n; i < 2000n; i++) samples.push(i * 12_345_677n - 5_000_000_000n);
    for (const s of samples) {
      expect(formatUnixSeconds(s)).toBe(new Date(Number(s) * 1000).toISOString().replace(/\.000Z$/, "Z"));
    }
    expect(formatUnixSeconds(0n, 120_000_000)).toBe("1970-01-01T00:00:00.12Z");
  });
});
