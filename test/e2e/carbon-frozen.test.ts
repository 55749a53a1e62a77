/**
 * Frozen credits in the full app (real auth, bank, devices, nft, carbon; signed txs through the
 * ante chain; invariants after every block): a device reports, its owner issues RECs and sells
 * some, then a third account proves a double report with two conflicting signed bodies
 * (MsgReportDoubleReport). From then on the RECs of that device do not move: the buyer's signed
 * MsgSend is refused with carbon code 34, while cancelling them is still allowed.
 */
import { describe, it, expect } from "vitest";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { pogcs } from "../../proto/gen/pogcs.js";
import { createFullApp } from "../support/pogcs-app.js";
import { msg as pogcsMsg } from "../../devnet/scenario/chain.js";
import { edKey, registerMsg, signedReport, reportBody, MSG, CELL_A } from "../../modules/devices/test-support.js";
import { DeviceClass, type Capacity } from "../../modules/devices/types.js";
import { toLong } from "../../modules/devices/long.js";

import C = pogcs.carbon.v1;
import D = pogcs.devices.v1;

const L = 10n;
const SOLAR: Capacity = { solarPeakW: 5_000n, storageWh: 0n, gpuModel: "", gpuCount: 0, fp32TflopsMilli: 0n };
const msg = (name: string, value: Record<string, unknown>): Any => pogcsMsg(`/pogcs.carbon.v1.${name}`, value);

describe("frozen credits in the full app", () => {
  it("RECs issued before the device is caught double reporting stop moving after MsgReportDoubleReport", () => {
    const f = createFullApp({ validators: 1, accounts: 4, epochLength: L, devices: { challenge_permille: 0 }, checkInvariants: true });
    const [A, B, W] = [1, 2, 3];
    const addr = (i: number) => f.signers[i]!.address;
    const run = (i: number, msgs: Any[]) => {
      const r = f.block([f.tx(i, msgs)]).txResults[0]!;
      return r.code === 0 ? 0 : `${r.codespace}:${r.code}`;
    };
    const q = <T extends { decode(b: Uint8Array): unknown }>(method: string, req: Uint8Array, codec: T) => f.query(`/pogcs.carbon.v1.Query/${method}`, req, codec) as ReturnType<T["decode"]>;
    const batch = (id: string) => q("Batch", C.QueryBatchRequest.encode({ batchId: id }).finish(), C.QueryBatchResponse).batch!;

    const dev = { key: edKey("carbon-frozen"), cls: DeviceClass.DEVICE_CLASS_SOLAR, capacity: SOLAR, location: { h3Cell: CELL_A, index: 0 } };
    expect(run(A, [{ typeUrl: MSG.RegisterDevice, value: registerMsg(addr(A), dev) }])).toBe(0);
    const honest = signedReport(addr(A), reportBody(1n, 0n, 1n, { gpuSeconds: 0n, energyProducedWh: 3_000n, energyConsumedWh: 3_000n, greenWh: 3_000n }), dev.key.priv);
    expect(run(A, [{ typeUrl: MSG.SubmitReport, value: honest.msg }])).toBe(0);

    expect(run(A, [msg("MsgIssueRecs", { owner: addr(A), deviceId: "1", epochs: ["0"] })])).toBe(0);
    const rec = q("IssuedReport", C.QueryIssuedReportRequest.encode({ deviceId: toLong(1n), epoch: toLong(0n) }).finish(), C.QueryIssuedReportResponse).batchId;
    expect(run(A, [msg("MsgSend", { sender: addr(A), recipient: addr(B), batchId: rec, amount: "1000" })])).toBe(0);
    expect(batch(rec).frozen).toBe(false);

    // W holds a second body for the same device and epoch, signed by the same device key.
    const liar = signedReport(addr(A), reportBody(1n, 0n, 2n, { gpuSeconds: 0n, energyProducedWh: 9_000n, energyConsumedWh: 9_000n, greenWh: 9_000n }), dev.key.priv);
    const evidence = D.MsgReportDoubleReport.encode({ sender: addr(W), bodyA: honest.body, signatureA: honest.signature, bodyB: liar.body, signatureB: liar.signature }).finish();
    expect(run(W, [{ typeUrl: MSG.ReportDoubleReport, value: evidence }])).toBe(0);
    const device = f.query("/pogcs.devices.v1.Query/Device", D.QueryDeviceRequest.encode({ deviceId: toLong(1n) }).finish(), D.QueryDeviceResponse) as D.QueryDeviceResponse;
    expect(device.device!.flagged).toBe(true);

    // The holder's signed send of those RECs is refused with the frozen code and changes nothing.
    const balances = (who: string) => q("Balances", C.QueryBalancesRequest.encode({ address: who }).finish(), C.QueryBalancesResponse).balances.map((b: C.IBalance) => [b.batchId, b.tradable]);
    const before = [balances(addr(A)), balances(addr(B)), batch(rec).supply];
    expect(run(B, [msg("MsgSend", { sender: addr(B), recipient: addr(A), batchId: rec, amount: "10" })])).toBe("carbon:34");
    expect(run(A, [msg("MsgRetire", { owner: addr(A), batchId: rec, amount: "10", beneficiary: "", jurisdiction: "US", reason: "" })])).toBe("carbon:34");
    expect([balances(addr(A)), balances(addr(B)), batch(rec).supply]).toEqual(before);
    expect(batch(rec).frozen).toBe(true);
    // The holder may still cancel them (out of circulation for good).
    expect(run(B, [msg("MsgCancel", { owner: addr(B), batchId: rec, amount: "1000", reason: "source caught double reporting" })])).toBe(0);
    expect(batch(rec).supply!.cancelled).toBe("1000");
  });
});
