import { describe, it, expect } from "vitest";
import { DeviceClass } from "../devices/types.js";
import { toLong } from "../devices/long.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { createPoolsSpecKit, eventsOf, type PoolsSpecKit } from "./spec-kit.js";
import { processCreatePool } from "./membership.js";
import { computeDrawSeed, computeShuffle } from "./draw.js";
import { PoolKind, type EntryRule } from "./types.js";
import { POOLS_MSG } from "./msgs.js";
import { ErrAlreadyPooled, ErrDeviceNotFound, ErrInvalidEntryRule, ErrInvalidKind, ErrNotDeviceOwner, ErrPoolNotFound, ErrWrongDeviceClass } from "./errors.js";
import { fromHex } from "../../chain/crypto/bytes.js";

const P = pogcs.pools.v1;

function pool(k: PoolsSpecKit, rule: EntryRule, seats = 2, kind: number = PoolKind.POOL_KIND_COMPUTE): bigint {
  let id = 0n;
  const r = k.atomic((ctx) => void (id = processCreatePool(k.keeper, ctx, { creator: k.addr(0), name: "p", kind, quoteDenom: "ugcs", seats, revenueShareBps: 1000, entryRule: rule })));
  expect(r.log).toBe("");
  return id;
}

function apply(k: PoolsSpecKit, poolId: bigint, device: bigint, owner = k.addr(1)) {
  return k.run(POOLS_MSG.applyDevice, P.MsgApplyDevice.encode({ owner, poolId: toLong(poolId), deviceId: toLong(device) }).finish());
}

const members = (k: PoolsSpecKit, poolId: bigint) => k.keeper.members(k.query(), poolId).map((m) => m.deviceId);

describe("applications", () => {
  it("check the owner, the class against the kind, and membership elsewhere (each with its own code, no state change)", () => {
    const k = createPoolsSpecKit();
    const p = pool(k, { type: "random" });
    const g = pool(k, { type: "random" }, 2, PoolKind.POOL_KIND_GREEN_ENERGY);
    k.addDevice(1n, { owner: k.addr(1) });
    k.addDevice(2n, { owner: k.addr(1), cls: DeviceClass.DEVICE_CLASS_SOLAR });
    expect(apply(k, 9n, 1n).code).toBe(ErrPoolNotFound.code);
    expect(apply(k, p, 7n).code).toBe(ErrDeviceNotFound.code);
    expect(apply(k, p, 1n, k.addr(2)).code).toBe(ErrNotDeviceOwner.code);
    expect(apply(k, p, 2n).code).toBe(ErrWrongDeviceClass.code);
    expect(k.keeper.applications(k.query(), p)).toEqual([]);
    expect(apply(k, p, 1n).code).toBe(0);
    expect(apply(k, g, 1n).code).toBe(ErrWrongDeviceClass.code);
    expect(apply(k, p, 1n).code).toBe(ErrAlreadyPooled.code);
    expect(apply(k, g, 2n).code).toBe(0);
  });

  it("pool definitions are validated", () => {
    const k = createPoolsSpecKit();
    const bad = (kind: number, rule: EntryRule) =>
      k.run(POOLS_MSG.createPool, P.MsgCreatePool.encode({ creator: k.addr(0), name: "x", kind, quoteDenom: "ugcs", seats: 1, revenueShareBps: 0, entryRule: rule.type === "random" ? { random: {} } : { condition: { classes: [DeviceClass.DEVICE_CLASS_SOLAR] } } }).finish()).code;
    expect(bad(0, { type: "random" })).toBe(ErrInvalidKind.code);
    expect(bad(PoolKind.POOL_KIND_COMPUTE, { type: "condition", minGreenPermille: 0, minUptimePermille: 0, classes: [], maxDevicesInCell: 0 })).toBe(ErrInvalidEntryRule.code);
    expect(bad(PoolKind.POOL_KIND_COMPUTE, { type: "random" })).toBe(0);
  });
});

describe("STAKE entry", () => {
  it("admits the highest bonds at least min_bond at the epoch end; the rest are rejected", () => {
    const k = createPoolsSpecKit();
    const p = pool(k, { type: "stake", minBond: 500n }, 2);
    const bonds = [400n, 900n, 700n, 1200n, 700n];
    bonds.forEach((b, i) => k.addDevice(BigInt(i + 1), { owner: k.addr(1), bond: b }));
    for (let i = 1n; i <= 5n; i++) expect(apply(k, p, i).code).toBe(0);
    k.toEpochEnd(0n);
    expect(members(k, p)).toEqual([2n, 4n]);
    const rejected = eventsOf(k.events, "pools_application_rejected");
    expect(rejected.map((e) => [e["device_id"], e["reason"]])).toEqual([["1", "bond_below_min"], ["3", "no_seat"], ["5", "no_seat"]]);
    expect(k.keeper.getPool(k.query(), p)!.memberCount).toBe(2);
    expect(k.invariantFailures()).toEqual([]);
  });

  it("breaks bond ties by application order", () => {
    const k = createPoolsSpecKit();
    const p = pool(k, { type: "stake", minBond: 0n }, 1);
    k.addDevice(1n, { owner: k.addr(1), bond: 700n });
    k.addDevice(2n, { owner: k.addr(1), bond: 700n });
    expect(apply(k, p, 2n).code).toBe(0);
    expect(apply(k, p, 1n).code).toBe(0);
    k.toEpochEnd(0n);
    expect(members(k, p)).toEqual([2n]);
  });
});

describe("RANDOM entry", () => {
  it("admits everyone when seats suffice, without a draw", () => {
    const k = createPoolsSpecKit();
    const p = pool(k, { type: "random" }, 3);
    for (let i = 1n; i <= 3n; i++) {
      k.addDevice(i, { owner: k.addr(1) });
      expect(apply(k, p, i).code).toBe(0);
    }
    k.toEpochEnd(0n);
    expect(members(k, p)).toEqual([1n, 2n, 3n]);
    expect(eventsOf(k.events, "pools_random_draw")).toEqual([]);
  });

  it("draws winners with the beacon when applicants exceed seats; the draw replays from the recorded seed", () => {
    const winnersFor = (beaconByte: number) => {
      const k = createPoolsSpecKit();
      k.beacon = new Uint8Array(32).fill(beaconByte);
      const p = pool(k, { type: "random" }, 3);
      for (let i = 1n; i <= 8n; i++) {
        k.addDevice(i, { owner: k.addr(1) });
        expect(apply(k, p, i).code).toBe(0);
      }
      k.toEpochEnd(0n);
      const [draw] = eventsOf(k.events, "pools_random_draw");
      expect(draw).toBeDefined();
      const seed = fromHex(draw!["seed"]!)!;
      expect(seed).toEqual(computeDrawSeed(k.beacon, p, 0n));
      const replay = computeShuffle([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n], seed).slice(0, 3);
      expect(members(k, p)).toEqual([...replay].sort((a, b) => (a < b ? -1 : 1)));
      expect(draw!["winners"]).toBe(replay.join(","));
      expect(eventsOf(k.events, "pools_application_rejected").filter((e) => e["reason"] === "not_drawn")).toHaveLength(5);
      expect(k.invariantFailures()).toEqual([]);
      return draw!["winners"];
    };
    const a = winnersFor(1);
    expect(winnersFor(1)).toBe(a);
    const others = new Set([2, 3, 4, 5, 6].map(winnersFor));
    expect(others.size).toBeGreaterThan(1);
  });

  it("shuffle is a permutation", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const s = computeShuffle(items, new Uint8Array(32).fill(9));
    expect([...s].sort((a, b) => a - b)).toEqual(items);
    expect(s).not.toEqual(items);
  });
});

describe("CONDITION entry", () => {
  it("checks green share, uptime, class and cell density on the ended epoch's report, FIFO among qualifiers", () => {
    const k = createPoolsSpecKit();
    const rule: EntryRule = { type: "condition", minGreenPermille: 800, minUptimePermille: 950, classes: [DeviceClass.DEVICE_CLASS_COMBINED], maxDevicesInCell: 1 };
    const p = pool(k, rule, 3, PoolKind.POOL_KIND_GREEN_COMPUTE);
    const C = DeviceClass.DEVICE_CLASS_COMBINED;
    k.addDevice(1n, { owner: k.addr(1), cls: C, cell: 10n }); // green 700: too brown
    k.addDevice(2n, { owner: k.addr(1), cls: C, cell: 10n }); // qualifies
    k.addDevice(3n, { owner: k.addr(1), cls: C, cell: 10n }); // same cell as 2: density
    k.addDevice(4n, { owner: k.addr(1), cls: C, cell: 11n }); // uptime 900
    k.addDevice(5n, { owner: k.addr(1), cls: C, cell: 12n }); // no report
    k.addDevice(6n, { owner: k.addr(1), cls: C, cell: 13n }); // qualifies
    k.report(1n, 0n, { greenWh: 700n, consumedWh: 1000n });
    k.report(2n, 0n, { greenWh: 800n, consumedWh: 1000n });
    k.report(3n, 0n);
    k.report(4n, 0n, { uptime: 900 });
    k.report(6n, 0n);
    for (const d of [1n, 2n, 3n, 4n, 5n, 6n]) expect(apply(k, p, d).code).toBe(0);
    k.toEpochEnd(0n);
    expect(members(k, p)).toEqual([2n, 6n]);
    const reasons = Object.fromEntries(eventsOf(k.events, "pools_application_rejected").map((e) => [e["device_id"], e["reason"]]));
    expect(reasons).toEqual({ "1": "green_share", "3": "cell_density", "4": "uptime", "5": "no_report" });
  });
});

describe("offline members", () => {
  it("are removed at the epoch end when they have no report, are flagged, or score too low", () => {
    const k = createPoolsSpecKit();
    const p = pool(k, { type: "random" }, 4);
    for (let i = 1n; i <= 4n; i++) {
      k.addDevice(i, { owner: k.addr(1) });
      expect(apply(k, p, i).code).toBe(0);
    }
    k.toEpochEnd(0n);
    expect(members(k, p)).toEqual([1n, 2n, 3n, 4n]);
    k.report(1n, 1n);
    k.report(3n, 1n);
    k.report(4n, 1n);
    k.devices.set(3n, { ...k.devices.get(3n)!, flagged: true });
    k.devices.set(4n, { ...k.devices.get(4n)!, score: 50 });
    k.toEpochEnd(1n);
    expect(members(k, p)).toEqual([1n]);
    const off = Object.fromEntries(eventsOf(k.events, "pools_device_offline").map((e) => [e["device_id"], e["reason"]]));
    expect(off).toEqual({ "2": "no_report", "3": "flagged", "4": "low_score" });
    expect(k.keeper.getPool(k.query(), p)!.memberCount).toBe(1);
    expect(k.invariantFailures()).toEqual([]);
  });
});
