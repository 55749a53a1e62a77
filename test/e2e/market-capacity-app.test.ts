/**
 * One GPU-hour is sold once: in the full app (real pools and market), a device's hour slots count
 * against the contracts it accepts directly (market 38), and a device cannot sell as slots the
 * hours its accepted contracts need (pools 31). Refusals leave balances and commitments unchanged.
 */
import { describe, expect, it } from "vitest";
import { createFullApp } from "../support/pogcs-app.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../../modules/devices/long.js";
import { CELL_A, GPU_CAPACITY, MSG, bondMsg, edKey, registerMsg } from "../../modules/devices/test-support.js";
import { DeviceClass } from "../../modules/devices/types.js";
import { acceptMsg, createContractMsg, submitMsg, type EncodedMsg } from "../../modules/market/builders.js";
import { createQueryContext } from "../../chain/app/query-context.js";

const PL = pogcs.pools.v1;
const T0 = 1_767_225_600n;
const H = 3600n;
const HASH = new Uint8Array(32).fill(9);

describe("GPU-hours sold as slots and to contracts are counted once", () => {
  it("slots reduce what a device may accept; accepted contracts block slot sales that would break them", () => {
    const f = createFullApp({ validators: 1, accounts: 3, epochLength: 10n });
    const owner = f.signers[1]!.address;
    const requester = f.signers[2]!.address;
    const run = (i: number, ...msgs: EncodedMsg[]) => f.block([f.tx(i, msgs)]).txResults[0]!;
    const send = (i: number, ...msgs: EncodedMsg[]) => {
      const r = run(i, ...msgs);
      expect(r.code, r.log).toBe(0);
      return r;
    };
    const refused = (i: number, codespace: string, code: number, ...msgs: EncodedMsg[]) => {
      const r = run(i, ...msgs);
      f.resync(i);
      expect([r.codespace, r.code], r.log).toEqual([codespace, code]);
      return r.log;
    };
    const commit = (hourStart: bigint, units: bigint): EncodedMsg => ({
      typeUrl: "/pogcs.pools.v1.MsgCommitCapacity",
      value: PL.MsgCommitCapacity.encode({ owner, deviceId: toLong(1n), hourStart: toLong(hourStart), units: toLong(units) }).finish(),
    });
    const commitments = () => f.pogcs.poolsKeeper.deviceCommitments(createQueryContext(f.cms, "", f.cms.version), 1n).map((c) => [c.hourStart - T0, c.units]);

    // A one-GPU device in a compute pool.
    const dev = { key: edKey("capacity-gpu"), cls: DeviceClass.DEVICE_CLASS_GPU, capacity: { ...GPU_CAPACITY, gpuCount: 1 }, location: { h3Cell: CELL_A, index: 0 } };
    send(1, { typeUrl: MSG.RegisterDevice, value: registerMsg(owner, dev) });
    send(1, { typeUrl: MSG.BondDevice, value: bondMsg(owner, 1n, 2_000_000n, f.validators[0]!.valoper) });
    send(2, { typeUrl: "/pogcs.pools.v1.MsgCreatePool", value: PL.MsgCreatePool.encode({ creator: requester, name: "GPU pool", kind: PL.PoolKind.POOL_KIND_COMPUTE, quoteDenom: "ugcs", seats: 4, revenueShareBps: 1000, entryRule: { stake: { minBond: "1000000" } } }).finish() });
    send(1, { typeUrl: "/pogcs.pools.v1.MsgApplyDevice", value: PL.MsgApplyDevice.encode({ owner, poolId: toLong(1n), deviceId: toLong(1n) }).finish() });
    while (f.height < 10n) f.block();

    // It sells the hour T0+2h as a slot. A contract due at T0+4h: 4 started hours, one sold.
    send(1, commit(T0 + 2n * H, 1n));
    const deadline = T0 + 4n * H;
    send(2, createContractMsg({ requester, hours: 4n, price: 1_000_000n, incentive: 0n, deadline }));
    send(2, createContractMsg({ requester, hours: 3n, price: 1_000_000n, incentive: 0n, deadline }));
    const log = refused(1, "market", 38, acceptMsg(owner, 1n, 1n));
    expect(log).toContain(`device 1 cannot deliver 4 GPU-hours by ${deadline}: capacity 3`);
    send(1, acceptMsg(owner, 2n, 1n));

    // Now selling T0+3h would leave 2 free hours for 3 accepted: refused, nothing minted.
    const before = commitments();
    const why = refused(1, "pools", 31, commit(T0 + 3n * H, 1n));
    expect(why).toContain("accepted contracts need it");
    expect(commitments()).toEqual(before);
    // An hour after the deadline is free to sell.
    send(1, commit(T0 + 4n * H, 1n));
    // Once the result is submitted the contract no longer holds the device's hours.
    send(1, submitMsg(owner, 2n, HASH));
    send(1, commit(T0 + 3n * H, 1n));
    expect(commitments()).toEqual([[2n * H, 1n], [3n * H, 1n], [4n * H, 1n]]);
  });
});
