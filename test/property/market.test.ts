import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MsgSend } from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { moduleAddress } from "../../modules/auth/keeper.js";
import { slotDenom } from "../../modules/pools/slots.js";
import { acceptMsg, approveMsg, createContractMsg, disputeMsg, redeemMsg, spotCheckMsg, submitMsg, voteMsg, type EncodedMsg } from "../../modules/market/builders.js";
import { POSITION_CLASS } from "../../modules/market/keys.js";
import { createMarketSpecKit, type MarketSpecKit } from "../../modules/market/spec-kit.js";
import { isLive, Status } from "../../modules/market/types.js";

const HASH = new Uint8Array(32).fill(9);
const OTHER = new Uint8Array(32).fill(8);
const FUNDS = 1_000_000_000n;

const op = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant("step" as const), c: fc.nat(), choice: fc.nat(5), flag: fc.boolean() }), weight: 8 },
  { arbitrary: fc.record({ t: fc.constant("create" as const), who: fc.nat(2), hours: fc.bigInt({ min: 1n, max: 5n }), price: fc.bigInt({ min: 1n, max: 10_000_000n }), incentive: fc.bigInt({ min: 0n, max: 1_000_000n }), ttl: fc.bigInt({ min: 100n, max: 8_000n }), verification: fc.integer({ min: 1, max: 3 }), bondBps: fc.integer({ min: 1_000, max: 30_000 }) }), weight: 3 },
  fc.record({ t: fc.constant("accept" as const), c: fc.nat(), device: fc.nat(6), stranger: fc.nat(9) }),
  fc.record({ t: fc.constant("redeem" as const), c: fc.nat(), amount: fc.bigInt({ min: 1n, max: 3n }) }),
  fc.record({ t: fc.constant("submit" as const), c: fc.nat(), stranger: fc.nat(9) }),
  fc.record({ t: fc.constant("approve" as const), c: fc.nat() }),
  fc.record({ t: fc.constant("dispute" as const), c: fc.nat() }),
  fc.record({ t: fc.constant("vote" as const), c: fc.nat(), member: fc.nat(4), approve: fc.boolean() }),
  fc.record({ t: fc.constant("spot" as const), c: fc.nat(), match: fc.boolean() }),
  fc.record({ t: fc.constant("send" as const), c: fc.nat(), pos: fc.nat(3), to: fc.nat(5) }),
  { arbitrary: fc.record({ t: fc.constant("tick" as const), seconds: fc.bigInt({ min: 1n, max: 1_200n }) }), weight: 2 },
);

function setup(): { kit: MarketSpecKit; requesters: string[]; providers: string[]; others: string[]; denom: string } {
  const kit = createMarketSpecKit();
  const requesters = [0, 1, 2].map((i) => kit.addr(i));
  const providers = [3, 4, 5, 6].map((i) => kit.addr(i));
  const checkers = [7, 8, 9, 10, 11].map((i) => kit.addr(i));
  const others = [...checkers, kit.addr(12)];
  for (const a of [...requesters, ...providers, ...others]) kit.fund(a, FUNDS);
  kit.candidates = [...checkers, requesters[0]!, providers[0]!];
  // 1, 2 or 3 GPUs: short deadlines and up to 5 hours make the capacity check refuse often.
  for (let i = 0; i < 6; i++) kit.addDevice(BigInt(i + 1), providers[i % 4]!, { capacity: { solarPeakW: 0n, storageWh: 0n, gpuModel: "RTX 4090", gpuCount: (i % 3) + 1, fp32TflopsMilli: 1n } });
  kit.addDevice(7n, providers[1]!, { capacity: { solarPeakW: 0n, storageWh: 0n, gpuModel: "A100", gpuCount: 1, fp32TflopsMilli: 1n } });
  kit.pooledDevices.add(2n);
  kit.pooledDevices.add(5n);
  const denom = slotDenom("rtx4090", (kit.time / 3600n) * 3600n);
  for (const r of requesters) kit.slots.set(r, new Map([[denom, 50n]]));
  kit.backing.set(denom, [1n, 2n, 3n, 4n, 5n, 6n].map((deviceId) => ({ deviceId, units: 7n })));
  return { kit, requesters, providers, others, denom };
}

/**
 * The model's verdict on MsgAcceptContract, in the handler's order of checks. Capacity: the
 * device's ACTIVE bonded (path-A) contracts still before their deadline plus this one; for every
 * deadline d, the hours due by d must fit gpus x ceil((d - now) / 3600).
 */
function predictAccept(kit: MarketSpecKit, sender: string, id: bigint, deviceId: bigint): [string, number] {
  const c = kit.market.keeper.getContract(kit.ctx(), id);
  if (!c) return ["market", 14];
  if (c.status !== Status.CONTRACT_STATUS_OPEN) return ["market", 15];
  if (kit.time >= c.deadline) return ["market", 3];
  if (c.unitsFilled > 0n) return ["market", 33];
  if (sender === c.requester) return ["market", 21];
  const d = kit.devices.get(deviceId)!;
  if (d.owner !== sender) return ["market", 17];
  if (d.capacity.gpuModel !== "RTX 4090") return ["market", 19];
  const jobs = [{ hours: c.hours, deadline: c.deadline }];
  for (let j = 1n; j < kit.market.keeper.nextContractId(kit.ctx()); j++) {
    const o = kit.market.keeper.getContract(kit.ctx(), j)!;
    const p = kit.market.keeper.positionsOf(kit.ctx(), j)[0];
    if (o.status === Status.CONTRACT_STATUS_ACTIVE && o.bonds > 0n && p?.deviceId === deviceId && o.deadline > kit.time) jobs.push({ hours: o.hours, deadline: o.deadline });
  }
  const gpus = BigInt(d.capacity.gpuCount);
  for (const x of jobs) {
    const due = jobs.filter((y) => y.deadline <= x.deadline).reduce((a, y) => a + y.hours, 0n);
    if (due > gpus * ((x.deadline - kit.time + 3599n) / 3600n)) return ["market", 38];
  }
  if (kit.balance(sender) < (c.price * BigInt(c.providerBondBps) + 9_999n) / 10_000n) return ["sdk", 5];
  return ["", 0];
}

function burnedIn(kit: MarketSpecKit): bigint {
  let n = 0n;
  for (const e of kit.events) if (e.type === "burn") n += BigInt(e.attributes.find((a) => a.key === "amount")!.value.replace(/[a-z]+$/, ""));
  return n;
}

describe("property: random market sequences", () => {
  const verdicts = new Map<number, number>();
  it("conserve value (supply + burned is constant, escrow = open contracts), keep every invariant, and close every contract eventually", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 10, maxLength: 40, size: "max" }), (ops) => {
        const { kit, requesters, providers, others, denom } = setup();
        const get = (id: bigint) => kit.market.keeper.getContract(kit.ctx(), id);
        const supply0 = kit.supply();
        const count = () => kit.market.keeper.nextContractId(kit.ctx()) - 1n;
        // Mostly a live contract (so transitions happen), sometimes any id, including unknown ones.
        const pick = (c: number) => {
          const live: bigint[] = [];
          for (let id = 1n; id <= count(); id++) if (isLive(get(id)!.status)) live.push(id);
          if (c % 5 === 0 || live.length === 0) return BigInt(c % (Number(count()) + 2));
          return live[c % live.length]!;
        };
        const run = (m: EncodedMsg) => kit.run(m.typeUrl, m.value);
        const accept = (sender: string, id: bigint, deviceId: bigint) => {
          const want = predictAccept(kit, sender, id, deviceId);
          const r = run(acceptMsg(sender, id, deviceId));
          expect([r.codespace, r.code], r.log).toEqual(want);
          verdicts.set(want[1], (verdicts.get(want[1]) ?? 0) + 1);
        };
        // Moves a live contract along a path its status allows (the other ops also try wrong ones).
        const step = (id: bigint, choice: number, flag: boolean) => {
          const c = get(id);
          if (!c) return;
          if (c.status === Status.CONTRACT_STATUS_OPEN) {
            if (choice < 3) accept(kit.devices.get(BigInt(choice * 2 + 1))!.owner, id, BigInt(choice * 2 + 1));
            else run(redeemMsg(c.requester, id, denom, BigInt(choice - 2)));
          } else if (c.status === Status.CONTRACT_STATUS_ACTIVE) {
            run(submitMsg(kit.market.keeper.positionsOf(kit.ctx(), id)[choice % c.positionCount]!.provider, id, HASH));
          } else if (c.status === Status.CONTRACT_STATUS_SUBMITTED) {
            if (c.spotChecker !== "" && choice < 3) run(spotCheckMsg(c.spotChecker, id, flag ? HASH : OTHER));
            else if (flag) run(approveMsg(c.requester, id));
            else run(disputeMsg(c.requester, id));
          } else if (c.status === Status.CONTRACT_STATUS_VOTING && c.committee.length > 0) {
            run(voteMsg(c.committee[choice % c.committee.length]!, id, flag));
          }
        };
        for (const o of ops) {
          switch (o.t) {
            case "step":
              step(pick(o.c), o.choice, o.flag);
              break;
            case "create":
              run(createContractMsg({ requester: requesters[o.who]!, hours: o.hours, price: o.price, incentive: o.incentive, deadline: kit.time + o.ttl, verification: o.verification, bondBps: o.bondBps }));
              break;
            case "accept": {
              const owner = kit.devices.get(BigInt(o.device + 1))!.owner;
              accept(o.stranger === 0 ? others[0]! : owner, pick(o.c), BigInt(o.device + 1));
              break;
            }
            case "redeem": {
              const c = get(pick(o.c));
              if (c) run(redeemMsg(c.requester, c.id, denom, o.amount));
              break;
            }
            case "submit": {
              const id = pick(o.c);
              const p = kit.market.keeper.positionsOf(kit.ctx(), id)[0];
              run(submitMsg(o.stranger === 0 || !p ? providers[0]! : p.provider, id, HASH));
              break;
            }
            case "approve": {
              const c = get(pick(o.c));
              if (c) run(approveMsg(c.requester, c.id));
              break;
            }
            case "dispute": {
              const c = get(pick(o.c));
              if (c) run(disputeMsg(c.requester, c.id));
              break;
            }
            case "vote": {
              const c = get(pick(o.c));
              const voter = c?.committee[o.member] ?? others[o.member]!;
              if (c) run(voteMsg(voter, c.id, o.approve));
              break;
            }
            case "spot": {
              const c = get(pick(o.c));
              if (c) run(spotCheckMsg(c.spotChecker || others[0]!, c.id, o.match ? HASH : OTHER));
              break;
            }
            case "send": {
              const c = get(pick(o.c));
              const p = c && kit.market.keeper.positionsOf(kit.ctx(), c.id)[o.pos];
              const holder = p && kit.nft.capabilities.ownerOf(kit.ctx(), POSITION_CLASS, p.nftId);
              if (p && holder) run({ typeUrl: "/cosmos.nft.v1beta1.MsgSend", value: MsgSend.encode({ classId: POSITION_CLASS, id: p.nftId, sender: holder, receiver: others[o.to]! }).finish() });
              break;
            }
            case "tick":
              kit.time += o.seconds;
              kit.height += 1n;
              kit.endBlock();
              break;
          }
          expect(kit.invariantFailures()).toEqual([]);
          expect(kit.supply() + burnedIn(kit)).toBe(supply0);
        }
        // Let every deadline and window pass: nothing stays escrowed.
        for (let i = 0; i < 6; i++) {
          kit.time += 40_000n;
          kit.endBlock();
        }
        for (let id = 1n; id <= count(); id++) expect(isLive(get(id)!.status)).toBe(false);
        expect(kit.balance(moduleAddress("market"))).toBe(0n);
        expect(kit.market.keeper.burnedOf(kit.ctx(), "ugcs")).toBe(burnedIn(kit));
        expect(kit.supply() + burnedIn(kit)).toBe(supply0);
        expect(kit.invariantFailures()).toEqual([]);
      }),
      { seed: 20260101, numRuns: 100 },
    );
    // The runs exercised both outcomes of the capacity check (and the accept path at all).
    expect(verdicts.get(38) ?? 0).toBeGreaterThanOrEqual(20);
    expect(verdicts.get(0) ?? 0).toBeGreaterThanOrEqual(50);
  }, 60_000);
});
