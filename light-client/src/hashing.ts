import { equal } from "./bytes.js";
import { sha256 } from "./hash.js";
import { merkleRoot } from "./merkle.js";
import { ProtoWriter, encodeBlockId, encodePartSetHeader, encodeTimestamp, lengthDelimited } from "./proto.js";
import { BlockIdFlag, type BlockId, type Commit, type Header, type ValidatorSet } from "./types.js";

/**
 * The hashes and sign bytes a light client recomputes, reproduced independently of the node's
 * chain/block (same algorithms, checked against the same golden vectors in the specs).
 */

/** `Header.Hash()`: merkle root of the 14 fields, scalars wrapped as gogoproto wrappers (cdcEncode). */
export function hashHeader(h: Header): Uint8Array {
  const w = () => new ProtoWriter();
  return merkleRoot([
    w().varint(1, h.version.block).varint(2, h.version.app).finish(),
    w().string(1, h.chainId).finish(),
    w().varint(1, h.height).finish(),
    encodeTimestamp(h.time),
    encodeBlockId(h.lastBlockId),
    w().bytes(1, h.lastCommitHash).finish(),
    w().bytes(1, h.dataHash).finish(),
    w().bytes(1, h.validatorsHash).finish(),
    w().bytes(1, h.nextValidatorsHash).finish(),
    w().bytes(1, h.consensusHash).finish(),
    w().bytes(1, h.appHash).finish(),
    w().bytes(1, h.lastResultsHash).finish(),
    w().bytes(1, h.evidenceHash).finish(),
    w().bytes(1, h.proposerAddress).finish(),
  ]);
}

/** `ValidatorSet.Hash()`: merkle root of SimpleValidator{PublicKey{ed25519}, power}, in set order. */
export function hashValidatorSet(set: ValidatorSet): Uint8Array {
  return merkleRoot(
    set.validators.map((v) => {
      const pk = new ProtoWriter().message(1, v.pubKey).finish();
      return new ProtoWriter().message(1, pk).varint(2, v.votingPower).finish();
    }),
  );
}

export function ed25519Address(pubKey: Uint8Array): Uint8Array {
  return sha256(pubKey).slice(0, 20);
}

export function sameBlockId(a: BlockId, b: BlockId): boolean {
  return (
    equal(a.hash, b.hash) &&
    a.partSetHeader.total === b.partSetHeader.total &&
    equal(a.partSetHeader.hash, b.partSetHeader.hash)
  );
}

/**
 * The bytes validator `idx` signed as its precommit (CanonicalVote, length-delimited). Only COMMIT
 * sigs are verified by a light client; they always vote for the commit's block id.
 */
export function precommitSignBytes(chainId: string, commit: Commit, idx: number): Uint8Array {
  const sig = commit.signatures[idx]!;
  const w = new ProtoWriter().varint(1, 2).sfixed64(2, commit.height).sfixed64(3, BigInt(commit.round));
  if (sig.blockIdFlag === BlockIdFlag.Commit) {
    const id = commit.blockId;
    w.message(4, new ProtoWriter().bytes(1, id.hash).message(2, encodePartSetHeader(id.partSetHeader)).finish());
  }
  return lengthDelimited(w.message(5, encodeTimestamp(sig.timestamp)).string(6, chainId).finish());
}

