import { describe, it, expect } from "vitest";
import { h3CellProblem, isH3Cell, makeH3Cell, getH3Parts } from "./h3.js";

describe("H3 cell validation (resolution 8)", () => {
  it("accepts the H3 documentation's example cell 0x8828308281fffff", () => {
    const v = 0x8828308281fffffn;
    expect(getH3Parts(v).resolution).toBe(8);
    expect(isH3Cell(v)).toBe(true);
  });

  it("refuses other modes, resolutions, base cells and unused digits", () => {
    const ok = makeH3Cell(20, [1, 2, 3, 4, 5, 6, 0, 1]);
    expect(isH3Cell(ok)).toBe(true);
    expect(h3CellProblem(ok | (1n << 63n))).toMatch(/reserved/);
    expect(h3CellProblem((ok & ~(0xfn << 59n)) | (2n << 59n))).toMatch(/mode/);
    expect(h3CellProblem(makeH3Cell(20, [1, 2, 3, 4, 5, 6, 0], 7))).toMatch(/resolution/);
    expect(h3CellProblem(makeH3Cell(122, [0, 0, 0, 0, 0, 0, 0, 0]))).toMatch(/base cell/);
    expect(h3CellProblem(ok & ~7n)).toMatch(/unused digit/);
    expect(h3CellProblem(makeH3Cell(20, [7, 0, 0, 0, 0, 0, 0, 0]))).toMatch(/digit 1 is 7/);
    expect(h3CellProblem(makeH3Cell(4, [1, 0, 0, 0, 0, 0, 0, 0]))).toMatch(/pentagon/);
    expect(h3CellProblem(0n)).toBeDefined();
  });
});
