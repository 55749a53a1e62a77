import type { Context } from "../../chain/app/context.js";
import type { MarketKeeper } from "./keeper.js";
import { processComplete, processExpire, processResolveVotes } from "./settle.js";
import { Status } from "./types.js";

/**
 * End block: contracts whose deadline or window has passed, oldest first, at most
 * max_timeouts_per_block of them (the rest stay queued for the next block).
 *  - open or active at the deadline: refunded (an accepted provider's bond pays the miss penalty);
 *  - submitted at the end of the review window (requester silent, spot checker silent): completes;
 *  - voting at the end of the vote window: resolved by the votes cast.
 */
export function processTimeouts(k: MarketKeeper, ctx: Context): void {
  const now = ctx.block.timeSeconds;
  const due = k.dueContractIds(ctx, now, k.params(ctx).maxTimeoutsPerBlock);
  for (const id of due) {
    const c = k.requireContract(ctx, id);
    switch (c.status) {
      case Status.CONTRACT_STATUS_OPEN:
      case Status.CONTRACT_STATUS_ACTIVE:
        processExpire(k, ctx, c);
        break;
      case Status.CONTRACT_STATUS_SUBMITTED:
        processComplete(k, ctx, c);
        break;
      case Status.CONTRACT_STATUS_VOTING:
        processResolveVotes(k, ctx, c);
        break;
    }
  }
}
