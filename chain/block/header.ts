import { hashFromByteSlices } from "./merkle.js";
import {
  ProtoWriter,
  encodeBlockId,
  encodeConsensusVersion,
  encodeTimestamp,
} from "./proto.js";
import type { Header } from "./types.js";

/**
 * CometBFT `cdcEncode` (types/encoding_helper.go): a scalar wrapped in the gogoproto wrapper
 * message (StringValue / Int64Value / BytesValue all use field 1). An empty value yields empty
 * bytes, not an encoded empty wrapper, because cdcEncode returns nil for it.
 */
export function cdcEncodeString(v: string): Uint8Array {
  return new ProtoWriter().string(1, v).finish();
}

export function cdcEncodeInt64(v: bigint): Uint8Array {
  return new ProtoWriter().varint(1, v).finish();
}

export function cdcEncodeBytes(v: Uint8Array): Uint8Array {
  return new ProtoWriter().bytes(1, v).finish();
}

/** The 14 merkle leaves of a header, in struct order. */
export function headerLeaves(h: Header): Uint8Array[] {
  return [
    encodeConsensusVersion(h.version),
    cdcEncodeString(h.chainId),
    cdcEncodeInt64(h.height),
    encodeTimestamp(h.time),
    encodeBlockId(h.lastBlockId),
    cdcEncodeBytes(h.lastCommitHash),
    cdcEncodeBytes(h.dataHash),
    cdcEncodeBytes(h.validatorsHash),
    cdcEncodeBytes(h.nextValidatorsHash),
    cdcEncodeBytes(h.consensusHash),
    cdcEncodeBytes(h.appHash),
    cdcEncodeBytes(h.lastResultsHash),
    cdcEncodeBytes(h.evidenceHash),
    cdcEncodeBytes(h.proposerAddress),
  ];
}

/**
 * `Header.Hash()` (types/block.go): the block hash. Undefined when ValidatorsHash is empty, as
 * CometBFT returns nil for an incomplete header rather than hashing it.
 */
export function hashHeader(h: Header): Uint8Array | undefined {
  if (h.validatorsHash.length === 0) return undefined;
  return hashFromByteSlices(headerLeaves(h));
}
