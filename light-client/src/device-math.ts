import { sha256 } from "@noble/hashes/sha2";
import { concat, encodeUvarint, utf8 } from "./bytes.js";
import { u64be, type ReportBody } from "./devices.js";

/**
 * Device-side bytes and maths, re-implemented from modules/devices/sign-bytes.ts and
 * challenge-math.ts (see CHALLENGES.md); `test/device-math.spec.ts` proves them equal on many inputs.
 */

function u32be(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0);
  return b;
}

/** u16 length-prefixed UTF-8. */
function lp(s: string): Uint8Array {
  const b = utf8(s);
  const out = new Uint8Array(2 + b.length);
  new DataView(out.buffer).setUint16(0, b.length);
  out.set(b, 2);
  return out;
}

const tag = (t: string) => utf8(`${t}\0`);

export const CERT_TAG = "pogcs/device-cert/v1";
export const POP_TAG = "pogcs/device-pop/v1";
export const REPORT_TAG = "pogcs/device-report/v1";
export const COMMIT_TAG = "pogcs/challenge-commit/v1";

export interface CertificateFields {
  chainId: string;
  devicePubKey: Uint8Array;
  deviceClass: number;
  capacity: { solarPeakW: bigint; storageWh: bigint; gpuModel: string; gpuCount: number; fp32TflopsMilli: bigint };
  location: { h3Cell: bigint; index: number };
}

/** What a maker signs to certify a device key. */
export function certificateSignBytes(f: CertificateFields): Uint8Array {
  return concat(
    tag(CERT_TAG), lp(f.chainId), f.devicePubKey, Uint8Array.of(f.deviceClass),
    u64be(f.capacity.solarPeakW), u64be(f.capacity.storageWh), lp(f.capacity.gpuModel), u32be(f.capacity.gpuCount),
    u64be(f.capacity.fp32TflopsMilli), u64be(f.location.h3Cell), u32be(f.location.index),
  );
}

/** What the device key signs at registration (proof of possession naming the owner). */
export function possessionSignBytes(chainId: string, owner: string, devicePubKey: Uint8Array): Uint8Array {
  return concat(tag(POP_TAG), lp(chainId), lp(owner), devicePubKey);
}

export function reportSignBytes(bodyBytes: Uint8Array): Uint8Array {
  return concat(tag(REPORT_TAG), bodyBytes);
}

export function commitSignBytes(chainId: string, deviceId: bigint, epoch: bigint, root: Uint8Array): Uint8Array {
  return concat(tag(COMMIT_TAG), lp(chainId), u64be(deviceId), u64be(epoch), root);
}

/**
 * pogcs.devices.v1.ReportBody as modules/devices/types.ts `encodeReportBody` writes it (protobufjs
 * with every field set: zero values are written too), so both sides sign the same bytes.
 */
export function encodeReportBody(b: ReportBody): Uint8Array {
  const v = (field: number, x: number | bigint) => concat(encodeUvarint(field << 3), encodeUvarint(BigInt.asUintN(64, BigInt(x))));
  const chain = utf8(b.chainId);
  return concat(
    encodeUvarint((1 << 3) | 2), encodeUvarint(chain.length), chain, v(2, b.deviceId), v(3, b.epoch), v(4, b.energyProducedWh),
    v(5, b.energyConsumedWh), v(6, b.greenWh), v(7, b.gpuSeconds), v(8, b.uptimePermille), v(9, b.nonce),
  );
}

// --- the challenge -------------------------------------------------------------------------

export const FIELD_P = 2147483647;
const PRNG_TAG = tag("pogcs/challenge-prng/v1");
const SEED_TAG = tag("pogcs/challenge-seed/v1");
const ROWS_TAG = tag("pogcs/challenge-rows/v1");
const SELECT_TAG = tag("pogcs/challenge-select/v1");

/** a*b mod p exactly in doubles (every intermediate below 2^53). */
export function mulmod(a: number, b: number): number {
  return (((a * (b >>> 16)) % FIELD_P) * 65536 + a * (b & 0xffff)) % FIELD_P;
}

export function challengeSeed(beacon: Uint8Array, deviceId: bigint, epoch: bigint): Uint8Array {
  return sha256(concat(SEED_TAG, beacon, u64be(deviceId), u64be(epoch)));
}

export function selectionTicket(beacon: Uint8Array, deviceId: bigint): bigint {
  const h = sha256(concat(SELECT_TAG, beacon, u64be(deviceId)));
  return new DataView(h.buffer, h.byteOffset, 8).getBigUint64(0);
}

export function selectionThreshold(permille: number): bigint {
  return ((1n << 64n) * BigInt(permille)) / 1000n;
}

/** Row `row` of A or B: n accepted 31-bit words of a per-row sha256 counter stream (p rejected). */
export function matrixRow(seed: Uint8Array, name: "A" | "B", row: number, n: number): Uint32Array {
  const out = new Uint32Array(n);
  const prefix = concat(PRNG_TAG, seed, Uint8Array.of(name === "A" ? 0x41 : 0x42), u32be(row));
  let filled = 0;
  for (let ctr = 0; filled < n; ctr++) {
    const block = sha256(concat(prefix, u32be(ctr)));
    const dv = new DataView(block.buffer, block.byteOffset, 32);
    for (let w = 0; w < 8 && filled < n; w++) {
      const v = dv.getUint32(w * 4) & 0x7fffffff;
      if (v !== FIELD_P) out[filled++] = v;
    }
  }
  return out;
}

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
  for (let j = 0; j < n; j++) out[j] = acc[j]! % FIELD_P;
  return out;
}

/** Every row of C = A·B over GF(2^31 - 1): the device's n³ work. */
export function computeProduct(seed: Uint8Array, n: number): Uint32Array[] {
  const b = Array.from({ length: n }, (_, r) => matrixRow(seed, "B", r, n));
  return Array.from({ length: n }, (_, i) => multiplyRow(matrixRow(seed, "A", i, n), b));
}

export function rowToBytes(row: Uint32Array): Uint8Array {
  const out = new Uint8Array(row.length * 4);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < row.length; i++) dv.setUint32(i * 4, row[i]!);
  return out;
}

export function leafHash(index: number, rowBytes: Uint8Array): Uint8Array {
  return sha256(concat(Uint8Array.of(0), u32be(index), rowBytes));
}

const nodeHash = (l: Uint8Array, r: Uint8Array) => sha256(concat(Uint8Array.of(1), l, r));

/** Levels of the perfect Merkle tree over the rows of C; the last level is [root]. */
export function commitRows(rows: Uint32Array[]): Uint8Array[][] {
  const levels: Uint8Array[][] = [rows.map((r, i) => leafHash(i, rowToBytes(r)))];
  for (let cur = levels[0]!; cur.length > 1; ) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < cur.length; i += 2) next.push(nodeHash(cur[i]!, cur[i + 1]!));
    levels.push(next);
    cur = next;
  }
  return levels;
}

export const merkleRootOf = (levels: Uint8Array[][]): Uint8Array => levels[levels.length - 1]![0]!;

export function merkleProof(levels: Uint8Array[][], index: number): Uint8Array[] {
  const proof: Uint8Array[] = [];
  for (let l = 0, i = index; l < levels.length - 1; l++, i >>= 1) proof.push(levels[l]![i ^ 1]!);
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
  return h.length === root.length && h.every((x, j) => x === root[j]);
}

/** The k distinct sorted row indices drawn by a beacon after the commit. */
export function sampleRowIndices(beacon: Uint8Array, seed: Uint8Array, root: Uint8Array, n: number, k: number): number[] {
  const picked = new Set<number>();
  const want = Math.min(k, n);
  for (let c = 0; picked.size < want; c++) {
    const h = sha256(concat(ROWS_TAG, beacon, seed, root, u32be(c)));
    picked.add(Number(new DataView(h.buffer, h.byteOffset, 8).getBigUint64(0) % BigInt(n)));
  }
  return [...picked].sort((a, b) => a - b);
}
