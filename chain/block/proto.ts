import { concatBytes, encodeUvarint, utf8 } from "../crypto/bytes.js";
import type { BlockId, ConsensusVersion, PartSetHeader, Timestamp } from "./types.js";

/**
 * A minimal protobuf writer that reproduces gogoproto's output byte for byte: proto3 scalars equal
 * to zero are omitted, fields are written in field-number order by the callers, and the caller says
 * explicitly when an embedded message is always written (gogoproto `nullable=false`). We do not use
 * a generic encoder because hashes and sign bytes depend on those exact choices.
 */
const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LEN = 2;

const U64_MASK = (1n << 64n) - 1n;

export class ProtoWriter {
  private readonly chunks: Uint8Array[] = [];

  private tag(field: number, wire: number): void {
    this.chunks.push(encodeUvarint((field << 3) | wire));
  }

  /** uint32/uint64/enum/bool; int32/int64 negatives as 10-byte two's complement, like Go. */
  varint(field: number, v: number | bigint): this {
    const b = BigInt(v);
    if (b === 0n) return this;
    this.tag(field, WIRE_VARINT);
    this.chunks.push(encodeUvarint(b & U64_MASK));
    return this;
  }

  /** sfixed64, little-endian two's complement. */
  sfixed64(field: number, v: bigint): this {
    if (v === 0n) return this;
    this.tag(field, WIRE_FIXED64);
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
    if (v.length === 0) return this;
    return this.lenDelimited(field, v);
  }

  string(field: number, v: string): this {
    if (v.length === 0) return this;
    return this.lenDelimited(field, utf8(v));
  }

  /** An embedded message or a oneof member: written even when empty. */
  lenDelimited(field: number, v: Uint8Array): this {
    this.tag(field, WIRE_LEN);
    this.chunks.push(encodeUvarint(v.length), v);
    return this;
  }

  /** An embedded message that may be nil (gogoproto nullable pointer): omitted when undefined. */
  optionalMessage(field: number, v: Uint8Array | undefined): this {
    return v === undefined ? this : this.lenDelimited(field, v);
  }

  finish(): Uint8Array {
    return concatBytes(...this.chunks);
  }
}

/** `protoio.MarshalDelimited`: uvarint length prefix, as used by all CometBFT sign bytes. */
export function lengthDelimited(msg: Uint8Array): Uint8Array {
  return concatBytes(encodeUvarint(msg.length), msg);
}

/** google.protobuf.Timestamp (gogo `StdTimeMarshal`). */
export function encodeTimestamp(t: Timestamp): Uint8Array {
  return new ProtoWriter().varint(1, t.seconds).varint(2, t.nanos).finish();
}

/** tendermint.version.Consensus. */
export function encodeConsensusVersion(v: ConsensusVersion): Uint8Array {
  return new ProtoWriter().varint(1, v.block).varint(2, v.app).finish();
}

/** tendermint.types.PartSetHeader (same bytes as CanonicalPartSetHeader). */
export function encodePartSetHeader(p: PartSetHeader): Uint8Array {
  return new ProtoWriter().varint(1, p.total).bytes(2, p.hash).finish();
}

/** tendermint.types.BlockID; part_set_header is non-nullable so it is always present. */
export function encodeBlockId(id: BlockId): Uint8Array {
  return new ProtoWriter()
    .bytes(1, id.hash)
    .lenDelimited(2, encodePartSetHeader(id.partSetHeader))
    .finish();
}
