import { describe, it, expect } from "vitest";
import { pogcs } from "../../proto/gen/pogcs.js";
import { accAddress, parseValAddress } from "../../chain/codec/address.js";
import { createTestApp, edKey, registerMsg, bondMsg, reportBody, signedReport, CELL_A, CELL_B, GPU_CAPACITY, MSG, type DeviceSpec, type TestApp } from "../devices/test-support.js";
import { DeviceClass } from "../devices/types.js";
import { toLong } from "../devices/long.js";
import { MSG_WITHDRAW_REWARDS } from "./msgs.js";
import { createPowerOf } from "./power-of.js";

import Q = pogcs.pogcs.v1;

function gpu(label: string, index: number, cell = CELL_A): DeviceSpec {
  return { key: edKey(label), cls: DeviceClass.DEVICE_CLASS_GPU, capacity: GPU_CAPACITY, location: { h3Cell: cell, index } };
}

// Decoded sub-messages are full class instances (every field set); the generated types say I<Msg>.
function powers(t: TestApp) {
  const r = t.query("/pogcs.pogcs.v1.Query/ValidatorPowers", Q.QueryValidatorPowersRequest.encode({}).finish(), Q.QueryValidatorPowersResponse);
  return { powers: r.powers as Q.ValidatorPower[] };
}

function ledger(t: TestApp) {
  return t.query("/pogcs.pogcs.v1.Query/Ledger", Q.QueryLedgerRequest.encode({}).finish(), Q.QueryLedgerResponse).ledger as Q.Ledger;
}

function pending(t: TestApp, address: string): bigint {
  return BigInt(t.query("/pogcs.pogcs.v1.Query/PendingRewards", Q.QueryPendingRewardsRequest.encode({ address }).finish(), Q.QueryPendingRewardsResponse).amount);
}

/** Registers, bonds to the given validators, and reports every epoch up to `epochs` (one report per device per epoch). */
function run(t: TestApp, devs: DeviceSpec[], validatorOf: (i: number) => number, epochs: number, body = (id: bigint, e: bigint, n: bigint) => reportBody(id, e, n)): void {
  const owner = t.signers[0]!.address;
  t.block(devs.map((d) => t.tx(0, MSG.RegisterDevice, registerMsg(owner, d))));
  t.block(devs.map((_, i) => t.tx(0, MSG.BondDevice, bondMsg(owner, BigInt(i + 1), 10_000n, t.validators[validatorOf(i)]!.operator))));
  for (let e = 0n; e < BigInt(epochs); e++) {
    t.blocksUntil(e * 20n + 3n);
    const res = t.block(devs.map((d, i) => t.tx(0, MSG.SubmitReport, signedReport(owner, body(BigInt(i + 1), e, e + 1n), d.key.priv).msg)));
    res.forEach((r) => expect(r.log).toBe(""));
  }
}

describe("PoGCS power from verified green compute", () => {
  it("devices' VGC raises their validator's g and power, up to the cap; powerOf hands it to staking", () => {
    // 5 equal validators; devices back validator 0 only. vgc_target 2000 milli GPU-hours.
    const t = createTestApp({ pogcsParams: { vgc_target: "2000" } });
    run(t, [gpu("a", 0), gpu("b", 1)], () => 0, 3);
    t.blocksUntil(60n); // end of epoch 2: epochs 0 and 1 settled
    const rows = powers(t).powers;
    const v0 = rows.find((r) => r.operator === t.validators[0]!.operator)!;
    const other = rows.find((r) => r.operator === t.validators[1]!.operator)!;
    // Each device: min(3600 s -> 1000, 1500 Wh / 300 -> 5000) = 1000 milli GPU-h x score 600/1000 = 600 per epoch.
    expect(v0.vgc).toBe("2400");
    expect(BigInt(v0.gPpm.toString())).toBe(1_000_000n);
    expect(other.gPpm.toString()).toBe("0");
    expect(BigInt(v0.uncapped)).toBe(200n);
    // 200 vs four of 100: capped to 20% of the total -> 100.
    expect(BigInt(v0.power)).toBe(100n);
    const powerOf = createPowerOf();
    const ctx = { kv: (name: string) => ({ get: (k: Uint8Array) => t.app.query(`/store/${name}/key`, k).value, has: () => false, iterate: () => [][Symbol.iterator]() }) };
    expect(powerOf(ctx as never, { operator: t.validators[0]!.operator, tokens: 1n })).toBe(100n);
    expect(powerOf(ctx as never, { operator: "gcsvaloper-unknown", tokens: 7_000_000n })).toBe(7n);
    const dr = t.query("/pogcs.pogcs.v1.Query/DeviceRewards", Q.QueryDeviceRewardsRequest.encode({ deviceId: toLong(1n), epoch: toLong(1n) }).finish(), Q.QueryDeviceRewardsResponse).result as Q.DeviceEpochResult;
    expect(dr.vgc).toBe("600");
    expect(BigInt(dr.workReward)).toBeGreaterThan(0n);
  });

  it("without the cap (>= 2 validators, cap 100%) power is stake * (1 + g)", () => {
    const t = createTestApp({ validators: [100_000_000n, 100_000_000n], pogcsParams: { vgc_target: "4800", power_cap_ppm: "1000000" } });
    run(t, [gpu("a", 0), gpu("b", 1)], () => 0, 3);
    t.blocksUntil(60n);
    const v0 = powers(t).powers.find((r) => r.operator === t.validators[0]!.operator)!;
    expect([v0.vgc, v0.gPpm.toString(), v0.power]).toEqual(["2400", "500000", "150"]);
  });

  it("density: more devices of one class in one cell than the cap earn cap/count each", () => {
    const t = createTestApp({ devicesParams: { density_cap: 2 }, pogcsParams: { vgc_target: "1000000" } });
    const crowded = [0, 1, 2, 3].map((i) => gpu(`c${i}`, i, CELL_A));
    const alone = gpu("alone", 0, CELL_B);
    run(t, [...crowded, alone], () => 0, 2);
    t.blocksUntil(40n);
    const res = (id: number) => t.query("/pogcs.pogcs.v1.Query/DeviceRewards", Q.QueryDeviceRewardsRequest.encode({ deviceId: toLong(BigInt(id)), epoch: toLong(0n) }).finish(), Q.QueryDeviceRewardsResponse).result as Q.DeviceEpochResult;
    expect(res(1).vgc).toBe("300"); // 600 * 2/4
    expect(res(5).vgc).toBe("600");
    expect(BigInt(res(5).workReward)).toBeGreaterThan(BigInt(res(1).workReward));
  });

  it("emits on schedule, burns the fee share, pays stakers and devices, and withdrawals empty pending rewards", () => {
    const t = createTestApp({ fee: 10_000n });
    run(t, [gpu("a", 0)], () => 1, 2);
    t.blocksUntil(45n);
    const l = ledger(t);
    // 45 blocks of 1,000,000 until the first decay at height 51.
    expect(l.emitted).toBe("45000000");
    expect(BigInt(l.burned)).toBeGreaterThan(0n);
    expect(BigInt(l.burned) * 2n).toBe(BigInt(l.feesCollected)); // 50% of fees burned (even fees here)
    const op = accAddress(parseValAddress(t.validators[1]!.operator));
    expect(pending(t, op)).toBeGreaterThan(0n);
    const owner = t.signers[0]!.address;
    const before = pending(t, owner);
    expect(before).toBeGreaterThan(0n); // device rewards from the settled epoch 0 and 1 pools
    const res = t.block([t.tx(0, MSG_WITHDRAW_REWARDS, Q.MsgWithdrawRewards.encode({ address: owner }).finish()), t.tx(0, MSG_WITHDRAW_REWARDS, Q.MsgWithdrawRewards.encode({ address: owner }).finish())]);
    expect(res.map((r) => [r.codespace, r.code])).toEqual([["", 0], ["pogcs", 2]]);
    expect(pending(t, owner)).toBe(0n);
    t.blocksUntil(55n);
    expect(BigInt(ledger(t).currentPerBlock)).toBe(900_000n);
    expect(t.app.runInvariants()).toEqual([]);
  });

  it("stops minting at max supply", () => {
    const t = createTestApp({ emission: { max_supply: String(6n * 1_000_000_000_000n + 2_500_000n) } });
    t.blocksUntil(5n);
    expect(ledger(t).emitted).toBe("2500000");
  });
});
