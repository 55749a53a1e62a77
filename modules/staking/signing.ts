import type { Context, Misbehavior } from "../../chain/app/context.js";
import { makeEvent } from "../../chain/events/types.js";
import { stakingStore as S } from "./store.js";
import type { StakingKeeper } from "./keeper.js";
import { DEC_ONE } from "./dec.js";
import { valconsAddress } from "./types.js";
import { DOUBLE_SIGN_JAIL_END, newSigningInfo, processJail, processSlash, processTombstone } from "./slash.js";

/**
 * x/slashing liveness from the previous block's commit votes. Each validator has a ring of
 * `signed_blocks_window` bits; when its missed count exceeds window - round(min_signed * window)
 * after its first full window, it is slashed `slash_fraction_downtime` (for the height two blocks
 * back, as the SDK with ValidatorUpdateDelay = 1), jailed for `downtime_jail_duration`, and its
 * window restarts. Votes from unknown addresses are ignored.
 */
export function processLiveness(k: StakingKeeper, ctx: Context): void {
  const votes = ctx.block.extras?.lastCommitVotes ?? [];
  if (votes.length === 0) return;
  const p = S.slashingParams(ctx);
  const window = p.signedBlocksWindow;
  const minSigned = (p.minSignedPerWindow * window + DEC_ONE / 2n) / DEC_ONE; // rounded half up
  const maxMissed = window - minSigned;
  const height = ctx.block.height;
  for (const vote of votes) {
    const v = k.getValidatorByConsAddr(ctx, vote.address);
    if (!v) continue;
    const cons = vote.address;
    const info = S.getSigningInfo(ctx, cons) ?? newSigningInfo(cons, height);
    const index = info.indexOffset % window;
    info.indexOffset += 1n;
    const previous = S.isMissed(ctx, cons, index);
    const missed = !vote.signed;
    if (!previous && missed) {
      S.setMissed(ctx, cons, index, true);
      info.missedBlocksCounter += 1n;
    } else if (previous && !missed) {
      S.setMissed(ctx, cons, index, false);
      info.missedBlocksCounter -= 1n;
    }
    if (missed) {
      ctx.emit(makeEvent("liveness", [["address", valconsAddress(cons)], ["missed_blocks", info.missedBlocksCounter.toString()], ["height", height.toString()]]));
    }
    if (height > info.startHeight + window && info.missedBlocksCounter > maxMissed && !v.jailed) {
      S.setSigningInfo(ctx, cons, info);
      const distributionHeight = height > 2n ? height - 2n : 0n;
      processSlash(k, ctx, cons, distributionHeight, { num: p.slashFractionDowntime, den: DEC_ONE }, "missing_signature");
      processJail(k, ctx, cons, ctx.block.timeSeconds + p.downtimeJailDurationSeconds);
      const after = S.getSigningInfo(ctx, cons)!;
      S.clearMissed(ctx, cons);
      S.setSigningInfo(ctx, cons, { ...after, missedBlocksCounter: 0n, indexOffset: 0n });
      continue;
    }
    S.setSigningInfo(ctx, cons, info);
  }
}

/** True when evidence is too old on both clocks (the SDK's max_age_num_blocks AND max_age_duration). */
export function isEvidenceExpired(ctx: Context, m: Misbehavior, maxBlocks: bigint, maxSeconds: bigint): boolean {
  const ageBlocks = ctx.block.height - m.height;
  const ageSeconds = ctx.block.timeSeconds - m.timeSeconds;
  return ageBlocks > maxBlocks && ageSeconds > maxSeconds;
}

/**
 * x/evidence equivocation: slash `slash_fraction_double_sign` for the infraction height (minus
 * the update delay), jail forever and tombstone. Tombstoned, unknown and expired cases are ignored.
 */
export function processMisbehavior(k: StakingKeeper, ctx: Context): void {
  const list = ctx.block.extras?.misbehavior ?? [];
  if (list.length === 0) return;
  const p = S.slashingParams(ctx);
  for (const m of list) {
    if (m.type !== "duplicate_vote" || m.height > ctx.block.height) continue;
    const v = k.getValidatorByConsAddr(ctx, m.validatorAddress);
    if (!v) continue;
    const cons = m.validatorAddress;
    if (S.getSigningInfo(ctx, cons)?.tombstoned) continue;
    if (isEvidenceExpired(ctx, m, p.maxEvidenceAgeBlocks, p.maxEvidenceAgeSeconds)) continue;
    const distributionHeight = m.height > 1n ? m.height - 1n : 0n;
    processSlash(k, ctx, cons, distributionHeight, { num: p.slashFractionDoubleSign, den: DEC_ONE }, "double_sign");
    processJail(k, ctx, cons, DOUBLE_SIGN_JAIL_END);
    processTombstone(ctx, cons);
  }
}
