/**
 * Delegation and unbonding through CosmJS 0.39 (SigningStargateClient.delegateTokens /
 * undelegateTokens, getDelegation, getBalanceStaked) against a real 1-validator devnet
 * (--check-invariants, 10-block epochs, 3 s unbonding): the stake shows up in the validator's
 * consensus power at the next epoch boundary and the unbonded coins come back after maturity.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { tempDevnet } from "../support/devnet-fixture.js";
import { devnetValoper } from "../../devnet/agents/agent.js";
import { abciQuery, rpc } from "../support/chain-client.js";
import { until } from "../support/bft.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { QueryUnbondingDelegationRequest, QueryUnbondingDelegationResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";

type Net = Awaited<ReturnType<typeof tempDevnet>>;

describe("delegations and unbonding through CosmJS", () => {
  let net: Net;
  let client: SigningStargateClient;
  let faucet: string;
  let valoper: string;

  beforeAll(async () => {
    net = await tempDevnet({ blockIntervalMs: 300, epochLength: 10, nodeArgs: () => ["--check-invariants"], genesis: { staking: { unbonding_time: "3s" } } });
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(net.info.faucet.mnemonic, { prefix: "gcs" });
    faucet = (await wallet.getAccounts())[0]!.address;
    valoper = devnetValoper(net.info.faucet.mnemonic, 0);
    client = await SigningStargateClient.connectWithSigner(net.info.validators[0]!.rpc, wallet, { gasPrice: GasPrice.fromString("0.025ugcs"), broadcastPollIntervalMs: 200, broadcastTimeoutMs: 15_000 });
  });

  afterAll(async () => {
    client?.disconnect();
    await net?.close();
  });

  const votingPower = async () => Number((await rpc(net.info.validators[0]!.rpc, "validators")).validators[0].voting_power);

  it("delegates, reads the delegation back, and the validator's power grows at the epoch boundary", { timeout: 40_000 }, async () => {
    expect(await client.getBalanceStaked(faucet)).toBeNull();
    expect(await votingPower()).toBe(10_000);
    const res = await client.delegateTokens(faucet, valoper, { denom: "ugcs", amount: "5000000000" }, "auto", "delegate 5,000 GCS");
    expect(res.code).toBe(0);
    expect((await client.getDelegation(faucet, valoper))).toEqual({ denom: "ugcs", amount: "5000000000" });
    expect(await client.getBalanceStaked(faucet)).toEqual({ denom: "ugcs", amount: "5000000000" });
    await until(async () => (await votingPower()) === 15_000, 20_000, "voting power 15,000 after the epoch boundary");
    const row = pogcs.pogcs.v1.QueryValidatorPowerResponse.decode((await abciQuery(net.info.validators[0]!.rpc, "/pogcs.pogcs.v1.Query/ValidatorPower",
      pogcs.pogcs.v1.QueryValidatorPowerRequest.encode({ operator: valoper }).finish())).value).power!;
    expect(row.stake).toBe("15000000000");
  });

  it("undelegates: the delegation shrinks at once, the coins come back after the unbonding time", { timeout: 40_000 }, async () => {
    const res = await client.undelegateTokens(faucet, valoper, { denom: "ugcs", amount: "2000000000" }, "auto");
    expect(res.code).toBe(0);
    const after = BigInt((await client.getBalance(faucet, "ugcs")).amount);
    expect(await client.getDelegation(faucet, valoper)).toEqual({ denom: "ugcs", amount: "3000000000" });
    expect(await client.getBalanceStaked(faucet)).toEqual({ denom: "ugcs", amount: "3000000000" });
    const unb = QueryUnbondingDelegationResponse.decode((await abciQuery(net.info.validators[0]!.rpc, "/cosmos.staking.v1beta1.Query/UnbondingDelegation",
      QueryUnbondingDelegationRequest.encode({ delegatorAddr: faucet, validatorAddr: valoper }).finish())).value);
    expect(unb.unbond.entries.map((e) => e.balance)).toEqual(["2000000000"]);
    await until(async () => BigInt((await client.getBalance(faucet, "ugcs")).amount) === after + 2_000_000_000n, 25_000, "unbonded coins paid back");
    await until(async () => (await votingPower()) === 13_000, 20_000, "voting power 13,000");
    expect(net.processes[0]!.exitCode).toBeNull(); // invariants held at every block
  });
});
