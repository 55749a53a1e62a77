import { verifyCommit } from "../../chain/block/commit-verify.js";
import { isZeroBlockId, type BlockId, type Commit } from "../../chain/block/types.js";
import { blockIdKey, compareTimestamps, sameBlockId } from "./block-id.js";
import type { EngineCore, Out } from "./engine-state.js";
import type { VoteSet } from "./vote-set.js";
import { signVote } from "./engine-rounds.js";
import { PRECOMMIT } from "./types.js";

// Commit and decide: valid(v), L49, and a verified commit learned from a peer or block sync.

/** valid(v): the host's checks plus a block time strictly after the previous block's. */
export function isValid<B>(e: EngineCore<B>, blockId: BlockId, block: B): boolean {
  const s = e.s!;
  const key = blockIdKey(blockId);
  let ok = s.validity.get(key);
  if (ok === undefined) {
    ok =
      compareTimestamps(e.cfg.hooks.blockTime(block), s.lastBlockTime) > 0 &&
      e.cfg.hooks.validateBlock(block, blockId, s.height);
    s.validity.set(key, ok);
  }
  return ok;
}

export function onCommit<B>(e: EngineCore<B>, height: bigint, block: B, blockId: BlockId, commit: Commit, out: Out<B>): void {
  const s = e.s!;
  if (height !== s.height || s.decided || commit.height !== height || !sameBlockId(commit.blockId, blockId)) return;
  try {
    verifyCommit(e.cfg.chainId, s.validators, blockId, height, commit, e.cfg.verify);
  } catch {
    return;
  }
  if (!isValid(e, blockId, block)) return;
  decide(e, commit.round, block, blockId, commit, undefined, out);
}

/** L49: a proposal (here: the block of that id) and 2f+1 precommits for it in any round. */
export function tryDecide<B>(e: EngineCore<B>, out: Out<B>): boolean {
  const s = e.s!;
  for (const [r, rs] of s.rounds) {
    if (!rs.precommits.hasTwoThirdsAny()) continue;
    const id = rs.precommits.twoThirdsMajority();
    if (id === undefined || isZeroBlockId(id)) continue;
    const block = s.blocks.get(blockIdKey(id));
    if (block === undefined || !isValid(e, id, block)) continue;
    decide(e, r, block, id, rs.precommits.makeCommit(id), rs.precommits, out);
    return true;
  }
  return false;
}

function decide<B>(e: EngineCore<B>, r: number, block: B, blockId: BlockId, commit: Commit, votes: VoteSet | undefined, out: Out<B>): void {
  const s = e.s!;
  s.decided = { round: r, block, blockId, commit, votes };
  s.step = "commit";
  // The others' 2f+1 precommits can arrive before ours is cast (a validator whose power is not
  // needed for the quorum loses that race every height). Cast it now for the decided block, in
  // the same round only and never a second precommit for a round (signVote re-sends a signed
  // one): it reaches the peers' late-precommit sets and the next LastCommit, so a validator that
  // is online is not counted absent and jailed for downtime.
  if (votes !== undefined && r === s.round) signVote(e, PRECOMMIT, r, blockId, out, block);
  out.push({ kind: "decide", height: s.height, round: r, block, blockId, commit });
}
