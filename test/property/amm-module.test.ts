/**
 * The amm module through its message handlers with real bank and nft keepers: random sequences of
 * add / remove / swap exact in and out / NFT transfer / time passing with end block (expiry). After
 * every step: all invariants hold; pool reserves equal the module account's balances; position
 * shares + locked = total shares; no value is created (Σ holdings of each denom only falls by the
 * inventory burnt at expiry); k never falls on a swap or deposit; value per share sqrt(k)/S never
 * falls on swap, deposit or removal (rounding always favours the pool); refused steps change nothing.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { slotDenom } from "../../modules/pools/slots.js";
import { MINIMUM_LIQUIDITY } from "../../modules/amm/curve.js";
import { LP_CLASS_ID } from "../../modules/amm/keys.js";
import type { Pool } from "../../modules/amm/keeper.js";
import { createAmmSpecKit, QUOTE, T0, type AmmSpecKit } from "../../modules/amm/spec-kit.js";

const M = "/pogcs.amm.v1.";
/** Two hour slots and a carbon basket coin (a timeless pool: never expires, base fee). */
const SLOTS = [slotDenom("h100", T0 + 3600n), slotDenom("h100", T0 + 4n * 3600n), "carbon/greenwh"];
const ACTORS = 3;
const SLOT_FUNDS = 10_000_000n;
const QUOTE_FUNDS = 10n ** 13n;

type Step =
  | { t: "add"; who: number; slot: number; base: bigint; quote: bigint }
  | { t: "remove"; who: number; pos: number; permille: number }
  | { t: "swapIn"; who: number; slot: number; buy: boolean; amount: bigint }
  | { t: "swapOut"; who: number; slot: number; buy: boolean; amount: bigint }
  | { t: "send"; pos: number; to: number }
  | { t: "time"; seconds: bigint };

const who = fc.integer({ min: 0, max: ACTORS - 1 });
const slot = fc.integer({ min: 0, max: SLOTS.length - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant("add" as const), who, slot, base: fc.bigInt({ min: 1n, max: 1_000_000n }), quote: fc.bigInt({ min: 1n, max: 10n ** 10n }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("remove" as const), who, pos: fc.nat(20), permille: fc.integer({ min: 1, max: 1000 }) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant("swapIn" as const), who, slot, buy: fc.boolean(), amount: fc.oneof(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 10n ** 9n })) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("swapOut" as const), who, slot, buy: fc.boolean(), amount: fc.oneof(fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 10n ** 8n })) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("send" as const), pos: fc.nat(20), to: who }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("time" as const), seconds: fc.constantFrom(0n, 5n, 60n, 600n, 1800n, 3600n, 7200n) }) },
);

function pools(kit: AmmSpecKit): Map<string, Pool> {
  return new Map([...kit.amm.keeper.iteratePools(kit.view())].map((p) => [p.slotDenom, p]));
}

function holdings(kit: AmmSpecKit, denom: string): bigint {
  let s = kit.moduleBalance(denom);
  for (let i = 0; i < ACTORS; i++) s += kit.balance(kit.addr(i), denom);
  return s;
}

/** Successful steps by kind over all runs, so a vacuous run (everything refused) fails the test. */
const done = new Map<string, number>();

function run(steps: Step[]): void {
  const kit = createAmmSpecKit();
  const addrs = Array.from({ length: ACTORS }, (_, i) => kit.addr(i));
  for (const s of SLOTS) kit.mintSlot(s, addrs, SLOT_FUNDS);
  for (const a of addrs) kit.fund(a, QUOTE, QUOTE_FUNDS);
  const burnt = new Map<string, bigint>();
  const dl = () => (kit.time + 30n).toString();

  for (const st of steps) {
    const before = pools(kit);
    const hash = kit.hash();
    const positions = [...kit.amm.keeper.iteratePositions(kit.view())];
    let code = 0;
    if (st.t === "add") {
      code = kit.run(`${M}MsgAddLiquidity`, { provider: addrs[st.who], slotDenom: SLOTS[st.slot], baseMax: st.base.toString(), quoteMax: st.quote.toString(), minShares: "0", deadline: dl() }).code;
    } else if (st.t === "remove") {
      const p = positions[st.pos % Math.max(1, positions.length)];
      if (!p) continue;
      const shares = (p.shares * BigInt(st.permille)) / 1000n || 1n;
      code = kit.run(`${M}MsgRemoveLiquidity`, { owner: addrs[st.who], positionId: p.id.toString(), shares: shares.toString(), minBase: "0", minQuote: "0", deadline: dl() }).code;
      const owner = kit.nft.keeper.ownerOf(kit.view(), LP_CLASS_ID, p.nftId);
      if (owner !== undefined && addrs[st.who] !== owner) expect(code).toBe(12);
    } else if (st.t === "swapIn" || st.t === "swapOut") {
      const denomIn = st.buy ? QUOTE : SLOTS[st.slot]!;
      const body = st.t === "swapIn"
        ? { trader: addrs[st.who], slotDenom: SLOTS[st.slot], denomIn, amountIn: st.amount.toString(), minAmountOut: "0", deadline: dl() }
        : { trader: addrs[st.who], slotDenom: SLOTS[st.slot], denomIn, amountOut: st.amount.toString(), maxAmountIn: (1n << 100n).toString(), deadline: dl() };
      code = kit.run(`${M}Msg${st.t === "swapIn" ? "SwapExactIn" : "SwapExactOut"}`, body).code;
    } else if (st.t === "send") {
      const p = positions[st.pos % Math.max(1, positions.length)];
      if (!p) continue;
      const owner = kit.nft.keeper.ownerOf(kit.view(), LP_CLASS_ID, p.nftId)!;
      code = kit.atomic((ctx) => kit.nft.keeper.transfer(ctx, { account: owner }, LP_CLASS_ID, p.nftId, addrs[st.to]!)).code;
    } else {
      kit.time += st.seconds;
      kit.height += 1n;
      kit.endBlock();
    }

    const after = pools(kit);
    if (code === 0) done.set(st.t, (done.get(st.t) ?? 0) + 1);
    if (code === 0 && "slot" in st && SLOTS[st.slot]!.startsWith("carbon/")) done.set("carbon", (done.get("carbon") ?? 0) + 1);
    if ([...after.values()].some((p) => p.expired && !before.get(p.slotDenom)?.expired)) done.set("expiry", (done.get("expiry") ?? 0) + 1);
    if (code !== 0) expect(kit.hash()).toBe(hash);
    expect(kit.invariantFailures()).toEqual([]);
    for (const p of after.values()) {
      const b = before.get(p.slotDenom);
      if (p.slotDenom.startsWith("carbon/")) expect(p.expired || p.base === 0n).toBe(false);
      if (p.expired && !(b?.expired ?? true)) burnt.set(p.slotDenom, (burnt.get(p.slotDenom) ?? 0n) + b!.base);
      const held = [...kit.amm.keeper.iteratePositions(kit.view())].filter((x) => x.slotDenom === p.slotDenom).reduce((s, x) => s + x.shares, 0n);
      expect(held + MINIMUM_LIQUIDITY).toBe(p.shares);
      if (!b || p.expired) continue;
      const k0 = b.base * b.quote;
      const k1 = p.base * p.quote;
      if (st.t !== "remove") expect(k1).toBeGreaterThanOrEqual(k0);
      // sqrt(k1)/S1 >= sqrt(k0)/S0  <=>  k1·S0² >= k0·S1²
      expect(k1 * b.shares * b.shares).toBeGreaterThanOrEqual(k0 * p.shares * p.shares);
    }
    // Reserves are exactly what the module account holds; nothing is created anywhere.
    for (const s of SLOTS) {
      expect(kit.moduleBalance(s)).toBe(after.get(s)?.base ?? 0n);
      expect(holdings(kit, s)).toBe(SLOT_FUNDS * BigInt(ACTORS) - (burnt.get(s) ?? 0n));
    }
    expect(kit.moduleBalance(QUOTE)).toBe([...after.values()].reduce((s, p) => s + p.quote, 0n));
    expect(holdings(kit, QUOTE)).toBe(QUOTE_FUNDS * BigInt(ACTORS));
  }
}

describe("property: amm module over random sequences", () => {
  it("conserves value, keeps reserves = module balances, shares add up, k and value per share never fall", () => {
    fc.assert(fc.property(fc.array(step, { minLength: 5, maxLength: 40 }), run), { numRuns: 100, seed: 20260101 });
    for (const kind of ["add", "remove", "swapIn", "swapOut", "send", "expiry", "carbon"]) expect(done.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(kind === "expiry" ? 5 : 20);
  });
});
