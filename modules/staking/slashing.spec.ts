import { describe, it, expect } from "vitest";
import { createStakingHarness, stakingMsgs as M, type StakingHarness } from "../../test/support/staking-harness.js";
import { consAddressOf } from "./types.js";
import { stakingStore } from "./store.js";

const GV = 10_000_000n;

function votes(h: StakingHarness, signed: boolean[]) {
  return signed.map((s, i) => ({ address: consAddressOf(h.consKey(i).pubKey), power: 10n, signed: s }));
}

function supply(h: StakingHarness): bigint {
  return h.bank.getSupply(h.view(), "ugcs");
}

describe("downtime", () => {
  it("jails and slashes a validator that misses more than the window allows, removes it at that end block, unjails after the jail period", () => {
    const h = createStakingHarness({
      genesisValidators: [GV, GV],
      slashingParams: { signed_blocks_window: "10", min_signed_per_window: "0.5", downtime_jail_duration: "60s", slash_fraction_downtime: "0.01" },
    });
    const s0 = 6n * 1_000_000_000_000n; // six genesis accounts, nothing burned yet
    let jailedAt = 0n;
    for (let i = 0; i < 12 && jailedAt === 0n; i++) {
      const res = h.block([], { extras: { lastCommitVotes: votes(h, [true, false]) } });
      if (res.validatorUpdates.length > 0) {
        jailedAt = h.height;
        expect(res.validatorUpdates).toEqual([{ pubKey: h.consKey(1).pubKey, power: 0n }]);
        expect(res.events.some((e) => e.type === "slash" && e.attributes.some((a) => a.key === "reason" && a.value === "missing_signature"))).toBe(true);
      }
    }
    // First judged after a full window (height > start + 10) with more than 5 missed.
    expect(jailedAt).toBe(11n);
    const v1 = h.staking.keeper.getValidator(h.view(), h.valoper(1))!;
    expect(v1.jailed).toBe(true);
    expect(v1.tokens).toBe(GV - GV / 100n);
    expect(supply(h)).toBe(s0 - GV / 100n);
    const info = stakingStore.getSigningInfo(h.view(), consAddressOf(h.consKey(1).pubKey))!;
    expect(info.missedBlocksCounter).toBe(0n);
    expect(info.jailedUntil.seconds).toBe(h.timeSeconds + 60n);
    // Still missing while jailed: no second punishment.
    h.block([], { extras: { lastCommitVotes: votes(h, [true, false]) } });
    expect(h.staking.keeper.getValidator(h.view(), h.valoper(1))!.tokens).toBe(GV - GV / 100n);
    const early = h.run(1, [M.unjail(h, 1)]);
    expect([early.codespace, early.code]).toEqual(["slashing", 4]);
    const later = h.block([h.tx(1, [M.unjail(h, 1)])], { advance: 60n });
    expect(later.txResults[0]!.code, later.txResults[0]!.log).toBe(0);
    expect(later.validatorUpdates).toEqual([{ pubKey: h.consKey(1).pubKey, power: 9n }]);
  });

  it("does not jail a validator that misses exactly the allowed number", () => {
    const h = createStakingHarness({ genesisValidators: [GV, GV], slashingParams: { signed_blocks_window: "10", min_signed_per_window: "0.5" } });
    for (let i = 0; i < 30; i++) h.block([], { extras: { lastCommitVotes: votes(h, [true, i % 2 === 0]) } });
    expect(h.staking.keeper.getValidator(h.view(), h.valoper(1))!.jailed).toBe(false);
  });
});

describe("double sign", () => {
  function scenario() {
    const h = createStakingHarness({ genesisValidators: [GV, GV] });
    h.block();
    expect(h.run(3, [M.delegate(h, 3, h.valoper(1), 2_000_000n)]).code).toBe(0); // height 2
    expect(h.run(3, [M.undelegate(h, 3, h.valoper(1), 1_000_000n)]).code).toBe(0); // height 3
    expect(h.run(3, [M.redelegate(h, 3, h.valoper(1), h.valoper(0), 500_000n)]).code).toBe(0); // height 4
    return h;
  }

  it("slashes 5% of the validator, its unbonding and redelegation entries since the infraction, tombstones it for good", () => {
    const h = scenario();
    const s0 = supply(h);
    const cons = consAddressOf(h.consKey(1).pubKey);
    const res = h.block([], { extras: { misbehavior: [{ type: "duplicate_vote", validatorAddress: cons, height: 3n, timeSeconds: h.timeSeconds, totalVotingPower: 20n }] } });
    expect(res.validatorUpdates).toEqual([{ pubKey: h.consKey(1).pubKey, power: 0n }]);
    const k = h.staking.keeper;
    const view = h.view();
    // Validator: 10M + 2M - 1M - 0.5M = 10.5M, 5% = 525,000.
    expect(k.getValidator(view, h.valoper(1))!.tokens).toBe(10_500_000n - 525_000n);
    // Unbonding entry at height 3 >= infraction 3 - 1: 5% of 1M.
    expect(stakingStore.getUnbonding(view, h.addrs[3]!, h.valoper(1))!.entries[0]!.balance).toBe(950_000n);
    // Redelegation entry: 5% of the 500k moved to v0 is taken from v0.
    expect(k.getValidator(view, h.valoper(0))!.tokens).toBe(GV + 500_000n - 25_000n);
    expect(supply(h)).toBe(s0 - 525_000n - 50_000n - 25_000n);
    expect(k.isTombstoned(view, cons)).toBe(true);
    expect(k.isJailed(view, cons)).toBe(true);
    const bal = h.balance(h.addrs[3]!);
    const r = h.run(1, [M.unjail(h, 1)], { advance: 10n ** 9n });
    expect([r.codespace, r.code]).toEqual(["slashing", 9]);
    // Later evidence for a tombstoned validator changes nothing.
    const before = k.getValidator(h.view(), h.valoper(1))!.tokens;
    h.block([], { extras: { misbehavior: [{ type: "duplicate_vote", validatorAddress: cons, height: 4n, timeSeconds: h.timeSeconds, totalVotingPower: 20n }] } });
    expect(k.getValidator(h.view(), h.valoper(1))!.tokens).toBe(before);
    // The unbonding entry matured (in the unjail block, long after) with its slashed balance.
    expect(h.balance(h.addrs[3]!)).toBe(bal + 950_000n);
  });

  it("does not slash entries created before the infraction", () => {
    const h = scenario();
    const cons = consAddressOf(h.consKey(1).pubKey);
    h.block();
    h.block([], { extras: { misbehavior: [{ type: "duplicate_vote", validatorAddress: cons, height: 6n, timeSeconds: h.timeSeconds, totalVotingPower: 20n }] } });
    expect(stakingStore.getUnbonding(h.view(), h.addrs[3]!, h.valoper(1))!.entries[0]!.balance).toBe(1_000_000n);
    expect(h.staking.keeper.getValidator(h.view(), h.valoper(0))!.tokens).toBe(GV + 500_000n);
  });

  it("ignores evidence older than both max ages", () => {
    const h = createStakingHarness({ genesisValidators: [GV, GV], slashingParams: { max_evidence_age_blocks: "2", max_evidence_age: "10s" } });
    for (let i = 0; i < 5; i++) h.block();
    const cons = consAddressOf(h.consKey(1).pubKey);
    h.block([], { extras: { misbehavior: [{ type: "duplicate_vote", validatorAddress: cons, height: 1n, timeSeconds: h.timeSeconds - 100n, totalVotingPower: 20n }] } });
    expect(h.staking.keeper.getValidator(h.view(), h.valoper(1))!.jailed).toBe(false);
    expect(h.staking.keeper.getValidator(h.view(), h.valoper(1))!.tokens).toBe(GV);
  });
});

describe("capabilities and hooks", () => {
  it("another module slashes, jails and tombstones through the capability object and sees the hooks", () => {
    const seen: string[] = [];
    const h = createStakingHarness({
      genesisValidators: [GV, GV],
      extraModules: (staking) => {
        staking.capabilities.registerHooks({
          onValidatorSlashed: (_ctx, op, f, burned, reason) => seen.push(`slashed ${op === h.valoper(1)} ${f.num}/${f.den} ${burned} ${reason}`),
          onValidatorJailed: (_ctx, op) => seen.push(`jailed ${op === h.valoper(1)}`),
        });
        return [
          {
            name: "pogcs-standin",
            hasStore: false,
            beginBlock(ctx) {
              if (ctx.block.height !== 2n) return;
              const cons = consAddressOf(h.consKey(1).pubKey);
              staking.capabilities.slash(ctx, cons, 1n, { num: 1n, den: 3n }, "fraudulent_report");
              staking.capabilities.jail(ctx, cons, ctx.block.timeSeconds + 30n);
            },
          },
        ];
      },
    });
    h.block();
    const res = h.block();
    // ceil(10M / 3): the penalty never rounds below the fraction.
    expect(seen).toEqual(["slashed true 1/3 3333334 fraudulent_report", "jailed true"]);
    expect(res.validatorUpdates).toEqual([{ pubKey: h.consKey(1).pubKey, power: 0n }]);
    expect(h.staking.capabilities.isJailed(h.view(), consAddressOf(h.consKey(1).pubKey))).toBe(true);
    expect(h.run(1, [M.unjail(h, 1)]).code).toBe(4);
    expect(h.run(1, [M.unjail(h, 1)], { advance: 30n }).code).toBe(0);
  });
});
