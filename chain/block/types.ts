/**
 * CometBFT block types, shaped like the cosmjs-types decoded messages (`tendermint.types.*`) so a
 * value decoded from the wire can be passed straight in. Enums are plain numbers here: this package
 * does not need cosmjs-types at run time.
 */

/** google.protobuf.Timestamp. */
export interface Timestamp {
  seconds: bigint;
  nanos: number;
}

/**
 * Go's zero `time.Time` (0001-01-01T00:00:00Z). CometBFT encodes it as a real timestamp, not as an
 * omitted field, e.g. in absent CommitSigs and zero-valued votes, so hashes depend on this value.
 */
export const GO_ZERO_TIME: Timestamp = Object.freeze({ seconds: -62135596800n, nanos: 0 });

export interface PartSetHeader {
  total: number;
  hash: Uint8Array;
}

export interface BlockId {
  hash: Uint8Array;
  partSetHeader: PartSetHeader;
}

/** tendermint.version.Consensus. */
export interface ConsensusVersion {
  block: bigint;
  app: bigint;
}

export interface Header {
  version: ConsensusVersion;
  chainId: string;
  height: bigint;
  time: Timestamp;
  lastBlockId: BlockId;
  lastCommitHash: Uint8Array;
  dataHash: Uint8Array;
  validatorsHash: Uint8Array;
  nextValidatorsHash: Uint8Array;
  consensusHash: Uint8Array;
  appHash: Uint8Array;
  lastResultsHash: Uint8Array;
  evidenceHash: Uint8Array;
  proposerAddress: Uint8Array;
}

/** tendermint.types.BlockIDFlag. */
export const BlockIdFlag = {
  Unknown: 0,
  Absent: 1,
  Commit: 2,
  Nil: 3,
} as const;

/** tendermint.types.SignedMsgType. */
export const SignedMsgType = {
  Unknown: 0,
  Prevote: 1,
  Precommit: 2,
  Proposal: 32,
} as const;

export interface CommitSig {
  blockIdFlag: number;
  validatorAddress: Uint8Array;
  timestamp: Timestamp;
  signature: Uint8Array;
}

export interface Commit {
  height: bigint;
  round: number;
  blockId: BlockId;
  signatures: CommitSig[];
}

/** The fields of tendermint.types.Vote that are signed (the rest is carried alongside). */
export interface VoteSignFields {
  type: number;
  height: bigint;
  round: number;
  blockId: BlockId;
  timestamp: Timestamp;
}

export interface ProposalSignFields {
  height: bigint;
  round: number;
  polRound: number;
  blockId: BlockId;
  timestamp: Timestamp;
}

export const EMPTY_BYTES = new Uint8Array(0);

export function zeroBlockId(): BlockId {
  return { hash: EMPTY_BYTES, partSetHeader: { total: 0, hash: EMPTY_BYTES } };
}

/** CometBFT `BlockID.IsZero`: the id of a nil block (no hash, empty part set header). */
export function isZeroBlockId(id: BlockId): boolean {
  return id.hash.length === 0 && id.partSetHeader.total === 0 && id.partSetHeader.hash.length === 0;
}
