/**
 * The market module in the full app (real bank, staking, devices, nft, pools; signed txs through
 * the ante chain; invariants after every block, including the pogcs supply ledger that counts the
 * market's burns): a GPU device owner accepts a contract, sells the position NFT mid-contract with
 * cosmos.nft MsgSend and the payment goes to the new holder; a disputed contract is voted down by
 * a committee of validator operators drawn with the beacon and the provider's bond is slashed; an
 * untaken contract times out and is refunded. Every REST route answers.
 */
import { describe, expect, it } from "vitest";
import { MsgSend } from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { createFullApp, type FullApp } from "../support/pogcs-app.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "../../modules/devices/long.js";
import { CELL_A, CHAIN_ID, GPU_CAPACITY, MSG, bondMsg, edKey, registerMsg } from "../../modules/devices/test-support.js";
import { slotDenom } from "../../modules/pools/slots.js";
import { MsgSend as BankSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { DeviceClass } from "../../modules/devices/types.js";
import { moduleAddress } from "../../modules/auth/keeper.js";
import { acceptMsg, approveMsg, createContractMsg, disputeMsg, redeemMsg, submitMsg, voteMsg, type EncodedMsg } from "../../modules/market/builders.js";
import { POSITION_CLASS } from "../../modules/market/keys.js";
import { createQueryContext } from "../../chain/app/query-context.js";
import { Status, Verification } from "../../modules/market/types.js";
import { MARKET_ROUTES } from "../../node/rest/routes/market.js";

const P = pogcs.market.v1;
const HASH = new Uint8Array(32).fill(5);
const T0 = 1_767_225_600n;

function balance(f: FullApp, address: string, denom = "ugcs"): bigint {
  return BigInt(f.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom }).finish(), QueryBalanceResponse).balance!.amount);
}

function contract(f: FullApp, id: bigint): pogcs.market.v1.IContract {
  return f.query("/pogcs.market.v1.Query/Contract", P.QueryContractRequest.encode({ contractId: toLong(id) }).finish(), P.QueryContractResponse).contract!;
}

describe("market in the full app", () => {
  it("position NFT sold mid-contract pays the new holder; a dispute slashes the bond; an untaken contract is refunded", () => {
    const f = createFullApp({ validators: 3, accounts: 3, epochLength: 10n });
    const [requester, provider, buyer] = [3, 4, 5].map((i) => f.signers[i]!.address) as [string, string, string];
    const send = (i: number, ...msgs: EncodedMsg[]) => {
      const res = f.block([f.tx(i, msgs)]);
      for (const r of res.txResults) expect(r.code, r.log).toBe(0);
      return res;
    };
    f.direct((ctx) => f.pogcs.marketKeeper.setParams(ctx, { ...f.pogcs.marketKeeper.params(ctx), reviewPeriodSeconds: 20n, votePeriodSeconds: 20n }));
    // 4 GPUs: the contracts below ask 4 GPU-hours due within 500 s (path A refuses more than the GPUs deliver).
    const dev = { key: edKey("market-gpu-1"), cls: DeviceClass.DEVICE_CLASS_GPU, capacity: { ...GPU_CAPACITY, gpuCount: 4 }, location: { h3Cell: CELL_A, index: 0 } };
    send(4, { typeUrl: MSG.RegisterDevice, value: registerMsg(provider, dev) });

    // 1. Accept, sell the position, submit, approve: the buyer is paid.
    send(3, createContractMsg({ requester, deadline: BigInt(f.height) + 1_767_225_600n + 500n, price: 3_000_000n, incentive: 100_000n, bondBps: 1_000 }));
    send(4, acceptMsg(provider, 1n, 1n));
    const nftId = "mkt-1-0";
    expect(f.pogcs.nft.ownerOf(createQueryContext(f.cms, CHAIN_ID, f.cms.version), POSITION_CLASS, nftId)).toBe(provider);
    send(4, { typeUrl: "/cosmos.nft.v1beta1.MsgSend", value: MsgSend.encode({ classId: POSITION_CLASS, id: nftId, sender: provider, receiver: buyer }).finish() });
    const pos = f.query("/pogcs.market.v1.Query/Position", P.QueryPositionRequest.encode({ nftId }).finish(), P.QueryPositionResponse);
    expect([pos.owner, pos.position!.provider]).toEqual([buyer, provider]);
    send(4, submitMsg(provider, 1n, HASH));
    const buyerBefore = balance(f, buyer), providerBefore = balance(f, provider);
    send(3, approveMsg(requester, 1n));
    expect(contract(f, 1n).status).toBe(Status.CONTRACT_STATUS_COMPLETED);
    expect(balance(f, buyer) - buyerBefore).toBe(3_100_000n);
    expect(balance(f, provider) - providerBefore).toBe(300_000n);

    // 2. Dispute: a committee of the validators' operator accounts votes the result down.
    send(3, createContractMsg({ requester, deadline: BigInt(f.height) + 1_767_225_600n + 500n, price: 2_000_000n, incentive: 300_000n, bondBps: 5_000, verification: Verification.VERIFICATION_REQUESTER }));
    send(4, acceptMsg(provider, 2n, 1n));
    send(4, submitMsg(provider, 2n, HASH));
    send(3, disputeMsg(requester, 2n, "the model does not converge"));
    const committee = f.query("/pogcs.market.v1.Query/Committee", P.QueryCommitteeRequest.encode({ contractId: toLong(2n) }).finish(), P.QueryCommitteeResponse);
    const operators = f.validators.map((v) => v.operator);
    expect([...committee.committee].sort()).toEqual([...operators].sort());
    expect(committee.drawSeed).toMatch(/^[0-9a-f]{64}$/);
    const reqBefore = balance(f, requester), provBefore = balance(f, provider);
    const voters = committee.committee.slice(0, 2).map((a: string) => operators.indexOf(a));
    send(voters[0]!, voteMsg(committee.committee[0]!, 2n, false));
    const v0 = balance(f, committee.committee[0]!);
    send(voters[1]!, voteMsg(committee.committee[1]!, 2n, false));
    expect(contract(f, 2n).status).toBe(Status.CONTRACT_STATUS_SLASHED);
    // Bond 1,000,000 fully slashed: half to the requester, half burned (counted by the pogcs supply
    // ledger invariant, checked after every block); two of three checkers paid 100,000.
    expect(balance(f, requester) - reqBefore).toBe(2_000_000n + 100_000n + 500_000n);
    expect(balance(f, provider)).toBe(provBefore);
    expect(balance(f, committee.committee[0]!) - v0).toBe(100_000n);
    expect(f.pogcs.marketKeeper.burnedOf(createQueryContext(f.cms, CHAIN_ID, f.cms.version), "ugcs")).toBe(500_000n);

    // 3. Nobody takes it: the deadline passes and the end block refunds the requester.
    const r3Before = balance(f, requester);
    send(3, createContractMsg({ requester, deadline: BigInt(f.height) + 1_767_225_600n + 5n, price: 1_000_000n, incentive: 0n }));
    for (let i = 0; i < 6; i++) f.block();
    expect(contract(f, 3n).status).toBe(Status.CONTRACT_STATUS_EXPIRED);
    expect(balance(f, requester)).toBe(r3Before);
    expect(balance(f, moduleAddress("market"))).toBe(0n);

    // Every REST route maps to a query the app answers.
    const params: Record<string, string> = { contract_id: "2", requester, provider, status: "slashed", nft_id: nftId };
    for (const route of MARKET_ROUTES) {
      const req = route.req.encode(route.req.fromPartial(route.build(params, {}) as never) as never).finish();
      const res = f.pogcs.app.query(route.path, req);
      expect(res.code, `${route.url}: ${res.log}`).toBe(0);
    }
    const byStatus = f.query("/pogcs.market.v1.Query/ContractsByStatus", P.QueryContractsByStatusRequest.encode({ status: Status.CONTRACT_STATUS_SLASHED }).finish(), P.QueryContractsResponse);
    expect(byStatus.contracts.map((c: pogcs.market.v1.IContract) => fromLong(c.id))).toEqual([2n]);
  });

  it("a contract redeems hour slots of a pooled device: the device owner's position is paid after the pool's revenue share", () => {
    const f = createFullApp({ validators: 1, accounts: 3, epochLength: 10n });
    const owner = f.signers[1]!.address;
    const requester = f.signers[2]!.address;
    const send = (i: number, ...msgs: EncodedMsg[]) => {
      const res = f.block([f.tx(i, msgs)]);
      for (const r of res.txResults) expect(r.code, r.log).toBe(0);
      return res;
    };
    const PL = pogcs.pools.v1;
    const dev = { key: edKey("market-slots-gpu"), cls: DeviceClass.DEVICE_CLASS_GPU, capacity: { ...GPU_CAPACITY, gpuCount: 2 }, location: { h3Cell: CELL_A, index: 0 } };
    send(1, { typeUrl: MSG.RegisterDevice, value: registerMsg(owner, dev) });
    send(1, { typeUrl: MSG.BondDevice, value: bondMsg(owner, 1n, 2_000_000n, f.validators[0]!.valoper) });
    send(2, { typeUrl: "/pogcs.pools.v1.MsgCreatePool", value: PL.MsgCreatePool.encode({ creator: requester, name: "GPU pool", kind: PL.PoolKind.POOL_KIND_COMPUTE, quoteDenom: "ugcs", seats: 4, revenueShareBps: 1000, entryRule: { stake: { minBond: "1000000" } } }).finish() });
    send(1, { typeUrl: "/pogcs.pools.v1.MsgApplyDevice", value: PL.MsgApplyDevice.encode({ owner, poolId: toLong(1n), deviceId: toLong(1n) }).finish() });
    send(2, { typeUrl: "/pogcs.pools.v1.MsgDeposit", value: PL.MsgDeposit.encode({ investor: requester, poolId: toLong(1n), amount: "5000000" }).finish() });
    while (f.height < 10n) f.block();
    const hour = T0 + 2n * 3600n;
    const denom = slotDenom("rtx4090", hour);
    send(1, { typeUrl: "/pogcs.pools.v1.MsgCommitCapacity", value: PL.MsgCommitCapacity.encode({ owner, deviceId: toLong(1n), hourStart: toLong(hour), units: toLong(2n) }).finish() });
    send(1, { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: BankSend.encode({ fromAddress: owner, toAddress: requester, amount: [{ denom, amount: "2" }] }).finish() });

    send(2, createContractMsg({ requester, hours: 2n, price: 1_000_000n, incentive: 0n, deadline: hour + 3_600n + 600n }));
    const r = send(2, redeemMsg(requester, 1n, denom, 2n));
    expect(P.MsgRedeemSlotsResponse.decode(TxMsgData.decode(r.txResults[0]!.data!).msgResponses[0]!.value).nftIds).toEqual(["mkt-1-0"]);
    expect(balance(f, requester, denom)).toBe(0n);
    const c = f.query("/pogcs.market.v1.Query/Contract", P.QueryContractRequest.encode({ contractId: toLong(1n) }).finish(), P.QueryContractResponse);
    expect([c.contract!.status, c.positions.length, c.positions[0]!.provider, c.positions[0]!.units!.toString()]).toEqual([Status.CONTRACT_STATUS_ACTIVE, 1, owner, "2"]);
    send(1, submitMsg(owner, 1n, HASH));
    const before = balance(f, owner);
    send(2, approveMsg(requester, 1n));
    expect(balance(f, owner) - before).toBe(900_000n);
    expect(contract(f, 1n).status).toBe(Status.CONTRACT_STATUS_COMPLETED);
  });
});
