import { equal } from "./bytes.js";
import { LightClientError } from "./errors.js";
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
  const w = () => new ProtoWriter("invalid_header");
  return merkleRoot([
    w().varint(1, h.version.block, "uint64").varint(2, h.version.app, "uint64").finish(),
    w().string(1, h.chainId).finish(),
    w().varint(1, h.height, "int64").finish(),
    encodeTimestamp(h.time, "invalid_header"),
    encodeBlockId(h.lastBlockId, "invalid_header"),
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

/**
 * `ValidatorSet.Hash()`: merkle root of SimpleValidator{PublicKey{ed25519}, power}, in set order.
 * A power outside int64 is refused (it would hash like power mod 2^64); commit.ts refuses any power
 * that is not positive or a total above MaxTotalVotingPower.
 */
export function hashValidatorSet(set: ValidatorSet): Uint8Array {
  return merkleRoot(
    set.validators.map((v) => {
      const pk = new ProtoWriter().message(1, v.pubKey).finish();
      return new ProtoWriter("validator_set_mismatch").message(1, pk).varint(2, v.votingPower, "int64").finish();
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
  const code = "invalid_commit";
  if (!Number.isSafeInteger(commit.round)) throw new LightClientError(code, `round ${commit.round} is not an integer`);
  const w = new ProtoWriter(code).varint(1, 2, "int32").sfixed64(2, commit.height).sfixed64(3, BigInt(commit.round));
  if (sig.blockIdFlag === BlockIdFlag.Commit) {
    const id = commit.blockId;
    w.message(4, new ProtoWriter(code).bytes(1, id.hash).message(2, encodePartSetHeader(id.partSetHeader, code)).finish());
  }
  return lengthDelimited(w.message(5, encodeTimestamp(sig.timestamp, code)).string(6, chainId).finish());
}

