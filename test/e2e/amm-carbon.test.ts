/**
 * A carbon basket coin on the amm in the full app (createFullApp: real ante, bank, devices, carbon,
 * nft, amm; invariants after every block): a solar device reports, its owner issues RECs, puts them
 * in a basket and receives `carbon/greenwh` coins through the real carbon module; then, all by
 * signed txs, adds liquidity to the coin's timeless pool (position NFT lp-1), a second account
 * buys coins with ugcs and sells some back for an exact ugcs amount, and the LP removes. Pool
 * reserves equal the amm account's balances; the REST route /pools/carbon/<basket_id> answers.
 */
import { describe, expect, it } from "vitest";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { pogcs } from "../../proto/gen/pogcs.js";
import { createFullApp } from "../support/pogcs-app.js";
import { createQueryContext } from "../../chain/app/query-context.js";
import { moduleAddress } from "../../modules/auth/keeper.js";
import { edKey, registerMsg, signedReport, reportBody, MSG, CELL_A } from "../../modules/devices/test-support.js";
import { DeviceClass, type Capacity } from "../../modules/devices/types.js";
import { toLong } from "../../modules/devices/long.js";
import { AMM_ROUTES } from "../../node/rest/routes/amm.js";

const A = pogcs.amm.v1;
const C = pogcs.carbon.v1;
const COIN = "carbon/greenwh";
const SOLAR: Capacity = { solarPeakW: 50_000n, storageWh: 0n, gpuModel: "", gpuCount: 0, fp32TflopsMilli: 0n };

type Pb = { fromObject(o: unknown): unknown; encode(m: unknown): { finish(): Uint8Array } };
const pack = (pkg: "amm" | "carbon", name: string, value: Record<string, unknown>): Any => {
  const T = (pogcs[pkg].v1 as unknown as Record<string, Pb>)[name]!;
  return { typeUrl: `/pogcs.${pkg}.v1.${name}`, value: T.encode(T.fromObject(value)).finish() };
};

describe("carbon coins on the amm in the full app", () => {
  it("mint basket coins through carbon, then add liquidity, swap both ways and remove by signed txs", () => {
    const f = createFullApp({ validators: 1, accounts: 2, epochLength: 10n, devices: { challenge_permille: 0 }, checkInvariants: true });
    const [lp, buyer] = [f.signers[1]!.address, f.signers[2]!.address];
    const run = (i: number, msgs: Any[]) => {
      const r = f.block([f.tx(i, msgs)]).txResults[0]!;
      return r.code === 0 ? 0 : `${r.codespace}:${r.code} ${r.log}`;
    };
    const view = () => createQueryContext(f.cms, "view", f.cms.version);
    const bal = (who: string, denom: string) => f.pogcs.keepers.bank.getBalance(view(), who, denom);

    // Carbon: device -> signed report (40 kWh green) -> RECs -> basket coins.
    const dev = { key: edKey("amm-carbon"), cls: DeviceClass.DEVICE_CLASS_SOLAR, capacity: SOLAR, location: { h3Cell: CELL_A, index: 0 } };
    expect(run(1, [{ typeUrl: MSG.RegisterDevice, value: registerMsg(lp, dev) }])).toBe(0);
    const rep = signedReport(lp, reportBody(1n, 0n, 1n, { gpuSeconds: 0n, energyProducedWh: 40_000n, energyConsumedWh: 40_000n, greenWh: 40_000n }), dev.key.priv);
    expect(run(1, [{ typeUrl: MSG.SubmitReport, value: rep.msg }])).toBe(0);
    expect(run(1, [pack("carbon", "MsgIssueRecs", { owner: lp, deviceId: "1", epochs: ["0"], region: "" })])).toBe(0);
    const batchId = f.query("/pogcs.carbon.v1.Query/IssuedReport", C.QueryIssuedReportRequest.encode({ deviceId: toLong(1n), epoch: toLong(0n) }).finish(), C.QueryIssuedReportResponse).batchId;
    expect(run(1, [
      pack("carbon", "MsgCreateBasket", { curator: lp, basketId: "greenwh", name: "Green Wh", criteria: { creditType: "REC", regions: ["DEVNET-A"] } }),
      pack("carbon", "MsgBasketDeposit", { owner: lp, basketId: "greenwh", batchId, amount: "40000" }),
    ])).toBe(0);
    expect(bal(lp, COIN)).toBe(40_000n);

    // The coin's timeless pool: 30 000 coins against 3e9 ugcs (100 000 ugcs per Wh).
    const deadline = (1_767_225_600n + 86_400n).toString();
    expect(run(1, [pack("amm", "MsgAddLiquidity", { provider: lp, slotDenom: COIN, baseMax: "30000", quoteMax: "3000000000", minShares: "1", deadline })])).toBe(0);
    expect(f.pogcs.nft.ownerOf(view(), "amm-lp", "lp-1")).toBe(lp);
    expect(run(2, [pack("amm", "MsgSwapExactIn", { trader: buyer, slotDenom: COIN, denomIn: "ugcs", amountIn: "100000000", minAmountOut: "900", deadline })])).toBe(0);
    const bought = bal(buyer, COIN);
    expect(bought).toBeGreaterThan(900n);
    expect(run(2, [pack("amm", "MsgSwapExactOut", { trader: buyer, slotDenom: COIN, denomIn: COIN, amountOut: "10000000", maxAmountIn: "200", deadline })])).toBe(0);
    expect(bal(buyer, COIN)).toBeLessThan(bought);
    // A non-slot, non-carbon base denom is refused with amm 15 (in validateBasic: resync the sequence).
    expect(run(2, [pack("amm", "MsgSwapExactIn", { trader: buyer, slotDenom: "ugcs", denomIn: "ugcs", amountIn: "1000", minAmountOut: "0", deadline })])).toMatch(/^amm:15 /);
    f.resync(2);

    const view1 = f.query("/pogcs.amm.v1.Query/Pool", A.QueryPoolRequest.encode({ slotDenom: COIN }).finish(), A.QueryPoolResponse).pool!;
    expect(view1.tradingOpen).toBe(true);
    expect(view1.feeBps!.toString()).toBe("30");
    expect(view1.pool!.slotClass).toBe("");
    const amm = moduleAddress("amm");
    expect([bal(amm, COIN).toString(), bal(amm, "ugcs").toString()]).toEqual([view1.pool!.baseReserve, view1.pool!.quoteReserve]);
    expect(f.query("/pogcs.amm.v1.Query/Classes", A.QueryClassesRequest.encode({}).finish(), A.QueryClassesResponse).classes).toEqual([]);

    const pos = f.query("/pogcs.amm.v1.Query/Position", A.QueryPositionRequest.encode({ positionId: toLong(1n) }).finish(), A.QueryPositionResponse).position!;
    const before = bal(lp, COIN);
    expect(run(1, [pack("amm", "MsgRemoveLiquidity", { owner: lp, positionId: "1", shares: pos.position!.shares, minBase: "1", minQuote: "1", deadline })])).toBe(0);
    expect(bal(lp, COIN)).toBeGreaterThan(before);
    expect(f.pogcs.nft.ownerOf(view(), "amm-lp", "lp-1")).toBeUndefined();
    expect(f.pogcs.app.runInvariants()).toEqual([]);

    // REST: /pogcs/amm/v1/pools/carbon/greenwh and its quote reach the carbon pool.
    for (const route of AMM_ROUTES.filter((r) => r.url.includes("/pools/"))) {
      const req = route.build({ slot_class: "carbon", hour: "greenwh" }, { denom_in: "ugcs", amount: "1000000" });
      expect((req as { slotDenom: string }).slotDenom).toBe(COIN);
      const res = f.pogcs.app.query(route.path, route.req.encode(route.req.fromPartial(req as never) as never).finish());
      expect([route.url, res.code]).toEqual([route.url, 0]);
    }
  });
});
