/**
 * Scenario part 2: the slot market and demand contracts. An LP adds slots and GCS to the AMM and
 * gets a position NFT; a buyer swaps for slots; a contract redeems them and its position NFT is
 * sold mid-contract (payment goes to the new holder); a contract is disputed and its provider's
 * bond slashed by the committee; a contract times out and is refunded; an unplugged device's
 * slots cannot be bought; slots expire at their hour.
 */
import { MsgSend as NftSend } from "cosmjs-types/cosmos/nft/v1beta1/tx";
import { MsgSend as BankSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { createHash } from "node:crypto";
import { pogcs } from "../../proto/gen/pogcs.js";
import type { DeviceAgent } from "../agents/agent.js";
import type { TxSender } from "../agents/chain.js";
import type { Actors } from "./actors.js";
import { balance, msg, nextEpoch, ok, query, response, StepError } from "./chain.js";
import { commitCapacity, slotStatus } from "./pools-flow.js";

const A = pogcs.amm.v1;
const M = pogcs.market.v1;
const AMM = "/pogcs.amm.v1.";
const MKT = "/pogcs.market.v1.";
const GCS = 1_000_000n;

export async function addLiquidity(lp: TxSender, denom: string, base: bigint, quote: bigint, deadline: bigint): Promise<{ positionId: string; nftId: string; shares: string }> {
  const out = ok(await lp.send([msg(`${AMM}MsgAddLiquidity`, { provider: lp.address, slotDenom: denom, baseMax: base.toString(), quoteMax: quote.toString(), minShares: "1", deadline: deadline.toString() })]), `add liquidity ${denom}`);
  const r = response(out, A.MsgAddLiquidityResponse);
  return { positionId: r.positionId.toString(), nftId: r.nftId, shares: r.shares };
}

export async function buySlots(buyer: TxSender, denom: string, units: bigint, maxIn: bigint, deadline: bigint) {
  return buyer.send([msg(`${AMM}MsgSwapExactOut`, { trader: buyer.address, slotDenom: denom, denomIn: "ugcs", amountOut: units.toString(), maxAmountIn: maxIn.toString(), deadline: deadline.toString() })]);
}

async function contract(a: Actors, id: bigint) {
  return query(a.rpc, "/pogcs.market.v1.Query/Contract", M.QueryContractRequest, { contractId: id.toString() }, M.QueryContractResponse);
}

async function createContract(a: Actors, o: { cls: string; hours: bigint; price: bigint; deadline: bigint; verification: number; bondBps: number; spec: string }): Promise<bigint> {
  const out = ok(await a.buyer.send([msg(`${MKT}MsgCreateContract`, {
    requester: a.buyer.address, kind: M.ContractKind.CONTRACT_KIND_TRAINING, specUri: `ipfs://scenario/${o.spec}`, specHash: createHash("sha256").update(o.spec).digest(),
    slotClass: o.cls, hours: o.hours.toString(), price: { denom: "ugcs", amount: o.price.toString() }, incentive: { denom: "ugcs", amount: "0" },
    deadline: o.deadline.toString(), verification: o.verification, providerBondBps: o.bondBps,
  })]), `create contract ${o.spec}`);
  return BigInt(response(out, M.MsgCreateContractResponse).contractId.toString());
}

const statusName = (s: number | null | undefined) => (s == null ? "missing" : M.ContractStatus[s] ?? String(s));

export async function runMarket(a: Actors, o: { stakeMembers: string[]; randomWinner: string }, log: (s: string) => void) {
  const byId = (id: string) => a.devices.find((d) => d.deviceId?.toString() === id)!;
  const [d0, d1] = o.stakeMembers.map(byId) as [DeviceAgent, DeviceAgent];
  const d4 = a.devices[4]!;
  const winner = byId(o.randomWinner);
  const now = await a.rpc.blockTime();
  const h1 = ((now + 3600n + 300n + 3599n) / 3600n) * 3600n;
  const h2 = h1 + 3600n;
  const deadline = now + 6n * 3600n;

  const s1 = await commitCapacity(a, d0, h1, 8n);
  log(`device ${d0.deviceId} committed 8 GPU-hours of ${s1.denom}; its owner holds ${s1.balance}`);
  const lp = await addLiquidity(d0.sender, s1.denom, 6n, 6n * GCS, deadline);
  log(`LP added 6 slots + 6 GCS: position ${lp.positionId}, NFT ${lp.nftId}, ${lp.shares} shares`);
  const before = await balance(a.rpc, a.buyer.address, "ugcs");
  ok(await buySlots(a.buyer, s1.denom, 3n, 10n * GCS, deadline), "buy 3 slots");
  const bought = await balance(a.rpc, a.buyer.address, s1.denom);
  const paid = before - (await balance(a.rpc, a.buyer.address, "ugcs"));
  log(`buyer swapped ${paid} ugcs for ${bought} slots of ${s1.denom}`);

  // Contract 1: redeem 2 slots; the provider sells its position NFT to buyer2 mid-contract.
  const c1 = await createContract(a, { cls: s1.denom.split("/")[1]!, hours: 2n, price: 4n * GCS, deadline: h1 + 2n * 3600n, verification: M.Verification.VERIFICATION_REQUESTER, bondBps: 1000, spec: "train-resnet" });
  const red = ok(await a.buyer.send([msg(`${MKT}MsgRedeemSlots`, { requester: a.buyer.address, contractId: c1.toString(), slotDenom: s1.denom, amount: "2" })]), "redeem 2 slots");
  const nftIds = response(red, M.MsgRedeemSlotsResponse).nftIds;
  const slotsAfterRedeem = await balance(a.rpc, a.buyer.address, s1.denom);
  log(`contract ${c1} redeemed 2 slots (buyer keeps ${slotsAfterRedeem}); position NFT(s) ${nftIds.join(",")} to the device owner`);
  const nftId = nftIds[0]!;
  ok(await d0.sender.send([{ typeUrl: "/cosmos.nft.v1beta1.MsgSend", value: NftSend.encode({ classId: "market-position", id: nftId, sender: d0.owner, receiver: a.buyer2.address }).finish() }]), "sell position NFT");
  ok(await a.buyer2.send([{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: BankSend.encode({ fromAddress: a.buyer2.address, toAddress: d0.owner, amount: [{ denom: "ugcs", amount: "3000000" }] }).finish() }]), "pay for the NFT");
  log(`device owner sold position NFT ${nftId} to ${a.buyer2.address} for 3 GCS`);
  const buyer2Before = await balance(a.rpc, a.buyer2.address, "ugcs");
  const sellerBefore = await balance(a.rpc, d0.owner, "ugcs");
  ok(await d0.sender.send([msg(`${MKT}MsgSubmitResult`, { provider: d0.owner, contractId: c1.toString(), resultHash: createHash("sha256").update("weights-v1").digest() })]), "submit result c1");
  ok(await a.buyer.send([msg(`${MKT}MsgApproveContract`, { requester: a.buyer.address, contractId: c1.toString() })]), "approve c1");
  const c1s = await contract(a, c1);
  const buyer2Gain = (await balance(a.rpc, a.buyer2.address, "ugcs")) - buyer2Before;
  const sellerGain = (await balance(a.rpc, d0.owner, "ugcs")) - sellerBefore;
  log(`contract ${c1} ${statusName(c1s?.contract?.status)}: new NFT holder received ${buyer2Gain} ugcs (pool kept its share), old holder ${sellerGain}`);

  // Contract 2: a provider accepts with a bond; the requester disputes; the committee upholds.
  const c2 = await createContract(a, { cls: s1.denom.split("/")[1]!, hours: 1n, price: 2n * GCS, deadline, verification: M.Verification.VERIFICATION_REQUESTER, bondBps: 5000, spec: "render-scene" });
  ok(await d1.sender.send([msg(`${MKT}MsgAcceptContract`, { provider: d1.owner, contractId: c2.toString(), deviceId: d1.deviceId!.toString() })]), "accept c2");
  ok(await d1.sender.send([msg(`${MKT}MsgSubmitResult`, { provider: d1.owner, contractId: c2.toString(), resultHash: createHash("sha256").update("garbage").digest() })]), "submit result c2");
  ok(await a.buyer.send([msg(`${MKT}MsgDisputeContract`, { requester: a.buyer.address, contractId: c2.toString(), reason: "frames are black" })]), "dispute c2");
  const committee = (await contract(a, c2))?.contract?.committee ?? [];
  for (const member of committee) {
    const s = a.operators.find((x) => x.address === member);
    if (!s) throw new StepError(`committee member ${member} is not a devnet operator`);
    ok(await s.send([msg(`${MKT}MsgVoteContract`, { voter: member, contractId: c2.toString(), approve: false })]), `committee vote by ${member}`);
    const st = (await contract(a, c2))?.contract?.status;
    if (st !== M.ContractStatus.CONTRACT_STATUS_VOTING) break;
  }
  const c2s = await contract(a, c2);
  log(`contract ${c2} disputed; committee ${committee.join(",")} voted: ${statusName(c2s?.contract?.status)}, provider bond ${c2s?.positions[0]?.bond ?? "?"} ugcs`);

  // Contract 3: accepted, never delivered; the deadline passes (clock advanced later) and it refunds.
  const c3 = await createContract(a, { cls: s1.denom.split("/")[1]!, hours: 1n, price: 2n * GCS, deadline: now + 1800n, verification: M.Verification.VERIFICATION_REQUESTER, bondBps: 1000, spec: "inference-batch" });
  ok(await d4.sender.send([msg(`${MKT}MsgAcceptContract`, { provider: d4.owner, contractId: c3.toString(), deviceId: d4.deviceId!.toString() })]), "accept c3");
  log(`contract ${c3} accepted by device ${d4.deviceId}, deadline in 30 min, will not be delivered`);

  // An unplugged device: its slots (some already in the AMM) lose their backing and cannot be bought.
  const s2 = await commitCapacity(a, winner, h2, 4n);
  await addLiquidity(winner.sender, s2.denom, 3n, 3n * GCS, deadline);
  winner.goOffline();
  log(`device ${winner.deviceId} committed 4 GPU-hours of ${s2.denom}, put 3 in the AMM, then went offline`);
  let st2 = await slotStatus(a, s2.denom);
  for (let i = 0; i < 4 && st2?.backed; i++) {
    await nextEpoch(a.rpc, a.epochLength);
    st2 = await slotStatus(a, s2.denom);
  }
  const offlineBuy = await buySlots(a.buyer, s2.denom, 1n, 10n * GCS, deadline);
  log(`slot ${s2.denom}: backed=${st2?.backed} (supply ${st2?.supply}, backed units ${st2?.backedUnits}); buying it: ${offlineBuy.codespace}/${offlineBuy.code} ${offlineBuy.log}`);

  return { h1, h2, s1, lp, lpDevice: d0.deviceId!.toString(), bought, paid, c1, nftId, slotsAfterRedeem, c1Status: c1s?.contract?.status, buyer2Gain, sellerGain, c2, c2Status: c2s?.contract?.status, c2Committee: committee, c3, s2: s2.denom, s2Backed: st2?.backed, offlineBuy: { code: offlineBuy.code, codespace: offlineBuy.codespace, log: offlineBuy.log } };
}
