/**
 * Scenario part 3: carbon. A device owner issues RECs from two verified energy reports (a second
 * issuance from the same report is refused), converts part of one batch into carbon credits,
 * deposits REC batches into a basket for a fungible carbon coin, makes a market for the coin on the
 * AMM; a buyer swaps GCS for coins and retires them through the basket (oldest batch first), which
 * mints a certificate NFT whose trail reaches the device reports; retired credits never move again.
 */
import { QueryOwnerRequest, QueryOwnerResponse } from "cosmjs-types/cosmos/nft/v1beta1/query";
import { pogcs } from "../../proto/gen/pogcs.js";
import type { DeviceAgent } from "../agents/agent.js";
import type { Actors } from "./actors.js";
import { balance, msg, ok, query, response, StepError } from "./chain.js";
import { addLiquidity } from "./market-flow.js";

const C = pogcs.carbon.v1;
const CT = "/pogcs.carbon.v1.";

export async function runCarbon(a: Actors, d: DeviceAgent, log: (s: string) => void) {
  const epochs = [...d.reported].sort((x, y) => (x < y ? -1 : 1)).slice(0, 2);
  if (epochs.length < 2) throw new StepError(`device ${d.deviceId} has ${epochs.length} accepted reports; need 2`);
  const issue = (e: bigint[]) => d.sender.send([msg(`${CT}MsgIssueRecs`, { owner: d.owner, deviceId: d.deviceId!.toString(), epochs: e.map(String), region: "DEVNET-A" })]);
  const iss = ok(await issue(epochs), "issue RECs");
  const batches = response(iss, C.MsgIssueRecsResponse).batchIds;
  log(`device ${d.deviceId} issued REC batches ${batches.join(", ")} from its reports of epochs ${epochs.join(", ")}`);
  const again = await issue([epochs[0]!]);
  log(`issuing again from epoch ${epochs[0]}'s report: ${again.codespace}/${again.code} ${again.log}`);

  const conv = ok(await d.sender.send([msg(`${CT}MsgConvertToCredits`, { owner: d.owner, batchId: batches[1]!, amount: "500" })]), "convert RECs");
  const credits = response(conv, C.MsgConvertToCreditsResponse);
  log(`converted 500 Wh of ${batches[1]} into ${credits.credits} g CO2e (batch ${credits.batchId}) at DEVNET-A's factor`);

  const basketId = `green${(await a.rpc.blockTime()) % 100000n}`;
  const cb = ok(await d.sender.send([msg(`${CT}MsgCreateBasket`, { curator: d.owner, basketId, name: "Devnet green kWh", criteria: { creditType: "REC", minVintageHour: "0", regions: ["DEVNET-A"] } })]), "create basket");
  const coin = response(cb, C.MsgCreateBasketResponse).denom;
  const held = async (batch: string) => {
    const r = await query(a.rpc, "/pogcs.carbon.v1.Query/Balances", C.QueryBalancesRequest, { address: d.owner }, C.QueryBalancesResponse);
    const b = (r?.balances ?? []).find((x) => x.batchId === batch);
    return BigInt(b?.tradable ?? "0");
  };
  const deposits: Array<[string, bigint]> = [[batches[1]!, await held(batches[1]!)], [batches[0]!, await held(batches[0]!)]];
  for (const [batch, amount] of deposits) ok(await d.sender.send([msg(`${CT}MsgBasketDeposit`, { owner: d.owner, basketId, batchId: batch, amount: amount.toString() })]), `deposit ${batch}`);
  const coins = await balance(a.rpc, d.owner, coin);
  log(`deposited ${deposits.map(([b, n]) => `${n} of ${b}`).join(" and ")} into basket ${basketId}: ${coins} ${coin}`);

  const deadline = (await a.rpc.blockTime()) + 3600n;
  const lp = await addLiquidity(d.sender, coin, coins - 200n, (coins - 200n) * 1000n, deadline);
  log(`AMM market for ${coin}: ${coins - 200n} coins + ${(coins - 200n) * 1000n} ugcs, LP NFT ${lp.nftId}`);
  const before = await balance(a.rpc, a.buyer.address, "ugcs");
  ok(await a.buyer.send([msg("/pogcs.amm.v1.MsgSwapExactOut", { trader: a.buyer.address, slotDenom: coin, denomIn: "ugcs", amountOut: "400", maxAmountIn: "1000000", deadline: deadline.toString() })]), "buy carbon coins");
  const bought = await balance(a.rpc, a.buyer.address, coin);
  log(`buyer paid ${before - (await balance(a.rpc, a.buyer.address, "ugcs"))} ugcs for ${bought} ${coin}`);

  const take = ok(await a.buyer.send([msg(`${CT}MsgBasketTake`, { owner: a.buyer.address, basketId, amount: bought.toString(), retireOnTake: true, beneficiary: "Scenario GmbH", jurisdiction: "DE", reason: "devnet scenario offset" })]), "retire through the basket");
  const t = response(take, C.MsgBasketTakeResponse);
  const retiredFrom = t.credits.map((c) => `${c.amount} of ${c.batchId}`);
  log(`buyer retired ${bought} through the basket (${retiredFrom.join(", ")}); certificate ${t.certificateId}`);
  const trail = await query(a.rpc, "/pogcs.carbon.v1.Query/CertificateTrail", C.QueryCertificateTrailRequest, { certificateId: t.certificateId }, C.QueryCertificateTrailResponse);
  const reports: Array<{ device: string; epoch: string; hashMatches: boolean }> = (trail?.reports ?? []).map((r) => ({ device: String(r.recorded?.deviceId), epoch: String(r.recorded?.epoch), hashMatches: r.hashMatches === true }));
  log(`certificate trail: ${reports.map((r: { device: string; epoch: string; hashMatches: boolean }) => `device ${r.device} epoch ${r.epoch} report hash ${r.hashMatches ? "matches" : "DIFFERS"}`).join("; ")}`);
  const certOwner = await query(a.rpc, "/cosmos.nft.v1beta1.Query/Owner", QueryOwnerRequest, { classId: "carbon-cert", id: t.certificateId }, QueryOwnerResponse);
  const firstBatch = (t.credits[0] as { batchId?: string } | undefined)?.batchId ?? "";
  const move = await a.buyer.send([msg(`${CT}MsgSend`, { sender: a.buyer.address, recipient: a.buyer2.address, batchId: firstBatch, amount: "1" })]);
  log(`moving a retired credit of ${firstBatch}: ${move.codespace}/${move.code} ${move.log}`);
  return {
    issuer: d.owner, issuerCoins: await balance(a.rpc, d.owner, coin),
    batches, epochs: epochs.map(String), secondIssue: { code: again.code, codespace: again.codespace }, credits: credits.credits, basketId, coin, coins,
    bought, retiredBatches: t.credits.map((c) => c.batchId ?? ""), certificateId: t.certificateId, certOwner: certOwner?.owner,
    trail: reports, retiredMove: { code: move.code, codespace: move.codespace },
  };
}
