import { EMPTY, concat, encodeUvarint, utf8 } from "./bytes.js";
import { LightClientError, type LightErrorCode } from "./errors.js";
import type { BlockId, PartSetHeader, Timestamp } from "./types.js";

/**
 * The few protobuf encodings the light client hashes and the reader it decodes ICS23 proofs with.
 * The writer reproduces gogoproto byte for byte: zero scalars are omitted and callers say when an
 * embedded message is always written, because header hashes and sign bytes depend on it.
 */
const U64 = (1n << 64n) - 1n;

/** Protobuf integer types and their ranges: a value outside its range would alias another value's bytes. */
export const INT_RANGE = {
  int64: [-(1n << 63n), (1n << 63n) - 1n],
  uint64: [0n, U64],
  int32: [-(1n << 31n), (1n << 31n) - 1n],
  uint32: [0n, (1n << 32n) - 1n],
} as const;
export type IntType = keyof typeof INT_RANGE;

export function inIntRange(v: bigint, type: IntType): boolean {
  return v >= INT_RANGE[type][0] && v <= INT_RANGE[type][1];
}

/**
 * Every integer is written with its protobuf type and refused (`code`) outside that type's range:
 * without it p and p - 2^64 encode (and hash) alike, so a relabelled height or a negative voting
 * power would keep the genuine hash.
 */
export class ProtoWriter {
  private readonly chunks: Uint8Array[] = [];

  constructor(private readonly code: LightErrorCode = "invalid_argument") {}

  private checked(field: number, v: number | bigint, type: IntType): bigint {
    if (typeof v === "number" && !Number.isSafeInteger(v)) {
      throw new LightClientError(this.code, `field ${field}: ${v} is not an integer`);
    }
    const b = BigInt(v);
    if (!inIntRange(b, type)) throw new LightClientError(this.code, `field ${field}: ${b} is outside the ${type} range`);
    return b;
  }

  private tag(field: number, wire: number): void {
    this.chunks.push(encodeUvarint((field << 3) | wire));
  }

  /** A varint of protobuf type `type` (negative ints are written as 10-byte two's complement, as Go). */
  varint(field: number, v: number | bigint, type: IntType = "uint64"): this {
    const b = this.checked(field, v, type);
    if (b === 0n) return this;
    this.tag(field, 0);
    this.chunks.push(encodeUvarint(b & U64));
    return this;
  }

  sfixed64(field: number, v: bigint): this {
    this.checked(field, v, "int64");
    if (v === 0n) return this;
    this.tag(field, 1);
    const out = new Uint8Array(8);
    let x = BigInt.asUintN(64, v);
    for (let i = 0; i < 8; i++) {
      out[i] = Number(x & 0xffn);
      x >>= 8n;
    }
    this.chunks.push(out);
    return this;
  }

  bytes(field: number, v: Uint8Array): this {
    return v.length === 0 ? this : this.message(field, v);
  }

  string(field: number, v: string): this {
    return v.length === 0 ? this : this.message(field, utf8(v));
  }

  /** An embedded message: written even when empty. */
  message(field: number, v: Uint8Array): this {
    this.tag(field, 2);
    this.chunks.push(encodeUvarint(v.length), v);
    return this;
  }

  finish(): Uint8Array {
    return concat(...this.chunks);
  }
}

export function lengthDelimited(msg: Uint8Array): Uint8Array {
  return concat(encodeUvarint(msg.length), msg);
}

export function encodeTimestamp(t: Timestamp, code?: LightErrorCode): Uint8Array {
  return new ProtoWriter(code).varint(1, t.seconds, "int64").varint(2, t.nanos, "int32").finish();
}

export function encodePartSetHeader(p: PartSetHeader, code?: LightErrorCode): Uint8Array {
  return new ProtoWriter(code).varint(1, p.total, "uint32").bytes(2, p.hash).finish();
}

export function encodeBlockId(id: BlockId, code?: LightErrorCode): Uint8Array {
  return new ProtoWriter(code).bytes(1, id.hash).message(2, encodePartSetHeader(id.partSetHeader, code)).finish();
}

/** A field read off the wire: varints as bigint, length-delimited fields as a subarray. */
export interface ProtoField {
  field: number;
  varint?: bigint;
  bytes?: Uint8Array;
}

const bad = (why: string) => new LightClientError("invalid_proof", `malformed protobuf: ${why}`);

/** Reads every top-level field of a message; unknown wire types are refused. */
export function readFields(buf: Uint8Array): ProtoField[] {
  const out: ProtoField[] = [];
  let o = 0;
  const uvarint = (): bigint => {
    let x = 0n;
    let shift = 0n;
    for (;;) {
      if (o >= buf.length || shift > 63n) throw bad("truncated varint");
      const b = buf[o++]!;
      x |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return x;
      shift += 7n;
    }
  };
  while (o < buf.length) {
    const key = Number(uvarint());
    const field = key >>> 3;
    const wire = key & 7;
    if (field === 0) throw bad("field 0");
    if (wire === 0) out.push({ field, varint: uvarint() });
    else if (wire === 2) {
      const len = Number(uvarint());
      if (o + len > buf.length) throw bad("truncated bytes");
      out.push({ field, bytes: buf.subarray(o, o + len) });
      o += len;
    } else if (wire === 1) o += 8;
    else if (wire === 5) o += 4;
    else throw bad(`wire type ${wire}`);
    if (o > buf.length) throw bad("truncated fixed field");
  }
  return out;
}

export function fieldBytes(fields: ProtoField[], n: number): Uint8Array {
  let v: Uint8Array = EMPTY;
  for (const f of fields) if (f.field === n && f.bytes) v = f.bytes;
  return v;
}

export function fieldVarint(fields: ProtoField[], n: number): number {
  let v = 0n;
  for (const f of fields) if (f.field === n && f.varint !== undefined) v = f.varint;
  return Number(v);
}
