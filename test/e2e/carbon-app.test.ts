/**
 * Carbon coins in the full app (real auth, bank, staking, devices, nft, carbon; signed txs through
 * the ante chain; invariants after every block). Two solar devices in the devnet regions report
 * energy; their owners issue RECs once and only once, convert some to carbon credits, deposit
 * batches into a basket, trade the basket coin with a bank send, take credits back oldest first and
 * retire them with a certificate whose trail reaches the signed device reports.
 */
import { describe, it, expect } from "vitest";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgSend as BankSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgSend as NftSend } from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { QueryOwnerRequest, QueryOwnerResponse } from "cosmjs-types/cosmos/nft/v1beta1/query";
import { pogcs } from "../../proto/gen/pogcs.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { createFullApp } from "../support/pogcs-app.js";
import { edKey, registerMsg, signedReport, reportBody, MSG, CELL_A, CELL_B } from "../../modules/devices/test-support.js";
import { DeviceClass, type Capacity } from "../../modules/devices/types.js";
import { toLong } from "../../modules/devices/long.js";
import { CERT_CLASS } from "../../modules/carbon/retire.js";

import C = pogcs.carbon.v1;

const L = 10n;
const SOLAR: Capacity = { solarPeakW: 5_000n, storageWh: 0n, gpuModel: "", gpuCount: 0, fp32TflopsMilli: 0n };
const msg = (name: string, value: Record<string, unknown>): Any => {
  const T = (C as unknown as Record<string, { fromObject(o: unknown): unknown; encode(m: unknown): { finish(): Uint8Array } }>)[name]!;
  return { typeUrl: `/pogcs.carbon.v1.${name}`, value: T.encode(T.fromObject(value)).finish() };
};

describe("carbon coins in the full app", () => {
  it("reports -> RECs once -> credits -> basket (oldest first) -> bank trade -> retirement with a trail to the reports", () => {
    const f = createFullApp({ validators: 1, accounts: 3, epochLength: L, devices: { challenge_permille: 0 }, checkInvariants: true });
    const [A, B] = [1, 2];
    const addr = (i: number) => f.signers[i]!.address;
    const run = (i: number, msgs: Any[]) => {
      const r = f.block([f.tx(i, msgs)]).txResults[0]!;
      return { code: r.code === 0 ? 0 : `${r.codespace}:${r.code}`, data: r };
    };
    const q = <T extends { decode(b: Uint8Array): unknown }>(method: string, req: Uint8Array, codec: T) => f.query(`/pogcs.carbon.v1.Query/${method}`, req, codec) as ReturnType<T["decode"]>;
    const coins = (who: string, denom: string) => BigInt(f.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: who, denom }).finish(), QueryBalanceResponse).balance!.amount);

    // Device 1 of A in DEVNET-A (400 g/kWh), device 2 of B in DEVNET-B.
    const devA = { key: edKey("carbon-a"), cls: DeviceClass.DEVICE_CLASS_SOLAR, capacity: SOLAR, location: { h3Cell: CELL_A, index: 0 } };
    const devB = { key: edKey("carbon-b"), cls: DeviceClass.DEVICE_CLASS_SOLAR, capacity: SOLAR, location: { h3Cell: CELL_B, index: 0 } };
    expect(run(A, [{ typeUrl: MSG.RegisterDevice, value: registerMsg(addr(A), devA) }]).code).toBe(0);
    expect(run(B, [{ typeUrl: MSG.RegisterDevice, value: registerMsg(addr(B), devB) }]).code).toBe(0);

    // Reports: device 1 for epochs 0 and 1, device 2 for epoch 0.
    const bodies: Uint8Array[] = [];
    const report = (i: number, id: bigint, epoch: bigint, nonce: bigint, greenWh: bigint, key: Uint8Array) => {
      const s = signedReport(addr(i), reportBody(id, epoch, nonce, { gpuSeconds: 0n, energyProducedWh: greenWh, energyConsumedWh: greenWh, greenWh }), key);
      bodies.push(s.body);
      return run(i, [{ typeUrl: MSG.SubmitReport, value: s.msg }]).code;
    };
    expect(report(A, 1n, 0n, 1n, 3_000n, devA.key.priv)).toBe(0);
    expect(report(B, 2n, 0n, 1n, 500n, devB.key.priv)).toBe(0);
    while (f.height < L + 1n) f.block();
    expect(report(A, 1n, 1n, 2n, 2_000n, devA.key.priv)).toBe(0);

    // Issue: epoch 1 first, then epoch 0 (so batch order differs from vintage order); never twice.
    const issue = (i: number, device: bigint, epochs: bigint[], region = "") => run(i, [msg("MsgIssueRecs", { owner: addr(i), deviceId: device.toString(), epochs: epochs.map(String), region })]);
    const issuedTo = (device: bigint, epoch: bigint) => q("IssuedReport", C.QueryIssuedReportRequest.encode({ deviceId: toLong(device), epoch: toLong(epoch) }).finish(), C.QueryIssuedReportResponse).batchId;
    expect(issue(A, 1n, [1n]).code).toBe(0);
    expect(issue(A, 1n, [0n], "DEVNET-A").code).toBe(0);
    const [recE0, recE1] = [issuedTo(1n, 0n), issuedTo(1n, 1n)];
    expect(recE1).toMatch(/^REC-DEVNET-A-2026010100-\d{6}$/);
    expect(recE0 > recE1).toBe(true);
    expect(issue(A, 1n, [0n]).code).toBe("carbon:11");
    expect(issue(A, 2n, [0n]).code).toBe("carbon:9");
    expect(issue(B, 2n, [0n], "DEVNET-A").code).toBe("carbon:13");
    expect(issue(B, 2n, [0n]).code).toBe(0);
    expect(issue(B, 2n, [0n]).code).toBe("carbon:11");

    // Convert 1000 Wh of epoch 0 into 400 g CO2e; the RECs are consumed.
    expect(run(A, [msg("MsgConvertToCredits", { owner: addr(A), batchId: recE0, amount: "1000" })]).code).toBe(0);
    const e0 = q("Batch", C.QueryBatchRequest.encode({ batchId: recE0 }).finish(), C.QueryBatchResponse).batch!;
    expect([e0.supply!.tradable, e0.supply!.converted]).toEqual(["2000", "1000"]);
    const co2 = q("Batches", C.QueryBatchesRequest.encode({ creditType: "CO2" }).finish(), C.QueryBatchesResponse).batches;
    expect(co2.map((b: C.IBatchInfo) => [b.batch!.amount, b.batch!.sourceBatch])).toEqual([["400", recE0]]);

    // Basket of DEVNET-A RECs; deposit epoch 1 (2000) then epoch 0 (2000): 4000 coins.
    expect(run(A, [msg("MsgCreateBasket", { curator: addr(A), basketId: "greenwh", name: "Green Wh", criteria: { creditType: "REC", regions: ["DEVNET-A"] } })]).code).toBe(0);
    const recB = issuedTo(2n, 0n);
    expect(run(B, [msg("MsgBasketDeposit", { owner: addr(B), basketId: "greenwh", batchId: recB, amount: "100" })]).code).toBe("carbon:22");
    expect(run(A, [msg("MsgBasketDeposit", { owner: addr(A), basketId: "greenwh", batchId: recE1, amount: "2000" }), msg("MsgBasketDeposit", { owner: addr(A), basketId: "greenwh", batchId: recE0, amount: "2000" })]).code).toBe(0);
    expect(coins(addr(A), "carbon/greenwh")).toBe(4000n);

    // The coin trades as a bank coin: A sends 2500 to B.
    const send = BankSend.encode({ fromAddress: addr(A), toAddress: addr(B), amount: [{ denom: "carbon/greenwh", amount: "2500" }] }).finish();
    expect(run(A, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: send }]).code).toBe(0);
    expect(coins(addr(B), "carbon/greenwh")).toBe(2500n);

    // B takes 2500 out: all of epoch 0 (older) first, then 500 of epoch 1.
    expect(run(B, [msg("MsgBasketTake", { owner: addr(B), basketId: "greenwh", amount: "2500" })]).code).toBe(0);
    const bal = (who: string, batch: string) => q("Balances", C.QueryBalancesRequest.encode({ address: who }).finish(), C.QueryBalancesResponse).balances.find((b: C.IBalance) => b.batchId === batch);
    expect(bal(addr(B), recE0)!.tradable).toBe("2000");
    expect(bal(addr(B), recE1)!.tradable).toBe("500");
    expect(coins(addr(B), "carbon/greenwh")).toBe(0n);

    // A retires the rest out of the basket, and B retires 300 of epoch 0 directly.
    const rt = run(A, [msg("MsgBasketTake", { owner: addr(A), basketId: "greenwh", amount: "1500", retireOnTake: true, beneficiary: "A's GPU rack", jurisdiction: "US-CA", reason: "Jan compute" })]);
    expect(rt.code).toBe(0);
    expect(run(B, [msg("MsgRetire", { owner: addr(B), batchId: recE0, amount: "300", beneficiary: "B", jurisdiction: "DE", reason: "offset" })]).code).toBe(0);
    expect(run(B, [msg("MsgRetire", { owner: addr(B), batchId: recE0, amount: "1701", beneficiary: "B", jurisdiction: "DE", reason: "" })]).code).toBe("carbon:16");
    // Retired credits never move: B holds 1700 tradable + 300 retired of epoch 0.
    expect(run(B, [msg("MsgSend", { sender: addr(B), recipient: addr(A), batchId: recE0, amount: "1800" })]).code).toBe("carbon:17");

    // Certificates: one per retirement, owned by the retiring account, not transferable.
    const certOwner = (id: string) => f.query("/cosmos.nft.v1beta1.Query/Owner", QueryOwnerRequest.encode({ classId: CERT_CLASS, id }).finish(), QueryOwnerResponse).owner;
    expect([certOwner("cert-1"), certOwner("cert-2")]).toEqual([addr(A), addr(B)]);
    const nftSend = NftSend.encode({ classId: CERT_CLASS, id: "cert-2", sender: addr(B), receiver: addr(A) }).finish();
    expect(run(B, [{ typeUrl: "/cosmos.nft.v1beta1.MsgSend", value: nftSend }]).code).toBe("nft:12");

    // The trail of A's certificate: retirement -> epoch 1 batch -> device 1's signed report of epoch 1.
    const trail = q("CertificateTrail", C.QueryCertificateTrailRequest.encode({ certificateId: "cert-1" }).finish(), C.QueryCertificateTrailResponse);
    expect(trail.uriHashMatches).toBe(true);
    expect(trail.retirement!.basketId).toBe("greenwh");
    expect(trail.retirement!.credits!.map((c: C.IRetiredCredits) => [c.batchId, c.amount])).toEqual([[recE1, "1500"]]);
    expect(trail.reports).toHaveLength(1);
    expect(Buffer.from(trail.reports[0]!.bodyHash!).equals(Buffer.from(sha256(bodies[2]!)))).toBe(true);
    expect(trail.reports[0]!.hashMatches).toBe(true);

    // Supply per batch: issued = tradable + retired + escrowed + cancelled + converted.
    const s0 = q("Batch", C.QueryBatchRequest.encode({ batchId: recE0 }).finish(), C.QueryBatchResponse).batch!.supply!;
    expect([s0.issued, s0.tradable, s0.retired, s0.escrowed, s0.converted]).toEqual(["3000", "1700", "300", "0", "1000"]);

    // Stateless refusals (validateBasic: the tx fails before its sequence is used, so last, one per signer).
    expect(run(B, [msg("MsgSend", { sender: addr(B), recipient: addr(A), batchId: recE0, amount: "-5" })]).code).toBe("carbon:3");
    expect(run(A, [msg("MsgRetire", { owner: addr(A), batchId: recE1, amount: "0", beneficiary: "", jurisdiction: "US", reason: "" })]).code).toBe("carbon:4");
  });
});
