import { isZeroBlockId, SignedMsgType, type BlockId } from "../../chain/block/types.js";
import type { Proposal, Vote, WalRecord } from "./types.js";

/**
 * Double-sign protection. Every signed message is first emitted as a WAL record; after a crash
 * the host passes the records of the current height back in `startHeight` and `replayWal`
 * rebuilds what was signed. The engine re-sends those messages verbatim and refuses to sign
 * anything else for the same (height, round, type), whatever its fresh state would decide.
 */

/** Key of what a validator may sign once per height: (round, type). */
export function signKey(round: number, type: number): string {
  return `${round}/${type}`;
}

export interface ReplayedWal<B> {
  height: bigint;
  votes: Map<string, Vote>;
  proposals: Map<number, { proposal: Proposal; block: B }>;
  /** Highest round this validator signed anything in; -1 when nothing. */
  maxRound: number;
  /** The lock as the algorithm had it: the highest round with a non-nil precommit of ours. */
  lockedRound: number;
  locked: { block: B; blockId: BlockId } | undefined;
}

/** Replays the records of `height` (others are ignored). Pure; the records are not modified. */
export function replayWal<B>(records: readonly WalRecord<B>[], height: bigint): ReplayedWal<B> {
  const out: ReplayedWal<B> = {
    height,
    votes: new Map(),
    proposals: new Map(),
    maxRound: -1,
    lockedRound: -1,
    locked: undefined,
  };
  for (const r of records) {
    if (r.height !== height) continue;
    if (r.round > out.maxRound) out.maxRound = r.round;
    if (r.kind === "proposal") {
      if (!out.proposals.has(r.round)) out.proposals.set(r.round, { proposal: r.proposal, block: r.block });
      continue;
    }
    const key = signKey(r.round, r.vote.type);
    // The first record wins: the host may have written two if it crashed and the engine was
    // broken, but only the first can have been sent.
    if (!out.votes.has(key)) out.votes.set(key, r.vote);
    if (r.vote.type === SignedMsgType.Precommit && !isZeroBlockId(r.vote.blockId) && r.block !== undefined && r.round > out.lockedRound) {
      out.lockedRound = r.round;
      out.locked = { block: r.block, blockId: r.vote.blockId };
    }
  }
  return out;
}
