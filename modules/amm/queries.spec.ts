import { describe, expect, it } from "vitest";
import { slotDenom } from "../pools/slots.js";
import { LP_CLASS_ID } from "./keys.js";
import { createAmmSpecKit, QUOTE, T0, type AmmSpecKit } from "./spec-kit.js";

const M = "/pogcs.amm.v1.";
const H = T0 + 24n * 3600n;
const SLOTS = [slotDenom("l40s", H), slotDenom("l40s", H + 3600n), slotDenom("a100", H)];

/** Three pools in two classes, four positions, swaps, one NFT sold, time passing with end blocks. */
function busy(): AmmSpecKit {
  const kit = createAmmSpecKit();
  const [a, b, c] = [kit.addr(0), kit.addr(1), kit.addr(2)];
  for (const s of SLOTS) kit.mintSlot(s, [a, b], 1_000_000n);
  for (const x of [a, b, c]) kit.fund(x, QUOTE, 10n ** 12n);
  const dl = () => (kit.time + 60n).toString();
  const ok = (r: { code: number; log: string }) => expect(r.log).toBe("");
  ok(kit.run(`${M}MsgAddLiquidity`, { provider: a, slotDenom: SLOTS[0], baseMax: "100000", quoteMax: "1000000000", minShares: "0", deadline: dl() }));
  ok(kit.run(`${M}MsgAddLiquidity`, { provider: b, slotDenom: SLOTS[0], baseMax: "5000", quoteMax: "90000000", minShares: "0", deadline: dl() }));
  ok(kit.run(`${M}MsgAddLiquidity`, { provider: a, slotDenom: SLOTS[1], baseMax: "20000", quoteMax: "300000000", minShares: "0", deadline: dl() }));
  ok(kit.run(`${M}MsgAddLiquidity`, { provider: b, slotDenom: SLOTS[2], baseMax: "20000", quoteMax: "100000000", minShares: "0", deadline: dl() }));
  kit.endBlock();
  for (let i = 0; i < 5; i++) {
    kit.time += 100n;
    ok(kit.run(`${M}MsgSwapExactIn`, { trader: c, slotDenom: SLOTS[i % 2], denomIn: QUOTE, amountIn: "2000000", minAmountOut: "1", deadline: dl() }));
    kit.endBlock();
  }
  expect(kit.atomic((ctx) => kit.nft.keeper.transfer(ctx, { account: a }, LP_CLASS_ID, "lp-1", c)).code).toBe(0);
  return kit;
}

describe("amm queries and genesis", () => {
  it("pools by class in hour order, positions by owner follow NFT ownership, position values", () => {
    const kit = busy();
    const pools = kit.query<{ pools: Array<{ pool: { slotDenom: string }; tradingOpen: boolean; feeBps: string }>; page: { total: string } }>("PoolsByClass", { slotClass: "l40s" });
    expect(pools.pools.map((p) => p.pool.slotDenom)).toEqual([SLOTS[0], SLOTS[1]]);
    expect(pools.pools.every((p) => p.tradingOpen && p.feeBps === "30")).toBe(true);
    expect(pools.page.total).toBe("2");
    const mine = (o: string) => kit.query<{ positions: Array<{ position: { id: string }; owner: string; quoteValue: string }> }>("PositionsByOwner", { owner: o }).positions;
    expect(mine(kit.addr(2)).map((p) => p.position.id)).toEqual(["1"]);
    expect(mine(kit.addr(0)).map((p) => p.position.id)).toEqual(["3"]);
    expect(mine(kit.addr(1)).map((p) => p.position.id)).toEqual(["2", "4"]);
    const pos = kit.query<{ position: { owner: string; baseValue: string; quoteValue: string } }>("Position", { positionId: "1" }).position;
    expect(pos.owner).toBe(kit.addr(2));
    expect(BigInt(pos.quoteValue)).toBeGreaterThan(1_000_000_000n - 1_000_000n); // swaps paid in, minus the locked part
  });

  it("genesis export -> import -> export is the identity and the imported state keeps every invariant", () => {
    const kit = busy();
    const g = kit.exportGenesis();
    const again = createAmmSpecKit(g);
    again.time = kit.time;
    expect(again.invariantFailures()).toEqual([]);
    expect(again.exportGenesis()).toEqual(g);
    const ix = (k: AmmSpecKit) => k.query<{ price: string }>("PriceIndex", { slotClass: "l40s", windowSeconds: "300" }).price;
    expect(ix(again)).toBe(ix(kit));
  });
});
