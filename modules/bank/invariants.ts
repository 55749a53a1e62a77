import type { Invariant } from "../../chain/app/module.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import type { BankKeeper } from "./keeper.js";
import { BANK, holderKey } from "./keys.js";

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
    {
      name: "holder-index",
      check(ctx) {
        let balances = 0;
        for (const { address, coin } of bank.iterateAllBalances(ctx)) {
          balances++;
          if (!ctx.kv(BANK).has(holderKey(coin.denom, parseAccAddress(address)))) return `${address} holds ${coin.denom} but is not in its holder index`;
        }
        let entries = 0;
        for (const _ of bank.iterateHolderIndex(ctx)) entries++;
        if (entries !== balances) return `holder index has ${entries} entries for ${balances} balances`;
        return undefined;
      },
    },
  ];
}
