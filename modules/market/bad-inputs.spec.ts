import { describe, expect, it } from "vitest";
import { DeviceClass } from "../devices/types.js";
import { slotDenom } from "../pools/slots.js";
import { acceptMsg, approveMsg, createContractMsg, disputeMsg, redeemMsg, spotCheckMsg, submitMsg, voteMsg, type EncodedMsg } from "./builders.js";
import { createMarketSpecKit, type MarketSpecKit } from "./spec-kit.js";
import { Verification } from "./types.js";

const HASH = new Uint8Array(32).fill(9);

/** Contract 1 open, 2 active (provider device 1), 3 voting with one vote cast, 4 submitted for the requester's review. */
function world(withPools = true) {
  const kit = createMarketSpecKit({}, withPools);
  const req = kit.addr(1), prov = kit.addr(2), stranger = kit.addr(3);
  const checkers = [kit.addr(10), kit.addr(11), kit.addr(12)];
  for (const a of [req, prov, stranger]) kit.fund(a, 100_000_000n);
  kit.candidates = checkers;
  kit.addDevice(1n, prov);
  kit.addDevice(2n, prov);
  kit.addDevice(3n, prov);
  kit.addDevice(4n, prov, { deviceClass: DeviceClass.DEVICE_CLASS_SOLAR });
  kit.addDevice(5n, prov, { capacity: { solarPeakW: 0n, storageWh: 0n, gpuModel: "A100", gpuCount: 1, fp32TflopsMilli: 1n } });
  kit.addDevice(6n, prov, { flagged: true });
  kit.addDevice(7n, req);
  kit.addDevice(8n, prov, { capacity: { solarPeakW: 0n, storageWh: 0n, gpuModel: "RTX 4090", gpuCount: 1, fp32TflopsMilli: 1n } });
  const run = (m: EncodedMsg) => {
    const r = kit.run(m.typeUrl, m.value);
    if (r.code !== 0) throw new TypeError(r.log);
  };
  const deadline = kit.time + 5_000n;
  run(createContractMsg({ requester: req, deadline }));
  run(createContractMsg({ requester: req, deadline }));
  run(acceptMsg(prov, 2n, 1n));
  run(createContractMsg({ requester: req, deadline, verification: Verification.VERIFICATION_COMMITTEE }));
  run(acceptMsg(prov, 3n, 2n));
  run(submitMsg(prov, 3n, HASH));
  const member = kit.market.keeper.requireContract(kit.ctx(), 3n).committee[0]!;
  run(voteMsg(member, 3n, true));
  run(createContractMsg({ requester: req, deadline }));
  run(acceptMsg(prov, 4n, 3n));
  run(submitMsg(prov, 4n, HASH));
  return { kit, req, prov, stranger, member, checkers, deadline };
}

type W = ReturnType<typeof world>;
const hour = (kit: MarketSpecKit) => (kit.time / 3600n) * 3600n;

const CASES: Array<[string, number, (w: W) => EncodedMsg, { codespace?: string; noPools?: boolean; prep?: (w: W) => void }?]> = [
  ["past deadline", 3, (w) => createContractMsg({ requester: w.req, deadline: w.kit.time })],
  ["deadline too far", 4, (w) => createContractMsg({ requester: w.req, deadline: w.kit.time + 91n * 86_400n })],
  ["zero price", 5, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, price: 0n })],
  ["overflow price", 6, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, priceAmount: "1" + "0".repeat(45) })],
  ["overflow incentive", 6, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, incentiveAmount: "9".repeat(90) })],
  ["wrong denom", 7, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, denom: "uatom" })],
  ["zero hours", 8, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, hours: 0n })],
  ["bad class", 9, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, slotClass: "RTX 4090" })],
  ["bad spec hash", 10, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, specHash: new Uint8Array(5) })],
  ["unknown kind", 11, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, kind: 9 })],
  ["unknown verification", 12, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, verification: 0 })],
  ["bond too small", 13, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, bondBps: 10 })],
  ["insufficient funds", 5, (w) => createContractMsg({ requester: w.req, deadline: w.deadline, price: 10n ** 12n }), { codespace: "sdk" }],
  ["unknown contract", 14, (w) => acceptMsg(w.prov, 99n, 1n)],
  ["wrong status (accept an active contract)", 15, (w) => acceptMsg(w.prov, 2n, 1n)],
  ["unknown device", 16, (w) => acceptMsg(w.prov, 1n, 42n)],
  ["not the device owner", 17, (w) => acceptMsg(w.stranger, 1n, 1n)],
  ["not a compute device", 18, (w) => acceptMsg(w.prov, 1n, 4n)],
  ["wrong class", 19, (w) => acceptMsg(w.prov, 1n, 5n)],
  ["flagged device", 20, (w) => acceptMsg(w.prov, 1n, 6n)],
  ["requester provides itself", 21, (w) => acceptMsg(w.req, 1n, 7n)],
  ["device over capacity (1 GPU, 4 GPU-hours due in 5,000 s)", 38, (w) => acceptMsg(w.prov, 1n, 8n)],
  ["approve by a stranger", 22, (w) => approveMsg(w.stranger, 4n)],
  ["result from someone who is not a provider", 23, (w) => submitMsg(w.stranger, 2n, HASH)],
  ["result hash of 31 bytes", 24, (w) => submitMsg(w.prov, 2n, new Uint8Array(31))],
  ["vote by a non-member", 25, (w) => voteMsg(w.stranger, 3n, false)],
  ["double vote", 26, (w) => voteMsg(w.member, 3n, false)],
  ["spot check by someone not drawn", 27, (w) => spotCheckMsg(w.member, 4n, HASH)],
  ["approve after the review window", 28, (w) => approveMsg(w.req, 4n), { prep: (w) => void (w.kit.time += 3_600n) }],
  ["redeem a denom that is not a slot", 29, (w) => redeemMsg(w.req, 1n, "ugcs", 1n)],
  ["redeem more units than needed", 30, (w) => redeemMsg(w.req, 1n, slotDenom("rtx4090", hour(w.kit)), 5n)],
  ["redeem a slot ending after the deadline", 31, (w) => redeemMsg(w.req, 1n, slotDenom("rtx4090", hour(w.kit) + 3_600n), 1n)],
  ["redeem a slot of another class", 19, (w) => redeemMsg(w.req, 1n, slotDenom("a100", hour(w.kit)), 1n)],
  ["redeem zero units", 5, (w) => redeemMsg(w.req, 1n, slotDenom("rtx4090", hour(w.kit)), 0n)],
  ["redeem without pools", 32, (w) => redeemMsg(w.req, 1n, slotDenom("rtx4090", hour(w.kit)), 1n), { noPools: true }],
  ["redeem by a stranger", 22, (w) => redeemMsg(w.stranger, 1n, slotDenom("rtx4090", hour(w.kit)), 1n)],
  ["dispute reason too long", 36, (w) => disputeMsg(w.req, 4n, "x".repeat(300))],
  ["dispute an active contract", 15, (w) => disputeMsg(w.req, 2n)],
];

describe("market bad inputs: own code, no state change", () => {
  it("every refusal code in the table is distinct per kind of mistake", () => {
    const codes = new Set(CASES.filter(([, , , o]) => !o?.codespace).map(([, c]) => c));
    expect(codes.size).toBeGreaterThanOrEqual(30);
  });
  for (const [name, code, build, opts] of CASES) {
    it(name, () => {
      const w = world(!opts?.noPools);
      opts?.prep?.(w);
      const before = w.kit.stateDigest();
      const m = build(w);
      const r = w.kit.run(m.typeUrl, m.value);
      expect(r.codespace).toBe(opts?.codespace ?? "market");
      expect(r.code).toBe(code);
      expect(w.kit.stateDigest()).toBe(before);
      expect(w.kit.invariantFailures()).toEqual([]);
    });
  }
});
