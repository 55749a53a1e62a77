/**
 * Keplr's claim-rewards tx (one cosmos.distribution MsgWithdrawDelegatorReward per validator)
 * works on PoGCS, whose rewards are per account: the first message pays everything pending, the
 * others succeed with nothing to pay; a wrong validator address is refused with its code.
 */
import { describe, expect, it } from "vitest";
import { MsgWithdrawDelegatorReward } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { createFullApp } from "../support/pogcs-app.js";
import { pogcs } from "../../proto/gen/pogcs.js";

const P = pogcs.pogcs.v1;
const TYPE = "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward";

describe("Keplr-style reward claims", () => {
  it("pays all pending rewards once across several per-validator messages", () => {
    const f = createFullApp({ validators: 2, accounts: 1, epochLength: 5n });
    for (let i = 0; i < 12; i++) f.block();
    const me = f.signers[0]!.address;
    const pending = (): bigint => BigInt(f.query("/pogcs.pogcs.v1.Query/PendingRewards", P.QueryPendingRewardsRequest.encode({ address: me }).finish(), P.QueryPendingRewardsResponse).amount || "0");
    const bal = (): bigint => BigInt(f.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: me, denom: "ugcs" }).finish(), QueryBalanceResponse).balance!.amount);
    const owed = pending();
    expect(owed).toBeGreaterThan(0n);
    const before = bal();
    const msgs = f.validators.map((v) => ({ typeUrl: TYPE, value: MsgWithdrawDelegatorReward.encode({ delegatorAddress: me, validatorAddress: v.valoper }).finish() }));
    const res = f.block([f.tx(0, msgs)]);
    expect(res.txResults[0]!.code, res.txResults[0]!.log).toBe(0);
    // Rewards of the claim block itself accrue after the tx; what was owed before is now in the balance.
    expect(bal() - before).toBeGreaterThanOrEqual(owed);
    const events = res.txResults[0]!.events.filter((e) => e.type === "withdraw_rewards" && e.attributes.some((a) => a.key === "validator"));
    expect(events).toHaveLength(2);
  });

  it("refuses an account address where a validator address belongs", () => {
    const f = createFullApp({ validators: 1, accounts: 1 });
    f.block();
    const me = f.signers[0]!.address;
    const bad = f.block([f.tx(0, [{ typeUrl: TYPE, value: MsgWithdrawDelegatorReward.encode({ delegatorAddress: me, validatorAddress: me }).finish() }])]);
    expect(bad.txResults[0]!.code).toBe(7);
  });
});
