import { ErrInvalidPart } from "./errors.js";
import { hashHeader } from "./header.js";
import { proofsFromByteSlices, verifyMerkleProof, type MerkleProof } from "./merkle.js";
import type { BlockId, Header, PartSetHeader } from "./types.js";

/**
 * Block parts (types/part_set.go): the serialized block is cut into fixed-size parts that are
 * gossiped separately; the part set header's hash is the merkle root of the raw part bytes, so
 * each part can be checked on arrival against the header carried in the proposal's BlockID.
 */

/** CometBFT `BlockPartSizeBytes` (64 KiB). */
export const BLOCK_PART_SIZE_BYTES = 65536;

export interface Part {
  index: number;
  bytes: Uint8Array;
  proof: MerkleProof;
}

export interface PartSet {
  header: PartSetHeader;
  parts: Part[];
}

/** `NewPartSetFromData`. Empty data gives zero parts and the empty-tree hash, as in CometBFT. */
export function makePartSet(data: Uint8Array, partSize: number = BLOCK_PART_SIZE_BYTES): PartSet {
  if (!Number.isInteger(partSize) || partSize <= 0) throw ErrInvalidPart.raise("part size must be positive");
  const total = Math.ceil(data.length / partSize);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < total; i++) chunks.push(data.subarray(i * partSize, Math.min(data.length, (i + 1) * partSize)));
  const { root, proofs } = proofsFromByteSlices(chunks);
  return {
    header: { total, hash: root },
    parts: chunks.map((bytes, index) => ({ index, bytes, proof: proofs[index]! })),
  };
}

/**
 * `Part.ValidateBasic` + `PartSet.AddPart`'s checks: size limits, index agreement, proof total equal
 * to the header's total and a merkle proof to the header's hash. Throws ErrInvalidPart.
 */
export function verifyPart(header: PartSetHeader, part: Part, partSize: number = BLOCK_PART_SIZE_BYTES): void {
  if (part.bytes.length > partSize) throw ErrInvalidPart.raise("part too big");
  if (part.index >= header.total || part.index < 0) throw ErrInvalidPart.raise(`unexpected index ${part.index}`);
  if (part.index < part.proof.total - 1 && part.bytes.length !== partSize) {
    throw ErrInvalidPart.raise("only the last part may be short");
  }
  if (part.index !== part.proof.index) throw ErrInvalidPart.raise("part index differs from proof index");
  if (part.proof.total !== header.total) throw ErrInvalidPart.raise("proof total differs from header total");
  try {
    verifyMerkleProof(part.proof, header.hash, part.bytes);
  } catch (err) {
    throw ErrInvalidPart.raise(`part ${part.index}: ${(err as Error).message}`);
  }
}

/** Reassembles verified parts (all present, in index order) into the serialized block. */
export function joinParts(header: PartSetHeader, parts: readonly Part[]): Uint8Array {
  if (parts.length !== header.total) throw ErrInvalidPart.raise(`have ${parts.length} of ${header.total} parts`);
  let n = 0;
  parts.forEach((p, i) => {
    if (p.index !== i) throw ErrInvalidPart.raise(`part ${i} missing`);
    verifyPart(header, p);
    n += p.bytes.length;
  });
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p.bytes, o);
    o += p.bytes.length;
  }
  return out;
}

/**
 * BlockID of a block: its header hash plus the part set header of its serialized protobuf
 * (`tendermint.types.Block` bytes, as `Block.MakePartSet` marshals them). Undefined when the header
 * has no hash (empty ValidatorsHash).
 */
export function blockId(header: Header, blockBytes: Uint8Array, partSize: number = BLOCK_PART_SIZE_BYTES): BlockId | undefined {
  const hash = hashHeader(header);
  if (hash === undefined) return undefined;
  return { hash, partSetHeader: makePartSet(blockBytes, partSize).header };
}
