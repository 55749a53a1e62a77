import type { Invariant } from "../../chain/app/module.js";
import { moduleAddress } from "../auth/keeper.js";
import { POOLS_MODULE_ACCOUNT, type PoolsKeeper } from "./keeper.js";

/** Value held by the pools module (run every block with --check-invariants). */
export function poolsInvariants(k: PoolsKeeper): Invariant[] {
  return [
    {
      // Payouts are sent at the epoch end, so no payout is ever owed from the account: assets alone account for it.
      name: "assets-equal-balance",
      check(ctx) {
        const sums = new Map<string, bigint>();
        for (const p of k.iteratePools(ctx)) sums.set(p.quoteDenom, (sums.get(p.quoteDenom) ?? 0n) + p.assets);
        const addr = moduleAddress(POOLS_MODULE_ACCOUNT);
        for (const [denom, sum] of sums) {
          const bal = k.bank.getBalance(ctx, addr, denom);
          if (bal !== sum) return `pools account holds ${bal}${denom}, pool assets sum to ${sum}`;
        }
        return undefined;
      },
    },
    {
      name: "shares-add-up",
      check(ctx) {
        const held = new Map<bigint, bigint>();
        for (const s of k.iterateShares(ctx)) {
          if (s.shares <= 0n) return `non-positive shares of ${s.investor} in pool ${s.pool}`;
          held.set(s.pool, (held.get(s.pool) ?? 0n) + s.shares);
        }
        for (const w of k.withdrawals(ctx)) {
          if (w.shares <= 0n) return `withdrawal ${w.seq} locks ${w.shares} shares`;
          held.set(w.poolId, (held.get(w.poolId) ?? 0n) + w.shares);
        }
        for (const p of k.iteratePools(ctx)) {
          const sum = held.get(p.id) ?? 0n;
          if (sum !== p.totalShares) return `pool ${p.id} has ${p.totalShares} shares, investors and queue hold ${sum}`;
          if (p.totalShares > 0n && p.assets === 0n) return `pool ${p.id} has shares but no assets`;
        }
        return undefined;
      },
    },
    {
      name: "members-counted",
      check(ctx) {
        const count = new Map<bigint, number>();
        for (const m of k.iterateAllMembers(ctx)) {
          if (k.poolOfDevice(ctx, m.deviceId) !== m.poolId) return `device ${m.deviceId} index disagrees with membership of pool ${m.poolId}`;
          count.set(m.poolId, (count.get(m.poolId) ?? 0) + 1);
        }
        for (const p of k.iteratePools(ctx)) {
          if ((count.get(p.id) ?? 0) !== p.memberCount) return `pool ${p.id} counts ${p.memberCount} members, has ${count.get(p.id) ?? 0}`;
          if (p.memberCount > p.seats) return `pool ${p.id} has more members than seats`;
        }
        return undefined;
      },
    },
    {
      name: "commitments-remaining",
      check(ctx) {
        for (const c of k.iterateCommitments(ctx)) {
          if (c.remaining < 0n || c.remaining > c.units) return `commitment ${c.id} has ${c.remaining} of ${c.units} remaining`;
        }
        return undefined;
      },
    },
    {
      name: "slot-supply-bounded",
      check(ctx) {
        for (const { ledger } of k.iterateLedgers(ctx)) {
          const supply = k.bank.getSupply(ctx, ledger.denom);
          if (ledger.burned > ledger.minted) return `${ledger.denom} burned ${ledger.burned} > minted ${ledger.minted}`;
          if (supply > ledger.minted - ledger.burned) return `${ledger.denom} supply ${supply} > minted ${ledger.minted} - burned ${ledger.burned}`;
        }
        return undefined;
      },
    },
  ];
}
