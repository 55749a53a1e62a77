import type { Context } from "../../chain/app/context.js";
import { makeEvent } from "../../chain/events/types.js";
import { accAddress, valAddress } from "../../chain/codec/address.js";
import { NOT_BONDED_POOL, RED_QUEUE_PREFIX, UBD_QUEUE_PREFIX } from "./keys.js";
import { stakingStore as S } from "./store.js";
import type { StakingKeeper } from "./keeper.js";
import { BondStatus, isTimeReached, nowOf } from "./types.js";

/**
 * End-block bookkeeping by block time: matured unbonding entries pay out from the not-bonded pool
 * to the delegator; matured redelegation entries are dropped (they only mattered for slashing);
 * validators whose unbonding period has passed become UNBONDED and, without shares, are removed.
 */
export function processMaturedEntries(k: StakingKeeper, ctx: Context): void {
  const now = nowOf(ctx);
  const denom = S.params(ctx).bondDenom;
  for (const slot of S.dequeueMatured(ctx, UBD_QUEUE_PREFIX, now.seconds)) {
    const delegator = accAddress(slot.addrs[0]!);
    const operator = valAddress(slot.addrs[1]!);
    const ubd = S.getUnbonding(ctx, delegator, operator);
    if (!ubd) continue;
    const keep = [];
    for (const e of ubd.entries) {
      if (!isTimeReached(e.completionTime, now)) {
        keep.push(e);
        continue;
      }
      if (e.balance > 0n) k.bank.sendFromModuleToAccount(ctx, NOT_BONDED_POOL, delegator, [{ denom, amount: e.balance }]);
      ctx.emit(makeEvent("complete_unbonding", [["amount", `${e.balance}${denom}`], ["validator", operator], ["delegator", delegator]]));
    }
    S.setUnbonding(ctx, { ...ubd, entries: keep });
    // Entries due later in this same second wait for the next block.
    for (const e of keep) if (e.completionTime.seconds <= now.seconds) S.enqueueUnbonding(ctx, e.completionTime.seconds, delegator, operator);
  }
  for (const slot of S.dequeueMatured(ctx, RED_QUEUE_PREFIX, now.seconds)) {
    const delegator = accAddress(slot.addrs[0]!);
    const src = valAddress(slot.addrs[1]!);
    const dst = valAddress(slot.addrs[2]!);
    const red = S.getRedelegation(ctx, delegator, src, dst);
    if (!red) continue;
    const keep = red.entries.filter((e) => !isTimeReached(e.completionTime, now));
    if (keep.length < red.entries.length) {
      ctx.emit(makeEvent("complete_redelegation", [["delegator", delegator], ["source_validator", src], ["destination_validator", dst]]));
    }
    S.setRedelegation(ctx, { ...red, entries: keep });
    for (const e of keep) if (e.completionTime.seconds <= now.seconds) S.enqueueRedelegation(ctx, e.completionTime.seconds, delegator, src, dst);
  }
  const last = S.lastPowers(ctx);
  for (const v of [...S.iterateValidators(ctx)]) {
    if (v.status === BondStatus.BOND_STATUS_UNBONDING && isTimeReached(v.unbondingTime, now)) {
      S.setValidator(ctx, { ...v, status: BondStatus.BOND_STATUS_UNBONDED });
    }
    const cur = S.getValidator(ctx, v.operator)!;
    if (cur.status === BondStatus.BOND_STATUS_UNBONDED && cur.shares === 0n && cur.tokens === 0n && !last.has(cur.operator)) {
      S.removeValidator(ctx, cur);
    }
  }
}
