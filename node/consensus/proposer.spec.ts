import { describe, expect, it } from "vitest";
import type { Validator } from "../../chain/block/validator-set.js";
import { utf8 } from "../../chain/crypto/bytes.js";
import {
  advanceValidatorSets,
  createProposerSet,
  genesisValidatorSets,
  incrementProposerPriority,
  proposerForRound,
  updateWithChangeSet,
  type ProposerSet,
} from "./proposer.js";

/** Vectors from CometBFT types/validator_set_test.go (addresses are raw test bytes there too). */
function val(address: Uint8Array, power: bigint): Validator {
  return { address, pubKey: new Uint8Array(32), votingPower: power, proposerPriority: 0n };
}
const name = (v: Validator) => new TextDecoder().decode(v.address);
const addr = (last: number) => Uint8Array.from({ length: 20 }, (_, i) => (i === 19 ? last : 0));

function sequence(set: ProposerSet, steps: number): Validator[] {
  const out: Validator[] = [];
  for (let i = 0; i < steps; i++) {
    out.push(set.proposer);
    set = incrementProposerPriority(set, 1);
  }
  return out;
}

describe("proposer selection (CometBFT proposer-priority algorithm)", () => {
  it("TestProposerSelection1: foo 1000, bar 300, baz 330 over 99 steps", () => {
    const set = createProposerSet([val(utf8("foo"), 1000n), val(utf8("bar"), 300n), val(utf8("baz"), 330n)]);
    const expected =
      "foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar foo baz foo foo bar foo baz foo foo bar foo baz foo foo foo baz bar foo foo foo baz foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo bar foo foo baz foo foo bar foo baz foo foo bar foo baz foo foo bar foo baz foo foo";
    expect(sequence(set, 99).map(name).join(" ")).toBe(expected);
  });

  it("TestProposerSelection2: equal power goes in address order; 400 vs 401 decides a double turn", () => {
    const equal = createProposerSet([val(addr(0), 100n), val(addr(1), 100n), val(addr(2), 100n)]);
    expect(sequence(equal, 15).map((v) => v.address[19])).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2]);
    const notTwice = createProposerSet([val(addr(0), 100n), val(addr(1), 100n), val(addr(2), 400n)]);
    expect(sequence(notTwice, 2).map((v) => v.address[19])).toEqual([2, 0]);
    const twice = createProposerSet([val(addr(0), 100n), val(addr(1), 100n), val(addr(2), 401n)]);
    expect(sequence(twice, 3).map((v) => v.address[19])).toEqual([2, 2, 0]);
  });

  it("proposes in proportion to power: 4/5/3 over 120 steps gives 40/50/30", () => {
    const set = createProposerSet([val(addr(0), 4n), val(addr(1), 5n), val(addr(2), 3n)]);
    const counts = [0, 0, 0];
    for (const p of sequence(set, 120)) counts[p.address[19]!]!++;
    expect(counts).toEqual([40, 50, 30]);
  });

  it("TestAveragingInIncrementProposerPriorityWithVotingPower: priorities after 1 and 5 increments", () => {
    const base: ProposerSet = {
      validators: [val(Uint8Array.of(0), 10n), val(Uint8Array.of(1), 1n), val(Uint8Array.of(2), 1n)],
      proposer: val(Uint8Array.of(0), 10n),
    };
    const one = incrementProposerPriority(base, 1);
    expect(one.validators.map((v) => v.proposerPriority)).toEqual([10n - 12n, 1n, 1n]);
    expect(one.proposer.address).toEqual(Uint8Array.of(0));
    const five = incrementProposerPriority(base, 5);
    expect(five.validators.map((v) => v.proposerPriority)).toEqual([4n * (10n - 12n) + 10n, 5n - 12n, 5n]);
    expect(five.proposer.address).toEqual(Uint8Array.of(1));
  });

  it("a round-r proposer is counted from the height's set, so skipping rounds gives the same answer", () => {
    const set = createProposerSet([val(addr(0), 7n), val(addr(1), 3n), val(addr(2), 5n)]);
    let stepwise = set;
    for (let r = 1; r < 10; r++) {
      stepwise = incrementProposerPriority(stepwise, 1);
      expect(proposerForRound(set, r).address).toEqual(stepwise.proposer.address);
    }
  });

  it("a new validator starts at -1.125 x total power and the set is re-sorted by power", () => {
    const set = createProposerSet([val(addr(1), 10n), val(addr(2), 10n)]);
    const added = updateWithChangeSet(set, [{ address: addr(3), pubKey: new Uint8Array(32), power: 20n }]);
    expect(added.validators.map((v) => v.address[19])).toEqual([3, 1, 2]);
    // before centring: newcomer -(40 + 40/8) = -45; the others keep theirs; then shift by the average
    const before = [-45n, set.validators[0]!.proposerPriority, set.validators[1]!.proposerPriority];
    const sum = before.reduce((a, b) => a + b, 0n);
    const avg = sum < 0n && sum % 3n !== 0n ? sum / 3n - 1n : sum / 3n;
    expect(added.validators[0]!.proposerPriority).toBe(-45n - avg);
    const removed = updateWithChangeSet(added, [{ address: addr(1), pubKey: new Uint8Array(32), power: 0n }]);
    expect(removed.validators.map((v) => v.address[19])).toEqual([3, 2]);
  });

  it("H+2: updates from block H leave H+1's set alone and shape H+2's", () => {
    const g = genesisValidatorSets([val(addr(0), 10n), val(addr(1), 10n), val(addr(2), 10n)]);
    const update = [{ address: addr(1), pubKey: new Uint8Array(32), power: 50n }];
    const afterH1 = advanceValidatorSets(g.nextValidators, update); // block 1 applied
    expect(afterH1.validators).toBe(g.nextValidators); // height 2
    expect(afterH1.validators.validators.map((v) => v.votingPower)).toEqual([10n, 10n, 10n]);
    expect(afterH1.nextValidators.validators.map((v) => v.votingPower)).toEqual([50n, 10n, 10n]); // height 3
    const afterH2 = advanceValidatorSets(afterH1.nextValidators, []);
    expect(afterH2.validators.validators[0]!.votingPower).toBe(50n);
  });
});
