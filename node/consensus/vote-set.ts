import { equalBytes } from "../../chain/crypto/bytes.js";
import { BlockIdFlag, GO_ZERO_TIME, EMPTY_BYTES, type BlockId, type Commit, type CommitSig } from "../../chain/block/types.js";
import type { ValidatorSet } from "../../chain/block/validator-set.js";
import { blockIdKey } from "./block-id.js";
import type { Vote, VoteType } from "./types.js";

export type AddVoteResult =
  | { kind: "added" }
  | { kind: "duplicate" }
  /** Same validator, another block id than its first vote: evidence against it. */
  | { kind: "conflict"; existing: Vote };

/**
 * Distinct block ids one validator can get counted for in one vote set. An equivocator's votes are
 * still messages in the paper's sense, so "2f+1 prevotes for id(v)" must count the copy that
 * backs v even if we saw its other vote first (CometBFT gets there with peer maj23 claims). The cap
 * bounds the memory a byzantine validator can make us spend.
 */
export const MAX_BLOCKS_PER_VALIDATOR = 3;

interface Tally {
  blockId: BlockId;
  power: bigint;
  votes: (Vote | undefined)[];
}

/**
 * The votes of one (height, round, type) (types/vote_set.go), weighted by voting power. The caller
 * has verified the signature and that index and address agree with the set. "Any" thresholds
 * count each validator once (its first vote); per-block tallies count every block it signed.
 */
export class VoteSet {
  private readonly first: (Vote | undefined)[];
  private readonly blocksOf: number[];
  private readonly tallies = new Map<string, Tally>();
  private sum = 0n;
  readonly totalPower: bigint;

  constructor(
    readonly height: bigint,
    readonly round: number,
    readonly type: VoteType,
    readonly validators: ValidatorSet,
  ) {
    const n = validators.validators.length;
    this.first = new Array(n).fill(undefined);
    this.blocksOf = new Array(n).fill(0);
    let t = 0n;
    for (const v of validators.validators) t += v.votingPower;
    this.totalPower = t;
  }

  /** Whether this exact vote (signer, block, signature) is already here: skip verifying it again. */
  has(vote: Vote): boolean {
    const v = this.tallies.get(blockIdKey(vote.blockId))?.votes[vote.validatorIndex];
    return v !== undefined && equalBytes(v.signature, vote.signature);
  }

  /** The first vote received from validator `index`. */
  get(index: number): Vote | undefined {
    return this.first[index];
  }

  /** Every counted vote, conflicting ones included. */
  all(): Vote[] {
    const out: Vote[] = [];
    for (const t of this.tallies.values()) for (const v of t.votes) if (v) out.push(v);
    return out;
  }

  add(vote: Vote): AddVoteResult {
    const idx = vote.validatorIndex;
    const val = this.validators.validators[idx];
    if (val === undefined) return { kind: "duplicate" };
    const key = blockIdKey(vote.blockId);
    let tally = this.tallies.get(key);
    if (tally?.votes[idx] !== undefined) return { kind: "duplicate" };
    const existing = this.first[idx];
    if (existing !== undefined && this.blocksOf[idx]! >= MAX_BLOCKS_PER_VALIDATOR) return { kind: "conflict", existing };
    if (tally === undefined) {
      tally = { blockId: vote.blockId, power: 0n, votes: new Array(this.first.length).fill(undefined) };
      this.tallies.set(key, tally);
    }
    tally.votes[idx] = vote;
    tally.power += val.votingPower;
    this.blocksOf[idx]!++;
    if (existing !== undefined) return { kind: "conflict", existing };
    this.first[idx] = vote;
    this.sum += val.votingPower;
    return { kind: "added" };
  }

  /** Power of distinct voters: the paper's "2f+1 ⟨∗⟩" is `hasTwoThirdsAny`. */
  get votedPower(): bigint {
    return this.sum;
  }

  hasTwoThirdsAny(): boolean {
    return this.sum * 3n > this.totalPower * 2n;
  }

  hasOneThirdAny(): boolean {
    return this.sum * 3n > this.totalPower;
  }

  /** The block id (possibly nil) with more than 2/3 of the power, if any. */
  twoThirdsMajority(): BlockId | undefined {
    for (const t of this.tallies.values()) if (t.power * 3n > this.totalPower * 2n) return t.blockId;
    return undefined;
  }

  powerFor(blockId: BlockId): bigint {
    return this.tallies.get(blockIdKey(blockId))?.power ?? 0n;
  }

  /**
   * `MakeCommit` from precommits: COMMIT sigs for `blockId`, NIL sigs for nil votes, ABSENT for
   * missing votes and for votes for another block, in validator-set order.
   */
  makeCommit(blockId: BlockId): Commit {
    const forBlock = this.tallies.get(blockIdKey(blockId));
    const nil = this.tallies.get("");
    const signatures: CommitSig[] = this.first.map((_, i) => {
      const c = forBlock?.votes[i];
      if (c) return { blockIdFlag: BlockIdFlag.Commit, validatorAddress: c.validatorAddress, timestamp: c.timestamp, signature: c.signature };
      const n = nil?.votes[i];
      if (n) return { blockIdFlag: BlockIdFlag.Nil, validatorAddress: n.validatorAddress, timestamp: n.timestamp, signature: n.signature };
      return absentSig();
    });
    return { height: this.height, round: this.round, blockId, signatures };
  }
}

function absentSig(): CommitSig {
  return { blockIdFlag: BlockIdFlag.Absent, validatorAddress: EMPTY_BYTES, timestamp: GO_ZERO_TIME, signature: EMPTY_BYTES };
}
