import type { Context } from "../../chain/app/context.js";
import { accAddress, parseValAddress } from "../../chain/codec/address.js";
import { makeEvent } from "../../chain/events/types.js";
import { moduleAddress } from "../auth/keeper.js";
import { FEE_COLLECTOR } from "../bank/module.js";
import { POGCS_MODULE_ACCOUNT, type PogcsKeeper } from "./keeper.js";
import { clipToMaxSupply, decayOnce, isDecayHeight } from "./emission.js";
import { splitByPermille, splitProRata } from "./distribution.js";

/**
 * Each block: mint the scheduled emission, take the fee collector's balance of the emission denom,
 * burn its burn share (rounded down), and split the rest plus last block's staker dust:
 * stakers now (pro rata to capped consensus power, then to the validator's reward recipients),
 * the two device pools at settlement. Every rounding remainder stays in the ledger.
 */
export function processBlockRewards(k: PogcsKeeper, ctx: Context): void {
  const s = k.emission(ctx);
  const p = k.params(ctx);
  const l = k.ledger(ctx);
  const h = ctx.block.height;
  if (isDecayHeight(h, s)) l.currentPerBlock = decayOnce(l.currentPerBlock, s);
  const minted = clipToMaxSupply(l.currentPerBlock, l.genesisSupply, l.emitted, s.maxSupply);
  if (minted > 0n) {
    k.bank.mint(ctx, POGCS_MODULE_ACCOUNT, [{ denom: s.denom, amount: minted }]);
    l.emitted += minted;
  }
  const fees = k.bank.getBalance(ctx, moduleAddress(FEE_COLLECTOR), s.denom);
  let burned = 0n;
  if (fees > 0n) {
    k.bank.sendFromModuleToModule(ctx, FEE_COLLECTOR, POGCS_MODULE_ACCOUNT, [{ denom: s.denom, amount: fees }]);
    l.feesCollected += fees;
    burned = (fees * p.feeBurnPermille) / 1000n;
    if (burned > 0n) {
      k.bank.burn(ctx, POGCS_MODULE_ACCOUNT, [{ denom: s.denom, amount: burned }]);
      l.burned += burned;
    }
  }
  const amount = minted + fees - burned + l.stakerDust;
  const split = splitByPermille(amount, p.stakersPermille, p.capacityPoolPermille);
  const table = k.powerTable(ctx).filter((t) => t.power > 0n);
  const byPower = splitProRata(split.stakers, table.map((t) => t.power));
  let dust = byPower.remainder;
  let credited = 0n;
  table.forEach((t, i) => {
    const share = byPower.shares[i]!;
    if (share === 0n) return;
    const recipients = k.staking.rewardRecipients?.(ctx, t.operator) ?? [{ address: accAddress(parseValAddress(t.operator)), weight: 1n }];
    const inner = splitProRata(share, recipients.map((r) => r.weight));
    recipients.forEach((r, j) => {
      k.credit(ctx, r.address, inner.shares[j]!);
      credited += inner.shares[j]!;
    });
    dust += inner.remainder;
  });
  k.setLedger(ctx, {
    ...l, stakerDust: dust, capacityPool: l.capacityPool + split.capacity, workPool: l.workPool + split.work, distributed: l.distributed + credited,
  });
  if (minted > 0n || fees > 0n) {
    ctx.emit(makeEvent("pogcs_block_rewards", [["minted", minted.toString()], ["fees", fees.toString()], ["burned", burned.toString()], ["stakers", credited.toString()]]));
  }
}
