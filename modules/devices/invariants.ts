import type { Invariant } from "../../chain/app/module.js";
import { moduleAddress } from "../auth/keeper.js";
import { DEVICES_MODULE_ACCOUNT, type DevicesKeeper } from "./keeper.js";

/** The devices module account holds exactly the bonds plus pending unbondings. */
export function devicesInvariants(k: DevicesKeeper): Invariant[] {
  return [
    {
      name: "bonds-backed",
      check(ctx) {
        const p = k.params(ctx);
        let sum = 0n;
        for (const d of k.iterateDevices(ctx)) {
          if (d.bond < 0n) return `device ${d.id} has a negative bond`;
          sum += d.bond;
        }
        for (const { u } of k.iterateUnbondings(ctx)) sum += u.amount;
        const bal = k.bank.getBalance(ctx, moduleAddress(DEVICES_MODULE_ACCOUNT), p.bondDenom);
        return bal === sum ? undefined : `devices account holds ${bal}${p.bondDenom} but bonds and unbondings sum to ${sum}`;
      },
    },
  ];
}
