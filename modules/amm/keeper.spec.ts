import { describe, expect, it } from "vitest";
import { slotDenom } from "../pools/slots.js";
import { MINIMUM_LIQUIDITY, computeSwapExactIn } from "./curve.js";
import { DEFAULT_FEE_SCHEDULE, computeFeeBps } from "./fees.js";
import { LP_CLASS_ID } from "./keys.js";
import { createAmmSpecKit, QUOTE, T0, type AmmSpecKit } from "./spec-kit.js";
import { isqrt } from "./isqrt.js";

const M = "/pogcs.amm.v1.";
const HOUR = 3600n;
/** The slot starting a day after T0. */
const SLOT_START = T0 + 24n * HOUR;
const SLOT = slotDenom("rtx4090", SLOT_START);

function setup(): { kit: AmmSpecKit; lp: string; buyer: string } {
  const kit = createAmmSpecKit();
  const lp = kit.addr(0);
  const buyer = kit.addr(1);
  kit.mintSlot(SLOT, [lp, buyer], 1_000_000n);
  kit.fund(lp, QUOTE, 10_000_000_000n);
  kit.fund(buyer, QUOTE, 10_000_000_000n);
  return { kit, lp, buyer };
}

const deadline = (kit: AmmSpecKit) => (kit.time + 60n).toString();

function add(kit: AmmSpecKit, provider: string, base: bigint, quote: bigint, minShares = 0n) {
  return kit.run(`${M}MsgAddLiquidity`, { provider, slotDenom: SLOT, baseMax: base.toString(), quoteMax: quote.toString(), minShares: minShares.toString(), deadline: deadline(kit) });
}

describe("amm keeper: liquidity", () => {
  it("the first deposit creates the pool, locks MINIMUM_LIQUIDITY and mints position NFT lp-1 to the provider", () => {
    const { kit, lp } = setup();
    const r = add(kit, lp, 100_000n, 1_000_000_000n);
    expect(r.code).toBe(0);
    const total = isqrt(100_000n * 1_000_000_000n);
    expect(r.response).toMatchObject({ positionId: "1", nftId: "lp-1", shares: (total - MINIMUM_LIQUIDITY).toString() });
    expect(kit.nft.keeper.ownerOf(kit.view(), LP_CLASS_ID, "lp-1")).toBe(lp);
    expect(kit.moduleBalance(SLOT)).toBe(100_000n);
    expect(kit.moduleBalance(QUOTE)).toBe(1_000_000_000n);
    const pool = kit.amm.keeper.getPool(kit.view(), SLOT)!;
    expect(pool).toMatchObject({ base: 100_000n, quote: 1_000_000_000n, shares: total, slotClass: "rtx4090", hourStart: SLOT_START, expired: false });
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("a later deposit takes the pool ratio (rounded up) and refuses fewer shares than min_shares", () => {
    const { kit, lp, buyer } = setup();
    add(kit, lp, 100_000n, 1_000_000_000n);
    const before = kit.amm.keeper.getPool(kit.view(), SLOT)!;
    const slip = add(kit, buyer, 1_000n, 1_000_000_000n, 10n ** 12n);
    expect([slip.code, slip.codespace]).toEqual([4, "amm"]);
    const r = add(kit, buyer, 1_000n, 1_000_000_000n);
    expect(r.code).toBe(0);
    const shares = (1_000n * before.shares) / before.base;
    expect(r.response).toMatchObject({ positionId: "2", shares: shares.toString(), base: "1000" });
    expect(BigInt(r.response!["quote"] as string)).toBe((shares * before.quote + before.shares - 1n) / before.shares);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("only the NFT's current owner removes; a transferred NFT moves the shares; emptying burns it", () => {
    const { kit, lp, buyer } = setup();
    add(kit, lp, 100_000n, 1_000_000_000n);
    const shares = kit.amm.keeper.getPosition(kit.view(), 1n)!.shares;
    const rm = (owner: string, s: bigint) =>
      kit.run(`${M}MsgRemoveLiquidity`, { owner, positionId: "1", shares: s.toString(), minBase: "0", minQuote: "0", deadline: deadline(kit) });
    expect([rm(buyer, 1n).code, rm(buyer, 1n).codespace]).toEqual([12, "amm"]);
    expect(kit.atomic((ctx) => kit.nft.keeper.transfer(ctx, { account: lp }, LP_CLASS_ID, "lp-1", buyer)).code).toBe(0);
    expect(rm(lp, 1n).code).toBe(12);
    expect(rm(buyer, shares + 1n).code).toBe(20);
    const q0 = kit.balance(buyer, QUOTE);
    const half = rm(buyer, shares / 2n);
    expect(half.code).toBe(0);
    expect(half.response).toMatchObject({ positionClosed: false });
    const rest = rm(buyer, shares - shares / 2n);
    expect(rest.response).toMatchObject({ positionClosed: true });
    expect(kit.nft.keeper.ownerOf(kit.view(), LP_CLASS_ID, "lp-1")).toBeUndefined();
    expect(kit.amm.keeper.getPosition(kit.view(), 1n)).toBeUndefined();
    const pool = kit.amm.keeper.getPool(kit.view(), SLOT)!;
    expect(pool.shares).toBe(MINIMUM_LIQUIDITY);
    expect(kit.balance(buyer, QUOTE) - q0 + pool.quote).toBe(1_000_000_000n);
    expect(kit.invariantFailures()).toEqual([]);
  });
});

describe("amm keeper: swaps", () => {
  it("exact in: buys slot tokens at the constant-product price with the time-to-slot fee", () => {
    const { kit, lp, buyer } = setup();
    add(kit, lp, 100_000n, 1_000_000_000n);
    const fee = computeFeeBps(SLOT_START - kit.time, DEFAULT_FEE_SCHEDULE);
    expect(fee).toBe(30n);
    const want = computeSwapExactIn(1_000_000_000n, 100_000n, 10_000_000n, fee);
    const b0 = kit.balance(buyer, SLOT);
    const r = kit.run(`${M}MsgSwapExactIn`, { trader: buyer, slotDenom: SLOT, denomIn: QUOTE, amountIn: "10000000", minAmountOut: "1", deadline: deadline(kit) });
    expect(r.code).toBe(0);
    expect(r.response).toMatchObject({ amountOut: want.amountOut.toString(), fee: want.feeAmount.toString() });
    expect(kit.balance(buyer, SLOT) - b0).toBe(want.amountOut);
    const pool = kit.amm.keeper.getPool(kit.view(), SLOT)!;
    expect([pool.quote, pool.base]).toEqual([want.reserveIn, want.reserveOut]);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("exact out sells slot tokens for an exact quote amount; the Quote query predicts it", () => {
    const { kit, lp, buyer } = setup();
    add(kit, lp, 100_000n, 1_000_000_000n);
    kit.endBlock(); // sets the module clock the query prices the fee at
    const q = kit.query<{ amountIn: string; amountOut: string; denomOut: string }>("Quote", { slotDenom: SLOT, denomIn: SLOT, amount: "5000000", exactOut: true });
    const r = kit.run(`${M}MsgSwapExactOut`, { trader: buyer, slotDenom: SLOT, denomIn: SLOT, amountOut: "5000000", maxAmountIn: "1000000", deadline: deadline(kit) });
    expect(r.code).toBe(0);
    expect(r.response!["amountIn"]).toBe(q.amountIn);
    expect(q.denomOut).toBe(QUOTE);
    const tight = kit.run(`${M}MsgSwapExactOut`, { trader: buyer, slotDenom: SLOT, denomIn: SLOT, amountOut: "5000000", maxAmountIn: "1", deadline: deadline(kit) });
    expect(tight.code).toBe(4);
  });

  it("the fee rises over the ramp; trading closes before the hour (6); refuses unbacked (14), unminted (18), past deadline (11)", () => {
    const { kit, lp, buyer } = setup();
    add(kit, lp, 100_000n, 1_000_000_000n);
    const buy = (o: Record<string, string> = {}) =>
      kit.run(`${M}MsgSwapExactIn`, { trader: buyer, slotDenom: SLOT, denomIn: QUOTE, amountIn: "1000000", minAmountOut: "0", deadline: deadline(kit), ...o });
    kit.time = SLOT_START - DEFAULT_FEE_SCHEDULE.closeSeconds - 1n;
    const near = buy();
    expect(near.code).toBe(0);
    expect(BigInt(near.response!["fee"] as string)).toBe(10_000n); // 100 bps of 1e6
    expect(buy({ deadline: (kit.time - 1n).toString() }).code).toBe(11);
    kit.time = SLOT_START - DEFAULT_FEE_SCHEDULE.closeSeconds;
    expect(buy().code).toBe(6);
    kit.time = T0;
    kit.slots.get(SLOT)!.backed = false;
    expect(buy().code).toBe(14);
    kit.slots.delete(SLOT);
    expect(buy().code).toBe(18);
  });
});

describe("amm keeper: expiry and price index", () => {
  it("at the end of the hour the slot inventory is burnt, quote stays for LPs, swaps refuse with 10", () => {
    const { kit, lp, buyer } = setup();
    add(kit, lp, 100_000n, 1_000_000_000n);
    const supply0 = kit.bank.getSupply(kit.view(), SLOT);
    kit.time = SLOT_START + HOUR - 1n;
    kit.endBlock();
    expect(kit.amm.keeper.getPool(kit.view(), SLOT)!.expired).toBe(false);
    kit.time = SLOT_START + HOUR;
    kit.endBlock();
    const pool = kit.amm.keeper.getPool(kit.view(), SLOT)!;
    expect(pool).toMatchObject({ expired: true, base: 0n, quote: 1_000_000_000n });
    expect(kit.bank.getSupply(kit.view(), SLOT)).toBe(supply0 - 100_000n);
    expect(kit.moduleBalance(SLOT)).toBe(0n);
    const swap = kit.run(`${M}MsgSwapExactIn`, { trader: buyer, slotDenom: SLOT, denomIn: QUOTE, amountIn: "1000", minAmountOut: "0", deadline: deadline(kit) });
    expect(swap.code).toBe(10);
    const shares = kit.amm.keeper.getPosition(kit.view(), 1n)!.shares;
    const r = kit.run(`${M}MsgRemoveLiquidity`, { owner: lp, positionId: "1", shares: shares.toString(), minBase: "0", minQuote: "1", deadline: deadline(kit) });
    expect(r.code).toBe(0);
    expect(r.response).toMatchObject({ base: "0", quote: ((shares * pool.quote) / pool.shares).toString(), positionClosed: true });
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("PriceIndex is the time-weighted Σquote/Σbase of the class's live pools", () => {
    const { kit, lp, buyer } = setup();
    const other = slotDenom("rtx4090", SLOT_START + HOUR);
    kit.mintSlot(other, [lp], 1_000_000n);
    add(kit, lp, 100_000n, 1_000_000_000n); // 10_000 quote per slot token
    kit.endBlock();
    const p1 = (1_000_000_000n * 10n ** 18n) / 100_000n;
    kit.time += 600n;
    kit.endBlock();
    kit.run(`${M}MsgAddLiquidity`, { provider: lp, slotDenom: other, baseMax: "100000", quoteMax: "3000000000", minShares: "0", deadline: deadline(kit) });
    const p2 = (4_000_000_000n * 10n ** 18n) / 200_000n;
    kit.time += 1200n;
    kit.endBlock();
    const ix = kit.query<{ price: string; startTime: string; endTime: string; spotPrice: string }>("PriceIndex", { slotClass: "rtx4090", windowSeconds: "1800" });
    expect(ix.startTime).toBe(T0.toString());
    expect(ix.endTime).toBe((T0 + 1800n).toString());
    expect(BigInt(ix.price)).toBe((p1 * 600n + p2 * 1200n) / 1800n);
    expect(ix.spotPrice).toBe(p2.toString());
    void buyer;
    expect(kit.query<{ price: string }>("PriceIndex", { slotClass: "rtx4090", windowSeconds: "1200" }).price).toBe(p2.toString());
  });
});
