import { describe, expect, it } from "vitest";
import { pogcs } from "../../proto/gen/pogcs.js";
import { moduleAddress } from "../auth/keeper.js";
import { CELL_EAST, CELL_NOWHERE, createCarbonSpecKit, type CarbonSpecKit } from "./spec-kit.js";
import { CERT_CLASS } from "./retire.js";
import { basketEscrow } from "./baskets.js";
import { toLong } from "../devices/long.js";

const C = pogcs.carbon.v1;
const M = (n: string) => `/pogcs.carbon.v1.${n}`;

/** A kit with device 1 (owner 0, EXAMPLE-NA-WEST, 250 g/kWh) reporting epochs 0..2 and device 2 (owner 1). */
function setup(): { kit: CarbonSpecKit; a: string; b: string; c: string } {
  const kit = createCarbonSpecKit();
  const [a, b, c] = [kit.addr(0), kit.addr(1), kit.addr(2)];
  for (const [h, t] of [[1n, 1_767_225_600n], [11n, 1_767_229_200n + 60n], [21n, 1_767_236_400n + 5n]] as const) {
    kit.height = h;
    kit.time = t;
    kit.keeper.recordEpochStart(kit.ctx());
  }
  kit.addDevice(1n, a);
  kit.addDevice(2n, b);
  kit.addReport(1n, 0n, 1_500n);
  kit.addReport(1n, 1n, 2_000n);
  kit.addReport(1n, 2n, 4_000n);
  kit.addReport(2n, 0n, 700n);
  return { kit, a, b, c };
}

function issue(kit: CarbonSpecKit, owner: string, device: bigint, epochs: bigint[], region = "") {
  return kit.run(M("MsgIssueRecs"), { owner, deviceId: device.toString(), epochs: epochs.map(String), region });
}

function ids(r: { value?: Uint8Array }): string[] {
  return C.MsgIssueRecsResponse.decode(r.value!).batchIds;
}

function batch(kit: CarbonSpecKit, id: string) {
  return C.QueryBatchResponse.decode(kit.query("Batch", C.QueryBatchRequest.encode({ batchId: id }).finish())).batch!;
}

describe("carbon issuance", () => {
  it("issues one REC batch per report with hourly vintage, serial ranges and the report reference, and refuses a second issuance", () => {
    const { kit, a } = setup();
    const r = issue(kit, a, 1n, [0n, 1n]);
    expect(r.code).toBe(0);
    const [b0, b1] = ids(r);
    expect(b0).toBe("REC-EXAMPLE-NA-WEST-2026010100-000001");
    expect(b1).toBe("REC-EXAMPLE-NA-WEST-2026010101-000002");
    const info = batch(kit, b1!);
    expect(info.batch!.amount).toBe("2000");
    expect([info.batch!.serialStart, info.batch!.serialEnd]).toEqual(["1501", "3500"]);
    expect(info.batch!.vintageHour!.toString()).toBe("1767229200");
    expect(info.batch!.report!.epoch!.toString()).toBe("1");
    expect(Buffer.from(info.batch!.report!.bodyHash!).equals(Buffer.from(kit.reports.get("1/1")!.bodyHash))).toBe(true);
    expect(info.supply!.issued).toBe("2000");
    const again = issue(kit, a, 1n, [2n, 1n]);
    expect([again.codespace, again.code]).toEqual(["carbon", 11]);
    // Refused as a whole: epoch 2 was not issued either.
    expect(C.QueryIssuedReportResponse.decode(kit.query("IssuedReport", C.QueryIssuedReportRequest.encode({ deviceId: toLong(1n), epoch: toLong(2n) }).finish())).batchId).toBe("");
    expect(issue(kit, a, 1n, [2n, 2n]).code).toBe(11);
    expect(issue(kit, a, 1n, [2n]).code).toBe(0);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("refuses another owner's device, missing reports, regionless and flagged devices, wrong regions and empty reports, each with its own code", () => {
    const { kit, a, b } = setup();
    expect(issue(kit, b, 1n, [0n]).code).toBe(9);
    expect(issue(kit, a, 9n, [0n]).code).toBe(8);
    expect(issue(kit, a, 1n, [7n]).code).toBe(10);
    expect(issue(kit, a, 1n, [0n], "EXAMPLE-NA-EAST").code).toBe(13);
    expect(issue(kit, a, 1n, [0n], "EXAMPLE-NA-WEST").code).toBe(0);
    kit.addDevice(3n, a, CELL_NOWHERE);
    kit.addReport(3n, 0n, 10n);
    expect(issue(kit, a, 3n, [0n]).code).toBe(12);
    kit.addDevice(4n, a, CELL_EAST);
    kit.addReport(4n, 0n, 0n);
    expect(issue(kit, a, 4n, [0n]).code).toBe(14);
    kit.devices.set(2n, { ...kit.devices.get(2n)!, flagged: true });
    expect(issue(kit, b, 2n, [0n]).code).toBe(15);
    expect(issue(kit, a, 1n, []).code).toBe(28);
    expect(kit.invariantFailures()).toEqual([]);
  });
});

describe("carbon transfers, retirement and cancellation", () => {
  it("sends tradable credits by serial order, answers serial lookups and refuses bad amounts with distinct codes", () => {
    const { kit, a, b } = setup();
    const [id] = ids(issue(kit, a, 1n, [0n]));
    const send = (amount: string, from = a, to = b) => kit.run(M("MsgSend"), { sender: from, recipient: to, batchId: id, amount });
    expect(send("500").code).toBe(0);
    const s = C.QuerySerialResponse.decode(kit.query("Serial", C.QuerySerialRequest.encode({ creditType: "REC", serial: "300" }).finish()));
    expect([s.batch!.id, s.segment!.holder, s.segment!.start, s.segment!.end]).toEqual([id, b, "1", "500"]);
    const s2 = C.QuerySerialResponse.decode(kit.query("Serial", C.QuerySerialRequest.encode({ creditType: "REC", serial: "501" }).finish()));
    expect(s2.segment!.holder).toBe(a);
    expect(send("-1").code).toBe(3);
    expect(send("0").code).toBe(4);
    expect(send("1.5").code).toBe(2);
    expect(send("18446744073709551616").code).toBe(5);
    expect(send("1001").code).toBe(16);
    expect(send("1", a, a).code).toBe(31);
    expect(kit.run(M("MsgSend"), { sender: a, recipient: b, batchId: "REC-NOPE-2026010100-000009", amount: "1" }).code).toBe(7);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("retires with a non-transferable certificate whose uri hash commits to the record; retired credits never move", () => {
    const { kit, a, b } = setup();
    const [id] = ids(issue(kit, a, 1n, [0n]));
    const retire = (amount: string, jurisdiction = "US-CA") => kit.run(M("MsgRetire"), { owner: a, batchId: id, amount, beneficiary: "Acme GPU Farm", jurisdiction, reason: "Q1 compute" });
    expect(retire("1501").code).toBe(16);
    expect(retire("10", "california").code).toBe(32);
    const r = retire("1000");
    expect(r.code).toBe(0);
    const out = C.MsgRetireResponse.decode(r.value!);
    expect(out.certificateId).toBe("cert-1");
    const nft = kit.nftModule.keeper.getNft(kit.ctx(), CERT_CLASS, "cert-1")!;
    expect(nft.owner).toBe(a);
    const t = C.QueryCertificateTrailResponse.decode(kit.query("CertificateTrail", C.QueryCertificateTrailRequest.encode({ certificateId: "cert-1" }).finish()));
    expect(t.uriHashMatches).toBe(true);
    expect(t.retirement!.credits![0]!.serials).toEqual([C.SerialRange.fromObject({ start: "1", end: "1000" })]);
    expect(t.reports[0]!.hashMatches).toBe(true);
    // The certificate class is not transferable by its holder.
    expect(kit.nftModule.keeper.getClass(kit.ctx(), CERT_CLASS)!.transferable).toBe(false);
    // 500 tradable + 1000 retired: sending 600 would need retired credits.
    expect(kit.run(M("MsgSend"), { sender: a, recipient: b, batchId: id, amount: "600" }).code).toBe(17);
    expect(kit.run(M("MsgSend"), { sender: a, recipient: b, batchId: id, amount: "500" }).code).toBe(0);
    expect(kit.run(M("MsgCancel"), { owner: a, batchId: id, amount: "1", reason: "" }).code).toBe(16);
    const bal = kit.keeper.ledger.getBalance(kit.ctx(), id!, a);
    expect([bal.tradable, bal.retired]).toEqual([0n, 1000n]);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("cancels tradable credits into the cancelled supply", () => {
    const { kit, a } = setup();
    const [id] = ids(issue(kit, a, 1n, [0n]));
    expect(kit.run(M("MsgCancel"), { owner: a, batchId: id, amount: "200", reason: "moved to registry X" }).code).toBe(0);
    expect(batch(kit, id!).supply!.cancelled).toBe("200");
    expect(kit.invariantFailures()).toEqual([]);
  });
});

describe("carbon conversion", () => {
  it("converts Wh to grams at the region factor, rounding down, and consumes the RECs", () => {
    const { kit, a, b } = setup();
    const [id] = ids(issue(kit, a, 1n, [0n]));
    expect(kit.run(M("MsgConvertToCredits"), { owner: a, batchId: id, amount: "3" }).code).toBe(19);
    const r = kit.run(M("MsgConvertToCredits"), { owner: a, batchId: id, amount: "1001" });
    expect(r.code).toBe(0);
    const out = C.MsgConvertToCreditsResponse.decode(r.value!);
    expect(out.credits).toBe("250"); // floor(1001 * 250 / 1000)
    const co2 = batch(kit, out.batchId);
    expect([co2.batch!.creditType, co2.batch!.sourceBatch, co2.batch!.serialStart]).toEqual(["CO2", id, "1"]);
    expect(batch(kit, id!).supply!.converted).toBe("1001");
    expect(kit.run(M("MsgSend"), { sender: a, recipient: b, batchId: id, amount: "500" }).code).toBe(16);
    expect(kit.run(M("MsgConvertToCredits"), { owner: a, batchId: out.batchId, amount: "10" }).code).toBe(18);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("lets only governance change emission factors and regions, refusing overlaps", () => {
    const { kit, a } = setup();
    const gov = moduleAddress("gov");
    expect(kit.run(M("MsgSetEmissionFactors"), { authority: a, factors: [{ region: "EXAMPLE-NA-WEST", gCo2ePerKwh: 100 }] }).code).toBe(4);
    expect(kit.run(M("MsgSetEmissionFactors"), { authority: gov, factors: [{ region: "NOWHERE", gCo2ePerKwh: 100 }] }).code).toBe(24);
    expect(kit.run(M("MsgSetEmissionFactors"), { authority: gov, factors: [{ region: "EXAMPLE-NA-WEST", gCo2ePerKwh: 100 }] }).code).toBe(0);
    const overlap = { id: "NEW", gCo2ePerKwh: 5, cells: [CELL_EAST.toString()] };
    expect(kit.run(M("MsgSetRegion"), { authority: gov, region: overlap }).code).toBe(25);
    expect(kit.run(M("MsgSetRegion"), { authority: gov, region: { ...overlap, cells: [CELL_NOWHERE.toString()] } }).code).toBe(0);
    const [id] = ids(issue(kit, a, 1n, [0n]));
    const r = kit.run(M("MsgConvertToCredits"), { owner: a, batchId: id, amount: "1000" });
    expect(C.MsgConvertToCreditsResponse.decode(r.value!).credits).toBe("100");
  });
});

describe("carbon baskets", () => {
  it("deposits eligible batches for coins 1:1 and hands them back oldest vintage first, or retires them", () => {
    const { kit, a, b } = setup();
    const [e0, e1, e2] = ids(issue(kit, a, 1n, [2n, 0n, 1n])); // issued out of vintage order
    expect(kit.run(M("MsgCreateBasket"), { curator: a, basketId: "nct", name: "Nature", criteria: { creditType: "XYZ" } }).code).toBe(6);
    expect(kit.run(M("MsgCreateBasket"), { curator: a, basketId: "rec1", name: "West RECs", criteria: { creditType: "REC", regions: ["EXAMPLE-NA-WEST"] } }).code).toBe(0);
    expect(kit.run(M("MsgCreateBasket"), { curator: a, basketId: "rec1", name: "", criteria: { creditType: "REC" } }).code).toBe(20);
    expect(kit.run(M("MsgCreateBasket"), { curator: a, basketId: "east", name: "", criteria: { creditType: "REC", regions: ["EXAMPLE-NA-EAST"] } }).code).toBe(0);
    expect(kit.run(M("MsgBasketDeposit"), { owner: a, basketId: "east", batchId: e0, amount: "10" }).code).toBe(22);
    for (const id of [e0, e1, e2]) expect(kit.run(M("MsgBasketDeposit"), { owner: a, basketId: "rec1", batchId: id, amount: "1000" }).code).toBe(0);
    expect(kit.balances.get(`${a}|carbon/rec1`)).toBe(3000n);
    expect(kit.run(M("MsgBasketTake"), { owner: b, basketId: "rec1", amount: "1" }).code).toBe(5); // sdk insufficient funds: b has no coins
    expect(kit.run(M("MsgBasketTake"), { owner: a, basketId: "rec1", amount: "3001" }).code).toBe(23);
    const t = kit.run(M("MsgBasketTake"), { owner: a, basketId: "rec1", amount: "1500" });
    expect(t.code).toBe(0);
    const taken = C.MsgBasketTakeResponse.decode(t.value!).credits.map((c: pogcs.carbon.v1.IRetiredCredits) => [c.batchId, c.amount]);
    expect(taken).toEqual([[e1, "1000"], [e2, "500"]]); // epoch 0 (hour 00) before epoch 1 (hour 01)
    const rt = kit.run(M("MsgBasketTake"), { owner: a, basketId: "rec1", amount: "600", retireOnTake: true, beneficiary: "x", jurisdiction: "DE", reason: "" });
    expect(rt.code).toBe(0);
    const rr = C.MsgBasketTakeResponse.decode(rt.value!);
    expect(rr.credits.map((c: pogcs.carbon.v1.IRetiredCredits) => [c.batchId, c.amount])).toEqual([[e2, "500"], [e0, "100"]]);
    expect(rr.certificateId).toBe("cert-1");
    expect(kit.keeper.ledger.getBalance(kit.ctx(), e0!, basketEscrow("rec1")).escrowed).toBe(900n);
    expect(kit.balances.get(`${a}|carbon/rec1`)).toBe(900n);
    expect(kit.invariantFailures()).toEqual([]);
  });
});

describe("carbon genesis", () => {
  it("exports regions and the ledger and imports them back into an equal, invariant-clean state", () => {
    const { kit, a, b } = setup();
    const [id] = ids(issue(kit, a, 1n, [0n]));
    expect(kit.run(M("MsgSend"), { sender: a, recipient: b, batchId: id, amount: "700" }).code).toBe(0);
    expect(kit.run(M("MsgRetire"), { owner: b, batchId: id, amount: "100", beneficiary: "", jurisdiction: "US", reason: "" }).code).toBe(0);
    const g = kit.module.exportGenesis!(kit.queryCtx());
    const copy = createCarbonSpecKit(JSON.parse(JSON.stringify(g)));
    expect(copy.module.exportGenesis!(copy.queryCtx())).toEqual(g);
    expect(copy.keeper.ledger.getBalance(copy.ctx(), id!, b)).toEqual(kit.keeper.ledger.getBalance(kit.ctx(), id!, b));
    expect(copy.invariantFailures()).toEqual([]);
    expect(() => createCarbonSpecKit({ regions: [{ id: "X1", g_co2e_per_kwh: "1", cells: ["nothex"] }] })).toThrow();
  });
});
