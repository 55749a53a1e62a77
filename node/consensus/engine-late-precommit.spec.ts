import { describe, expect, it } from "vitest";
import { isZeroBlockId } from "../../chain/block/types.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { blockIdKey } from "./block-id.js";
import { proposerForRound } from "./proposer.js";
import type { SimKey } from "./sim/keys.js";
import { T0, block, engineFor, keys, proposal, sets, start, vote, votesOut } from "./spec-fixtures.js";
import { PRECOMMIT } from "./types.js";

// A validator whose power is not needed for the quorum: the others' 2f+1 precommits can reach it
// before it has precommitted itself. It must still cast its precommit (once) so that it reaches
// the next LastCommit and the validator is not counted absent.

const proposer = keys.find((k) => equalBytes(k.address, proposerForRound(sets.validators, 0).address))!;
const me = keys.find((k) => k !== proposer)!;
const others = keys.filter((k) => k !== me);

function decideOnOthers(precommitNilFirst: boolean) {
  const e = engineFor(me);
  start(e);
  const b = block(1, T0);
  e.handle({ kind: "proposal", now: T0, proposal: proposal(proposer, 0, b.blockId, -1, T0), block: b.block });
  if (precommitNilFirst) e.handle({ kind: "timeout", now: T0, height: 1n, round: 0, step: "prevote" });
  const outs = others.flatMap((k: SimKey) => e.handle({ kind: "vote", now: T0, vote: vote(k, PRECOMMIT, 0, b.blockId) }));
  return { e, outs, blockId: b.blockId };
}

describe("consensus engine: our precommit when the others decided first", () => {
  it("casts, persists and broadcasts its precommit for the decided block before the decide output", () => {
    const { outs, blockId } = decideOnOthers(false);
    const decideAt = outs.findIndex((o) => o.kind === "decide");
    expect(decideAt).toBeGreaterThanOrEqual(0);
    const mine = outs.slice(0, decideAt).flatMap((o) => (o.kind === "broadcastVote" && equalBytes(o.vote.validatorAddress, me.address) ? [o.vote] : []));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ type: PRECOMMIT, round: 0 });
    expect(blockIdKey(mine[0]!.blockId)).toBe(blockIdKey(blockId));
    const wal = outs.slice(0, decideAt).find((o) => o.kind === "walWrite" && o.record.kind === "vote" && o.record.step === "precommit");
    expect(wal).toBeDefined();
  });

  it("never casts a second precommit for the round: a nil precommit cast before is sent again instead", () => {
    const { outs } = decideOnOthers(true);
    const mine = votesOut(outs).filter((v) => equalBytes(v.validatorAddress, me.address) && v.type === PRECOMMIT);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((v) => isZeroBlockId(v.blockId))).toBe(true);
  });
});
