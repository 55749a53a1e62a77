import { describe, it, expect } from "vitest";
import { createStakingHarness, stakingMsgs as M } from "../../test/support/staking-harness.js";
import { consAddressOf } from "./types.js";
import { defaultStakingGenesis } from "./genesis.js";

describe("genesis", () => {
  it("bonds devnet genesis_validators from the operator's bank balance", () => {
    const h = createStakingHarness({ funds: 50_000_000n, genesisValidators: [10_000_000n] });
    h.block();
    expect(h.balance(h.addrs[0]!)).toBe(40_000_000n);
    expect(h.staking.keeper.poolBalances(h.view()).bonded).toBe(10_000_000n);
    expect(h.genesisValidatorUpdates).toEqual([{ pubKey: h.consKey(0).pubKey, power: 10n }]);
  });

  it("refuses a genesis validator the bank genesis cannot fund", () => {
    expect(() => createStakingHarness({ funds: 5n, genesisValidators: [10_000_000n] })).toThrow(/insufficient funds/);
  });

  it("exports SDK-shaped JSON that imports into an identical state", () => {
    const h = createStakingHarness({ genesisValidators: [10_000_000n, 8_000_000n], slashingParams: { signed_blocks_window: "4" } });
    h.block();
    expect(h.run(3, [M.delegate(h, 3, h.valoper(0), 2_000_000n)]).code).toBe(0);
    expect(h.run(3, [M.undelegate(h, 3, h.valoper(0), 500_000n)]).code).toBe(0);
    expect(h.run(3, [M.redelegate(h, 3, h.valoper(0), h.valoper(1), 700_000n)]).code).toBe(0);
    h.block([], { extras: { lastCommitVotes: [{ address: consAddressOf(h.consKey(1).pubKey), power: 8n, signed: false }] } });
    const exported = h.app.exportGenesis();
    const staking = exported["staking"] as Record<string, any>;
    expect(staking["validators"][0]).toMatchObject({
      consensus_pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey" },
      status: "BOND_STATUS_BONDED",
      commission: { commission_rates: { rate: "0.100000000000000000" } },
    });
    expect(staking["delegations"][0]["shares"]).toMatch(/^\d+\.\d{18}$/);
    expect(staking["slashing"]["missed_blocks"].some((m: any) => m.missed_blocks.length === 1)).toBe(true);
    const h2 = createStakingHarness({ appState: JSON.parse(JSON.stringify(exported)) });
    expect(h2.genesisValidatorUpdates).toEqual(h.staking.keeper.activeSet(h.view()).map((m) => ({ pubKey: m.validator.consPubKey, power: m.power })));
    h2.block();
    expect(h2.app.runInvariants()).toEqual([]);
    const again = h2.app.exportGenesis()["staking"];
    expect(again).toEqual(staking);
    // The imported unbonding entry still matures.
    const before = h2.balance(h.addrs[3]!);
    h2.block([], { advance: 5000n });
    expect(h2.balance(h.addrs[3]!)).toBe(before + 500_000n);
  });

  it("refuses validators whose tokens the bonded pool does not hold", () => {
    const h = createStakingHarness({ genesisValidators: [10_000_000n] });
    h.block();
    const exported = JSON.parse(JSON.stringify(h.app.exportGenesis()));
    exported.staking.validators[0].tokens = "10000001";
    expect(() => createStakingHarness({ appState: exported })).toThrow(/bonded pool balance/);
  });

  it("has a default genesis with SDK parameter defaults and a 100-block epoch", () => {
    const g = defaultStakingGenesis();
    expect(g.params).toMatchObject({ unbonding_time: "1814400s", max_validators: 100, max_entries: 7, bond_denom: "ugcs", epoch_length: "100" });
    expect(g.slashing!.params).toMatchObject({
      signed_blocks_window: "100",
      min_signed_per_window: "0.500000000000000000",
      downtime_jail_duration: "600s",
      slash_fraction_double_sign: "0.050000000000000000",
      slash_fraction_downtime: "0.010000000000000000",
    });
  });
});
