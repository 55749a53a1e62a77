import type { BlockId, Commit, Timestamp } from "../../chain/block/types.js";
import type { ProposerSet, ValidatorUpdate } from "./proposer.js";

/**
 * Messages, inputs and outputs of the consensus engine. The engine is generic in the block type
 * `B`: the node uses the cosmjs-types Block, the simulator a tiny struct. Votes and proposals are
 * CometBFT's (same sign bytes via chain/block), so commits built here verify with `verifyCommit`.
 */

export type VoteType = 1 | 2; // SignedMsgType.Prevote | SignedMsgType.Precommit
export const PREVOTE: VoteType = 1;
export const PRECOMMIT: VoteType = 2;

export interface Vote {
  type: VoteType;
  height: bigint;
  round: number;
  /** The zero block id is a nil vote. */
  blockId: BlockId;
  timestamp: Timestamp;
  validatorAddress: Uint8Array;
  validatorIndex: number;
  signature: Uint8Array;
}

export interface Proposal {
  height: bigint;
  round: number;
  /** Round of the proof-of-lock for a re-proposed value (the paper's validRound), -1 for a new one. */
  polRound: number;
  blockId: BlockId;
  /** Equal to the block's header time (proposer-based timestamps). */
  timestamp: Timestamp;
  signature: Uint8Array;
}

/** Two conflicting votes of one validator at one (height, round, type); voteA has the smaller block id. */
export interface DuplicateVoteEvidence {
  voteA: Vote;
  voteB: Vote;
  totalVotingPower: bigint;
  validatorPower: bigint;
  timestamp: Timestamp;
}

export type Step = "newHeight" | "propose" | "prevote" | "precommit" | "commit";
export type TimeoutStep = "propose" | "prevote" | "precommit" | "commit";

/** timeoutX(r) = base + r * delta (the paper; CometBFT's config). `commitMs` delays the next height. */
export interface TimeoutConfig {
  proposeMs: number;
  proposeDeltaMs: number;
  prevoteMs: number;
  prevoteDeltaMs: number;
  precommitMs: number;
  precommitDeltaMs: number;
  commitMs: number;
}

/** CometBFT's DefaultConsensusConfig values. */
export const DEFAULT_TIMEOUTS: TimeoutConfig = Object.freeze({
  proposeMs: 3000,
  proposeDeltaMs: 500,
  prevoteMs: 1000,
  prevoteDeltaMs: 500,
  precommitMs: 1000,
  precommitDeltaMs: 500,
  commitMs: 1000,
});

/** The validator key of this node; `sign` is synchronous and must be deterministic (ed25519). */
export interface PrivValidator {
  address: Uint8Array;
  pubKey: Uint8Array;
  sign(msg: Uint8Array): Uint8Array;
}

export type VerifySignature = (pubKey: Uint8Array, msg: Uint8Array, sig: Uint8Array) => boolean;

export interface ProposalBlockRequest {
  height: bigint;
  round: number;
  /** Header time the block must carry: > previous block time, from the local clock. */
  time: Timestamp;
  /** Precommits for height-1 (undefined at height 1), to carry as the block's LastCommit. */
  lastCommit: Commit | undefined;
  proposerAddress: Uint8Array;
}

/** What the engine needs from block building and the application. All synchronous. */
export interface BlockHooks<B> {
  createProposalBlock(req: ProposalBlockRequest): { block: B; blockId: BlockId };
  /**
   * Full validation of a block for `height` (header, LastCommit, txs, app checks). The host has
   * already checked that `block` is the one `blockId` names (part-set proofs and header hash), so
   * the answer is cached per block id.
   */
  validateBlock(block: B, blockId: BlockId, height: bigint): boolean;
  blockTime(block: B): Timestamp;
}

export interface EngineConfig<B> {
  chainId: string;
  /** Undefined for a non-validator (it follows and decides but never signs). */
  privValidator: PrivValidator | undefined;
  verify: VerifySignature;
  hooks: BlockHooks<B>;
  timeouts: TimeoutConfig;
  /** A new proposal whose time is more than this ahead of the local clock gets a nil prevote. */
  maxClockDriftMs: number;
  /** Votes for rounds further ahead than this are dropped (memory bound against spam). */
  maxRoundsAhead?: number;
  /**
   * Optional: message objects already verified, mapped to the public key they verified under. A
   * host that hands the same (never mutated) object to several engines, like the simulator, can
   * share one so each signature is checked once. A node decoding from the wire has no use for it.
   */
  verifiedMessages?: WeakMap<object, Uint8Array>;
}

/** Every input carries the local clock (ms since the Unix epoch); the engine reads no clock. */
interface Timed {
  now: number;
}

export type ConsensusInput<B> =
  | (Timed & {
      kind: "startHeight";
      height: bigint;
      validators: ProposerSet;
      nextValidators: ProposerSet;
      /** Commit of height-1 (undefined at the first height). */
      lastCommit: Commit | undefined;
      /** Header time of height-1, or genesis time. */
      lastBlockTime: Timestamp;
      /** Set of height-1, to verify late precommits for the LastCommit (optional). */
      lastValidators?: ProposerSet;
      /** WAL records written since the last decided height (restart); older ones are ignored. */
      wal?: readonly WalRecord<B>[];
    })
  | (Timed & { kind: "proposal"; proposal: Proposal; block?: B })
  | (Timed & { kind: "block"; height: bigint; blockId: BlockId; block: B })
  | (Timed & { kind: "vote"; vote: Vote })
  | (Timed & { kind: "timeout"; height: bigint; round: number; step: TimeoutStep })
  /** The host executed and persisted the decided block; updates come from the app (H+2 rule). */
  | (Timed & { kind: "blockApplied"; height: bigint; validatorUpdates: readonly ValidatorUpdate[] })
  /** A decided block with its commit, from a peer or block sync (catch-up). */
  | (Timed & { kind: "commit"; height: bigint; block: B; blockId: BlockId; commit: Commit });

export type ConsensusOutput<B> =
  /** Must be durable before the host acts on any later output of the same batch. */
  | { kind: "walWrite"; record: WalRecord<B> }
  | { kind: "broadcastProposal"; proposal: Proposal; block: B }
  | { kind: "broadcastVote"; vote: Vote }
  | { kind: "scheduleTimeout"; height: bigint; round: number; step: TimeoutStep; ms: number }
  /** Execute and persist, then send `blockApplied`. */
  | { kind: "decide"; height: bigint; round: number; block: B; blockId: BlockId; commit: Commit }
  | { kind: "evidence"; evidence: DuplicateVoteEvidence };

/**
 * Write-ahead log record, written before a signed message leaves the node. Replaying them after a
 * restart restores what this validator signed at the height (it then re-sends those messages and
 * never signs a different one for the same height/round/type) and its lock (a non-nil precommit
 * is exactly the moment the paper's algorithm locks, so the record carries the locked block).
 */
export type WalRecord<B> =
  | { kind: "proposal"; height: bigint; round: number; step: "propose"; proposal: Proposal; block: B }
  | { kind: "vote"; height: bigint; round: number; step: "prevote" | "precommit"; vote: Vote; block?: B };
