import type { Invariant } from "../../chain/app/module.js";
import { moduleAddress } from "../auth/keeper.js";
import { POGCS_MODULE_ACCOUNT, type PogcsKeeper } from "./keeper.js";
import { PPM } from "./power.js";
import type { ReadCtx } from "./expected-keepers.js";

/**
 * supply-ledger: bank supply = genesis supply + emitted - burned (pogcs fee burns, device slashes,
 * other modules' burns reported to pogcs, and any extra burn counters the app registers).
 * rewards-backed: the pogcs account holds exactly pending rewards + staker dust + both pools, and
 * everything that came in (emission + fees - burns) is distributed or still in the ledger.
 * power-cap: no validator above the cap when the table has at least ceil(1/cap) members.
 */
export function pogcsInvariants(k: PogcsKeeper, extraBurned: Array<(ctx: ReadCtx) => bigint>): Invariant[] {
  return [
    {
      name: "supply-ledger",
      check(ctx) {
        const l = k.ledger(ctx);
        const denom = k.emission(ctx).denom;
        const burned = l.burned + l.burnedElsewhere + k.devices.burnedTotal(ctx) + extraBurned.reduce((s, f) => s + f(ctx), 0n);
        const expect = l.genesisSupply + l.emitted - burned;
        const supply = k.bank.getSupply(ctx, denom);
        return supply === expect ? undefined : `supply of ${denom} is ${supply}, ledger says ${expect}`;
      },
    },
    {
      name: "rewards-backed",
      check(ctx) {
        const l = k.ledger(ctx);
        const denom = k.emission(ctx).denom;
        let pending = 0n;
        for (const p of k.iteratePending(ctx)) {
          if (p.amount <= 0n) return `non-positive pending reward for ${p.address}`;
          pending += p.amount;
        }
        const held = l.stakerDust + l.capacityPool + l.workPool;
        const bal = k.bank.getBalance(ctx, moduleAddress(POGCS_MODULE_ACCOUNT), denom);
        if (bal !== pending + held) return `pogcs account holds ${bal}, pending ${pending} + pools ${held}`;
        if (l.distributed - l.withdrawn !== pending) return `distributed ${l.distributed} - withdrawn ${l.withdrawn} != pending ${pending}`;
        if (l.emitted + l.feesCollected - l.burned !== l.distributed + held) return "emitted + fees - burned != distributed + remainders";
        return undefined;
      },
    },
    {
      name: "power-cap",
      check(ctx) {
        const cap = k.params(ctx).powerCapPpm;
        const rows = k.powerTable(ctx).filter((r) => r.power > 0n);
        if (BigInt(rows.length) * cap < PPM) return undefined;
        const total = rows.reduce((s, r) => s + r.power, 0n);
        for (const r of rows) if (r.power * PPM > cap * total) return `${r.operator} has ${r.power} of ${total}, above ${cap} ppm`;
        return undefined;
      },
    },
  ];
}
