import { describe, expect, it } from "vitest";
import { MsgSend } from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { pogcs } from "../../proto/gen/pogcs.js";
import { moduleAddress } from "../auth/keeper.js";
import { fromLong, toLong } from "../devices/long.js";
import { slotDenom } from "../pools/slots.js";
import { acceptMsg, approveMsg, createContractMsg, disputeMsg, redeemMsg, spotCheckMsg, submitMsg, voteMsg } from "./builders.js";
import { POSITION_CLASS } from "./keys.js";
import { createMarketSpecKit, POOL_ACCOUNT, type MarketSpecKit } from "./spec-kit.js";
import { Status, Verification, type Contract } from "./types.js";

import P = pogcs.market.v1;

const HASH = new Uint8Array(32).fill(9);
const OTHER = new Uint8Array(32).fill(8);

function setup(params = {}): { kit: MarketSpecKit; req: string; prov: string; buyer: string; checkers: string[] } {
  const kit = createMarketSpecKit(params);
  const req = kit.addr(1), prov = kit.addr(2), buyer = kit.addr(3);
  const checkers = [kit.addr(10), kit.addr(11), kit.addr(12), kit.addr(13), kit.addr(14)];
  for (const a of [req, prov, buyer]) kit.fund(a, 100_000_000n);
  kit.candidates = [...checkers, req, prov];
  kit.addDevice(1n, prov);
  return { kit, req, prov, buyer, checkers };
}

function ok(kit: MarketSpecKit, m: { typeUrl: string; value: Uint8Array }): Uint8Array | undefined {
  const r = kit.run(m.typeUrl, m.value);
  expect(r.log).toBe("");
  expect(r.code).toBe(0);
  expect(kit.invariantFailures()).toEqual([]);
  return r.value;
}

function contract(kit: MarketSpecKit, id: bigint): Contract {
  return kit.market.keeper.requireContract(kit.ctx(), id);
}

function createAccepted(kit: MarketSpecKit, req: string, prov: string, verification: number): bigint {
  const out = ok(kit, createContractMsg({ requester: req, deadline: kit.time + 10_000n, verification }));
  const id = fromLong(P.MsgCreateContractResponse.decode(out!).contractId);
  ok(kit, acceptMsg(prov, id, 1n));
  return id;
}

describe("market lifecycle", () => {
  it("requester approval pays whoever holds the position NFT then, after the pool's share; the bond goes back to the provider", () => {
    const { kit, req, prov, buyer } = setup();
    kit.pooledDevices.add(1n);
    const id = createAccepted(kit, req, prov, Verification.VERIFICATION_REQUESTER);
    expect(contract(kit, id).status).toBe(Status.CONTRACT_STATUS_ACTIVE);
    expect(kit.balance(moduleAddress("market"))).toBe(1_000_000n + 90_000n + 200_000n);
    const nftId = kit.market.keeper.positionsOf(kit.ctx(), id)[0]!.nftId;
    ok(kit, { typeUrl: "/cosmos.nft.v1beta1.MsgSend", value: MsgSend.encode({ classId: POSITION_CLASS, id: nftId, sender: prov, receiver: buyer }).finish() });
    const provBefore = kit.balance(prov), buyerBefore = kit.balance(buyer);
    ok(kit, submitMsg(prov, id, HASH));
    ok(kit, approveMsg(req, id));
    const c = contract(kit, id);
    expect(c.status).toBe(Status.CONTRACT_STATUS_COMPLETED);
    // No checkers: the whole incentive is the provider side's bonus; the pool keeps 10%.
    const gross = 1_090_000n;
    expect(kit.balance(buyer) - buyerBefore).toBe(gross - gross / 10n);
    expect(kit.balance(moduleAddress(POOL_ACCOUNT))).toBe(gross / 10n);
    expect(kit.balance(prov) - provBefore).toBe(200_000n);
    expect(kit.balance(moduleAddress("market"))).toBe(0n);
    expect(kit.nft.capabilities.getNft(kit.ctx(), POSITION_CLASS, nftId)).toBeUndefined();
    const pos = P.QueryPositionResponse.decode(kit.query("/pogcs.market.v1.Query/Position", P.QueryPositionRequest.encode({ nftId }).finish()));
    expect(pos.position!.paidTo).toBe(buyer);
    expect(pos.owner).toBe("");
  });

  it("committee verification: a majority of approvals completes at once and pays the checkers who agreed", () => {
    const { kit, req, prov, checkers } = setup();
    const id = createAccepted(kit, req, prov, Verification.VERIFICATION_COMMITTEE);
    ok(kit, submitMsg(prov, id, HASH));
    const c = contract(kit, id);
    expect(c.status).toBe(Status.CONTRACT_STATUS_VOTING);
    expect(c.committee.length).toBe(3);
    expect(c.committee.every((m) => checkers.includes(m))).toBe(true);
    expect(c.drawSeed).toMatch(/^[0-9a-f]{64}$/);
    const [a, b] = c.committee;
    const before = kit.balance(a!);
    ok(kit, voteMsg(a!, id, true));
    expect(kit.run(voteMsg(a!, id, true).typeUrl, voteMsg(a!, id, true).value).code).toBe(26);
    ok(kit, voteMsg(b!, id, true));
    expect(contract(kit, id).status).toBe(Status.CONTRACT_STATUS_COMPLETED);
    expect(kit.balance(a!) - before).toBe(30_000n);
  });

  it("an upheld dispute refunds the requester, pays it part of the slashed bond and burns the rest", () => {
    const { kit, req, prov } = setup();
    const id = createAccepted(kit, req, prov, Verification.VERIFICATION_REQUESTER);
    ok(kit, submitMsg(prov, id, HASH));
    const reqBefore = kit.balance(req), provBefore = kit.balance(prov), supply = kit.supply();
    ok(kit, disputeMsg(req, id));
    const c = contract(kit, id);
    expect(c.status).toBe(Status.CONTRACT_STATUS_VOTING);
    for (const m of c.committee.slice(0, 2)) ok(kit, voteMsg(m, id, false));
    expect(contract(kit, id).status).toBe(Status.CONTRACT_STATUS_SLASHED);
    // Two of three checkers earn 30,000 each; the third seat's share goes back to the requester.
    expect(kit.balance(req) - reqBefore).toBe(1_000_000n + 30_000n + 100_000n);
    expect(kit.balance(prov)).toBe(provBefore);
    expect(supply - kit.supply()).toBe(100_000n);
    expect(kit.balance(moduleAddress("market"))).toBe(0n);
  });

  it("a rejected dispute completes normally; a vote window that closes resolves by the votes cast (ties stand)", () => {
    const { kit, req, prov } = setup();
    const id = createAccepted(kit, req, prov, Verification.VERIFICATION_REQUESTER);
    ok(kit, submitMsg(prov, id, HASH));
    ok(kit, disputeMsg(req, id));
    const c = contract(kit, id);
    ok(kit, voteMsg(c.committee[0]!, id, false));
    ok(kit, voteMsg(c.committee[1]!, id, true));
    kit.time = c.phaseDeadline;
    expect(kit.run(voteMsg(c.committee[2]!, id, false).typeUrl, voteMsg(c.committee[2]!, id, false).value).code).toBe(28);
    kit.endBlock();
    expect(contract(kit, id).status).toBe(Status.CONTRACT_STATUS_COMPLETED);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("spot check: the drawn checker's equal hash completes, a different one goes to a committee", () => {
    const { kit, req, prov, checkers } = setup();
    const id1 = createAccepted(kit, req, prov, Verification.VERIFICATION_SPOT);
    ok(kit, submitMsg(prov, id1, HASH));
    const ch = contract(kit, id1).spotChecker;
    expect(checkers).toContain(ch);
    const wrong = checkers.find((x) => x !== ch)!;
    expect(kit.run(spotCheckMsg(wrong, id1, HASH).typeUrl, spotCheckMsg(wrong, id1, HASH).value).code).toBe(27);
    const before = kit.balance(ch);
    ok(kit, spotCheckMsg(ch, id1, HASH));
    expect(contract(kit, id1).status).toBe(Status.CONTRACT_STATUS_COMPLETED);
    expect(kit.balance(ch) - before).toBe(90_000n);

    kit.addDevice(2n, prov);
    const out = ok(kit, createContractMsg({ requester: req, deadline: kit.time + 10_000n, verification: Verification.VERIFICATION_SPOT }));
    const id2 = fromLong(P.MsgCreateContractResponse.decode(out!).contractId);
    ok(kit, acceptMsg(prov, id2, 2n));
    kit.height += 1n;
    ok(kit, submitMsg(prov, id2, HASH));
    const ch2 = contract(kit, id2).spotChecker;
    ok(kit, spotCheckMsg(ch2, id2, OTHER));
    const c2 = contract(kit, id2);
    expect(c2.status).toBe(Status.CONTRACT_STATUS_VOTING);
    expect(c2.disputedBy).toBe(ch2);
    expect(c2.committee).not.toContain(ch2);
  });

  it("timeouts: nobody accepted is refunded in full; an accepted provider that missed the deadline loses the miss penalty", () => {
    const { kit, req, prov } = setup();
    const out = ok(kit, createContractMsg({ requester: req, deadline: kit.time + 100n }));
    const open = fromLong(P.MsgCreateContractResponse.decode(out!).contractId);
    const late = createAccepted(kit, req, prov, Verification.VERIFICATION_REQUESTER);
    const reqBefore = kit.balance(req), provBefore = kit.balance(prov);
    kit.time += 99n;
    kit.endBlock();
    expect(contract(kit, open).status).toBe(Status.CONTRACT_STATUS_OPEN);
    kit.time += 1n;
    kit.endBlock();
    expect(contract(kit, open).status).toBe(Status.CONTRACT_STATUS_EXPIRED);
    expect(kit.balance(req) - reqBefore).toBe(1_090_000n);
    kit.time = contract(kit, late).deadline;
    expect(kit.run(submitMsg(prov, late, HASH).typeUrl, submitMsg(prov, late, HASH).value).code).toBe(3);
    kit.endBlock();
    expect(contract(kit, late).status).toBe(Status.CONTRACT_STATUS_EXPIRED);
    // Bond 200,000; 20% slashed: 20,000 to the requester, 20,000 burned, 160,000 back.
    expect(kit.balance(req) - reqBefore).toBe(2n * 1_090_000n + 20_000n);
    expect(kit.balance(prov) - provBefore).toBe(160_000n);
    expect(kit.invariantFailures()).toEqual([]);
  });

  it("slots: redemptions fill the contract, each backing device gets a position paid pro rata", () => {
    const { kit, req, prov, buyer } = setup();
    kit.addDevice(2n, buyer);
    const hour = ((kit.time / 3600n) + 1n) * 3600n;
    const denom = slotDenom("rtx4090", hour);
    kit.slots.set(req, new Map([[denom, 10n]]));
    kit.backing.set(denom, [{ deviceId: 1n, units: 3n }, { deviceId: 2n, units: 7n }]);
    const out = ok(kit, createContractMsg({ requester: req, hours: 4n, price: 1_000_001n, incentive: 0n, deadline: hour + 7200n }));
    const id = fromLong(P.MsgCreateContractResponse.decode(out!).contractId);
    expect(kit.run(redeemMsg(req, id, denom, 5n).typeUrl, redeemMsg(req, id, denom, 5n).value).code).toBe(30);
    const r1 = P.MsgRedeemSlotsResponse.decode(ok(kit, redeemMsg(req, id, denom, 2n))!);
    expect(r1.nftIds).toEqual([`mkt-${id}-0`]);
    expect(contract(kit, id).status).toBe(Status.CONTRACT_STATUS_OPEN);
    expect(kit.run(acceptMsg(prov, id, 1n).typeUrl, acceptMsg(prov, id, 1n).value).code).toBe(33);
    const r2 = P.MsgRedeemSlotsResponse.decode(ok(kit, redeemMsg(req, id, denom, 2n))!);
    expect(r2.nftIds).toEqual([`mkt-${id}-1`, `mkt-${id}-2`]);
    expect(contract(kit, id).status).toBe(Status.CONTRACT_STATUS_ACTIVE);
    const provBefore = kit.balance(prov), buyerBefore = kit.balance(buyer);
    ok(kit, submitMsg(buyer, id, HASH));
    ok(kit, approveMsg(req, id));
    // Units: device 1 has 2+1, device 2 has 1; 1,000,001 split 2:1:1 with the dust on the last.
    expect(kit.balance(prov) - provBefore).toBe(500_000n + 250_000n);
    expect(kit.balance(buyer) - buyerBefore).toBe(250_001n);
    const byProv = P.QueryContractsResponse.decode(kit.query("/pogcs.market.v1.Query/ContractsByProvider", P.QueryContractsByProviderRequest.encode({ provider: buyer }).finish()));
    expect(byProv.contracts.map((c: P.IContract) => fromLong(c.id))).toEqual([id]);
  });

  it("genesis export and import reproduce contracts, positions, indexes and the queue", () => {
    const { kit, req, prov } = setup();
    const id = createAccepted(kit, req, prov, Verification.VERIFICATION_COMMITTEE);
    ok(kit, submitMsg(prov, id, HASH));
    const exported = kit.market.module.exportGenesis!({ height: 1n, chainId: "x", kv: (n) => kit.ctx().kv(n) });
    const other = createMarketSpecKit({}, true, false);
    const r = other.atomic((ctx) => {
      other.nft.module.initGenesis!(ctx, kit.nft.module.exportGenesis!({ height: 1n, chainId: "x", kv: (n) => kit.ctx().kv(n) }));
      other.market.module.initGenesis!(ctx, exported);
    });
    expect(r.log).toBe("");
    const again = other.market.module.exportGenesis!({ height: 1n, chainId: "x", kv: (n) => other.ctx().kv(n) });
    expect(again).toEqual(exported);
    const byStatus = P.QueryContractsResponse.decode(other.query("/pogcs.market.v1.Query/ContractsByStatus", P.QueryContractsByStatusRequest.encode({ status: Status.CONTRACT_STATUS_VOTING }).finish()));
    expect(byStatus.contracts.map((c: P.IContract) => fromLong(c.id))).toEqual([id]);
    const committee = P.QueryCommitteeResponse.decode(other.query("/pogcs.market.v1.Query/Committee", P.QueryCommitteeRequest.encode({ contractId: toLong(id) }).finish()));
    expect(committee.committee).toEqual(contract(kit, id).committee);
  });
});
