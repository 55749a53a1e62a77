import type { Invariant } from "../../chain/app/module.js";
import type { BankKeeper } from "./keeper.js";

/** Supply equals the sum of balances per denom; no zero or negative balance is stored. */
export function bankInvariants(bank: BankKeeper): Invariant[] {
  return [
    {
      name: "total-supply",
      check(ctx) {
        const sums = new Map<string, bigint>();
        for (const { coin } of bank.iterateAllBalances(ctx)) sums.set(coin.denom, (sums.get(coin.denom) ?? 0n) + coin.amount);
        const supply = bank.getTotalSupply(ctx);
        for (const s of supply) {
          const sum = sums.get(s.denom) ?? 0n;
          if (sum !== s.amount) return `supply of ${s.denom} is ${s.amount} but balances sum to ${sum}`;
          sums.delete(s.denom);
        }
        for (const [denom, sum] of sums) return `balances of ${denom} sum to ${sum} with no supply recorded`;
        return undefined;
      },
    },
    {
      name: "nonnegative-outstanding",
      check(ctx) {
        for (const { address, coin } of bank.iterateAllBalances(ctx)) {
          if (coin.amount <= 0n) return `account ${address} holds ${coin.amount}${coin.denom}`;
        }
        return undefined;
      },
    },
  ];
}
