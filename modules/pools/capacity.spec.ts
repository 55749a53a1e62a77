import { describe, it, expect } from "vitest";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../devices/long.js";
import { DeviceClass } from "../devices/types.js";
import { createPoolsSpecKit, eventsOf, T0, type PoolsSpecKit } from "./spec-kit.js";
import { processApplyDevice, processCreatePool } from "./membership.js";
import { PoolKind, CommitmentStatus } from "./types.js";
import { POOLS_MSG } from "./msgs.js";
import { slotDenom } from "./slots.js";
import { exportPoolsGenesis, initPoolsGenesis } from "./genesis.js";
import {
  ErrCapacityExceeded, ErrHourBeyondHorizon, ErrHourTooSoon, ErrInsufficientSlots, ErrInvalidHour, ErrNotComputePool, ErrNotDeviceOwner, ErrNotMember,
  ErrSlotExpired, ErrSlotSendExpired, ErrSlotUnbacked, ErrZeroAmount,
} from "./errors.js";

const P = pogcs.pools.v1;
const H = 3600n;
const HOUR = T0 + 2n * H; // the first hour a commitment may target once the spec clock is past T0
const DENOM = slotDenom("rtx4090", HOUR);

/** A compute pool with device 1 (4 GPUs, owner addr 1) admitted at the end of epoch 0. */
function setup(): { k: PoolsSpecKit; p: bigint } {
  const k = createPoolsSpecKit();
  let p = 0n;
  k.atomic((ctx) => void (p = processCreatePool(k.keeper, ctx, { creator: k.addr(0), name: "gpu", kind: PoolKind.POOL_KIND_COMPUTE, quoteDenom: "ugcs", seats: 4, revenueShareBps: 0, entryRule: { type: "random" } })));
  k.addDevice(1n, { owner: k.addr(1), gpuModel: "RTX 4090 (simulated)", gpuCount: 4 });
  k.addDevice(2n, { owner: k.addr(2), gpuModel: "RTX 4090", gpuCount: 2 });
  k.atomic((ctx) => {
    processApplyDevice(k.keeper, ctx, k.addr(1), p, 1n);
    processApplyDevice(k.keeper, ctx, k.addr(2), p, 2n);
  });
  k.toEpochEnd(0n);
  return { k, p };
}

const commit = (k: PoolsSpecKit, owner: string, device: bigint, hour: bigint, units: bigint) =>
  k.run(POOLS_MSG.commitCapacity, P.MsgCommitCapacity.encode({ owner, deviceId: toLong(device), hourStart: toLong(hour), units: toLong(units) }).finish());
const bal = (k: PoolsSpecKit, who: string, denom = DENOM) => k.bank.keeper.getBalance(k.query(), who, denom);
const status = (k: PoolsSpecKit) => k.capabilities.slots.slotStatus(k.query(), DENOM, k.time)!;

describe("commit capacity", () => {
  it("mints gch/<class>/<hour> to the owner up to the device's GPUs per hour", () => {
    const { k } = setup();
    expect(commit(k, k.addr(1), 1n, HOUR, 3n).code).toBe(0);
    expect(bal(k, k.addr(1))).toBe(3n);
    expect(commit(k, k.addr(1), 1n, HOUR, 2n).code).toBe(ErrCapacityExceeded.code);
    expect(commit(k, k.addr(1), 1n, HOUR, 1n).code).toBe(0);
    expect(commit(k, k.addr(1), 1n, HOUR + H, 4n).code).toBe(0);
    expect(status(k)).toMatchObject({ cls: "rtx4090", hourStart: HOUR, supply: 4n, backedUnits: 4n, backed: true, expired: false });
    expect(eventsOf(k.events, "pools_capacity_committed").map((e) => e["units"])).toEqual(["3", "1", "4"]);
    expect(k.invariantFailures()).toEqual([]);
  });

  it("refuses bad hours, strangers, non-members and zero units with their own codes and no state change", () => {
    const { k } = setup();
    k.addDevice(3n, { owner: k.addr(1) });
    k.addDevice(4n, { owner: k.addr(1), cls: DeviceClass.DEVICE_CLASS_SOLAR });
    const before = k.bank.keeper.getTotalSupply(k.query());
    expect(commit(k, k.addr(1), 1n, HOUR - H, 1n).code).toBe(ErrHourTooSoon.code);
    expect(commit(k, k.addr(1), 1n, HOUR + 7n * 24n * H, 1n).code).toBe(ErrHourBeyondHorizon.code);
    expect(commit(k, k.addr(1), 1n, HOUR + 1n, 1n).code).toBe(ErrInvalidHour.code);
    expect(commit(k, k.addr(2), 1n, HOUR, 1n).code).toBe(ErrNotDeviceOwner.code);
    expect(commit(k, k.addr(1), 3n, HOUR, 1n).code).toBe(ErrNotMember.code);
    expect(commit(k, k.addr(1), 1n, HOUR, 0n).code).toBe(ErrZeroAmount.code);
    expect(k.bank.keeper.getTotalSupply(k.query())).toEqual(before);
    // A green-energy pool member cannot mint GPU-hours.
    let g = 0n;
    k.atomic((ctx) => void (g = processCreatePool(k.keeper, ctx, { creator: k.addr(0), name: "sun", kind: PoolKind.POOL_KIND_GREEN_ENERGY, quoteDenom: "ugcs", seats: 1, revenueShareBps: 0, entryRule: { type: "random" } })));
    k.atomic((ctx) => void processApplyDevice(k.keeper, ctx, k.addr(1), g, 4n));
    k.report(1n, 1n);
    k.report(2n, 1n);
    k.toEpochEnd(1n);
    expect(commit(k, k.addr(1), 4n, HOUR + H, 1n).code).toBe(ErrNotComputePool.code);
  });
});

describe("redeem", () => {
  it("burns from the holder and consumes commitments oldest first", () => {
    const { k } = setup();
    expect(commit(k, k.addr(1), 1n, HOUR, 3n).code).toBe(0);
    expect(commit(k, k.addr(2), 2n, HOUR, 2n).code).toBe(0);
    k.atomic((ctx) => {
      k.bank.keeper.send(ctx, k.addr(1), k.addr(5), [{ denom: DENOM, amount: 3n }]);
      k.bank.keeper.send(ctx, k.addr(2), k.addr(5), [{ denom: DENOM, amount: 1n }]);
    });
    let out: unknown;
    expect(k.atomic((ctx) => void (out = k.capabilities.redeemer.redeem(ctx, k.addr(5), DENOM, 4n))).code).toBe(0);
    expect(out).toEqual([{ deviceId: 1n, owner: k.addr(1), units: 3n }, { deviceId: 2n, owner: k.addr(2), units: 1n }]);
    expect(bal(k, k.addr(5))).toBe(0n);
    expect(status(k)).toMatchObject({ supply: 1n, backedUnits: 1n, backed: true });
    const r = (who: string, n: bigint) => k.atomic((ctx) => void k.capabilities.redeemer.redeem(ctx, who, DENOM, n)).code;
    expect(r(k.addr(2), 2n)).toBe(ErrInsufficientSlots.code);
    expect(r(k.addr(2), 0n)).toBe(ErrZeroAmount.code);
    k.time = HOUR + H;
    expect(r(k.addr(2), 1n)).toBe(ErrSlotExpired.code);
    expect(k.invariantFailures()).toEqual([]);
  });
});

describe("leaving and going offline", () => {
  it("defaults future commitments, burns what the owner still holds, and leaves sold units unbacked", () => {
    const { k } = setup();
    expect(commit(k, k.addr(1), 1n, HOUR, 4n).code).toBe(0);
    expect(commit(k, k.addr(2), 2n, HOUR, 2n).code).toBe(0);
    k.atomic((ctx) => k.bank.keeper.send(ctx, k.addr(1), k.addr(5), [{ denom: DENOM, amount: 3n }]));
    expect(k.run(POOLS_MSG.leavePool, P.MsgLeavePool.encode({ owner: k.addr(1), deviceId: toLong(1n) }).finish()).code).toBe(0);
    expect(bal(k, k.addr(1))).toBe(0n);
    expect(bal(k, k.addr(5))).toBe(3n);
    const c = k.keeper.deviceCommitments(k.query(), 1n)[0]!;
    expect([c.status, c.burned]).toEqual([CommitmentStatus.COMMITMENT_STATUS_DEFAULTED, 1n]);
    expect(status(k)).toMatchObject({ supply: 5n, backedUnits: 2n, backed: false });
    expect(k.atomic((ctx) => void k.capabilities.redeemer.redeem(ctx, k.addr(5), DENOM, 3n)).code).toBe(ErrSlotUnbacked.code);
    expect(eventsOf(k.events, "pools_commitment_defaulted")[0]).toMatchObject({ device_id: "1", burned: "1", reason: "left" });
    expect(k.invariantFailures()).toEqual([]);
  });

  it("an offline member (no report for the ended epoch) is marked at the epoch end", () => {
    const { k } = setup();
    expect(commit(k, k.addr(1), 1n, HOUR + 4n * H, 2n).code).toBe(0);
    expect(commit(k, k.addr(2), 2n, HOUR + 4n * H, 2n).code).toBe(0);
    k.report(2n, 1n);
    k.toEpochEnd(1n);
    expect(k.keeper.poolOfDevice(k.query(), 1n)).toBeUndefined();
    expect(k.keeper.poolOfDevice(k.query(), 2n)).toBe(1n);
    const denom = slotDenom("rtx4090", HOUR + 4n * H);
    expect(k.bank.keeper.getSupply(k.query(), denom)).toBe(2n);
    expect(k.capabilities.slots.slotStatus(k.query(), denom, k.time)).toMatchObject({ supply: 2n, backedUnits: 2n, backed: true });
    expect(eventsOf(k.events, "pools_device_offline")).toEqual([expect.objectContaining({ device_id: "1", reason: "no_report" })]);
  });
});

describe("expiry", () => {
  it("refuses sends of an expired slot, then the end block burns every holder and forgets the slot", () => {
    const { k } = setup();
    expect(commit(k, k.addr(1), 1n, HOUR, 4n).code).toBe(0);
    expect(commit(k, k.addr(1), 1n, HOUR + H, 1n).code).toBe(0);
    k.atomic((ctx) => {
      k.bank.keeper.send(ctx, k.addr(1), k.addr(5), [{ denom: DENOM, amount: 1n }]);
      k.bank.keeper.send(ctx, k.addr(1), k.addr(6), [{ denom: DENOM, amount: 2n }]);
    });
    expect([...k.bank.keeper.iterateHolders(k.query(), DENOM)].map((h) => h.amount).sort()).toEqual([1n, 1n, 2n]);
    k.time = HOUR + H;
    expect(k.atomic((ctx) => k.bank.keeper.send(ctx, k.addr(5), k.addr(6), [{ denom: DENOM, amount: 1n }])).code).toBe(ErrSlotSendExpired.code);
    k.height += 1n;
    k.endBlock();
    expect(k.bank.keeper.getSupply(k.query(), DENOM)).toBe(0n);
    expect([...k.bank.keeper.iterateHolders(k.query(), DENOM)]).toEqual([]);
    expect(k.capabilities.slots.slotStatus(k.query(), DENOM, k.time)).toBeUndefined();
    expect(k.keeper.deviceCommitments(k.query(), 1n).map((c) => c.hourStart)).toEqual([HOUR + H]);
    expect(eventsOf(k.events, "pools_slot_expired")).toEqual([expect.objectContaining({ denom: DENOM, burned: "4", holders: "3", commitments: "1" })]);
    expect(bal(k, k.addr(1), slotDenom("rtx4090", HOUR + H))).toBe(1n);
    expect(k.invariantFailures()).toEqual([]);
  });
});

describe("genesis", () => {
  it("exports and re-imports every record (round trip)", () => {
    const { k, p } = setup();
    expect(commit(k, k.addr(1), 1n, HOUR, 2n).code).toBe(0);
    k.fund(k.addr(3), "ugcs", 5000n);
    k.addDevice(9n, { owner: k.addr(3) });
    k.atomic((ctx) => void processApplyDevice(k.keeper, ctx, k.addr(3), p, 9n));
    const g = exportPoolsGenesis(k.keeper, k.query());
    const json = JSON.parse(JSON.stringify(g));
    const k2 = createPoolsSpecKit();
    expect(k2.atomic((ctx) => initPoolsGenesis(k2.keeper, ctx, json)).log).toBe("");
    expect(exportPoolsGenesis(k2.keeper, k2.query())).toEqual(g);
    expect(g.commitments).toHaveLength(1);
    expect(g.applications).toHaveLength(1);
    expect(g.members).toHaveLength(2);
  });
});
