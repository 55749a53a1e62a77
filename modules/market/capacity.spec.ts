import { describe, expect, it } from "vitest";
import { pogcs } from "../../proto/gen/pogcs.js";
import { moduleAddress } from "../auth/keeper.js";
import { fromLong } from "../devices/long.js";
import { slotDenom } from "../pools/slots.js";
import { acceptMsg, createContractMsg, redeemMsg, submitMsg, type EncodedMsg } from "./builders.js";
import { deliverableBy, firstOverload, reservedBy } from "./capacity.js";
import { deviceActiveKey, MARKET_STORE } from "./keys.js";
import { createMarketSpecKit, DENOM, type MarketSpecKit } from "./spec-kit.js";
import { Status } from "./types.js";

import P = pogcs.market.v1;

const HASH = new Uint8Array(32).fill(9);
const H = 3_600n;
const GPU = (gpuCount: number) => ({ capacity: { solarPeakW: 0n, storageWh: 0n, gpuModel: "RTX 4090", gpuCount, fp32TflopsMilli: 82_600n } });

function setup() {
  const kit = createMarketSpecKit();
  const req = kit.addr(1), prov = kit.addr(2);
  for (const a of [req, prov]) kit.fund(a, 100_000_000n);
  kit.addDevice(1n, prov, GPU(1));
  kit.addDevice(4n, prov, GPU(4));
  return { kit, req, prov };
}

function ok(kit: MarketSpecKit, m: EncodedMsg): Uint8Array | undefined {
  const r = kit.run(m.typeUrl, m.value);
  expect(r.log).toBe("");
  expect(kit.invariantFailures()).toEqual([]);
  return r.value;
}

function create(kit: MarketSpecKit, req: string, hours: bigint, deadline: bigint): bigint {
  return fromLong(P.MsgCreateContractResponse.decode(ok(kit, createContractMsg({ requester: req, hours, deadline }))!).contractId);
}

/** The accept is refused with market 38, leaving every store row and balance as it was. */
function refused(kit: MarketSpecKit, prov: string, id: bigint, device: bigint): string {
  const before = kit.stateDigest(), bal = kit.balance(prov);
  const m = acceptMsg(prov, id, device);
  const r = kit.run(m.typeUrl, m.value);
  expect([r.codespace, r.code]).toEqual(["market", 38]);
  expect(kit.stateDigest()).toBe(before);
  expect(kit.balance(prov)).toBe(bal);
  expect(kit.market.keeper.requireContract(kit.ctx(), id).status).toBe(Status.CONTRACT_STATUS_OPEN);
  expect(kit.invariantFailures()).toEqual([]);
  return r.log;
}

const outstanding = (kit: MarketSpecKit, device: bigint) => kit.market.keeper.activeContractIdsOfDevice(kit.ctx(), device);

describe("market capacity (path A): a device accepts only what its GPUs can deliver by the deadlines", () => {
  it("deliverable GPU-hours count a started hour; EDF finds the first overloaded deadline", () => {
    expect([deliverableBy(2n, 100n, 100n), deliverableBy(2n, 100n, 101n), deliverableBy(2n, 0n, H), deliverableBy(2n, 0n, H + 1n)]).toEqual([0n, 2n, 2n, 4n]);
    expect(firstOverload([{ hours: 2n, deadline: 2n * H }, { hours: 1n, deadline: 2n * H }], 1n, 0n)).toEqual({ deadline: 2n * H, demand: 3n, capacity: 2n });
    expect(firstOverload([{ hours: 3n, deadline: 3n * H }, { hours: 1n, deadline: H }], 1n, 0n)).toEqual({ deadline: 3n * H, demand: 4n, capacity: 3n });
    expect(firstOverload([{ hours: 1n, deadline: 3n * H }, { hours: 2n, deadline: H }], 1n, 0n)).toEqual({ deadline: H, demand: 2n, capacity: 1n });
    expect(firstOverload([{ hours: 1n, deadline: 3n * H }, { hours: 1n, deadline: H }, { hours: 1n, deadline: 2n * H }], 1n, 0n)).toBeUndefined();
  });

  it("hour slots sold before a deadline (an hour that overlaps [now, deadline)) come off the deliverable hours", () => {
    const reserved = [{ hourStart: 0n, units: 1n }, { hourStart: 2n * H, units: 2n }, { hourStart: 5n * H, units: 4n }];
    expect([reservedBy(reserved, 10n, H), reservedBy(reserved, H, 3n * H), reservedBy(reserved, 10n, 5n * H), reservedBy(reserved, 10n, 5n * H + 1n)]).toEqual([1n, 2n, 3n, 7n]);
    // 2 GPUs for 3 hours = 6, less 1 + 2 sold: 3 left, so 4 hours due at 3 h overload and 3 fit.
    expect(firstOverload([{ hours: 4n, deadline: 3n * H }], 2n, 10n, reserved)).toEqual({ deadline: 3n * H, demand: 4n, capacity: 3n });
    expect(firstOverload([{ hours: 3n, deadline: 3n * H }], 2n, 10n, reserved)).toBeUndefined();
    // More sold than the GPUs deliver never turns into negative capacity.
    expect(firstOverload([{ hours: 1n, deadline: H }], 1n, 0n, [{ hourStart: 0n, units: 5n }])).toEqual({ deadline: H, demand: 1n, capacity: 0n });
  });

  it("a 1-GPU device with a deadline 2 h away takes 2 GPU-hours and refuses a third, with no state change", () => {
    const { kit, req, prov } = setup();
    const d = kit.time + 2n * H;
    const a = create(kit, req, 2n, d);
    const b = create(kit, req, 1n, d);
    ok(kit, acceptMsg(prov, a, 1n));
    expect(outstanding(kit, 1n)).toEqual([a]);
    const log = refused(kit, prov, b, 1n);
    expect(log).toContain(`device 1 cannot deliver 3 GPU-hours by ${d}: capacity 2`);
    // The same contract alone fits a device with more GPUs.
    ok(kit, acceptMsg(prov, b, 4n));
    expect(outstanding(kit, 4n)).toEqual([b]);
  });

  it("a 4-GPU device takes 8 GPU-hours due in 2 h, then refuses one more", () => {
    const { kit, req, prov } = setup();
    const d = kit.time + 2n * H - 1n;
    for (const h of [3n, 4n, 1n]) ok(kit, acceptMsg(prov, create(kit, req, h, d), 4n));
    expect(outstanding(kit, 4n).length).toBe(3);
    expect(refused(kit, prov, create(kit, req, 1n, d), 4n)).toContain("cannot deliver 9 GPU-hours");
  });

  it("a submitted result frees the device's hours", () => {
    const { kit, req, prov } = setup();
    const d = kit.time + 2n * H;
    const a = create(kit, req, 2n, d);
    const b = create(kit, req, 2n, d);
    ok(kit, acceptMsg(prov, a, 1n));
    refused(kit, prov, b, 1n);
    ok(kit, submitMsg(prov, a, HASH));
    expect(outstanding(kit, 1n)).toEqual([]);
    ok(kit, acceptMsg(prov, b, 1n));
    expect(outstanding(kit, 1n)).toEqual([b]);
  });

  it("an expired contract frees the device's hours; one past its deadline but not yet expired is not counted", () => {
    const { kit, req, prov } = setup();
    const a = create(kit, req, 1n, kit.time + 600n);
    const b = create(kit, req, 2n, kit.time + 2n * H);
    ok(kit, acceptMsg(prov, a, 1n));
    refused(kit, prov, b, 1n);
    kit.time += 600n;
    // a is due but its end block has not run: it can no longer be delivered, so it does not block b.
    expect(outstanding(kit, 1n)).toEqual([a]);
    const c = create(kit, req, 1n, kit.time + H);
    ok(kit, acceptMsg(prov, b, 1n));
    kit.endBlock();
    expect(kit.market.keeper.requireContract(kit.ctx(), a).status).toBe(Status.CONTRACT_STATUS_EXPIRED);
    expect(outstanding(kit, 1n)).toEqual([b]);
    expect(kit.invariantFailures()).toEqual([]);
    refused(kit, prov, c, 1n);
  });

  it("EDF: an earlier-deadline contract is refused although the total fits the later deadline", () => {
    const { kit, req, prov } = setup();
    ok(kit, acceptMsg(prov, create(kit, req, 1n, kit.time + H), 1n));
    ok(kit, acceptMsg(prov, create(kit, req, 1n, kit.time + 3n * H), 1n));
    const early = create(kit, req, 1n, kit.time + H);
    const late = create(kit, req, 1n, kit.time + 3n * H);
    // 3 GPU-hours fit 3 hours, but 2 of them would be due within the first hour.
    expect(refused(kit, prov, early, 1n)).toContain(`cannot deliver 2 GPU-hours by ${kit.time + H}: capacity 1`);
    ok(kit, acceptMsg(prov, late, 1n));
  });

  it("slot-backed positions (path B) are not counted as path-A work (their slots are, through the pools schedule)", () => {
    const { kit, req, prov } = setup();
    const hour = (kit.time / H + 1n) * H;
    const denom = slotDenom("rtx4090", hour);
    kit.slots.set(req, new Map([[denom, 2n]]));
    kit.backing.set(denom, [{ deviceId: 1n, units: 2n }]);
    const s = create(kit, req, 2n, hour + H);
    ok(kit, redeemMsg(req, s, denom, 2n));
    expect(kit.market.keeper.requireContract(kit.ctx(), s).status).toBe(Status.CONTRACT_STATUS_ACTIVE);
    expect(outstanding(kit, 1n)).toEqual([]);
    ok(kit, acceptMsg(prov, create(kit, req, 2n, hour + H), 1n));
    ok(kit, submitMsg(prov, s, HASH));
  });

  it("the device index survives genesis export/import, and the invariant catches a missing or stale entry", () => {
    const { kit, req, prov } = setup();
    const a = create(kit, req, 1n, kit.time + H);
    ok(kit, acceptMsg(prov, a, 1n));
    const q = { height: 1n, chainId: "x", kv: (n: string) => kit.ctx().kv(n) };
    const exported = kit.market.module.exportGenesis!(q) as { device_contracts: unknown };
    expect(exported.device_contracts).toEqual([{ device_id: "1", contract_id: a.toString() }]);
    const other = createMarketSpecKit({}, true, false);
    other.devices = kit.devices;
    const held = kit.balance(moduleAddress("market"));
    other.atomic((ctx) => {
      other.bank.keeper.importBalance(ctx, moduleAddress("market"), { denom: DENOM, amount: held });
      other.nft.module.initGenesis!(ctx, kit.nft.module.exportGenesis!(q));
      other.market.module.initGenesis!(ctx, exported);
    });
    expect(other.invariantFailures()).toEqual([]);
    expect(other.market.keeper.activeContractIdsOfDevice(other.ctx(), 1n)).toEqual([a]);
    expect(other.run(acceptMsg(prov, 99n, 1n).typeUrl, acceptMsg(prov, 99n, 1n).value).code).toBe(14);

    other.atomic((ctx) => ctx.kv(MARKET_STORE).delete(deviceActiveKey(1n, a)));
    expect(other.invariantFailures()).toEqual([`device-index: ACTIVE path-A contract ${a} missing from the device index`]);
    other.atomic((ctx) => ctx.kv(MARKET_STORE).set(deviceActiveKey(4n, a), Uint8Array.of(1)));
    expect(other.invariantFailures()[0]).toMatch(/^device-index: device 4 indexed with contract/);
  });
});
