/**
 * Property tests of the gov tally (modules/gov/tally.ts) over random bonded sets, delegations
 * and (weighted) votes: voting power never exceeds the bonded tokens, the per-option counts add
 * up to the total power up to rounding, vote order is irrelevant, a delegator's override moves
 * exactly its own stake, the outcome is monotone in yes votes, and whatever passes the expedited
 * threshold passes the regular one (an expedited proposal is never "harder to convert" than to pass).
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { DEC_ONE } from "../../modules/staking/dec.js";
import { computeOutcome, computeTally, type TallyDelegation, type TallyVote } from "../../modules/gov/tally.js";
import { DEFAULT_GOV_PARAMS } from "../../modules/gov/params.js";

const world = fc
  .record({
    vals: fc.array(fc.record({ tokens: fc.bigInt({ min: 0n, max: 10n ** 12n }), slashPermille: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 5 }),
    dels: fc.array(fc.record({ who: fc.integer({ min: 0, max: 6 }), val: fc.integer({ min: 0, max: 4 }), share: fc.integer({ min: 1, max: 1000 }) }), { maxLength: 12 }),
    votes: fc.array(
      fc.record({
        who: fc.integer({ min: 0, max: 6 }),
        asValidator: fc.boolean(),
        options: fc.constantFrom(
          [{ option: 1, weight: DEC_ONE }],
          [{ option: 3, weight: DEC_ONE }],
          [{ option: 2, weight: DEC_ONE }],
          [{ option: 4, weight: DEC_ONE }],
          [{ option: 1, weight: DEC_ONE / 3n }, { option: 3, weight: DEC_ONE - DEC_ONE / 3n }],
        ),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ vals, dels, votes }) => {
    // Shares: per delegation `share` units; each validator's shares are the sum; tokens are shares
    // reduced by a slash (tokens <= shares in token units, as after slashing).
    const shares = vals.map(() => 0n);
    const delegations = new Map<string, TallyDelegation[]>();
    for (const d of dels) {
      const v = d.val % vals.length;
      const s = BigInt(d.share) * DEC_ONE;
      shares[v]! += s;
      const who = `acc${d.who}`;
      delegations.set(who, [...(delegations.get(who) ?? []), { validator: `val${v}`, shares: s }]);
    }
    const validators = vals.map((v, i) => ({ operator: `val${i}`, delegatorShares: shares[i]!, tokens: ((shares[i]! / DEC_ONE) * BigInt(1000 - v.slashPermille)) / 1000n }));
    const seen = new Set<string>();
    const tallyVotes: TallyVote[] = [];
    for (const v of votes) {
      const who = `acc${v.who}`;
      if (seen.has(who)) continue; // one vote per voter, as in the store
      seen.add(who);
      tallyVotes.push({ voter: who, voterValoper: v.asValidator ? `val${v.who % vals.length}` : `none${v.who}`, options: (v.options as unknown as Array<{ option: number; weight: bigint }>).map((o) => ({ option: o.option, weight: o.weight })) });
    }
    // A validator is voted for by at most one voter (its operator).
    const ops = new Set<string>();
    const unique = tallyVotes.filter((v) => (v.voterValoper.startsWith("val") ? !ops.has(v.voterValoper) && (ops.add(v.voterValoper), true) : true));
    return { validators, delegations, votes: unique };
  });

const run = (w: { validators: { operator: string; tokens: bigint; delegatorShares: bigint }[]; delegations: Map<string, TallyDelegation[]>; votes: TallyVote[] }) =>
  computeTally(w.validators, w.votes, (v) => w.delegations.get(v) ?? []);

describe("gov tally properties", () => {
  it("power is bounded by bonded tokens and the option counts add up to it (up to rounding)", () => {
    fc.assert(
      fc.property(world, (w) => {
        const t = run(w);
        const bonded = w.validators.reduce((s, v) => s + v.tokens, 0n);
        expect(t.totalPower).toBeLessThanOrEqual(bonded * DEC_ONE);
        const sum = t.counts.yes + t.counts.no + t.counts.abstain + t.counts.noWithVeto;
        expect(sum).toBeLessThanOrEqual(t.totalPower);
        expect(t.totalPower - sum).toBeLessThanOrEqual(BigInt(4 * (w.votes.length + w.validators.length) * 12));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("the order of votes does not change the tally", () => {
    fc.assert(
      fc.property(world, (w) => {
        expect(run({ ...w, votes: [...w.votes].reverse() })).toEqual(run(w));
      }),
      { numRuns: 300, seed: 9 },
    );
  });

  it("if every bonded validator votes yes and nobody else votes, all bonded power is yes and it passes", () => {
    fc.assert(
      fc.property(world, (w) => {
        const votes: TallyVote[] = w.validators.map((v) => ({ voter: `op-${v.operator}`, voterValoper: v.operator, options: [{ option: 1, weight: DEC_ONE }] }));
        const t = computeTally(w.validators, votes, () => []);
        const bonded = w.validators.reduce((s, v) => s + v.tokens, 0n);
        const withShares = w.validators.filter((v) => v.delegatorShares > 0n).reduce((s, v) => s + v.tokens, 0n);
        expect(t.counts.yes).toBe(withShares * DEC_ONE);
        if (withShares > 0n && withShares === bonded) expect(computeOutcome(t.counts, t.totalPower, bonded, DEFAULT_GOV_PARAMS).passes).toBe(true);
      }),
      { numRuns: 200, seed: 10 },
    );
  });

  it("turning a no vote into yes never turns a pass into a fail", () => {
    fc.assert(
      fc.property(world, fc.nat(), (w, pick) => {
        if (w.votes.length === 0) return;
        const i = pick % w.votes.length;
        const bonded = w.validators.reduce((s, v) => s + v.tokens, 0n);
        const asNo = w.votes.map((v, j) => (j === i ? { ...v, options: [{ option: 3, weight: DEC_ONE }] } : v));
        const asYes = w.votes.map((v, j) => (j === i ? { ...v, options: [{ option: 1, weight: DEC_ONE }] } : v));
        const a = run({ ...w, votes: asNo });
        const b = run({ ...w, votes: asYes });
        if (computeOutcome(a.counts, a.totalPower, bonded, DEFAULT_GOV_PARAMS).passes) expect(computeOutcome(b.counts, b.totalPower, bonded, DEFAULT_GOV_PARAMS).passes).toBe(true);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("a tally that passes expedited_threshold passes threshold; the two differ only on the threshold step", () => {
    fc.assert(
      fc.property(world, (w) => {
        const t = run(w);
        const bonded = w.validators.reduce((s, v) => s + v.tokens, 0n);
        const p = DEFAULT_GOV_PARAMS;
        const regular = computeOutcome(t.counts, t.totalPower, bonded, p);
        const expedited = computeOutcome(t.counts, t.totalPower, bonded, { ...p, threshold: p.expeditedThreshold });
        if (expedited.passes) expect(regular.passes).toBe(true);
        if (regular.reason !== "passed") expect(expedited).toEqual(regular);
        else expect(["passed", "threshold_not_met"]).toContain(expedited.reason);
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
