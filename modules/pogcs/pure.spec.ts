import { describe, it, expect } from "vitest";
import { applyPowerCap, computeG, computePowerTable, uncappedPower, PPM } from "./power.js";
import { computeDeviceVgc, computeDeliveredMilliGpuHours } from "./vgc.js";
import { clipToMaxSupply, decayOnce, isDecayHeight, scheduledPerBlock, type EmissionSchedule } from "./emission.js";
import { splitByPermille, splitProRata } from "./distribution.js";
import { computeDensityWeight } from "../devices/density.js";
import { decayScore, bumpScore } from "../devices/challenges.js";
import { DEFAULT_DEVICES_PARAMS } from "../devices/params.js";

describe("g and power", () => {
  it("g grows linearly to G_MAX at the target and stays there", () => {
    expect(computeG(0n, 1000n, PPM)).toBe(0n);
    expect(computeG(500n, 1000n, PPM)).toBe(500_000n);
    expect(computeG(1000n, 1000n, PPM)).toBe(PPM);
    expect(computeG(10_000n, 1000n, PPM)).toBe(PPM);
    expect(computeG(1n, 3n, PPM)).toBe(333_333n); // rounded down
  });

  it("power = stake * (1 + g), at most double with G_MAX = 1", () => {
    expect(uncappedPower(1_000_000n, 0n, 1n)).toBe(1_000_000n);
    expect(uncappedPower(1_000_000n, PPM, 1n)).toBe(2_000_000n);
    expect(uncappedPower(5_500_000n, 500_000n, 1_000_000n)).toBe(8n); // 8.25 rounded down
  });

  it("water-filling caps the largest at 20% of the new total", () => {
    const out = applyPowerCap([1000n, 100n, 100n, 100n, 100n, 100n], 200_000n);
    const total = out.reduce((s, x) => s + x, 0n);
    expect(out.slice(1)).toEqual([100n, 100n, 100n, 100n, 100n]);
    expect(out[0]! * 5n).toBeLessThanOrEqual(total);
    expect(out[0]).toBe(125n); // 125 = 20% of 625
  });

  it("with fewer than 5 validators the 20% cap cannot hold: powers are left as they are", () => {
    expect(applyPowerCap([1000n, 10n, 10n, 10n], 200_000n)).toEqual([1000n, 10n, 10n, 10n]);
    // Exactly five: everyone is brought to the smallest power.
    expect(applyPowerCap([1000n, 10n, 10n, 10n, 10n], 200_000n)).toEqual([10n, 10n, 10n, 10n, 10n]);
  });

  it("a penalised validator has g = 0; max_validators limits who counts", () => {
    const rows = computePowerTable([
      { operator: "a", stake: 100n, vgc: 1000n, penalized: true },
      { operator: "b", stake: 100n, vgc: 1000n, penalized: false },
    ], { vgcTarget: 1000n, gMaxPpm: PPM, capPpm: PPM, reduction: 1n });
    expect(rows.map((r) => [r.gPpm, r.power])).toEqual([[0n, 100n], [PPM, 200n]]);
    const top = computePowerTable([{ operator: "a", stake: 1n, vgc: 0n, penalized: false }, { operator: "b", stake: 5n, vgc: 0n, penalized: false }],
      { vgcTarget: 1n, gMaxPpm: PPM, capPpm: PPM, reduction: 1n, maxValidators: 1 });
    expect(top.map((r) => r.power)).toEqual([0n, 5n]);
  });
});

describe("VGC", () => {
  it("counts compute only up to the proven green energy, times score and density", () => {
    expect(computeDeliveredMilliGpuHours(3600n, 10_000n, 300n)).toBe(1000n); // compute-bound
    expect(computeDeliveredMilliGpuHours(3600n, 150n, 300n)).toBe(500n); // green-bound
    expect(computeDeviceVgc({ gpuSeconds: 3600n, greenWh: 300n, score: 800n, densityNum: 1n, densityDen: 1n }, 300n)).toBe(800n);
    expect(computeDeviceVgc({ gpuSeconds: 3600n, greenWh: 300n, score: 1000n, densityNum: 4n, densityDen: 6n }, 300n)).toBe(666n);
  });

  it("density weight is cap/count above the cap", () => {
    expect(computeDensityWeight(3n, 4n)).toEqual({ num: 1n, den: 1n });
    expect(computeDensityWeight(4n, 4n)).toEqual({ num: 1n, den: 1n });
    expect(computeDensityWeight(8n, 4n)).toEqual({ num: 4n, den: 8n });
  });

  it("score decays by 8/10 rounding down and grows by 50 up to 1000", () => {
    const p = DEFAULT_DEVICES_PARAMS;
    expect(decayScore(600, p)).toBe(480);
    expect(decayScore(7, p)).toBe(5);
    expect(decayScore(decayScore(decayScore(1000, p), p), p)).toBe(512);
    expect(bumpScore(600, p)).toBe(650);
    expect(bumpScore(980, p)).toBe(1000);
  });
});

describe("emission schedule", () => {
  const s: EmissionSchedule = { denom: "ugcs", initialPerBlock: 1000n, decayEveryBlocks: 10n, decayNum: 9n, decayDen: 10n, maxSupply: 10n ** 12n };

  it("steps down by 9/10 (rounded down) every 10 blocks", () => {
    expect([1n, 10n, 11n, 20n, 21n, 31n].map((h) => scheduledPerBlock(h, s))).toEqual([1000n, 1000n, 900n, 900n, 810n, 729n]);
    expect(isDecayHeight(11n, s)).toBe(true);
    expect(isDecayHeight(10n, s)).toBe(false);
    let v = s.initialPerBlock;
    for (let h = 2n; h <= 500n; h++) {
      if (isDecayHeight(h, s)) v = decayOnce(v, s);
      expect(v).toBe(scheduledPerBlock(h, s));
    }
  });

  it("never mints past max supply", () => {
    expect(clipToMaxSupply(100n, 900n, 50n, 1000n)).toBe(50n);
    expect(clipToMaxSupply(100n, 900n, 100n, 1000n)).toBe(0n);
    expect(clipToMaxSupply(10n, 0n, 0n, 1000n)).toBe(10n);
  });
});

describe("distribution", () => {
  it("pro rata rounds down and keeps the remainder", () => {
    expect(splitProRata(10n, [1n, 1n, 1n])).toEqual({ shares: [3n, 3n, 3n], remainder: 1n });
    expect(splitProRata(10n, [0n, 0n])).toEqual({ shares: [0n, 0n], remainder: 10n });
    expect(splitByPermille(1001n, 500n, 200n)).toEqual({ stakers: 500n, capacity: 200n, work: 301n });
  });
});
