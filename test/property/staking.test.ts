import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { ModuleDefinition } from "../../chain/app/module.js";
import { createStakingHarness, stakingMsgs as M, type StakingHarness } from "../support/staking-harness.js";
import { consAddressOf } from "../../modules/staking/types.js";
import { stakingStore } from "../../modules/staking/store.js";

const FUNDS = 100_000_000n;
const ACCOUNTS = 6;
const GV = 10_000_000n;

type Op =
  | { k: "del"; who: number; val: number; amt: bigint }
  | { k: "undel"; who: number; val: number; amt: bigint }
  | { k: "red"; who: number; src: number; dst: number; amt: bigint }
  | { k: "slash"; val: number; pct: bigint };

const amount = fc.oneof(fc.bigInt({ min: 1n, max: 20n }), fc.bigInt({ min: 1n, max: 6_000_000n }));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant("del" as const), who: fc.integer({ min: 0, max: 5 }), val: fc.integer({ min: 0, max: 2 }), amt: amount }),
  fc.record({ k: fc.constant("undel" as const), who: fc.integer({ min: 0, max: 5 }), val: fc.integer({ min: 0, max: 2 }), amt: amount }),
  fc.record({ k: fc.constant("red" as const), who: fc.integer({ min: 0, max: 5 }), src: fc.integer({ min: 0, max: 2 }), dst: fc.integer({ min: 0, max: 2 }), amt: amount }),
  fc.record({ k: fc.constant("slash" as const), val: fc.integer({ min: 0, max: 2 }), pct: fc.oneof({ arbitrary: fc.bigInt({ min: 1n, max: 30n }), weight: 9 }, { arbitrary: fc.constant(100n), weight: 1 }) }),
);

/** Everything an account can claim: its balance, its delegations' token value, its unbonding balances. */
function claims(h: StakingHarness, address: string): bigint {
  const view = h.view();
  let sum = h.balance(address);
  for (const d of h.staking.keeper.delegatorDelegations(view, address)) sum += d.balance;
  for (const u of stakingStore.delegatorUnbondings(view, address)) for (const e of u.entries) sum += e.balance;
  return sum;
}

describe("property: random delegate / undelegate / redelegate / slash sequences", () => {
  it("create nothing by rounding, keep pools equal to the records, and burn exactly what slashing reports", () => {
    fc.assert(
      fc.property(fc.array(fc.array(op, { maxLength: 4 }), { minLength: 1, maxLength: 8 }), (blocks) => {
        const pending: Array<{ val: number; pct: bigint }> = [];
        let burned = 0n;
        let h!: StakingHarness;
        const slasher = (): ModuleDefinition => ({
          name: "test-slasher",
          hasStore: false,
          beginBlock(ctx) {
            for (const p of pending.splice(0)) {
              const cons = consAddressOf(h.consKey(p.val).pubKey);
              burned += h.staking.keeper.slash(ctx, cons, ctx.block.height > 3n ? ctx.block.height - 3n : 0n, { num: p.pct, den: 100n }, "test");
            }
          },
        });
        h = createStakingHarness({
          accounts: ACCOUNTS,
          funds: FUNDS,
          genesisValidators: [GV, GV, GV],
          params: { unbonding_time: "20s", epoch_length: "3", max_entries: 3 },
          extraModules: () => [slasher()],
        });
        const total = FUNDS * BigInt(ACCOUNTS);
        // Every delegator starts with a stake in every validator, so most random ops have something to act on.
        const seed = [3, 4, 5].map((who) => h.tx(who, [0, 1, 2].map((v) => M.delegate(h, who, h.valoper(v), 3_000_000n + BigInt(who)))));
        for (const r of h.block(seed).txResults) expect(r.code, r.log).toBe(0);
        for (const ops of blocks) {
          const txs: Uint8Array[] = [];
          for (const o of ops) {
            if (o.k === "slash") pending.push({ val: o.val, pct: o.pct });
            else if (o.k === "del") txs.push(h.tx(o.who, [M.delegate(h, o.who, h.valoper(o.val), o.amt)]));
            else if (o.k === "undel") txs.push(h.tx(o.who, [M.undelegate(h, o.who, h.valoper(o.val), o.amt)]));
            else txs.push(h.tx(o.who, [M.redelegate(h, o.who, h.valoper(o.src), h.valoper(o.dst), o.amt)]));
          }
          // Invariants run after every block inside finalizeBlock (checkInvariantsEveryBlock).
          const res = h.block(txs);
          for (const r of res.txResults) expect([0, 5, 18, 19, 24, 27, 29, 30, 32, 33, 34], r.log).toContain(r.code);
          const view = h.view();
          expect(h.bank.getSupply(view, "ugcs")).toBe(total - burned);
          let claimed = 0n;
          for (const a of h.addrs) claimed += claims(h, a);
          expect(claimed + burned).toBeLessThanOrEqual(total);
          for (const v of h.staking.keeper.iterateValidators(view)) {
            let value = 0n;
            for (const d of stakingStore.iterateDelegations(view)) if (d.validator === v.operator) value += h.staking.keeper.tokensOf(v, d.shares);
            expect(value).toBeLessThanOrEqual(v.tokens);
          }
        }
        // Let every unbonding mature: pools then hold exactly the validators' tokens and nothing else.
        h.block([], { advance: 100n });
        const view = h.view();
        expect(h.staking.keeper.poolBalances(view).notBonded).toBe(0n);
        expect(h.app.runInvariants()).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
