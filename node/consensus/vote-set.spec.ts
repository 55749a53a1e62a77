import { describe, expect, it } from "vitest";
import { verifyCommit } from "../../chain/block/commit-verify.js";
import { BlockIdFlag, zeroBlockId } from "../../chain/block/types.js";
import { createProposerSet } from "./proposer.js";
import { CHAIN, block, keys, sets, verify, vote } from "./spec-fixtures.js";
import { PRECOMMIT, PREVOTE } from "./types.js";
import { MAX_BLOCKS_PER_VALIDATOR, VoteSet } from "./vote-set.js";

const A = block(1).blockId;
const B = block(2).blockId;

describe("VoteSet", () => {
  it("needs more than 2/3 of the power for a majority, and counts nil as a value", () => {
    const vs = new VoteSet(1n, 0, PREVOTE, sets.validators);
    vs.add(vote(keys[0]!, PREVOTE, 0, A));
    vs.add(vote(keys[1]!, PREVOTE, 0, A));
    expect(vs.hasOneThirdAny()).toBe(true);
    expect(vs.hasTwoThirdsAny()).toBe(false);
    vs.add(vote(keys[2]!, PREVOTE, 0, zeroBlockId()));
    expect(vs.hasTwoThirdsAny()).toBe(true);
    expect(vs.twoThirdsMajority()).toBeUndefined(); // 20 of 40 for A, 10 nil
    vs.add(vote(keys[3]!, PREVOTE, 0, A));
    expect(vs.twoThirdsMajority()).toEqual(A); // 30 of 40

    const nil = new VoteSet(1n, 0, PREVOTE, sets.validators);
    for (const k of keys.slice(0, 3)) nil.add(vote(k, PREVOTE, 0, zeroBlockId()));
    expect(nil.twoThirdsMajority()).toEqual(zeroBlockId());
  });

  it("weighs by voting power, not by count", () => {
    const weighted = createProposerSet(
      keys.map((k, i) => ({ address: k.address, pubKey: k.pubKey, votingPower: i === 0 ? 70n : 10n, proposerPriority: 0n })),
    );
    const whale = keys[0]!;
    const vs = new VoteSet(1n, 0, PRECOMMIT, weighted);
    const v = vote(whale, PRECOMMIT, 0, A);
    vs.add({ ...v, validatorIndex: weighted.validators.findIndex((x) => x.address === whale.address) });
    expect(vs.twoThirdsMajority()).toEqual(A); // 70 of 100 with one vote
  });

  it("reports a conflicting vote, keeps the first for 'any' and counts each block the validator signed", () => {
    const vs = new VoteSet(1n, 0, PREVOTE, sets.validators);
    const first = vote(keys[0]!, PREVOTE, 0, A);
    expect(vs.add(first).kind).toBe("added");
    expect(vs.add(first).kind).toBe("duplicate");
    expect(vs.has(first)).toBe(true);
    const second = vote(keys[0]!, PREVOTE, 0, B);
    expect(vs.add(second)).toEqual({ kind: "conflict", existing: first });
    expect(vs.votedPower).toBe(10n);
    expect(vs.powerFor(A)).toBe(10n);
    expect(vs.powerFor(B)).toBe(10n);
    // the cap bounds what one equivocator can make us store
    for (let i = 3; i < 10; i++) vs.add(vote(keys[0]!, PREVOTE, 0, block(i).blockId));
    expect(vs.all().filter((v) => v.validatorIndex === first.validatorIndex)).toHaveLength(MAX_BLOCKS_PER_VALIDATOR);
  });

  it("makes a commit that verifyCommit accepts: COMMIT, NIL and ABSENT sigs in set order", () => {
    const vs = new VoteSet(1n, 0, PRECOMMIT, sets.validators);
    for (const k of keys.slice(0, 3)) vs.add(vote(k, PRECOMMIT, 0, A));
    vs.add(vote(keys[3]!, PRECOMMIT, 0, zeroBlockId()));
    const commit = vs.makeCommit(A);
    expect(commit.signatures.map((s) => s.blockIdFlag).sort()).toEqual([BlockIdFlag.Commit, BlockIdFlag.Commit, BlockIdFlag.Commit, BlockIdFlag.Nil]);
    expect(() => verifyCommit(CHAIN, sets.validators, A, 1n, commit, verify)).not.toThrow();

    const short = new VoteSet(1n, 0, PRECOMMIT, sets.validators);
    for (const k of keys.slice(0, 2)) short.add(vote(k, PRECOMMIT, 0, A));
    short.add(vote(keys[2]!, PRECOMMIT, 0, B));
    const bad = short.makeCommit(A);
    expect(bad.signatures.filter((s) => s.blockIdFlag === BlockIdFlag.Absent)).toHaveLength(2);
    expect(() => verifyCommit(CHAIN, sets.validators, A, 1n, bad, verify)).toThrow(/insufficient/);
  });
});
