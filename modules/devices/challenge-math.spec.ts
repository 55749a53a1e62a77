import { describe, it, expect } from "vitest";
import { sha256 } from "@noble/hashes/sha256";
import {
  FIELD_P, mulmod, challengeSeed, matrixRow, generateMatrix, multiplyRow, computeProduct, commitRows, merkleRootOf, merkleProof,
  verifyMerkleProof, leafHash, rowToBytes, sampleRowIndices, selectionThreshold, selectionTicket,
} from "./challenge-math.js";

const P = BigInt(FIELD_P);

describe("challenge maths", () => {
  it("mulmod matches bigint arithmetic, including the extremes", () => {
    const vals = [0, 1, 2, 65535, 65536, FIELD_P - 1, FIELD_P - 2, 1 << 30, 123456789];
    for (const a of vals) for (const b of vals) expect(BigInt(mulmod(a, b))).toBe((BigInt(a) * BigInt(b)) % P);
  });

  it("rows of A and B are deterministic, in the field, and differ between seeds", () => {
    const s1 = challengeSeed(new Uint8Array(32).fill(1), 7n, 3n);
    const s2 = challengeSeed(new Uint8Array(32).fill(1), 8n, 3n);
    const r = matrixRow(s1, "A", 5, 64);
    expect(matrixRow(s1, "A", 5, 64)).toEqual(r);
    expect(matrixRow(s2, "A", 5, 64)).not.toEqual(r);
    expect(matrixRow(s1, "B", 5, 64)).not.toEqual(r);
    expect([...r].every((v) => v < FIELD_P)).toBe(true);
  });

  it("multiplyRow equals a bigint reference product", () => {
    const seed = challengeSeed(new Uint8Array(32), 1n, 1n);
    const n = 8;
    const a = generateMatrix(seed, "A", n);
    const b = generateMatrix(seed, "B", n);
    const c = computeProduct(seed, n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      let s = 0n;
      for (let t = 0; t < n; t++) s += BigInt(a[i]![t]!) * BigInt(b[t]![j]!);
      expect(BigInt(c[i]![j]!)).toBe(s % P);
    }
    expect(multiplyRow(a[3]!, b)).toEqual(c[3]);
  });

  it("Merkle proofs verify for every row and fail for a changed row, index or sibling", () => {
    const seed = challengeSeed(new Uint8Array(32), 2n, 0n);
    const c = computeProduct(seed, 16);
    const levels = commitRows(c);
    const root = merkleRootOf(levels);
    for (let i = 0; i < 16; i++) expect(verifyMerkleProof(root, i, leafHash(i, rowToBytes(c[i]!)), merkleProof(levels, i), 16)).toBe(true);
    const bad = c[3]!.slice();
    bad[0] = (bad[0]! + 1) % FIELD_P;
    expect(verifyMerkleProof(root, 3, leafHash(3, rowToBytes(bad)), merkleProof(levels, 3), 16)).toBe(false);
    expect(verifyMerkleProof(root, 4, leafHash(4, rowToBytes(c[3]!)), merkleProof(levels, 3), 16)).toBe(false);
    const proof = merkleProof(levels, 3);
    proof[1] = new Uint8Array(32);
    expect(verifyMerkleProof(root, 3, leafHash(3, rowToBytes(c[3]!)), proof, 16)).toBe(false);
  });

  it("samples k distinct sorted rows that depend on the beacon and the root", () => {
    const seed = new Uint8Array(32).fill(3);
    const root = new Uint8Array(32).fill(4);
    const rows = sampleRowIndices(new Uint8Array(32).fill(5), seed, root, 64, 8);
    expect(rows.length).toBe(8);
    expect(new Set(rows).size).toBe(8);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(sampleRowIndices(new Uint8Array(32).fill(6), seed, root, 64, 8)).not.toEqual(rows);
    expect(sampleRowIndices(new Uint8Array(32).fill(5), seed, root, 4, 4)).toEqual([0, 1, 2, 3]);
  });

  it("selection picks about challenge_permille of devices", () => {
    const th = selectionThreshold(100);
    let picked = 0;
    for (let i = 0; i < 4000; i++) if (selectionTicket(new Uint8Array(32).fill(9), BigInt(i)) < th) picked++;
    expect(picked).toBeGreaterThan(320);
    expect(picked).toBeLessThan(480);
    expect(selectionThreshold(0)).toBe(0n);
    expect(selectionThreshold(1000)).toBe(1n << 64n);
  });

  it("a lazy device that computes only half the rows is caught with k = 8 in nearly every seed", () => {
    // Caught unless all 8 sampled rows fall in the computed half: probability 2^-8 per seed.
    const n = 32;
    const k = 8;
    let caught = 0;
    const trials = 60;
    for (let s = 0; s < trials; s++) {
      const seed = sha256(Uint8Array.of(s, 1));
      const b = generateMatrix(seed, "B", n);
      const rows = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? multiplyRow(matrixRow(seed, "A", i, n), b) : new Uint32Array(n).fill(i)));
      const levels = commitRows(rows);
      const root = merkleRootOf(levels);
      const sample = sampleRowIndices(sha256(Uint8Array.of(s, 2)), seed, root, n, k);
      const ok = sample.every((i) => verifyMerkleProof(root, i, leafHash(i, rowToBytes(rows[i]!)), merkleProof(levels, i), n)
        && rowToBytes(multiplyRow(matrixRow(seed, "A", i, n), b)).every((x, j) => x === rowToBytes(rows[i]!)[j]));
      if (!ok) caught++;
    }
    expect(caught).toBeGreaterThanOrEqual(trials - 1);
  });
});
