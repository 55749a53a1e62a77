import { describe, expect, it } from "vitest";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toHex } from "../../chain/crypto/bytes.js";
import { isChainError } from "../../chain/errors/index.js";
import { basketDeposit, basketEscrow, basketTake } from "./baskets.js";
import { isBatchFrozen } from "./frozen.js";
import { processRetire } from "./retire.js";
import { createCarbonSpecKit, type CarbonSpecKit } from "./spec-kit.js";
import { SerialStatus } from "./types.js";

const C = pogcs.carbon.v1;
const M = (n: string) => `/pogcs.carbon.v1.${n}`;
const FROZEN = 34;
const BASKET_FROZEN = 35;

/** Device 1 (owner a) reports epochs 0..2, device 2 (owner b) epoch 0; vintage hours 00, 01, 02. */
function setup(): { kit: CarbonSpecKit; a: string; b: string; c: string } {
  const kit = createCarbonSpecKit();
  const [a, b, c] = [kit.addr(0), kit.addr(1), kit.addr(2)];
  for (const [h, t] of [[1n, 1_767_225_600n], [11n, 1_767_229_200n], [21n, 1_767_232_800n]] as const) {
    kit.height = h;
    kit.time = t;
    kit.keeper.recordEpochStart(kit.ctx());
  }
  kit.addDevice(1n, a);
  kit.addDevice(2n, b);
  for (const e of [0n, 1n, 2n]) kit.addReport(1n, e, 2_000n);
  kit.addReport(2n, 0n, 700n);
  return { kit, a, b, c };
}

function issue(kit: CarbonSpecKit, owner: string, device: bigint, epochs: bigint[]): string[] {
  const r = kit.run(M("MsgIssueRecs"), { owner, deviceId: device.toString(), epochs: epochs.map(String) });
  expect(r.code).toBe(0);
  return C.MsgIssueRecsResponse.decode(r.value!).batchIds;
}

function flag(kit: CarbonSpecKit, device: bigint, height = 42n): void {
  kit.devices.set(device, { ...kit.devices.get(device)!, flagged: true, flaggedHeight: height });
}

/** Every row of the carbon and nft stores plus the fake bank's balances. */
function snapshot(kit: CarbonSpecKit): string {
  const rows = (store: string) => [...kit.queryCtx().kv(store).iterate()].map(([k, v]) => `${toHex(k)}=${toHex(v)}`);
  return JSON.stringify({ carbon: rows("carbon"), nft: rows("nft"), bank: [...kit.balances].map(([k, v]) => `${k}=${v}`) });
}

/** Calls a keeper function on a context that is NOT rolled back: the refusal must come before any write. */
function refusedInPlace(kit: CarbonSpecKit, code: number, f: () => unknown): void {
  const before = snapshot(kit);
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(isChainError(err) ? [err.codespace, err.code] : err).toEqual(["carbon", code]);
  expect(snapshot(kit)).toBe(before);
}

function batchInfo(kit: CarbonSpecKit, id: string) {
  return C.QueryBatchResponse.decode(kit.query("Batch", C.QueryBatchRequest.encode({ batchId: id }).finish())).batch!;
}

describe("frozen batches (device caught double reporting)", () => {
  it("refuses send, retire, convert and deposit of a flagged device's batches (REC and the CO2 converted from it) with no state change; cancel is allowed", () => {
    const { kit, a, b, c } = setup();
    const [e0, e1] = issue(kit, a, 1n, [0n, 1n]);
    const [other] = issue(kit, b, 2n, [0n]);
    expect(kit.run(M("MsgSend"), { sender: a, recipient: c, batchId: e0, amount: "500" }).code).toBe(0);
    const conv = kit.run(M("MsgConvertToCredits"), { owner: a, batchId: e1, amount: "1000" });
    const co2 = C.MsgConvertToCreditsResponse.decode(conv.value!).batchId;
    expect(kit.run(M("MsgCreateBasket"), { curator: a, basketId: "rec1", name: "", criteria: { creditType: "REC" } }).code).toBe(0);
    expect(batchInfo(kit, e0!).frozen).toBe(false);

    flag(kit, 1n);
    expect([batchInfo(kit, e0!).frozen, batchInfo(kit, co2).frozen, batchInfo(kit, other!).frozen]).toEqual([true, true, false]);
    const retireMeta = { beneficiary: "x", jurisdiction: "US", reason: "" };
    const tradable = { holder: a, status: SerialStatus.SERIAL_STATUS_TRADABLE };
    // Through the message path (codes) ...
    const before = snapshot(kit);
    expect(kit.run(M("MsgSend"), { sender: a, recipient: b, batchId: e0, amount: "10" }).code).toBe(FROZEN);
    expect(kit.run(M("MsgSend"), { sender: c, recipient: b, batchId: e0, amount: "10" }).code).toBe(FROZEN); // bought before the flag
    expect(kit.run(M("MsgSend"), { sender: a, recipient: b, batchId: co2, amount: "10" }).code).toBe(FROZEN);
    expect(kit.run(M("MsgRetire"), { owner: a, batchId: e0, amount: "10", ...retireMeta }).code).toBe(FROZEN);
    expect(kit.run(M("MsgRetire"), { owner: a, batchId: co2, amount: "10", ...retireMeta }).code).toBe(FROZEN);
    expect(kit.run(M("MsgConvertToCredits"), { owner: a, batchId: e0, amount: "1000" }).code).toBe(FROZEN);
    expect(kit.run(M("MsgBasketDeposit"), { owner: a, basketId: "rec1", batchId: e0, amount: "10" }).code).toBe(FROZEN);
    // Frozen is checked before the balance: even an uncoverable amount answers 34.
    expect(kit.run(M("MsgSend"), { sender: b, recipient: a, batchId: e0, amount: "99999" }).code).toBe(FROZEN);
    expect(snapshot(kit)).toBe(before);
    // ... and directly on the keeper with a context that keeps its writes: nothing was written.
    refusedInPlace(kit, FROZEN, () => kit.keeper.send(kit.ctx(), a, b, e0!, 10n));
    refusedInPlace(kit, FROZEN, () => kit.keeper.convertToCredits(kit.ctx(), a, e0!, 1000n));
    refusedInPlace(kit, FROZEN, () => processRetire(kit.keeper, kit.ctx(), a, [{ batchId: other!, amount: 1n, from: { ...tradable, holder: b } }, { batchId: e0!, amount: 10n, from: tradable }], retireMeta));
    refusedInPlace(kit, FROZEN, () => basketDeposit(kit.keeper, kit.ctx(), a, "rec1", e0!, 10n));

    // The unflagged device's batch still moves.
    expect(kit.run(M("MsgSend"), { sender: b, recipient: c, batchId: other, amount: "100" }).code).toBe(0);
    // Cancel takes frozen credits out of circulation: allowed, for REC and CO2.
    expect(kit.run(M("MsgCancel"), { owner: c, batchId: e0, amount: "500", reason: "source caught double reporting" }).code).toBe(0);
    expect(kit.run(M("MsgCancel"), { owner: a, batchId: co2, amount: "50", reason: "" }).code).toBe(0);
    expect(batchInfo(kit, e0!).supply!.cancelled).toBe("500");
    expect(batchInfo(kit, co2).supply!.cancelled).toBe("50");
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("a device that no longer exists does not freeze its batches", () => {
    const { kit, a, b } = setup();
    const [e0] = issue(kit, a, 1n, [0n]);
    const batch = kit.keeper.ledger.requireBatch(kit.ctx(), e0!);
    flag(kit, 1n);
    expect(isBatchFrozen(kit.ctx(), kit.keeper.devices, batch)).toBe(true);
    kit.devices.delete(1n);
    expect(isBatchFrozen(kit.ctx(), kit.keeper.devices, batch)).toBe(false);
    expect(kit.run(M("MsgSend"), { sender: a, recipient: b, batchId: e0, amount: "1" }).code).toBe(0);
  });

  it("basket take skips frozen holdings (next-oldest first), reports them in the Basket query, and refuses when only frozen credits could cover", () => {
    const { kit, a, b } = setup();
    const [d1e0, d1e1] = issue(kit, a, 1n, [0n, 1n]);
    const [d2e0] = issue(kit, b, 2n, [0n]);
    expect(kit.run(M("MsgCreateBasket"), { curator: a, basketId: "rec1", name: "", criteria: { creditType: "REC" } }).code).toBe(0);
    // Oldest first: d1e0 (hour 00, lower id), d2e0 (hour 00), d1e1 (hour 01).
    for (const [who, id, amt] of [[a, d1e0, "1000"], [b, d2e0, "700"], [a, d1e1, "1000"]] as const) {
      expect(kit.run(M("MsgBasketDeposit"), { owner: who, basketId: "rec1", batchId: id, amount: amt }).code).toBe(0);
    }
    flag(kit, 1n);
    const basket = () => C.QueryBasketResponse.decode(kit.query("Basket", C.QueryBasketRequest.encode({ basketId: "rec1" }).finish())).basket!;
    expect(basket().frozenEscrowed).toBe("2000");
    expect(basket().coinSupply).toBe("2700");
    expect(basket().balances!.map((x: pogcs.carbon.v1.IBasketBalance) => [x.batchId, x.amount, x.frozen])).toEqual([[d1e0, "1000", true], [d2e0, "700", false], [d1e1, "1000", true]]);

    const taken = (r: { value?: Uint8Array }) => C.MsgBasketTakeResponse.decode(r.value!).credits.map((x: pogcs.carbon.v1.IRetiredCredits) => [x.batchId, x.amount]);
    const t = kit.run(M("MsgBasketTake"), { owner: a, basketId: "rec1", amount: "500" });
    expect(t.code).toBe(0);
    expect(taken(t)).toEqual([[d2e0, "500"]]); // d1e0 is older but frozen
    // 200 unfrozen left: 300 would need frozen credits; refused before burning anything.
    expect(kit.run(M("MsgBasketTake"), { owner: a, basketId: "rec1", amount: "300" }).code).toBe(BASKET_FROZEN);
    refusedInPlace(kit, BASKET_FROZEN, () => basketTake(kit.keeper, kit.ctx(), a, "rec1", 300n));
    expect(kit.run(M("MsgBasketTake"), { owner: a, basketId: "rec1", amount: "2201" }).code).toBe(23); // more than the basket holds at all
    const rt = kit.run(M("MsgBasketTake"), { owner: a, basketId: "rec1", amount: "200", retireOnTake: true, beneficiary: "x", jurisdiction: "DE", reason: "" });
    expect(rt.code).toBe(0);
    expect(taken(rt)).toEqual([[d2e0, "200"]]);
    // Only frozen credits remain; they still back the outstanding coins.
    expect(kit.run(M("MsgBasketTake"), { owner: b, basketId: "rec1", amount: "1" }).code).toBe(BASKET_FROZEN);
    expect(kit.keeper.ledger.getBalance(kit.ctx(), d1e0!, basketEscrow("rec1")).escrowed).toBe(1000n);
    expect([basket().coinSupply, basket().frozenEscrowed]).toEqual(["2000", "2000"]);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("retirements made before the flag stay; the certificate trail marks the source device as flagged", () => {
    const { kit, a } = setup();
    const [e0] = issue(kit, a, 1n, [0n]);
    const conv = kit.run(M("MsgConvertToCredits"), { owner: a, batchId: e0, amount: "1000" });
    const co2 = C.MsgConvertToCreditsResponse.decode(conv.value!).batchId;
    expect(kit.run(M("MsgRetire"), { owner: a, batchId: co2, amount: "100", beneficiary: "", jurisdiction: "US", reason: "" }).code).toBe(0);
    const trail = () => C.QueryCertificateTrailResponse.decode(kit.query("CertificateTrail", C.QueryCertificateTrailRequest.encode({ certificateId: "cert-1" }).finish()));
    expect(trail().reports.map((r: pogcs.carbon.v1.ITrailReport) => r.deviceFlagged)).toEqual([false]);
    flag(kit, 1n, 77n);
    const t = trail();
    expect(t.batches.map((x: pogcs.carbon.v1.IBatch) => x.id)).toEqual([co2, e0]);
    expect(t.reports.map((r: pogcs.carbon.v1.ITrailReport) => [r.recorded!.epoch!.toString(), r.deviceFlagged, r.deviceFlaggedHeight!.toString()])).toEqual([["0", true, "77"]]);
    expect(kit.keeper.ledger.getBalance(kit.ctx(), co2, a).retired).toBe(100n);
    expect(kit.invariantFailures()).toEqual([]);
  });
});
