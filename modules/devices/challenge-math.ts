import { concatBytes } from "../../chain/crypto/bytes.js";
import { sha256 } from "@noble/hashes/sha256";
import { u64be } from "../../chain/codec/u64.js";

export { u64be };

/**
 * The matrix-multiplication challenge, shared by the chain (verification) and the device agent
 * (computation). Pure and deterministic: integers below 2^53 only, no floats that could round.
 * See CHALLENGES.md for the protocol and what it proves.
 */

/** The field GF(p), p = 2^31 - 1 (a Mersenne prime). */
export const FIELD_P = 2147483647;

const enc = new TextEncoder();
const PRNG_TAG = enc.encode("pogcs/challenge-prng/v1\0");
const SEED_TAG = enc.encode("pogcs/challenge-seed/v1\0");
const ROWS_TAG = enc.encode("pogcs/challenge-rows/v1\0");
const SELECT_TAG = enc.encode("pogcs/challenge-select/v1\0");

function u32be(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0);
  return b;
}

const cat = concatBytes;

/**
 * a*b mod p for a, b < p, exactly in doubles: b = bh*2^16 + bl, a*bh < 2^46, (a*bh mod p)*2^16 < 2^47,
 * a*bl < 2^47, so every intermediate stays below 2^53.
 */
export function mulmod(a: number, b: number): number {
  const bh = b >>> 16;
  const bl = b & 0xffff;
  return (((a * bh) % FIELD_P) * 65536 + a * bl) % FIELD_P;
}

/** The challenge seed of a device for an epoch: sha256(tag || beacon || device id || epoch). */
export function challengeSeed(beacon: Uint8Array, deviceId: bigint, epoch: bigint): Uint8Array {
  return sha256(cat(SEED_TAG, beacon, u64be(deviceId), u64be(epoch)));
}

/** sha256(tag || beacon || device id) read as a big-endian u64 (the selection lottery ticket). */
export function selectionTicket(beacon: Uint8Array, deviceId: bigint): bigint {
  const h = sha256(cat(SELECT_TAG, beacon, u64be(deviceId)));
  return new DataView(h.buffer, h.byteOffset, 8).getBigUint64(0);
}

/** Threshold so that a uniform u64 ticket is below it with probability permille/1000 (rounded down). */
export function selectionThreshold(permille: number): bigint {
  return ((1n << 64n) * BigInt(permille)) / 1000n;
}

/** Matrix identifiers in the PRNG domain. */
export type MatrixName = "A" | "B";

/**
 * Row `row` of matrix A or B: the first n accepted words of the stream
 * sha256(tag || seed || name || u32 row || u32 counter), each 32-byte block read as 8 big-endian
 * u32 words masked to 31 bits; the one value equal to p is rejected, so entries are uniform in [0, p).
 * Each row is its own stream, so the chain can generate a single row of A without the others.
 */
export function matrixRow(seed: Uint8Array, name: MatrixName, row: number, n: number): Uint32Array {
  const out = new Uint32Array(n);
  const nameByte = Uint8Array.of(name === "A" ? 0x41 : 0x42);
  const prefix = cat(PRNG_TAG, seed, nameByte, u32be(row));
  let filled = 0;
  for (let ctr = 0; filled < n; ctr++) {
    const block = sha256(cat(prefix, u32be(ctr)));
    const dv = new DataView(block.buffer, block.byteOffset, 32);
    for (let w = 0; w < 8 && filled < n; w++) {
      const v = dv.getUint32(w * 4) & 0x7fffffff;
      if (v !== FIELD_P) out[filled++] = v;
    }
  }
  return out;
}

export function generateMatrix(seed: Uint8Array, name: MatrixName, n: number): Uint32Array[] {
  return Array.from({ length: n }, (_, r) => matrixRow(seed, name, r, n));
}

/** Row of C = a · B over GF(p): n² multiply-adds. */
export function multiplyRow(a: Uint32Array, b: readonly Uint32Array[]): Uint32Array {
  const n = a.length;
  const acc = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const at = a[t]!;
    if (at === 0) continue;
    const bt = b[t]!;
    for (let j = 0; j < n; j++) acc[j]! += mulmod(at, bt[j]!);
  }
  const out = new Uint32Array(n);
  // Each term < 2^31, n <= 2^22 terms, so the sums are exact below 2^53.
  for (let j = 0; j < n; j++) out[j] = acc[j]! % FIELD_P;
  return out;
}

/** The device's n³ work: every row of C = A·B. */
export function computeProduct(seed: Uint8Array, n: number): Uint32Array[] {
  const b = generateMatrix(seed, "B", n);
  return Array.from({ length: n }, (_, i) => multiplyRow(matrixRow(seed, "A", i, n), b));
}

/** The row as n big-endian u32 words (the bytes a reveal carries). */
export function rowToBytes(row: Uint32Array): Uint8Array {
  const out = new Uint8Array(row.length * 4);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < row.length; i++) dv.setUint32(i * 4, row[i]!);
  return out;
}

export function rowFromBytes(bytes: Uint8Array): Uint32Array | undefined {
  if (bytes.length % 4 !== 0) return undefined;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) {
    const v = dv.getUint32(i * 4);
    if (v >= FIELD_P) return undefined;
    out[i] = v;
  }
  return out;
}

/** Leaf = sha256(0x00 || u32 index || row bytes); the index binds a row to its position. */
export function leafHash(index: number, rowBytes: Uint8Array): Uint8Array {
  return sha256(cat(Uint8Array.of(0), u32be(index), rowBytes));
}

function nodeHash(l: Uint8Array, r: Uint8Array): Uint8Array {
  return sha256(cat(Uint8Array.of(1), l, r));
}

/** All levels of the perfect Merkle tree over the leaves (n a power of two); last level = [root]. */
export function buildMerkleLevels(leaves: Uint8Array[]): Uint8Array[][] {
  const levels: Uint8Array[][] = [leaves];
  let cur = leaves;
  while (cur.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < cur.length; i += 2) next.push(nodeHash(cur[i]!, cur[i + 1]!));
    levels.push(next);
    cur = next;
  }
  return levels;
}

export function merkleRootOf(levels: Uint8Array[][]): Uint8Array {
  return levels[levels.length - 1]![0]!;
}

/** Siblings from the leaf level up. */
export function merkleProof(levels: Uint8Array[][], index: number): Uint8Array[] {
  const proof: Uint8Array[] = [];
  let i = index;
  for (let l = 0; l < levels.length - 1; l++) {
    proof.push(levels[l]![i ^ 1]!);
    i >>= 1;
  }
  return proof;
}

export function verifyMerkleProof(root: Uint8Array, index: number, leaf: Uint8Array, proof: Uint8Array[], n: number): boolean {
  if (1 << proof.length !== n) return false;
  let h = leaf;
  let i = index;
  for (const sib of proof) {
    if (sib.length !== 32) return false;
    h = i & 1 ? nodeHash(sib, h) : nodeHash(h, sib);
    i >>= 1;
  }
  if (h.length !== root.length) return false;
  for (let j = 0; j < h.length; j++) if (h[j] !== root[j]) return false;
  return true;
}

/** Device side: the Merkle levels over the rows of C (the commit is merkleRootOf(levels)). */
export function commitRows(rows: Uint32Array[]): Uint8Array[][] {
  return buildMerkleLevels(rows.map((r, i) => leafHash(i, rowToBytes(r))));
}

/**
 * The k distinct row indices drawn from a beacon that did not exist when the root was committed:
 * u64(sha256(tag || beacon || seed || root || u32 counter)) mod n, skipping repeats, sorted.
 * The modulo bias is below n / 2^64.
 */
export function sampleRowIndices(beacon: Uint8Array, seed: Uint8Array, root: Uint8Array, n: number, k: number): number[] {
  const picked = new Set<number>();
  const want = Math.min(k, n);
  for (let c = 0; picked.size < want; c++) {
    const h = sha256(cat(ROWS_TAG, beacon, seed, root, u32be(c)));
    picked.add(Number(new DataView(h.buffer, h.byteOffset, 8).getBigUint64(0) % BigInt(n)));
  }
  return [...picked].sort((a, b) => a - b);
}

/** The verifier's cost in multiply-adds and PRNG hashes (for gas). */
export function verificationCost(n: number, k: number): { mulAdds: bigint; hashes: bigint } {
  const N = BigInt(n);
  const K = BigInt(k);
  return { mulAdds: K * N * N, hashes: (N * N + K * N + 7n) / 8n + K * BigInt(Math.log2(n) + 1) };
}
