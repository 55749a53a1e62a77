/**
 * Acceptance of the compute-market flow on a real 2-validator devnet (nodes with --test-clock and
 * --check-invariants): the devnet scenario script runs end to end and every step shows the
 * behaviour the tracker asks for (pools by each entry rule, slots minted, LP NFT, swap, slot
 * redemption with the position NFT sold mid-contract, dispute slashing, timeout refund, an
 * offline device's slot refused, expiry at the hour).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { tempDevnet } from "../support/devnet-fixture.js";
import { runScenario } from "../../devnet/scenario/run.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { StargateClient } from "@cosmjs/stargate";
import { chromiumWanted, launchChromium } from "../support/chromium.js";

const S = pogcs.market.v1.ContractStatus;
type Net = Awaited<ReturnType<typeof tempDevnet>>;
type Report = Awaited<ReturnType<typeof runScenario>>;

describe("devnet scenario: pools, slots, AMM, demand contracts", () => {
  let net: Net;
  let r: Report;
  const lines: string[] = [];

  beforeAll(async () => {
    net = await tempDevnet({
      validators: 2, blockIntervalMs: 300, epochLength: 8, downtimeWindow: 100_000,
      timeouts: { propose: 800, vote: 300, delta: 200 },
      nodeArgs: () => ["--test-clock", "--check-invariants"],
    });
    r = await runScenario({ rpcs: net.info.validators.map((v) => v.rpc), chainId: net.info.chainId, mnemonic: net.info.faucet.mnemonic, log: (s) => lines.push(s) });
  }, 240_000);

  afterAll(async () => {
    if (process.env.SCENARIO_LOG) process.stdout.write(lines.join("\n") + "\n");
    await net?.close();
  });

  it("devices enter pools by stake, by a beacon draw and by condition; an investor buys shares", () => {
    expect(r.pools.members.stake).toHaveLength(2);
    expect(r.pools.members.random).toHaveLength(1);
    expect(r.pools.randomDraw?.applicants).toHaveLength(2);
    expect(r.pools.randomDraw?.winners).toEqual(r.pools.members.random);
    expect(r.pools.randomDraw?.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(r.pools.members.condition).toHaveLength(1);
    expect(r.pools.investorShares).toBe("20000000");
  });

  it("slots are minted, an LP gets an NFT, a buyer swaps for slots", () => {
    expect(r.market.s1.denom).toMatch(/^gch\/rtx4090\/\d{10}$/);
    expect(r.market.s1.balance).toBe(8n);
    expect(r.market.lp.nftId).toMatch(/^lp-/);
    expect(r.market.bought).toBe(3n);
    expect(r.market.paid).toBeGreaterThan(3_000_000n); // constant product: 3 of 6 cost more than spot
  });

  it("a contract redeems slots and pays whoever holds its position NFT at completion", () => {
    expect(r.market.slotsAfterRedeem).toBe(1n);
    expect(r.market.c1Status).toBe(S.CONTRACT_STATUS_COMPLETED);
    expect(r.market.buyer2Gain).toBe(3_600_000n); // 4 GCS less the stake pool's 10 % revenue share
    expect(r.market.sellerGain).toBe(0n);
  });

  it("a disputed contract slashes the provider; an undelivered one is refunded after its deadline", () => {
    expect(r.market.c2Committee.length).toBeGreaterThan(0);
    expect(r.market.c2Status).toBe(S.CONTRACT_STATUS_SLASHED);
    expect(r.expiry.c3Status).toBe(S.CONTRACT_STATUS_EXPIRED);
    expect(r.expiry.refund).toBeGreaterThanOrEqual(2_000_000n);
  });

  it("an offline device's slot cannot be bought", () => {
    expect(r.market.s2Backed).toBe(false);
    expect(r.market.offlineBuy.codespace).toBe("amm");
    expect(r.market.offlineBuy.code).toBe(14);
  });

  it("carbon: RECs issued once from reports, basket coin traded on the AMM, retired oldest first with a certificate trail", () => {
    const c = r.carbon;
    expect(c.batches).toHaveLength(2);
    expect(c.secondIssue).toEqual({ code: 11, codespace: "carbon" });
    expect(BigInt(c.credits)).toBe(200n); // 500 Wh at 400 g/kWh
    expect(c.coin).toBe(`carbon/${c.basketId}`);
    expect(c.bought).toBe(400n);
    expect(c.retiredBatches).toEqual([c.batches[0]]); // the older vintage goes first
    expect(c.certOwner).toBeTruthy();
    expect(c.trail.length).toBeGreaterThan(0);
    expect(c.trail.every((t) => t.hashMatches)).toBe(true);
    expect(c.trail.map((t) => t.epoch)).toContain(c.epochs[0]);
    expect(c.retiredMove.codespace).toBe("carbon");
    expect(c.retiredMove.code).not.toBe(0);
  });

  it("carbon coins show as bank balances through CosmJS and certificates as NFTs through REST", async () => {
    const c = r.carbon;
    const client = await StargateClient.connect(net.info.validators[0]!.rpc);
    try {
      expect(await client.getBalance(c.issuer, c.coin)).toEqual({ denom: c.coin, amount: c.issuerCoins.toString() });
      expect(c.issuerCoins).toBe(200n); // 2,500 deposited, 2,300 put in the AMM
    } finally {
      client.disconnect();
    }
    const rest = net.info.validators[0]!.rest!;
    const owner = (await (await fetch(`${rest}/cosmos/nft/v1beta1/owner/carbon-cert/${c.certificateId}`)).json()) as { owner: string };
    expect(owner.owner).toBe(c.certOwner);
    const nft = (await (await fetch(`${rest}/cosmos/nft/v1beta1/nfts/carbon-cert/${c.certificateId}`)).json()) as { nft: { uri_hash: string } };
    expect(nft.nft.uri_hash).toBeTruthy();
  });

  it("slots expire at the end of their hour, in wallets and in the AMM", () => {
    expect(r.expiry.slotExpired).toBe(true);
    expect(r.expiry.slotSupply).toBe(0n);
    expect(r.expiry.buyerSlots).toBe(0n);
    expect(r.expiry.poolBase).toBe("0");
    expect(r.expiry.poolExpired).toBe(true);
    expect(r.expiry.lpRemoved?.base).toBe("0");
    expect(BigInt(r.expiry.lpRemoved?.quote ?? "0")).toBeGreaterThan(0n);
  });

  // The explorer after the scenario: screenshots with real pools, prices and carbon (explorer.test.ts covers the empty states).
  it.runIf(chromiumWanted)("the explorer shows the scenario's pools, the class price index, carbon batches and the retirement", async () => {
    const browser = await launchChromium();
    try {
      const { page } = browser;
      const rpc = net.info.validators[0]!.rpc;
      await page.goto(`${rpc}/explorer/#/markets`);
      await page.waitForSelector("[data-testid=pools] table tbody tr");
      expect(await page.locator("[data-testid=pools] table tbody tr").count()).toBeGreaterThanOrEqual(3);
      await page.waitForSelector("[data-testid=amm-index] table tbody tr");
      expect(await page.textContent("[data-testid=amm-index]")).toContain(r.market.s1.denom.split("/")[1]!);
      // The charts sample on new blocks: wait until the price index and NAV lines have points.
      await page.waitForFunction(`!document.body.innerText.includes("No price index sampled yet") && !document.body.innerText.includes("No pool data sampled yet")`);
      await browser.shot("scenario-markets");
      await page.goto(`${rpc}/explorer/#/carbon`);
      await page.waitForFunction(`document.body.innerText.includes(${JSON.stringify(r.carbon.batches[0]!)})`);
      await page.waitForFunction(`document.body.innerText.includes(${JSON.stringify(r.carbon.certificateId)})`);
      await page.waitForFunction(`!document.body.innerText.includes("Collecting points")`);
      await browser.shot("scenario-carbon");
      expect(browser.pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
