import { describe, it, expect } from "vitest";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { pogcs } from "../../proto/gen/pogcs.js";
import { valAddress } from "../../chain/codec/address.js";
import {
  createTestApp, edKey, registerMsg, bondMsg, reportBody, signedReport, commitMsg, CELL_A, CELL_B, GPU_CAPACITY, MAKER, MSG, type DeviceSpec, type TestApp,
} from "./test-support.js";
import { DeviceClass, ChallengeStatus } from "./types.js";
import { toLong, fromLong } from "./long.js";
import { commitRows, computeProduct, merkleProof, merkleRootOf, rowToBytes } from "./challenge-math.js";

import P = pogcs.devices.v1;

const GPU = DeviceClass.DEVICE_CLASS_GPU;

function gpu(label: string, index: number, cell = CELL_A): DeviceSpec {
  return { key: edKey(label), cls: GPU, capacity: GPU_CAPACITY, location: { h3Cell: cell, index } };
}

function expectCode(r: { code: number; codespace: string; log: string }, codespace: string, code: number): void {
  expect({ codespace: r.codespace, code: r.code, log: r.log }).toMatchObject({ codespace, code });
}

function deviceOf(t: TestApp, id: bigint) {
  return t.query("/pogcs.devices.v1.Query/Device", P.QueryDeviceRequest.encode({ deviceId: toLong(id) }).finish(), P.QueryDeviceResponse).device!;
}

function challengeOf(t: TestApp, id: bigint, epoch: bigint) {
  return t.query("/pogcs.devices.v1.Query/Challenge", P.QueryChallengeRequest.encode({ deviceId: toLong(id), epoch: toLong(epoch) }).finish(), P.QueryChallengeResponse).challenge as P.Challenge; // a decoded sub-message is a full instance
}

/** Registers devices from signer 0 (ids 1..n in order) and bonds them to validator 0. */
function setup(t: TestApp, specs: DeviceSpec[], bond = 10_000n): void {
  const owner = t.signers[0]!.address;
  const res = t.block(specs.map((d) => t.tx(0, MSG.RegisterDevice, registerMsg(owner, d))));
  res.forEach((r) => expect(r.log).toBe(""));
  const res2 = t.block(specs.map((_, i) => t.tx(0, MSG.BondDevice, bondMsg(owner, BigInt(i + 1), bond, t.validators[0]!.operator))));
  res2.forEach((r) => expect(r.log).toBe(""));
}

describe("MsgRegisterDevice", () => {
  it("registers a certified device and refuses each bad registration with its own code", () => {
    const t = createTestApp();
    const owner = t.signers[0]!.address;
    const d1 = gpu("dev-1", 0);
    const [ok] = t.block([t.tx(0, MSG.RegisterDevice, registerMsg(owner, d1))]);
    expect(ok!.code).toBe(0);
    const cases: Array<[string, Uint8Array, number]> = [
      ["unknown maker", registerMsg(owner, gpu("dev-2", 1), { makerId: "nobody" }), 2],
      ["bad certificate (signed by another key)", registerMsg(owner, gpu("dev-3", 2), { makerKey: edKey("impostor").priv }), 3],
      ["bad certificate (capacity changed after signing)", registerMsg(owner, gpu("dev-4", 3), { capacitySigned: { ...GPU_CAPACITY, gpuCount: 8 } }), 3],
      ["taken location address", registerMsg(owner, gpu("dev-5", 0)), 6],
      ["device key already registered", registerMsg(owner, { ...d1, location: { h3Cell: CELL_B, index: 9 } }), 7],
    ];
    const res = t.block(cases.map(([, m]) => t.tx(0, MSG.RegisterDevice, m)));
    cases.forEach(([name, , code], i) => expect([name, res[i]!.codespace, res[i]!.code]).toEqual([name, "devices", code]));
    // Stateless refusals come back from CheckTx.
    const bad = { ...gpu("dev-6", 4), location: { h3Cell: CELL_A & ~7n, index: 4 } };
    expectCode(t.app.checkTx(t.tx(1, MSG.RegisterDevice, registerMsg(t.signers[1]!.address, bad))).result, "devices", 5);
    const q = t.query("/pogcs.devices.v1.Query/DevicesByOwner", P.QueryDevicesByOwnerRequest.encode({ owner }).finish(), P.QueryDevicesResponse);
    expect(q.devices.map((d: P.IDevice) => fromLong(d.id))).toEqual([1n]);
    const byCell = t.query("/pogcs.devices.v1.Query/DevicesByCell", P.QueryDevicesByCellRequest.encode({ h3Cell: toLong(CELL_A) }).finish(), P.QueryDevicesResponse);
    expect(byCell.devices.length).toBe(1);
    const byClass = t.query("/pogcs.devices.v1.Query/DevicesByClass", P.QueryDevicesByClassRequest.encode({ class: GPU }).finish(), P.QueryDevicesResponse);
    expect(byClass.devices.length).toBe(1);
  });
});

describe("MsgBondDevice / MsgUnbondDevice", () => {
  it("bonds into the module account, refuses strangers and unknown validators, unbonds with a delay", () => {
    const t = createTestApp({ devicesParams: { unbonding_blocks: "3" } });
    const owner = t.signers[0]!.address;
    t.block([t.tx(0, MSG.RegisterDevice, registerMsg(owner, gpu("dev-1", 0)))]);
    // A malformed validator address is refused statelessly (CheckTx, sequence untouched).
    expectCode(t.app.checkTx(t.tx(4, MSG.BondDevice, bondMsg(t.signers[4]!.address, 1n, 5000n, "gcsvaloperx"))).result, "sdk", 7);
    const res = t.block([
      t.tx(1, MSG.BondDevice, bondMsg(t.signers[1]!.address, 1n, 5000n, t.validators[0]!.operator)),
      t.tx(0, MSG.BondDevice, bondMsg(owner, 1n, 5000n, valAddress(new Uint8Array(20).fill(9)))),
      t.tx(0, MSG.BondDevice, bondMsg(owner, 9n, 5000n, t.validators[0]!.operator)),
      t.tx(0, MSG.BondDevice, bondMsg(owner, 1n, 5000n, t.validators[1]!.operator)),
    ]);
    expect(res.map((r) => [r.codespace, r.code])).toEqual([["devices", 10], ["devices", 11], ["devices", 9], ["", 0]]);
    expect(deviceOf(t, 1n).bond).toBe("5000");
    const unb = t.block([
      t.tx(0, MSG.UnbondDevice, P.MsgUnbondDevice.encode({ owner, deviceId: toLong(1n), amount: "6000" }).finish()),
      t.tx(0, MSG.UnbondDevice, P.MsgUnbondDevice.encode({ owner, deviceId: toLong(1n), amount: "2000" }).finish()),
    ]);
    expect(unb.map((r) => r.code)).toEqual([13, 0]);
    expect(deviceOf(t, 1n).bond).toBe("3000");
    t.blocksUntil(t.height + 4n); // the invariant (bonds + unbondings = account balance) holds every block
    expect(t.app.runInvariants()).toEqual([]);
  });
});

describe("MsgSubmitReport", () => {
  it("accepts one report per epoch and refuses each bad one with its own code", () => {
    const t = createTestApp();
    const d = gpu("dev-1", 0);
    setup(t, [d]);
    const s = t.signers[2]!.address; // anyone may send (and pay for) a device's report
    const other = edKey("other");
    const good = signedReport(s, reportBody(1n, 0n, 1n), d.key.priv);
    const cases: Array<[string, Uint8Array, string, number]> = [
      ["ok", good.msg, "", 0],
      ["duplicate", signedReport(s, reportBody(1n, 0n, 2n), d.key.priv).msg, "devices", 19],
      ["future epoch", signedReport(s, reportBody(1n, 1n, 3n), d.key.priv).msg, "devices", 17],
      ["wrong signature", signedReport(s, reportBody(1n, 0n, 4n), other.priv).msg, "devices", 16],
      ["unregistered device", signedReport(s, reportBody(7n, 0n, 5n), d.key.priv).msg, "devices", 9],
      ["other chain", signedReport(s, { ...reportBody(1n, 0n, 6n), chainId: "elsewhere" }, d.key.priv).msg, "devices", 15],
      ["green above consumed", signedReport(s, reportBody(1n, 0n, 7n, { greenWh: 9999n }), d.key.priv).msg, "devices", 14],
    ];
    const res = t.block(cases.map(([, m]) => t.tx(2, MSG.SubmitReport, m)));
    cases.forEach(([name, , cs, code], i) => expect([name, res[i]!.codespace, res[i]!.code]).toEqual([name, cs, code]));
    // Epoch 1 starts at height 21; epoch 0 is still open for 5 blocks of grace.
    t.blocksUntil(21n);
    const r1 = t.block([
      t.tx(2, MSG.SubmitReport, signedReport(s, reportBody(1n, 1n, 1n), d.key.priv).msg), // replayed nonce
      t.tx(2, MSG.SubmitReport, signedReport(s, reportBody(1n, 1n, 10n), d.key.priv).msg),
    ]);
    expect(r1.map((r) => r.code)).toEqual([20, 0]);
    t.blocksUntil(41n);
    const late = t.block([t.tx(2, MSG.SubmitReport, signedReport(s, reportBody(1n, 0n, 11n), d.key.priv).msg)]);
    expectCode(late[0]!, "devices", 18);
    const grace = t.block([t.tx(2, MSG.SubmitReport, signedReport(s, reportBody(1n, 1n, 12n), d.key.priv).msg)]);
    expectCode(grace[0]!, "devices", 19); // epoch 1 within grace, but already reported
    const hist = t.query("/pogcs.devices.v1.Query/DeviceHistory", P.QueryDeviceHistoryRequest.encode({ deviceId: toLong(1n) }).finish(), P.QueryDeviceHistoryResponse);
    expect(hist.entries.map((e: P.IEpochHistoryEntry) => fromLong(e.epoch))).toEqual([1n, 0n]);
  });

  it("a report for the just-ended epoch is accepted within the grace window only", () => {
    const t = createTestApp();
    const d = gpu("dev-1", 0);
    setup(t, [d]);
    t.blocksUntil(21n);
    const s = t.signers[0]!.address;
    expect(t.block([t.tx(0, MSG.SubmitReport, signedReport(s, reportBody(1n, 0n, 1n), d.key.priv).msg)])[0]!.code).toBe(0);
  });
});

describe("MsgReportDoubleReport", () => {
  it("slashes the bond, rewards the reporter, flags the device and zeroes its validator's g for K epochs", () => {
    const t = createTestApp({ devicesParams: { g_penalty_epochs: "2" } });
    const d = gpu("dev-1", 0);
    setup(t, [d], 10_000n);
    const owner = t.signers[0]!.address;
    const a = signedReport(owner, reportBody(1n, 0n, 1n), d.key.priv);
    const b = signedReport(owner, reportBody(1n, 0n, 2n, { gpuSeconds: 100n }), d.key.priv);
    const ev = (x: typeof a, y: typeof a) => P.MsgReportDoubleReport.encode({ sender: t.signers[3]!.address, bodyA: x.body, signatureA: x.signature, bodyB: y.body, signatureB: y.signature }).finish();
    const res = t.block([
      t.tx(3, MSG.ReportDoubleReport, ev(a, a)),
      t.tx(3, MSG.ReportDoubleReport, ev(a, signedReport(owner, reportBody(1n, 0n, 2n), edKey("x").priv))),
      t.tx(3, MSG.ReportDoubleReport, ev(a, b)),
      t.tx(3, MSG.ReportDoubleReport, ev(a, b)),
    ]);
    expect(res.map((r) => r.code)).toEqual([22, 16, 0, 23]);
    const dev = deviceOf(t, 1n);
    expect(dev.flagged).toBe(true);
    expect(dev.bond).toBe("5000"); // 50% slashed
    const resp = P.MsgReportDoubleReportResponse.decode(pogcsMsgResponse(res[2]!.data));
    expect([resp.slashed, resp.reward]).toEqual(["5000", "500"]);
    expectCode(t.block([t.tx(0, MSG.SubmitReport, signedReport(owner, reportBody(1n, 0n, 3n), d.key.priv).msg)])[0]!, "devices", 21);
    // Power tables for epochs 1 and 2 give validator 0 g = 0; epoch 3's may give it g again.
    const power = (): pogcs.pogcs.v1.IValidatorPower => t.query("/pogcs.pogcs.v1.Query/ValidatorPower",
      pogcs.pogcs.v1.QueryValidatorPowerRequest.encode({ operator: t.validators[0]!.operator }).finish(), pogcs.pogcs.v1.QueryValidatorPowerResponse).power!;
    t.blocksUntil(20n);
    expect([fromLong(power().epoch), power().penalized]).toEqual([1n, true]);
    t.blocksUntil(40n);
    expect([fromLong(power().epoch), power().penalized]).toEqual([2n, true]);
    t.blocksUntil(60n);
    expect([fromLong(power().epoch), power().penalized]).toEqual([3n, false]);
  });
});

function pogcsMsgResponse(data: Uint8Array): Uint8Array {
  return TxMsgData.decode(data).msgResponses[0]!.value;
}

describe("challenges end to end", () => {
  function revealMsg(sender: string, id: bigint, epoch: bigint, rows: Uint32Array[], sampled: number[]): Uint8Array {
    const levels = commitRows(rows);
    return P.MsgChallengeReveal.encode({
      sender, deviceId: toLong(id), epoch: toLong(epoch),
      rows: sampled.map((i) => ({ index: i, values: rowToBytes(rows[i]!), proof: merkleProof(levels, i) })),
    }).finish();
  }

  it("an honest device passes, a lazy one is caught, a silent one fails late; scores move accordingly", () => {
    const t = createTestApp({ devicesParams: { challenge_permille: 1000 } });
    const devs = [gpu("honest", 0), gpu("lazy", 1), gpu("silent", 2), gpu("late-reveal", 3)];
    setup(t, devs);
    t.blocksUntil(21n); // epoch 1's first block: every bonded gpu device is challenged
    const epochInfo = t.query("/pogcs.devices.v1.Query/EpochInfo", P.QueryEpochInfoRequest.encode({ current: true }).finish(), P.QueryEpochInfoResponse);
    expect(epochInfo.record!.challenged!.map(fromLong)).toEqual([1n, 2n, 3n, 4n]);
    expect(Buffer.from(epochInfo.record!.beacon!).equals(Buffer.from(t.beacon(21n)))).toBe(true);
    const s = t.signers[0]!.address;
    const ch = challengeOf(t, 1n, 1n);
    expect(ch.status).toBe(ChallengeStatus.CHALLENGE_STATUS_AWAITING_COMMIT);
    const rowsFor = (id: bigint) => computeProduct(challengeOf(t, id, 1n).seed, ch.n);
    const honest = rowsFor(1n);
    const lazy = rowsFor(2n).map((r, i) => (i % 2 === 0 ? r : new Uint32Array(r.length))); // only half of C computed
    const late = rowsFor(4n);
    const root = (rows: Uint32Array[]) => merkleRootOf(commitRows(rows));
    const res = t.block([
      t.tx(0, MSG.ChallengeCommit, commitMsg(s, 1n, 1n, root(honest), devs[0]!.key.priv)),
      t.tx(0, MSG.ChallengeCommit, commitMsg(s, 2n, 1n, root(lazy), devs[0]!.key.priv)),
      t.tx(0, MSG.ChallengeCommit, commitMsg(s, 2n, 1n, root(lazy), devs[1]!.key.priv)),
      t.tx(0, MSG.ChallengeCommit, commitMsg(s, 9n, 1n, root(lazy), devs[1]!.key.priv)),
      t.tx(0, MSG.ChallengeCommit, commitMsg(s, 4n, 1n, root(late), devs[3]!.key.priv)),
    ]);
    expect(res.map((r) => r.code)).toEqual([0, 27, 0, 24, 0]);
    t.block(); // height 23: the beacon draws the rows
    const c1 = challengeOf(t, 1n, 1n);
    const c2 = challengeOf(t, 2n, 1n);
    expect(c1.status).toBe(ChallengeStatus.CHALLENGE_STATUS_AWAITING_REVEAL);
    expect(c1.sampledRows.length).toBe(4);
    // The lazy device is caught unless all 4 sampled rows are even: this seed is checked below.
    const lazyCaught = c2.sampledRows.some((i: number) => i % 2 === 1);
    const rev = t.block([
      t.tx(0, MSG.ChallengeReveal, revealMsg(s, 1n, 1n, honest, c1.sampledRows)),
      t.tx(0, MSG.ChallengeReveal, revealMsg(s, 2n, 1n, lazy, c2.sampledRows)),
      t.tx(0, MSG.ChallengeReveal, revealMsg(s, 1n, 1n, honest, c1.sampledRows)),
    ], );
    expect(rev.map((r) => r.code)).toEqual([0, 0, 25]);
    expect(rev[0]!.gasUsed).toBeGreaterThan(10_000n);
    expect(challengeOf(t, 1n, 1n).status).toBe(ChallengeStatus.CHALLENGE_STATUS_PASSED);
    expect(challengeOf(t, 2n, 1n).status).toBe(lazyCaught ? ChallengeStatus.CHALLENGE_STATUS_FAILED_WRONG : ChallengeStatus.CHALLENGE_STATUS_PASSED);
    expect(deviceOf(t, 1n).score).toBe(650);
    if (lazyCaught) expect(deviceOf(t, 2n).score).toBe(480);
    t.blocksUntil(30n); // commit deadline 26 and reveal deadline 28 have passed
    expect(challengeOf(t, 3n, 1n).status).toBe(ChallengeStatus.CHALLENGE_STATUS_FAILED_LATE);
    expect(challengeOf(t, 4n, 1n).status).toBe(ChallengeStatus.CHALLENGE_STATUS_FAILED_LATE);
    expect(deviceOf(t, 3n).score).toBe(480);
    const c4 = challengeOf(t, 4n, 1n);
    expectCode(t.block([t.tx(0, MSG.ChallengeReveal, revealMsg(s, 4n, 1n, late, c4.sampledRows))])[0]!, "devices", 26);
    expectCode(t.block([t.tx(0, MSG.ChallengeCommit, commitMsg(s, 3n, 1n, root(late), devs[2]!.key.priv))])[0]!, "devices", 26);
    const hist = t.query("/pogcs.devices.v1.Query/DeviceHistory", P.QueryDeviceHistoryRequest.encode({ deviceId: toLong(3n) }).finish(), P.QueryDeviceHistoryResponse);
    expect(hist.entries[0]!.challenge!.status).toBe(ChallengeStatus.CHALLENGE_STATUS_FAILED_LATE);
    expect(MAKER.pub.length).toBe(32);
  });
});
