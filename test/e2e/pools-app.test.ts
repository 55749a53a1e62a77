/**
 * The pools module in the full app: a GPU device registered and bonded through the devices
 * messages joins a compute pool at the epoch end, commits capacity and its owner's bank balance
 * shows the hour-slot tokens; an investor deposits; slot status and commitments are queryable;
 * the slot expires at the end of its hour.
 */
import { describe, expect, it } from "vitest";
import { QueryBalanceRequest, QueryBalanceResponse, QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { createFullApp } from "../support/pogcs-app.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../../modules/devices/long.js";
import { CELL_A, GPU_CAPACITY, MSG, bondMsg, edKey, registerMsg } from "../../modules/devices/test-support.js";
import { DeviceClass } from "../../modules/devices/types.js";
import { slotDenom } from "../../modules/pools/slots.js";
import { POOLS_ROUTES } from "../../node/rest/routes/pools.js";

const P = pogcs.pools.v1;
const T0 = 1_767_225_600n;

describe("pools in the full app", () => {
  it("device joins by stake, commits capacity, owner holds gch/... in bank; investor shares; expiry", () => {
    const f = createFullApp({ validators: 1, accounts: 3, epochLength: 10n });
    const owner = f.signers[1]!.address;
    const investor = f.signers[2]!.address;
    const ok = (res: ReturnType<typeof f.block>) => {
      for (const r of res.txResults) expect(r.code, r.log).toBe(0);
      return res;
    };
    const dev = { key: edKey("pools-gpu-1"), cls: DeviceClass.DEVICE_CLASS_GPU, capacity: { ...GPU_CAPACITY, gpuCount: 2 }, location: { h3Cell: CELL_A, index: 0 } };
    ok(f.block([f.tx(1, [{ typeUrl: MSG.RegisterDevice, value: registerMsg(owner, dev) }])]));
    ok(f.block([f.tx(1, [{ typeUrl: MSG.BondDevice, value: bondMsg(owner, 1n, 2_000_000n, f.validators[0]!.valoper) }])]));
    ok(f.block([f.tx(2, [{ typeUrl: "/pogcs.pools.v1.MsgCreatePool", value: P.MsgCreatePool.encode({ creator: investor, name: "GPU pool", kind: P.PoolKind.POOL_KIND_COMPUTE, quoteDenom: "ugcs", seats: 4, revenueShareBps: 1000, entryRule: { stake: { minBond: "1000000" } } }).finish() }])]));
    ok(f.block([
      f.tx(1, [{ typeUrl: "/pogcs.pools.v1.MsgApplyDevice", value: P.MsgApplyDevice.encode({ owner, poolId: toLong(1n), deviceId: toLong(1n) }).finish() }]),
      f.tx(2, [{ typeUrl: "/pogcs.pools.v1.MsgDeposit", value: P.MsgDeposit.encode({ investor, poolId: toLong(1n), amount: "5000000" }).finish() }]),
    ]));
    while (f.height < 10n) f.block();
    const members = f.query("/pogcs.pools.v1.Query/Members", P.QueryMembersRequest.encode({ poolId: toLong(1n) }).finish(), P.QueryMembersResponse);
    expect(members.members.map((m: pogcs.pools.v1.IMember) => String(m.deviceId))).toEqual(["1"]);

    const hour = T0 + 2n * 3600n; // block time is T0 + height
    const denom = slotDenom("rtx4090", hour);
    ok(f.block([f.tx(1, [{ typeUrl: "/pogcs.pools.v1.MsgCommitCapacity", value: P.MsgCommitCapacity.encode({ owner, deviceId: toLong(1n), hourStart: toLong(hour), units: toLong(2n) }).finish() }])]));
    const bal = f.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: owner, denom }).finish(), QueryBalanceResponse);
    expect(bal.balance).toEqual({ denom: "gch/rtx4090/2026010102", amount: "2" });
    const over = f.block([f.tx(1, [{ typeUrl: "/pogcs.pools.v1.MsgCommitCapacity", value: P.MsgCommitCapacity.encode({ owner, deviceId: toLong(1n), hourStart: toLong(hour), units: toLong(1n) }).finish() }])]);
    expect([over.txResults[0]!.codespace, over.txResults[0]!.code]).toEqual(["pools", 18]);

    const st = f.query("/pogcs.pools.v1.Query/SlotStatus", P.QuerySlotStatusRequest.encode({ denom, atTime: toLong(T0 + 20n) }).finish(), P.QuerySlotStatusResponse);
    expect([st.supply, st.backedUnits, st.backed, st.expired, st.minted]).toEqual(["2", "2", true, false, "2"]);
    const commits = f.query("/pogcs.pools.v1.Query/DeviceCommitments", P.QueryDeviceCommitmentsRequest.encode({ deviceId: toLong(1n) }).finish(), P.QueryDeviceCommitmentsResponse);
    expect(commits.commitments.map((c: pogcs.pools.v1.ICommitment) => [c.denom, c.units, c.remaining])).toEqual([[denom, "2", "2"]]);
    const shares = f.query("/pogcs.pools.v1.Query/InvestorShares", P.QueryInvestorSharesRequest.encode({ investor }).finish(), P.QueryInvestorSharesResponse);
    expect(shares.shares.map((s: pogcs.pools.v1.IInvestorShares) => s.shares)).toEqual(["5000000"]);

    // Every REST route maps to a query the app answers.
    const params: Record<string, string> = { pool_id: "1", investor, denom, cls: "rtx4090", hour: "2026010102", device_id: "1" };
    for (const route of POOLS_ROUTES) {
      const req = route.req.encode(route.req.fromPartial(route.build(params, { at_time: String(T0 + 20n) }) as never) as never).finish();
      const res = f.pogcs.app.query(route.path, req);
      expect(res.code, `${route.url}: ${res.log}`).toBe(0);
      const json = JSON.stringify(route.res.toJSON(route.res.decode(res.value!) as never));
      if (route.url.includes("slots")) expect(json).toContain('"backed_units":"2"'.replace("backed_units", "backedUnits"));
    }

    // Jump the clock past the slot's hour: the next end block burns it everywhere.
    const late = f.pogcs.app.finalizeBlock({ chainId: "pogcs-test-1", height: f.cms.version + 1n, timeSeconds: hour + 3600n, timeNanos: 0, proposer: f.validators[0]!.key.address, extras: { randomness: new Uint8Array(32).fill(3), lastCommitVotes: f.validators.map((v) => ({ address: v.key.address, power: 10_000n, signed: true })), misbehavior: [] } }, []);
    expect(late.events.some((e) => e.type === "pools_slot_expired")).toBe(true);
    const supply = f.query("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest.encode({ denom }).finish(), QuerySupplyOfResponse);
    expect(supply.amount?.amount).toBe("0");
  });
});
