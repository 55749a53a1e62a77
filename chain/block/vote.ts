import { ErrIndexOutOfRange, ErrInvalidBlockIdFlag } from "./errors.js";
import { hashFromByteSlices } from "./merkle.js";
import { ProtoWriter, encodePartSetHeader, encodeTimestamp, lengthDelimited } from "./proto.js";
import {
  BlockIdFlag,
  SignedMsgType,
  isZeroBlockId,
  zeroBlockId,
  type BlockId,
  type Commit,
  type CommitSig,
  type ProposalSignFields,
  type VoteSignFields,
} from "./types.js";

/**
 * Sign bytes of votes and proposals (types/vote.go `VoteSignBytes`, types/proposal.go
 * `ProposalSignBytes`, types/canonical.go): the uvarint-length-prefixed protobuf of the canonical
 * message. Height and round are sfixed64 so the length does not depend on their values.
 */

/** CanonicalBlockID, or undefined for a zero block id (the field is then omitted: a nil vote). */
export function encodeCanonicalBlockId(id: BlockId): Uint8Array | undefined {
  if (isZeroBlockId(id)) return undefined;
  return new ProtoWriter()
    .bytes(1, id.hash)
    .lenDelimited(2, encodePartSetHeader(id.partSetHeader))
    .finish();
}

/** tendermint.types.CanonicalVote bytes (without the length prefix). */
export function encodeCanonicalVote(chainId: string, vote: VoteSignFields): Uint8Array {
  return new ProtoWriter()
    .varint(1, vote.type)
    .sfixed64(2, vote.height)
    .sfixed64(3, BigInt(vote.round))
    .optionalMessage(4, encodeCanonicalBlockId(vote.blockId))
    .lenDelimited(5, encodeTimestamp(vote.timestamp))
    .string(6, chainId)
    .finish();
}

export function voteSignBytes(chainId: string, vote: VoteSignFields): Uint8Array {
  return lengthDelimited(encodeCanonicalVote(chainId, vote));
}

/** tendermint.types.CanonicalProposal bytes (without the length prefix). */
export function encodeCanonicalProposal(chainId: string, p: ProposalSignFields): Uint8Array {
  return new ProtoWriter()
    .varint(1, SignedMsgType.Proposal)
    .sfixed64(2, p.height)
    .sfixed64(3, BigInt(p.round))
    .varint(4, p.polRound)
    .optionalMessage(5, encodeCanonicalBlockId(p.blockId))
    .lenDelimited(6, encodeTimestamp(p.timestamp))
    .string(7, chainId)
    .finish();
}

export function proposalSignBytes(chainId: string, p: ProposalSignFields): Uint8Array {
  return lengthDelimited(encodeCanonicalProposal(chainId, p));
}

/** tendermint.types.CommitSig; the timestamp is non-nullable so it is always written. */
export function encodeCommitSig(sig: CommitSig): Uint8Array {
  return new ProtoWriter()
    .varint(1, sig.blockIdFlag)
    .bytes(2, sig.validatorAddress)
    .lenDelimited(3, encodeTimestamp(sig.timestamp))
    .bytes(4, sig.signature)
    .finish();
}

/** `Commit.Hash()`: merkle root of the CommitSig protobufs, in validator-set order. */
export function commitHash(commit: Commit): Uint8Array {
  return hashFromByteSlices(commit.signatures.map(encodeCommitSig));
}

/** `CommitSig.BlockID`: the commit's block id for a COMMIT sig, the zero id for ABSENT and NIL. */
export function commitSigBlockId(sig: CommitSig, commitBlockId: BlockId): BlockId {
  switch (sig.blockIdFlag) {
    case BlockIdFlag.Commit:
      return commitBlockId;
    case BlockIdFlag.Absent:
    case BlockIdFlag.Nil:
      return zeroBlockId();
    default:
      throw ErrInvalidBlockIdFlag.raise(`flag ${sig.blockIdFlag}`);
  }
}

/**
 * `Commit.VoteSignBytes`: the bytes validator `idx` signed as its precommit. A NIL sig signed a
 * vote for the nil block id. Verifiers skip ABSENT sigs; for them this still returns the bytes
 * CometBFT would compute (a nil vote), which no valid signature covers.
 */
export function commitToVoteSignBytes(chainId: string, commit: Commit, idx: number): Uint8Array {
  const sig = commit.signatures[idx];
  if (!Number.isInteger(idx) || sig === undefined) {
    throw ErrIndexOutOfRange.raise(`signature ${idx} of ${commit.signatures.length}`);
  }
  return voteSignBytes(chainId, {
    type: SignedMsgType.Precommit,
    height: commit.height,
    round: commit.round,
    blockId: commitSigBlockId(sig, commit.blockId),
    timestamp: sig.timestamp,
  });
}
