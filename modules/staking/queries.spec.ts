import { describe, it, expect } from "vitest";
import { QueryClient, setupStakingExtension, setupSlashingExtension, StargateClient } from "@cosmjs/stargate";
import { Decimal } from "@cosmjs/math";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { App } from "../../chain/app/app.js";
import { createStakingHarness, stakingMsgs as M } from "../../test/support/staking-harness.js";
import { consAddressOf, valconsAddress } from "./types.js";

/** A CometBFT client stand-in that answers abci_query from the in-process app. */
function fakeComet(app: App): any {
  return {
    abciQuery: async (q: { path: string; data: Uint8Array; height?: number }) => {
      const r = app.query(q.path, q.data, { height: q.height ? BigInt(q.height) : undefined });
      return { code: r.code, codespace: r.codespace, log: r.log, key: new Uint8Array(), value: r.value ?? new Uint8Array(), height: Number(r.height), index: 0, info: "" };
    },
    disconnect: () => undefined,
  };
}

describe("queries through CosmJS", () => {
  const h = createStakingHarness({ genesisValidators: [10_000_000n, 7_000_000n] });
  h.block();
  expect(h.run(3, [M.delegate(h, 3, h.valoper(0), 2_000_000n)]).code).toBe(0);
  expect(h.run(3, [M.delegate(h, 3, h.valoper(1), 1_000_000n)]).code).toBe(0);
  expect(h.run(3, [M.undelegate(h, 3, h.valoper(1), 400_000n)]).code).toBe(0);
  expect(h.run(3, [M.redelegate(h, 3, h.valoper(0), h.valoper(1), 300_000n)]).code).toBe(0);
  const qc = QueryClient.withExtensions(fakeComet(h.app), setupStakingExtension, setupSlashingExtension);

  it("getBalanceStaked and getDelegation (StargateClient)", async () => {
    const client = await StargateClient.create(fakeComet(h.app));
    expect(await client.getBalanceStaked(h.addrs[3]!)).toEqual({ denom: "ugcs", amount: "2600000" });
    expect(await client.getDelegation(h.addrs[3]!, h.valoper(0))).toEqual({ denom: "ugcs", amount: "1700000" });
    expect(await client.getDelegation(h.addrs[4]!, h.valoper(0))).toBeNull();
  });

  it("validators, validator, delegations, unbondings, redelegations, pool, params", async () => {
    const all = await qc.staking.validators("BOND_STATUS_BONDED");
    expect(all.validators).toHaveLength(2);
    const v0 = (await qc.staking.validator(h.valoper(0))).validator;
    expect(v0.status).toBe(BondStatus.BOND_STATUS_BONDED);
    expect(Decimal.fromAtomics(v0.delegatorShares, 18).toString()).toBe("11700000");
    expect(v0.consensusPubkey?.typeUrl).toBe("/cosmos.crypto.ed25519.PubKey");
    expect((await qc.staking.validators("BOND_STATUS_UNBONDED")).validators).toHaveLength(0);
    expect((await qc.staking.validatorDelegations(h.valoper(1))).delegationResponses).toHaveLength(2);
    const ubd = await qc.staking.unbondingDelegation(h.addrs[3]!, h.valoper(1));
    expect(ubd.unbond.entries[0]!.balance).toBe("400000");
    expect((await qc.staking.delegatorUnbondingDelegations(h.addrs[3]!)).unbondingResponses).toHaveLength(1);
    expect((await qc.staking.validatorUnbondingDelegations(h.valoper(1))).unbondingResponses).toHaveLength(1);
    const reds = await qc.staking.redelegations(h.addrs[3]!, h.valoper(0), h.valoper(1));
    expect(reds.redelegationResponses[0]!.entries[0]!.balance).toBe("300000");
    expect((await qc.staking.delegatorValidators(h.addrs[3]!)).validators).toHaveLength(2);
    expect((await qc.staking.delegatorValidator(h.addrs[3]!, h.valoper(1))).validator.operatorAddress).toBe(h.valoper(1));
    expect((await qc.staking.pool()).pool).toEqual({ bondedTokens: "19600000", notBondedTokens: "400000" });
    const p = (await qc.staking.params()).params;
    expect(p.bondDenom).toBe("ugcs");
    expect(p.maxValidators).toBe(100);
    expect((await qc.staking.delegatorDelegations(h.addrs[3]!)).delegationResponses).toHaveLength(2);
  });

  it("NotFound answers code 22 with the gRPC text CosmJS matches", async () => {
    await expect(qc.staking.delegation(h.addrs[4]!, h.valoper(0))).rejects.toThrow(/\(22\).*NotFound.*key not found/);
    await expect(qc.staking.validator(h.valoper(4))).rejects.toThrow(/\(22\)/);
    await expect(qc.staking.historicalInfo(1)).rejects.toThrow(/\(22\)/);
  });

  it("slashing signing infos and params", async () => {
    const addr = valconsAddress(consAddressOf(h.consKey(0).pubKey));
    expect((await qc.slashing.signingInfo(addr)).valSigningInfo.address).toBe(addr);
    expect((await qc.slashing.signingInfos()).info).toHaveLength(2);
    expect((await qc.slashing.params()).params.signedBlocksWindow).toBe(100n);
  });

  it("paginates validators", async () => {
    const page = await qc.staking.validators("", undefined);
    expect(page.validators).toHaveLength(2);
  });
});
