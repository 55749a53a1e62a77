/**
 * Every refused input gets its own amm code and leaves the whole state (app hash over auth, bank,
 * nft, amm) unchanged. One pool with liquidity and a position owned by the LP is the backdrop.
 */
import { describe, expect, it } from "vitest";
import { slotDenom } from "../pools/slots.js";
import { DEFAULT_FEE_SCHEDULE } from "./fees.js";
import { createAmmSpecKit, QUOTE, T0, type AmmSpecKit } from "./spec-kit.js";

const M = "/pogcs.amm.v1.";
const SLOT_START = T0 + 24n * 3600n;
const SLOT = slotDenom("a100", SLOT_START);
const NO_POOL = slotDenom("a100", SLOT_START + 3600n);
const OVER = (1n << 128n).toString();

function backdrop(): { kit: AmmSpecKit; lp: string; stranger: string } {
  const kit = createAmmSpecKit();
  const lp = kit.addr(0);
  const stranger = kit.addr(1);
  kit.mintSlot(SLOT, [lp, stranger], 1_000_000n);
  kit.mintSlot(NO_POOL, [lp], 1_000n);
  kit.fund(lp, QUOTE, 10n ** 12n);
  kit.fund(stranger, QUOTE, 10n ** 12n);
  const r = kit.run(`${M}MsgAddLiquidity`, { provider: lp, slotDenom: SLOT, baseMax: "100000", quoteMax: "1000000000", minShares: "0", deadline: (T0 + 10n).toString() });
  expect(r.code).toBe(0);
  kit.endBlock();
  return { kit, lp, stranger };
}

type Row = { name: string; code: number; codespace?: string; msg: string; body: (w: { lp: string; stranger: string; dl: string }) => Record<string, unknown>; setup?: (kit: AmmSpecKit) => void };

const swapIn = (w: { stranger: string; dl: string }, o: Record<string, unknown> = {}) => ({ trader: w.stranger, slotDenom: SLOT, denomIn: QUOTE, amountIn: "1000000", minAmountOut: "0", deadline: w.dl, ...o });
const swapOut = (w: { stranger: string; dl: string }, o: Record<string, unknown> = {}) => ({ trader: w.stranger, slotDenom: SLOT, denomIn: QUOTE, amountOut: "100", maxAmountIn: "100000000", deadline: w.dl, ...o });
const addL = (w: { stranger: string; dl: string }, o: Record<string, unknown> = {}) => ({ provider: w.stranger, slotDenom: SLOT, baseMax: "1000", quoteMax: "10000000", minShares: "0", deadline: w.dl, ...o });
const rem = (w: { lp: string; dl: string }, o: Record<string, unknown> = {}) => ({ owner: w.lp, positionId: "1", shares: "1000", minBase: "0", minQuote: "0", deadline: w.dl, ...o });

const ROWS: Row[] = [
  { name: "zero amount in", code: 2, msg: "MsgSwapExactIn", body: (w) => swapIn(w, { amountIn: "0" }) },
  { name: "zero amount out", code: 2, msg: "MsgSwapExactOut", body: (w) => swapOut(w, { amountOut: "0" }) },
  { name: "zero base deposit", code: 2, msg: "MsgAddLiquidity", body: (w) => addL(w, { baseMax: "0" }) },
  { name: "zero shares removed", code: 2, msg: "MsgRemoveLiquidity", body: (w) => rem(w, { shares: "0" }) },
  { name: "swap output rounds to zero", code: 2, msg: "MsgSwapExactIn", body: (w) => swapIn(w, { amountIn: "1" }) },
  { name: "exact out of the whole reserve", code: 3, msg: "MsgSwapExactOut", body: (w) => swapOut(w, { denomIn: QUOTE, amountOut: "100000" }) },
  { name: "slippage: min out", code: 4, msg: "MsgSwapExactIn", body: (w) => swapIn(w, { minAmountOut: "1000000" }) },
  { name: "slippage: max in", code: 4, msg: "MsgSwapExactOut", body: (w) => swapOut(w, { maxAmountIn: "1" }) },
  { name: "slippage: min shares", code: 4, msg: "MsgAddLiquidity", body: (w) => addL(w, { minShares: "99999999999" }) },
  { name: "slippage: min quote on removal", code: 4, msg: "MsgRemoveLiquidity", body: (w) => rem(w, { minQuote: "99999999999" }) },
  { name: "overflow amount in", code: 5, msg: "MsgSwapExactIn", body: (w) => swapIn(w, { amountIn: OVER }) },
  { name: "overflow max in", code: 5, msg: "MsgSwapExactOut", body: (w) => swapOut(w, { maxAmountIn: OVER }) },
  { name: "overflow deposit", code: 5, msg: "MsgAddLiquidity", body: (w) => addL(w, { quoteMax: OVER }) },
  { name: "overflow shares", code: 5, msg: "MsgRemoveLiquidity", body: (w) => rem(w, { shares: "9".repeat(200) }) },
  { name: "malformed amount", code: 7, msg: "MsgSwapExactIn", body: (w) => swapIn(w, { amountIn: "-5" }) },
  { name: "closed before the hour", code: 6, msg: "MsgSwapExactIn", body: (w) => swapIn(w), setup: (kit) => void (kit.time = SLOT_START - DEFAULT_FEE_SCHEDULE.closeSeconds) },
  { name: "expired slot", code: 10, msg: "MsgSwapExactIn", body: (w) => swapIn(w), setup: (kit) => void (kit.time = SLOT_START + 3600n) },
  { name: "expired slot deposit", code: 10, msg: "MsgAddLiquidity", body: (w) => addL(w), setup: (kit) => void (kit.time = SLOT_START + 7200n) },
  { name: "past deadline", code: 11, msg: "MsgSwapExactIn", body: (w) => swapIn(w, { deadline: (T0 - 1n).toString() }) },
  { name: "past deadline removal", code: 11, msg: "MsgRemoveLiquidity", body: (w) => rem(w, { deadline: "0" }) },
  { name: "wrong nft owner", code: 12, msg: "MsgRemoveLiquidity", body: (w) => rem(w, { owner: w.stranger }) },
  { name: "unknown pool", code: 13, msg: "MsgSwapExactIn", body: (w) => swapIn(w, { slotDenom: NO_POOL }) },
  { name: "unbacked slot", code: 14, msg: "MsgSwapExactIn", body: (w) => swapIn(w), setup: (kit) => void (kit.slots.get(SLOT)!.backed = false) },
  { name: "unbacked slot deposit", code: 14, msg: "MsgAddLiquidity", body: (w) => addL(w), setup: (kit) => void (kit.slots.get(SLOT)!.backed = false) },
  { name: "not a slot denom", code: 15, msg: "MsgSwapExactIn", body: (w) => swapIn(w, { slotDenom: "ugcs" }) },
  { name: "slot hour not a calendar hour", code: 15, msg: "MsgAddLiquidity", body: (w) => addL(w, { slotDenom: "gch/a100/2026023012" }) },
  { name: "unknown position", code: 16, msg: "MsgRemoveLiquidity", body: (w) => rem(w, { positionId: "99" }) },
  { name: "denom in of another pool", code: 17, msg: "MsgSwapExactIn", body: (w) => swapIn(w, { denomIn: NO_POOL }) },
  { name: "never minted slot", code: 18, msg: "MsgSwapExactIn", body: (w) => swapIn(w), setup: (kit) => void kit.slots.delete(SLOT) },
  { name: "more shares than the position", code: 20, msg: "MsgRemoveLiquidity", body: (w) => rem(w, { shares: "99999999999" }) },
  { name: "params by a non-authority", code: 4, codespace: "sdk", msg: "MsgUpdateParams", body: (w) => ({ authority: w.lp, params: { quoteDenom: "ugcs", baseFeeBps: "30", maxFeeBps: "100", rampSeconds: "3600", closeSeconds: "900", observationIntervalSeconds: "60", maxObservations: "100" } }) },
  { name: "invalid params", code: 19, msg: "MsgUpdateParams", body: (w) => ({ authority: w.lp, params: { quoteDenom: "ugcs", baseFeeBps: "300", maxFeeBps: "100", rampSeconds: "3600", closeSeconds: "900", observationIntervalSeconds: "60", maxObservations: "100" } }) },
];

describe("amm bad input: own code, no state change", () => {
  it("codes are distinct per kind of refusal (one code per rule)", () => {
    const byCode = new Map<string, Set<string>>();
    for (const r of ROWS) {
      const key = `${r.codespace ?? "amm"}/${r.code}`;
      const kind = r.name.split(":")[0]!.replace(/ (deposit|removal|in|out)$/, "");
      byCode.set(key, (byCode.get(key) ?? new Set()).add(kind));
    }
    expect(byCode.size).toBeGreaterThanOrEqual(16);
  });

  it("control: the same swap with good input succeeds and changes the hash", () => {
    const { kit, lp, stranger } = backdrop();
    const before = kit.hash();
    expect(kit.run(`${M}MsgSwapExactIn`, swapIn({ stranger, dl: (kit.time + 60n).toString() })).code).toBe(0);
    expect(kit.hash()).not.toBe(before);
    void lp;
  });

  for (const row of ROWS) {
    it(`${row.name} -> ${row.codespace ?? "amm"} ${row.code}`, () => {
      const { kit, lp, stranger } = backdrop();
      row.setup?.(kit);
      const before = kit.hash();
      const r = kit.run(`${M}${row.msg}`, row.body({ lp, stranger, dl: (kit.time + 60n).toString() }));
      expect([r.code, r.codespace], r.log).toEqual([row.code, row.codespace ?? "amm"]);
      expect(kit.hash()).toBe(before);
      expect(kit.invariantFailures()).toEqual([]);
    });
  }
});
