import type { Invariant } from "../../chain/app/module.js";
import { stakingStore as S } from "./store.js";
import type { StakingKeeper } from "./keeper.js";

/**
 * Pool design: bonded_tokens_pool holds the tokens of every validator whatever its status
 * (status is consensus membership, tokens stay slashable until undelegated); the
 * not_bonded_tokens_pool holds exactly the balances of unbonding entries.
 */
export function stakingInvariants(k: StakingKeeper): Invariant[] {
  return [
    {
      name: "module-accounts",
      check(ctx) {
        const pools = k.poolBalances(ctx);
        let tokens = 0n;
        for (const v of S.iterateValidators(ctx)) tokens += v.tokens;
        if (pools.bonded !== tokens) return `bonded pool holds ${pools.bonded} but validators hold ${tokens}`;
        let unbonding = 0n;
        for (const u of S.iterateUnbondings(ctx)) for (const e of u.entries) unbonding += e.balance;
        if (pools.notBonded !== unbonding) return `not bonded pool holds ${pools.notBonded} but unbonding entries hold ${unbonding}`;
        return undefined;
      },
    },
    {
      name: "delegator-shares",
      check(ctx) {
        const sums = new Map<string, bigint>();
        for (const d of S.iterateDelegations(ctx)) {
          if (d.shares <= 0n) return `delegation ${d.delegator}/${d.validator} has ${d.shares} shares`;
          sums.set(d.validator, (sums.get(d.validator) ?? 0n) + d.shares);
        }
        for (const v of S.iterateValidators(ctx)) {
          const sum = sums.get(v.operator) ?? 0n;
          if (sum !== v.shares) return `validator ${v.operator} has ${v.shares} shares but its delegations sum to ${sum}`;
          sums.delete(v.operator);
        }
        for (const [op] of sums) return `delegations to unknown validator ${op}`;
        return undefined;
      },
    },
    {
      name: "nonnegative",
      check(ctx) {
        for (const v of S.iterateValidators(ctx)) {
          if (v.tokens < 0n || v.shares < 0n) return `validator ${v.operator} tokens ${v.tokens} shares ${v.shares}`;
          if (v.tokens > 0n && v.shares === 0n) return `validator ${v.operator} holds tokens without shares`;
        }
        for (const u of S.iterateUnbondings(ctx)) {
          for (const e of u.entries) if (e.balance < 0n || e.balance > e.initialBalance) return `unbonding ${u.delegator}/${u.validator} balance ${e.balance}`;
        }
        for (const r of S.iterateRedelegations(ctx)) {
          for (const e of r.entries) if (e.sharesDst < 0n || e.initialBalance < 0n) return `redelegation ${r.delegator} entry negative`;
        }
        return undefined;
      },
    },
    {
      name: "active-set-power",
      check(ctx) {
        let total = 0n;
        for (const [op, power] of S.lastPowers(ctx)) {
          if (power <= 0n) return `active validator ${op} has power ${power}`;
          if (!S.getValidator(ctx, op)) return `active validator ${op} does not exist`;
          total += power;
        }
        const stored = S.lastTotalPower(ctx);
        if (stored !== total) return `last total power ${stored} != sum of powers ${total}`;
        return undefined;
      },
    },
  ];
}
