import { describe, it, expect } from "vitest";
import { computeSyncProgress } from "./progress.js";

describe("block sync progress", () => {
  it("draws the bar, the percent and the time left from the synced span", () => {
    expect(computeSyncProgress(100n, 100n, 200n, 0)).toEqual({ progress: `[${".".repeat(20)}]`, percent: 0, eta_s: -1 });
    expect(computeSyncProgress(100n, 150n, 200n, 10)).toEqual({ progress: `[${"#".repeat(10)}${".".repeat(10)}]`, percent: 50, eta_s: 5 });
    expect(computeSyncProgress(0n, 1n, 3n, 4, 3)).toEqual({ progress: "[#..]", percent: 33.3, eta_s: 1 });
    expect(computeSyncProgress(0n, 7n, 7n, 5)).toEqual({ progress: `[${"#".repeat(20)}]`, percent: 100, eta_s: 0 });
    // A target that moved below us (peer went back) is shown as done, never as > 100 %.
    expect(computeSyncProgress(10n, 12n, 11n, 1).percent).toBe(100);
  });
});
