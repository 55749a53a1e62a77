import type { Invariant } from "../../chain/app/module.js";
import { moduleAddress } from "../auth/keeper.js";
import { MINIMUM_LIQUIDITY } from "./curve.js";
import { isTimelessDenom } from "./denoms.js";
import type { AmmKeeper } from "./keeper.js";
import { AMM_MODULE_ACCOUNT, LP_CLASS_ID } from "./keys.js";

/**
 * reserves: for every denom, Σ pool reserves = the amm module account's balance (module accounts
 * cannot receive MsgSend, so nothing else lands there). shares: per pool, Σ position shares +
 * MINIMUM_LIQUIDITY = total shares, and every position has its NFT. expiry: a pool holds slot
 * tokens exactly while live, and every live pool is queued for expiry; a timeless pool (carbon
 * basket coin) is never expired nor queued and has no class or hour.
 */
export function ammInvariants(k: AmmKeeper): Invariant[] {
  return [
    {
      name: "reserves",
      check(ctx) {
        const want = new Map<string, bigint>();
        const add = (d: string, a: bigint) => a > 0n && want.set(d, (want.get(d) ?? 0n) + a);
        for (const p of k.iteratePools(ctx)) {
          add(p.slotDenom, p.base);
          add(p.quoteDenom, p.quote);
        }
        const held = k.bank.getAllBalances(ctx, moduleAddress(AMM_MODULE_ACCOUNT));
        for (const c of held) {
          const w = want.get(c.denom) ?? 0n;
          if (w !== c.amount) return `module account holds ${c.amount}${c.denom}, pools hold ${w}`;
          want.delete(c.denom);
        }
        for (const [d, w] of want) return `pools hold ${w}${d}, module account none`;
        return undefined;
      },
    },
    {
      name: "shares",
      check(ctx) {
        const sums = new Map<string, bigint>();
        for (const pos of k.iteratePositions(ctx)) {
          if (pos.shares <= 0n) return `position ${pos.id} holds ${pos.shares} shares`;
          if (!k.nft.ownerOf(ctx, LP_CLASS_ID, pos.nftId)) return `position ${pos.id} has no nft ${pos.nftId}`;
          sums.set(pos.slotDenom, (sums.get(pos.slotDenom) ?? 0n) + pos.shares);
        }
        for (const p of k.iteratePools(ctx)) {
          const s = (sums.get(p.slotDenom) ?? 0n) + MINIMUM_LIQUIDITY;
          if (s !== p.shares) return `pool ${p.slotDenom}: positions + locked = ${s}, total shares ${p.shares}`;
          sums.delete(p.slotDenom);
        }
        for (const [d] of sums) return `positions in ${d} without a pool`;
        return undefined;
      },
    },
    {
      name: "expiry",
      check(ctx) {
        for (const p of k.iteratePools(ctx)) {
          if (isTimelessDenom(p.slotDenom)) {
            if (p.expired || p.base === 0n || p.quote === 0n) return `timeless pool ${p.slotDenom}: expired ${p.expired}, reserves ${p.base}/${p.quote}`;
            if (p.slotClass !== "" || p.hourStart !== 0n) return `timeless pool ${p.slotDenom} has class ${p.slotClass} hour ${p.hourStart}`;
            if (k.isQueuedForExpiry(ctx, p)) return `timeless pool ${p.slotDenom} is queued for expiry`;
            continue;
          }
          if (p.expired !== (p.base === 0n)) return `pool ${p.slotDenom}: expired ${p.expired} with base ${p.base}`;
          if (p.quote === 0n) return `pool ${p.slotDenom} holds no quote`;
          if (p.expired === k.isQueuedForExpiry(ctx, p)) return `pool ${p.slotDenom}: expired ${p.expired} but queued ${!p.expired}`;
        }
        return undefined;
      },
    },
  ];
}
