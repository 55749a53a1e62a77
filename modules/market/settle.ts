import type { Context } from "../../chain/app/context.js";
import { ErrLogic } from "../../chain/errors/index.js";
import { emitMarket } from "./events.js";
import { MARKET_MODULE_ACCOUNT, type MarketKeeper } from "./keeper.js";
import { POSITION_CLASS } from "./keys.js";
import { computeCheckerPay, computeProRata, computeSlash } from "./math.js";
import { Status, type Contract, type Position } from "./types.js";

/**
 * Closing a contract: completion (pay position holders through their pools), an upheld dispute
 * (refund, slash bonds), or a timeout (refund, penalise missed deadlines). Each empties the
 * contract's escrow and bonds exactly, burns its live position NFTs and writes the terminal status.
 */

function pay(k: MarketKeeper, ctx: Context, to: string, denom: string, amount: bigint): void {
  if (amount > 0n) k.deps.bank.sendFromModuleToAccount(ctx, MARKET_MODULE_ACCOUNT, to, [{ denom, amount }]);
}

function burnCoins(k: MarketKeeper, ctx: Context, denom: string, amount: bigint): void {
  if (amount <= 0n) return;
  k.deps.bank.burn(ctx, MARKET_MODULE_ACCOUNT, [{ denom, amount }]);
  k.addBurned(ctx, denom, amount);
}

/** Checkers whose verdict matched the outcome, and the number of seats the incentive was cut into. */
function checkerSeats(c: Contract, approved: boolean): { seats: number; earned: string[] } {
  const earned = c.votes.filter((v) => v.approve === approved).map((v) => v.voter).filter((v) => c.committee.includes(v));
  let seats = c.committee.length;
  if (c.spotChecker !== "") {
    seats++;
    if ((c.spotResult === 1 && approved) || (c.spotResult === 2 && !approved)) earned.push(c.spotChecker);
  }
  return { seats, earned };
}

/** Pays checkers; returns the incentive left over. */
function payCheckers(k: MarketKeeper, ctx: Context, c: Contract, approved: boolean): bigint {
  const { seats, earned } = checkerSeats(c, approved);
  const cp = computeCheckerPay(c.incentive, seats, earned);
  for (const p of cp.paid) {
    pay(k, ctx, p.checker, c.denom, p.amount);
    emitMarket(ctx, "EventCheckerPaid", [["contract_id", c.id], ["checker", p.checker], ["amount", p.amount]]);
  }
  return cp.leftover;
}

/** A payee that cannot hold funds (a module account) is replaced by the position's provider. */
function payeeOf(k: MarketKeeper, ctx: Context, p: Position): string {
  const holder = k.deps.nft.ownerOf(ctx, POSITION_CLASS, p.nftId);
  if (holder === undefined || k.deps.accounts.isBlockedAddress(holder)) return p.provider;
  return holder;
}

function closePosition(k: MarketKeeper, ctx: Context, p: Position, paidTo: string, paidAmount: bigint): void {
  if (k.deps.nft.getNft(ctx, POSITION_CLASS, p.nftId)) k.deps.nft.burn(ctx, MARKET_MODULE_ACCOUNT, POSITION_CLASS, p.nftId);
  k.setPosition(ctx, { ...p, paidTo, paidAmount, settled: true });
}

function finish(k: MarketKeeper, ctx: Context, prev: Contract, status: number): void {
  k.saveContract(ctx, { ...prev, status, escrow: 0n, bonds: 0n, phaseDeadline: 0n, closedAt: ctx.block.timeSeconds }, prev);
}

/** Bonds cut by `slashBps`: the requester's part paid, the rest burned, the remainder returned to the provider. */
function slashBonds(k: MarketKeeper, ctx: Context, c: Contract, positions: Position[], slashBps: number, reason: string): void {
  const toReqBps = k.params(ctx).slashToRequesterBps;
  for (const p of positions) {
    if (p.bond === 0n) continue;
    const s = computeSlash(p.bond, slashBps, toReqBps);
    pay(k, ctx, c.requester, c.denom, s.toRequester);
    burnCoins(k, ctx, c.denom, s.burned);
    pay(k, ctx, p.provider, c.denom, s.returned);
    emitMarket(ctx, "EventBondSlashed", [
      ["contract_id", c.id], ["nft_id", p.nftId], ["provider", p.provider], ["reason", reason], ["slashed", s.slashed],
      ["to_requester", s.toRequester], ["burned", s.burned], ["returned", s.returned],
    ]);
  }
}

/** The result stands: holders of the position NFTs now are paid (after their pools' share), bonds go back. */
export function processComplete(k: MarketKeeper, ctx: Context, c: Contract): void {
  const positions = k.positionsOf(ctx, c.id);
  if (positions.length === 0) throw ErrLogic.raise(`contract ${c.id} completes without positions`);
  const leftover = payCheckers(k, ctx, c, true);
  const shares = computeProRata(c.price + leftover, positions.map((p) => p.units));
  positions.forEach((p, i) => {
    const gross = shares[i]!;
    const net = gross > 0n && k.deps.pools ? k.deps.pools.revenue.accrue(ctx, MARKET_MODULE_ACCOUNT, p.deviceId, c.denom, gross) : gross;
    if (net < 0n || net > gross) throw ErrLogic.raise(`pool revenue returned ${net} of ${gross}`);
    const payee = payeeOf(k, ctx, p);
    pay(k, ctx, payee, c.denom, net);
    pay(k, ctx, p.provider, c.denom, p.bond);
    emitMarket(ctx, "EventPositionPaid", [
      ["contract_id", c.id], ["nft_id", p.nftId], ["device_id", p.deviceId], ["payee", payee], ["gross", gross], ["net", net], ["bond_returned", p.bond],
    ]);
    closePosition(k, ctx, p, payee, net);
  });
  emitMarket(ctx, "EventContractCompleted", [["contract_id", c.id], ["price", c.price], ["incentive", c.incentive]]);
  finish(k, ctx, c, Status.CONTRACT_STATUS_COMPLETED);
}

/** The result is rejected: checkers paid, the rest of the escrow refunded, bonds slashed. */
export function processUphold(k: MarketKeeper, ctx: Context, c: Contract): void {
  const positions = k.positionsOf(ctx, c.id);
  const leftover = payCheckers(k, ctx, c, false);
  pay(k, ctx, c.requester, c.denom, c.price + leftover);
  slashBonds(k, ctx, c, positions, k.params(ctx).disputeSlashBps, "dispute");
  for (const p of positions) closePosition(k, ctx, p, "", 0n);
  emitMarket(ctx, "EventContractSlashed", [["contract_id", c.id], ["refunded", c.price + leftover]]);
  finish(k, ctx, c, Status.CONTRACT_STATUS_SLASHED);
}

/** Deadline passed without a result (or without a provider): full refund; accepted bonds lose the miss penalty. */
export function processExpire(k: MarketKeeper, ctx: Context, c: Contract): void {
  const positions = k.positionsOf(ctx, c.id);
  pay(k, ctx, c.requester, c.denom, c.escrow);
  slashBonds(k, ctx, c, positions, k.params(ctx).missSlashBps, "missed_deadline");
  for (const p of positions) closePosition(k, ctx, p, "", 0n);
  emitMarket(ctx, "EventContractExpired", [["contract_id", c.id], ["refunded", c.escrow], ["had_provider", positions.length > 0]]);
  finish(k, ctx, c, Status.CONTRACT_STATUS_EXPIRED);
}

/** Votes decide: more rejects than approves upholds the objection; ties and silence let the result stand. */
export function processResolveVotes(k: MarketKeeper, ctx: Context, c: Contract): void {
  const approves = c.votes.filter((v) => v.approve).length;
  const rejects = c.votes.length - approves;
  emitMarket(ctx, "EventVoteResolved", [["contract_id", c.id], ["approves", approves], ["rejects", rejects], ["committee", c.committee.length]]);
  if (rejects > approves) processUphold(k, ctx, c);
  else processComplete(k, ctx, c);
}
