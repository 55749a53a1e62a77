import { describe, it, expect } from "vitest";
import { computeProRata, decCoins, formatDec } from "./distribution.js";
import { computeTxsEventQuery } from "./tx-search.js";

describe("distribution REST helpers", () => {
  it("prints amounts as LegacyDec strings with 18 decimals and drops zero coins", () => {
    expect(formatDec(0n)).toBe("0.000000000000000000");
    expect(formatDec(1234n)).toBe("1234.000000000000000000");
    expect(decCoins("ugcs", 0n)).toEqual([]);
    expect(decCoins("ugcs", 5n)).toEqual([{ denom: "ugcs", amount: "5.000000000000000000" }]);
  });

  it("splits pro rata, floors, gives the remainder to the largest weight and always sums to the total", () => {
    expect(computeProRata(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(computeProRata(10n, [1n, 3n])).toEqual([2n, 8n]);
    expect(computeProRata(7n, [0n, 0n])).toEqual([7n, 0n]);
    expect(computeProRata(7n, [])).toEqual([]);
    for (let t = 0n; t < 50n; t++) {
      const w = [3n, 5n, 0n, 11n];
      const s = computeProRata(t, w);
      expect(s.reduce((a, b) => a + b, 0n)).toBe(t);
      expect(s[2]).toBe(0n);
    }
  });

  it("builds the tx search query from `query` or repeated `events`", () => {
    expect(computeTxsEventQuery({ query: "tx.height>3" })).toBe("tx.height>3");
    expect(computeTxsEventQuery({ events: ["transfer.recipient=gcs1x", "message.module='bank'"] })).toBe("transfer.recipient='gcs1x' AND message.module='bank'");
    expect(computeTxsEventQuery({ events: "tx.height=5" })).toBe("tx.height=5");
    expect(() => computeTxsEventQuery({})).toThrow(/query/);
  });
});
