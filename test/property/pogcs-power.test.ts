import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { applyPowerCap, computePowerTable, PPM } from "../../modules/pogcs/power.js";
import { splitProRata, splitByPermille } from "../../modules/pogcs/distribution.js";

const CAP = 200_000n;
const power = fc.oneof(fc.bigInt({ min: 0n, max: 10_000n }), fc.bigInt({ min: 0n, max: 1n << 200n }));

function total(xs: bigint[]): bigint {
  return xs.reduce((s, x) => s + x, 0n);
}

describe("property: PoGCS power", () => {
  it("the cap holds with >= 5 validators, and no power grows", () => {
    fc.assert(fc.property(fc.array(power, { minLength: 1, maxLength: 40 }), fc.bigInt({ min: 10_000n, max: PPM }), (ps, cap) => {
      const out = applyPowerCap(ps, cap);
      out.forEach((q, i) => {
        expect(q).toBeLessThanOrEqual(ps[i]!);
        expect(q >= 0n).toBe(true);
        if (ps[i] === 0n) expect(q).toBe(0n);
      });
      const n = BigInt(ps.filter((p) => p > 0n).length);
      if (n * cap >= PPM) {
        const t = total(out);
        for (const q of out) expect(q * PPM).toBeLessThanOrEqual(cap * t);
      } else {
        expect(out).toEqual(ps);
      }
    }), { numRuns: 400 });
  });

  it("capped power is monotonic in a validator's own stake and VGC", () => {
    const row = fc.record({ stake: fc.bigInt({ min: 1n, max: 1n << 80n }), vgc: fc.bigInt({ min: 0n, max: 2_000_000n }) });
    fc.assert(fc.property(fc.array(row, { minLength: 5, maxLength: 12 }), fc.nat(11), fc.bigInt({ min: 0n, max: 1n << 70n }), fc.bigInt({ min: 0n, max: 1_000_000n }), (rows, pick, dStake, dVgc) => {
      const i = pick % rows.length;
      const params = { vgcTarget: 1_000_000n, gMaxPpm: PPM, capPpm: CAP, reduction: 1n };
      const mk = (rs: typeof rows) => computePowerTable(rs.map((r, j) => ({ operator: `v${String(j).padStart(2, "0")}`, stake: r.stake, vgc: r.vgc, penalized: false })), params);
      const before = mk(rows)[i]!.power;
      const more = rows.map((r, j) => (j === i ? { stake: r.stake + dStake, vgc: r.vgc + dVgc } : r));
      expect(mk(more)[i]!.power).toBeGreaterThanOrEqual(before);
    }), { numRuns: 300 });
  });

  it("g never more than doubles stake and huge values do not overflow", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 1n << 250n }), fc.bigInt({ min: 0n, max: 1n << 250n }), (stake, vgc) => {
      const [r] = computePowerTable([{ operator: "a", stake, vgc, penalized: false }], { vgcTarget: 1n << 100n, gMaxPpm: PPM, capPpm: CAP, reduction: 1n });
      expect(r!.power).toBeGreaterThanOrEqual(stake);
      expect(r!.power).toBeLessThanOrEqual(2n * stake);
    }));
  });
});

describe("property: reward rounding never creates value", () => {
  it("pro rata shares + remainder = amount, remainder below the number of recipients", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 1n << 128n }), fc.array(fc.bigInt({ min: 0n, max: 1n << 64n }), { maxLength: 50 }), (amount, ws) => {
      const { shares, remainder } = splitProRata(amount, ws);
      expect(total(shares) + remainder).toBe(amount);
      expect(remainder >= 0n).toBe(true);
      shares.forEach((s, i) => expect(s >= 0n && (ws[i]! > 0n || s === 0n)).toBe(true));
      const positive = BigInt(ws.filter((w) => w > 0n).length);
      if (positive > 0n) expect(remainder).toBeLessThan(positive === 0n ? 1n : positive);
    }));
  });

  it("the per-mille split of a block is exact", () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 1n << 128n }), fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 1000n }), (a, s, c) => {
      fc.pre(s + c <= 1000n);
      const out = splitByPermille(a, s, c);
      expect(out.stakers + out.capacity + out.work).toBe(a);
      expect(out.work >= 0n).toBe(true);
    }));
  });
});
