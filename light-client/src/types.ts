/**
 * CometBFT light-block types, shaped like cosmjs-types' decoded `tendermint.types.*` (and like the
 * node's chain/block types) so values pass between them unchanged. Enums are plain numbers.
 */
export interface Timestamp {
  seconds: bigint;
  nanos: number;
}

export interface PartSetHeader {
  total: number;
  hash: Uint8Array;
}

export interface BlockId {
  hash: Uint8Array;
  partSetHeader: PartSetHeader;
}

export interface Header {
  version: { block: bigint; app: bigint };
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

export const BlockIdFlag = { Unknown: 0, Absent: 1, Commit: 2, Nil: 3 } as const;

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

/** An ed25519 validator; `address` = SHA-256(pubKey)[:20]. */
export interface Validator {
  address: Uint8Array;
  pubKey: Uint8Array;
  votingPower: bigint;
  proposerPriority?: bigint;
}

/** Validators in set order (voting power descending, then address), as commits and hashes use. */
export interface ValidatorSet {
  validators: readonly Validator[];
}

export interface SignedHeader {
  header: Header;
  commit: Commit;
}

/** A header, its commit and the validators of that height (CometBFT `types.LightBlock`). */
export interface LightBlock {
  signedHeader: SignedHeader;
  validatorSet: ValidatorSet;
}

/** A fraction of voting power; the light client accepts [1/3, 1]. */
export interface TrustLevel {
  numerator: bigint;
  denominator: bigint;
}

export const DEFAULT_TRUST_LEVEL: TrustLevel = Object.freeze({ numerator: 1n, denominator: 3n });

export function timestampToMs(t: Timestamp): number {
  return Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6);
}

export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  if (a.seconds !== b.seconds) return a.seconds < b.seconds ? -1 : 1;
  return a.nanos - b.nanos;
}
