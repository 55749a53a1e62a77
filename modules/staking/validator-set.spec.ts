import { describe, it, expect } from "vitest";
import { QueryValidatorsRequest, QueryValidatorsResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { createStakingHarness, stakingMsgs as M } from "../../test/support/staking-harness.js";
import type { PowerFunction } from "./expected-keepers.js";
import { consAddressOf } from "./types.js";

describe("active set", () => {
  it("is the top max_validators by injected power, changes only at epoch boundaries, and drops jailed members at once", () => {
    // A stand-in for the pogcs module: stake * (1 + g) with g in percent per validator.
    const green = new Map<string, bigint>();
    const powerOf: PowerFunction = (_ctx, v) => ((v.tokens / 1_000_000n) * (100n + (green.get(v.operator) ?? 0n))) / 100n;
    const h = createStakingHarness({ genesisValidators: [30_000_000n, 20_000_000n, 10_000_000n], params: { max_validators: 2, epoch_length: "5", unbonding_time: "100s" }, powerOf });
    expect(h.genesisValidatorUpdates).toEqual([
      { pubKey: h.consKey(0).pubKey, power: 30n },
      { pubKey: h.consKey(1).pubKey, power: 20n },
    ]);
    const statuses = () =>
      [0, 1, 2].map((i) => h.staking.keeper.getValidator(h.view(), h.valoper(i))!.status);
    h.block();
    expect(statuses()).toEqual([BondStatus.BOND_STATUS_BONDED, BondStatus.BOND_STATUS_BONDED, BondStatus.BOND_STATUS_UNBONDED]);
    // Validator 2 proves green compute worth tripling its power: nothing moves until height 5.
    green.set(h.valoper(2), 200n);
    for (let i = 2; i <= 4; i++) expect(h.block().validatorUpdates).toEqual([]);
    const epoch = h.block();
    expect(h.height).toBe(5n);
    expect(epoch.validatorUpdates).toEqual([
      { pubKey: h.consKey(2).pubKey, power: 30n },
      { pubKey: h.consKey(1).pubKey, power: 0n },
    ]);
    expect(statuses()).toEqual([BondStatus.BOND_STATUS_BONDED, BondStatus.BOND_STATUS_UNBONDING, BondStatus.BOND_STATUS_BONDED]);
    const bonded = QueryValidatorsResponse.decode(
      h.app.query("/cosmos.staking.v1beta1.Query/Validators", QueryValidatorsRequest.encode({ status: "BOND_STATUS_BONDED" }).finish()).value!,
    );
    expect(bonded.validators.map((v) => v.operatorAddress).sort()).toEqual([h.valoper(0), h.valoper(2)].sort());
    expect(h.staking.keeper.activeSet(h.view()).map((m) => m.power)).toEqual([30n, 30n]);
    expect(h.staking.keeper.totalBondedTokens(h.view())).toBe(40_000_000n);
    // A delegation mid-epoch waits for the boundary too.
    expect(h.run(4, [M.delegate(h, 4, h.valoper(0), 5_000_000n)]).code).toBe(0);
    expect(h.height).toBe(6n);
    // Double sign at height 7: removal is immediate, not at the boundary.
    const jailed = h.block([], {
      extras: { misbehavior: [{ type: "duplicate_vote", validatorAddress: consAddressOf(h.consKey(2).pubKey), height: 6n, timeSeconds: h.timeSeconds, totalVotingPower: 60n }] },
    });
    expect(jailed.validatorUpdates).toEqual([{ pubKey: h.consKey(2).pubKey, power: 0n }]);
    h.block();
    h.block();
    const next = h.block();
    expect(h.height).toBe(10n);
    expect(next.validatorUpdates).toEqual([
      { pubKey: h.consKey(0).pubKey, power: 35n },
      { pubKey: h.consKey(1).pubKey, power: 20n },
    ]);
    // The unbonding period (100s) passes for validator 2: UNBONDED.
    h.block([], { advance: 200n });
    expect(statuses()[2]).toBe(BondStatus.BOND_STATUS_UNBONDED);
  });

  it("updates every block with epoch_length 1 and ignores validators with zero power", () => {
    const h = createStakingHarness({ genesisValidators: [5_000_000n], params: { epoch_length: "1" } });
    expect(h.genesisValidatorUpdates).toEqual([{ pubKey: h.consKey(0).pubKey, power: 5n }]);
    h.block();
    const tiny = h.block([h.tx(1, [M.createValidator(h, 1, 999_999n)])]);
    expect(tiny.txResults[0]!.code).toBe(0);
    expect(tiny.validatorUpdates).toEqual([]);
    const grown = h.block([h.tx(1, [M.delegate(h, 1, h.valoper(1), 1n)])]);
    expect(grown.validatorUpdates).toEqual([{ pubKey: h.consKey(1).pubKey, power: 1n }]);
  });
});
