/**
 * Timeless pools for carbon basket coins `carbon/<basket_id>`: the same messages as slot pools,
 * constant product at the schedule's base fee, always open, never expired (not even a year on),
 * no backing check, no class price index; same NFTs, invariants and refusals. Other denoms are
 * refused with code 15 and no state change.
 */
import { describe, expect, it } from "vitest";
import { isChainError } from "../../chain/errors/index.js";
import { basketDenom, validateBasketId } from "../carbon/baskets.js";
import { slotDenom } from "../pools/slots.js";
import { computeSwapExactIn, computeSwapExactOut, MINIMUM_LIQUIDITY } from "./curve.js";
import { parseBaseDenom, parseCarbonDenom } from "./denoms.js";
import { DEFAULT_FEE_SCHEDULE } from "./fees.js";
import { LP_CLASS_ID } from "./keys.js";
import { createAmmSpecKit, QUOTE, T0, type AmmSpecKit } from "./spec-kit.js";

const M = "/pogcs.amm.v1.";
const COIN = basketDenom("greenwh");
const YEAR = 365n * 24n * 3600n;
const FEE = DEFAULT_FEE_SCHEDULE.baseBps;

function setup(): { kit: AmmSpecKit; lp: string; trader: string; dl: () => string } {
  const kit = createAmmSpecKit();
  const [lp, trader] = [kit.addr(0), kit.addr(1)];
  for (const a of [lp, trader]) {
    kit.fund(a, COIN, 10_000_000n);
    kit.fund(a, QUOTE, 10n ** 12n);
  }
  return { kit, lp, trader, dl: () => (kit.time + 60n).toString() };
}

const addBody = (provider: string, deadline: string, o: Record<string, unknown> = {}) => ({ provider, slotDenom: COIN, baseMax: "1000000", quoteMax: "5000000000", minShares: "0", deadline, ...o });
const inBody = (trader: string, deadline: string, o: Record<string, unknown> = {}) => ({ trader, slotDenom: COIN, denomIn: QUOTE, amountIn: "10000000", minAmountOut: "1", deadline, ...o });
const outBody = (trader: string, deadline: string, o: Record<string, unknown> = {}) => ({ trader, slotDenom: COIN, denomIn: COIN, amountOut: "1000000", maxAmountIn: "1000000", deadline, ...o });

type PoolView = { pool: { slotDenom: string; slotClass: string; hourStart: string; baseReserve: string; quoteReserve: string; expired: boolean }; tradingOpen: boolean; feeBps: string; spotPrice: string; twapSinceOpen: string };
const poolQ = (kit: AmmSpecKit) => kit.query<{ pool: PoolView }>("Pool", { slotDenom: COIN }).pool;

function queryCode(fn: () => unknown): [number, string] {
  try {
    fn();
  } catch (e) {
    if (isChainError(e)) return [e.code, e.codespace];
    throw e;
  }
  return [0, ""];
}

describe("amm base denoms", () => {
  it("carbon/<id> parses exactly when modules/carbon accepts the basket id", () => {
    const ids = ["greenwh", "abc", "ab", "a1b2c3", "Abc", "1abc", "a-bc", "a".repeat(32), "a".repeat(33), "", "gch"];
    for (const id of ids) {
      let carbonOk = true;
      try {
        validateBasketId(id);
      } catch {
        carbonOk = false;
      }
      expect([id, parseCarbonDenom(basketDenom(id))]).toEqual([id, carbonOk ? id : undefined]);
    }
    expect(parseBaseDenom("carbon/greenwh/x")).toBeUndefined();
    expect(parseBaseDenom("ugcs")).toBeUndefined();
    expect(parseBaseDenom(slotDenom("a100", T0))?.kind).toBe("slot");
  });
});

describe("amm timeless pool of a carbon coin", () => {
  it("add, swap both ways at the base fee, remove; no class index, no expiry queue", () => {
    const { kit, lp, trader, dl } = setup();
    const added = kit.run(`${M}MsgAddLiquidity`, addBody(lp, dl()));
    expect(added.log).toBe("");
    expect(added.response).toMatchObject({ positionId: "1", nftId: "lp-1" });
    expect(kit.nft.keeper.ownerOf(kit.view(), LP_CLASS_ID, "lp-1")).toBe(lp);
    const pool = kit.amm.keeper.getPool(kit.view(), COIN)!;
    expect(pool).toMatchObject({ base: 1_000_000n, quote: 5_000_000_000n, slotClass: "", hourStart: 0n, expired: false });
    expect(kit.amm.keeper.isQueuedForExpiry(kit.view(), pool)).toBe(false);
    expect(kit.amm.keeper.dueForExpiry(kit.view(), T0 + 10n * YEAR)).toEqual([]);
    expect([...kit.amm.keeper.iterateClasses(kit.view())]).toEqual([]);

    // Buy coins with quote: plain constant product at the base fee.
    const buy = kit.run(`${M}MsgSwapExactIn`, inBody(trader, dl()));
    expect(buy.log).toBe("");
    const want = computeSwapExactIn(pool.quote, pool.base, 10_000_000n, FEE, 1n);
    expect(buy.response).toMatchObject({ amountOut: want.amountOut.toString(), fee: want.feeAmount.toString() });

    // Sell coins for an exact quote out; the Quote query agrees beforehand.
    const p1 = kit.amm.keeper.getPool(kit.view(), COIN)!;
    const want2 = computeSwapExactOut(p1.base, p1.quote, 1_000_000n, FEE, 1_000_000n);
    const q = kit.query<{ amountIn: string; feeBps: string; denomOut: string }>("Quote", { slotDenom: COIN, denomIn: COIN, amount: "1000000", exactOut: true, atTime: kit.time.toString() });
    expect(q).toMatchObject({ amountIn: want2.amountIn.toString(), feeBps: FEE.toString(), denomOut: QUOTE });
    const sell = kit.run(`${M}MsgSwapExactOut`, outBody(trader, dl()));
    expect(sell.log).toBe("");
    expect(sell.response).toMatchObject({ amountIn: want2.amountIn.toString() });

    const view = poolQ(kit);
    expect(view).toMatchObject({ tradingOpen: true, feeBps: FEE.toString() });
    expect(BigInt(view.spotPrice)).toBeGreaterThan(0n);
    const p2 = kit.amm.keeper.getPool(kit.view(), COIN)!;
    expect([kit.moduleBalance(COIN), kit.moduleBalance(QUOTE)]).toEqual([p2.base, p2.quote]);
    expect(kit.invariantFailures()).toEqual([]);

    // The LP removes everything: NFT burnt, only the locked share's reserves stay.
    const shares = (p2.shares - MINIMUM_LIQUIDITY).toString();
    const removed = kit.run(`${M}MsgRemoveLiquidity`, { owner: lp, positionId: "1", shares, minBase: "1", minQuote: "1", deadline: dl() });
    expect(removed.log).toBe("");
    expect(removed.response).toMatchObject({ positionClosed: true });
    expect(kit.nft.keeper.ownerOf(kit.view(), LP_CLASS_ID, "lp-1")).toBeUndefined();
    const p3 = kit.amm.keeper.getPool(kit.view(), COIN)!;
    expect(p3.shares).toBe(MINIMUM_LIQUIDITY);
    expect([kit.moduleBalance(COIN), kit.moduleBalance(QUOTE)]).toEqual([p3.base, p3.quote]);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("never closes or expires: a year of end blocks later it trades at the base fee and keeps its coins", () => {
    const { kit, lp, trader, dl } = setup();
    expect(kit.run(`${M}MsgAddLiquidity`, addBody(lp, dl())).log).toBe("");
    kit.endBlock();
    const before = kit.amm.keeper.getPool(kit.view(), COIN)!;
    for (const step of [3600n, 24n * 3600n, 30n * 24n * 3600n, YEAR]) {
      kit.time = T0 + step;
      kit.height++;
      kit.endBlock();
    }
    const after = kit.amm.keeper.getPool(kit.view(), COIN)!;
    expect(after).toMatchObject({ expired: false, base: before.base, quote: before.quote });
    expect(kit.moduleBalance(COIN)).toBe(before.base);
    expect(poolQ(kit)).toMatchObject({ tradingOpen: true, feeBps: FEE.toString() });

    const buy = kit.run(`${M}MsgSwapExactIn`, inBody(trader, dl()));
    expect(buy.log).toBe("");
    expect(buy.response).toMatchObject({ amountOut: computeSwapExactIn(after.quote, after.base, 10_000_000n, FEE, 1n).amountOut.toString() });
    expect(kit.run(`${M}MsgAddLiquidity`, addBody(trader, dl(), { baseMax: "1000" })).log).toBe("");
    kit.endBlock();
    const twap = BigInt(poolQ(kit).twapSinceOpen);
    expect(twap).toBe((before.quote * 10n ** 18n) / before.base); // one year at the opening price
    expect([...kit.amm.keeper.iterateClasses(kit.view())]).toEqual([]);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("genesis round trip keeps the pool timeless (not queued) and every invariant", () => {
    const { kit, lp, trader, dl } = setup();
    expect(kit.run(`${M}MsgAddLiquidity`, addBody(lp, dl())).log).toBe("");
    expect(kit.run(`${M}MsgSwapExactIn`, inBody(trader, dl())).log).toBe("");
    const g = kit.exportGenesis();
    const again = createAmmSpecKit(g);
    expect(again.invariantFailures()).toEqual([]);
    expect(again.exportGenesis()).toEqual(g);
    expect(again.amm.keeper.dueForExpiry(again.view(), T0 + 10n * YEAR)).toEqual([]);
  });
});

describe("amm timeless pool refusals: own code, no state change", () => {
  const rows: Array<{ name: string; code: number; msg: string; body: (w: { lp: string; trader: string; dl: string }) => Record<string, unknown> }> = [
    { name: "quote denom as base", code: 15, msg: "MsgAddLiquidity", body: (w) => addBody(w.trader, w.dl, { slotDenom: "ugcs" }) },
    { name: "unknown denom foo", code: 15, msg: "MsgSwapExactIn", body: (w) => inBody(w.trader, w.dl, { slotDenom: "foo" }) },
    { name: "carbon id too short", code: 15, msg: "MsgSwapExactOut", body: (w) => outBody(w.trader, w.dl, { slotDenom: "carbon/ab" }) },
    { name: "carbon id upper case", code: 15, msg: "MsgAddLiquidity", body: (w) => addBody(w.trader, w.dl, { slotDenom: "carbon/GreenWh" }) },
    { name: "no pool for another basket", code: 13, msg: "MsgSwapExactIn", body: (w) => inBody(w.trader, w.dl, { slotDenom: "carbon/otherbasket" }) },
    { name: "zero in", code: 2, msg: "MsgSwapExactIn", body: (w) => inBody(w.trader, w.dl, { amountIn: "0" }) },
    { name: "slippage", code: 4, msg: "MsgSwapExactIn", body: (w) => inBody(w.trader, w.dl, { minAmountOut: "999999999" }) },
    { name: "overflow", code: 5, msg: "MsgAddLiquidity", body: (w) => addBody(w.trader, w.dl, { quoteMax: (1n << 128n).toString() }) },
    { name: "deadline", code: 11, msg: "MsgSwapExactOut", body: (w) => outBody(w.trader, "1") },
    { name: "denom in of no pool", code: 17, msg: "MsgSwapExactIn", body: (w) => inBody(w.trader, w.dl, { denomIn: "carbon/otherbasket" }) },
    { name: "whole reserve out", code: 3, msg: "MsgSwapExactOut", body: (w) => outBody(w.trader, w.dl, { denomIn: QUOTE, amountOut: "1000000", maxAmountIn: (10n ** 30n).toString() }) },
    { name: "more shares than the position", code: 20, msg: "MsgRemoveLiquidity", body: (w) => ({ owner: w.lp, positionId: "1", shares: "99999999999", minBase: "0", minQuote: "0", deadline: w.dl }) },
  ];
  for (const row of rows) {
    it(`${row.name} -> amm ${row.code}`, () => {
      const { kit, lp, trader, dl } = setup();
      expect(kit.run(`${M}MsgAddLiquidity`, addBody(lp, dl())).log).toBe("");
      kit.time += YEAR;
      const before = kit.hash();
      const r = kit.run(`${M}${row.msg}`, row.body({ lp, trader, dl: dl() }));
      expect([r.code, r.codespace], r.log).toEqual([row.code, "amm"]);
      expect(kit.hash()).toBe(before);
      expect(kit.invariantFailures()).toEqual([]);
    });
  }

  it("the Pool query refuses other denoms with code 15 and unknown baskets with 13", () => {
    const { kit } = setup();
    expect(queryCode(() => kit.query("Pool", { slotDenom: "foo" }))).toEqual([15, "amm"]);
    expect(queryCode(() => kit.query("Pool", { slotDenom: "ugcs" }))).toEqual([15, "amm"]);
    expect(queryCode(() => kit.query("Pool", { slotDenom: COIN }))).toEqual([13, "amm"]);
  });
});
