import { describe, it, expect } from "vitest";
import {
  formatSlotHour, isSlotDenom, isSlotExpired, isValidSlotClass, parseSlotDenom, parseSlotHour, slotClassOfModel, slotDenom, HOUR_SECONDS,
} from "./slots.js";

const T2026 = 1_767_225_600n; // 2026-01-01T00:00:00Z

describe("slot classes", () => {
  it.each([
    ["RTX 4090", "rtx4090"],
    ["RTX 4090 (simulated)", "rtx4090"],
    ["NVIDIA H100-SXM 80GB", "nvidiah100sxm80g"],
    ["A100", "a100"],
    ["(none)", "gpu"],
    ["", "gpu"],
    ["Ünïcode GPU ✓ 9000 extra long model name", "ncodegpu9000extr"],
  ])("%j -> %s", (model, cls) => {
    expect(slotClassOfModel(model)).toBe(cls);
    expect(isValidSlotClass(slotClassOfModel(model))).toBe(true);
  });

  it("refuses classes outside [a-z0-9]{1,16}", () => {
    for (const bad of ["", "RTX", "rtx-4090", "a".repeat(17), "x/y"]) expect(isValidSlotClass(bad)).toBe(false);
    expect(() => slotDenom("RTX", T2026)).toThrow(RangeError);
  });
});

describe("slot hours", () => {
  it("formats UTC hours, including leap days and the epoch", () => {
    expect(formatSlotHour(T2026)).toBe("2026010100");
    expect(formatSlotHour(T2026 + 13n * HOUR_SECONDS)).toBe("2026010113");
    expect(formatSlotHour(0n)).toBe("1970010100");
    expect(formatSlotHour(951_782_400n)).toBe("2000022900"); // 2000-02-29 (leap, divisible by 400)
    expect(formatSlotHour(4_107_542_400n + 23n * 3600n)).toBe("2100030123"); // 2100 is not a leap year
  });

  it("round-trips every hour of four years (leap year included)", () => {
    for (let h = 0n; h < 4n * 366n * 24n; h += 7n) {
      const t = T2026 + h * HOUR_SECONDS;
      expect(parseSlotHour(formatSlotHour(t))).toBe(t);
    }
  });

  it("refuses non-hours and impossible calendar dates", () => {
    expect(() => formatSlotHour(T2026 + 1n)).toThrow(RangeError);
    expect(() => formatSlotHour(-3600n)).toThrow(RangeError);
    for (const bad of ["2026023000", "2026130100", "2026010124", "2025022900", "1969123123", "202601010", "20260101000", "2026o10100"]) {
      expect(parseSlotHour(bad)).toBeUndefined();
    }
    expect(parseSlotHour("2024022900")).toBe(1_709_164_800n);
  });
});

describe("slot denoms", () => {
  it("build and parse gch/<class>/<yyyymmddhh>", () => {
    const d = slotDenom("rtx4090", T2026 + 5n * HOUR_SECONDS);
    expect(d).toBe("gch/rtx4090/2026010105");
    expect(parseSlotDenom(d)).toEqual({ cls: "rtx4090", hourStart: T2026 + 5n * HOUR_SECONDS });
    expect(isSlotDenom(d)).toBe(true);
  });

  it("reject near misses", () => {
    for (const bad of ["ugcs", "gch/rtx4090", "gch/RTX4090/2026010105", "gch/rtx4090/2026013205", "gch//2026010105", "xgch/a/2026010105", "gch/a/2026010105/x"]) {
      expect(parseSlotDenom(bad)).toBeUndefined();
      expect(isSlotDenom(bad)).toBe(false);
    }
  });

  it("expire when their hour has ended, not before", () => {
    const slot = { cls: "a100", hourStart: T2026 };
    expect(isSlotExpired(slot, T2026 - 1n)).toBe(false);
    expect(isSlotExpired(slot, T2026 + HOUR_SECONDS - 1n)).toBe(false);
    expect(isSlotExpired(slot, T2026 + HOUR_SECONDS)).toBe(true);
  });
});
