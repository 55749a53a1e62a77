/**
 * Structural validation of a 64-bit H3 cell index (https://h3geo.org/docs/core-library/h3Indexing),
 * in pure bigint code so that modules/ need no h3-js:
 *   bit 63 reserved (0) | bits 59-62 mode (1 = cell) | bits 56-58 reserved (0) |
 *   bits 52-55 resolution | bits 45-51 base cell (0..121) | 15 digits of 3 bits (res 1..15).
 * Digits above the resolution must be 7 (unused); digits up to it must be 0..6.
 * Not checked: the pentagon rule (a pentagon base cell's first non-zero digit may not be 1),
 * which would need the list of the 12 pentagon base cells; see isPentagonBaseCell.
 */
export const H3_CELL_MODE = 1n;
export const H3_RESOLUTION = 8;
export const H3_BASE_CELLS = 122n;

const PENTAGON_BASE_CELLS = new Set([4, 14, 24, 38, 49, 58, 63, 72, 83, 97, 107, 117]);

export function isPentagonBaseCell(baseCell: number): boolean {
  return PENTAGON_BASE_CELLS.has(baseCell);
}

export interface H3Parts {
  mode: number;
  resolution: number;
  baseCell: number;
  digits: number[];
}

export function getH3Parts(index: bigint): H3Parts {
  const digits: number[] = [];
  for (let r = 1; r <= 15; r++) digits.push(Number((index >> BigInt((15 - r) * 3)) & 7n));
  return {
    mode: Number((index >> 59n) & 0xfn),
    resolution: Number((index >> 52n) & 0xfn),
    baseCell: Number((index >> 45n) & 0x7fn),
    digits,
  };
}

/** Returns why `index` is not a resolution-`res` H3 cell, or undefined when it is one. */
export function h3CellProblem(index: bigint, res = H3_RESOLUTION): string | undefined {
  if (index < 0n || index >= 1n << 64n) return "not a 64-bit value";
  if ((index >> 63n) !== 0n) return "reserved high bit set";
  const p = getH3Parts(index);
  if (BigInt(p.mode) !== H3_CELL_MODE) return `mode ${p.mode} is not a cell`;
  if (((index >> 56n) & 7n) !== 0n) return "reserved mode bits set";
  if (p.resolution !== res) return `resolution ${p.resolution}, expected ${res}`;
  if (BigInt(p.baseCell) >= H3_BASE_CELLS) return `base cell ${p.baseCell} out of range`;
  for (let r = 1; r <= 15; r++) {
    const d = p.digits[r - 1]!;
    if (r <= res && d === 7) return `digit ${r} is 7 within the resolution`;
    if (r > res && d !== 7) return `unused digit ${r} is ${d}, expected 7`;
  }
  if (isPentagonBaseCell(p.baseCell)) {
    const first = p.digits.slice(0, res).find((d) => d !== 0);
    if (first === 1) return "deleted pentagon subsequence";
  }
  return undefined;
}

export function isH3Cell(index: bigint, res = H3_RESOLUTION): boolean {
  return h3CellProblem(index, res) === undefined;
}

/** Builds a resolution-`res` cell index from its parts (tests, device agents). */
export function makeH3Cell(baseCell: number, digits: number[], res = H3_RESOLUTION): bigint {
  let v = (H3_CELL_MODE << 59n) | (BigInt(res) << 52n) | (BigInt(baseCell) << 45n);
  for (let r = 1; r <= 15; r++) {
    const d = r <= res ? BigInt(digits[r - 1] ?? 0) : 7n;
    v |= d << BigInt((15 - r) * 3);
  }
  return v;
}
