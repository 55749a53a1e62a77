/**
 * The REST calls Keplr (and explorers) make, in Keplr's shapes, against an in-process node: txs
 * signed by CosmJS (SIGN_MODE_DIRECT and LEGACY_AMINO_JSON = 127) broadcast through REST and found
 * by hash and by event query through REST; accounts, balances, staking, distribution-style
 * rewards over PoGCS pending rewards, node info, latest block and the chain-info object.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SigningStargateClient } from "@cosmjs/stargate";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { TxRaw, AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { initHome, devnetModuleGenesis } from "../../node/home/init-home.js";
import { PogcsNode } from "../../node/node.js";
import { defaultConfig } from "../../node/config/config.js";
import { startRestServer } from "../../node/rest/server.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { silentLogger } from "../../node/log/logger.js";
import { TEST_MNEMONIC } from "../support/app-harness.js";
import { accAddress, parseAccAddress, valAddress } from "../../chain/codec/address.js";

const CHAIN = "test-keplr-1";
const faucet = signerFromMnemonic(TEST_MNEMONIC, 0, { prefix: "gcs" });
const other = signerFromMnemonic(TEST_MNEMONIC, 1, { prefix: "gcs" });
const operator = signerFromMnemonic(TEST_MNEMONIC, 2, { prefix: "gcs" });
const valoper = valAddress(parseAccAddress(operator.address));

describe("Keplr's REST calls", () => {
  let dir: string;
  let node: PogcsNode;
  let rest: Awaited<ReturnType<typeof startRestServer>>;
  let url: string;
  const get = async (path: string) => {
    const r = await fetch(url + path);
    return { status: r.status, body: (await r.json()) as Record<string, any> };
  };
  const post = async (path: string, body: unknown) => {
    const r = await fetch(url + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: r.status, body: (await r.json()) as Record<string, any> };
  };
  /** Account number and sequence as Keplr reads them (404 = new account, sequence 0). */
  const signerData = async (address: string) => {
    const acc = await get(`/cosmos/auth/v1beta1/accounts/${address}`);
    expect(acc.status).toBe(200);
    return { accountNumber: BigInt(acc.body.account.account_number), sequence: Number(acc.body.account.sequence), chainId: CHAIN };
  };
  const findByHash = async (hash: string) => {
    let r: { status: number; body: Record<string, any> } | undefined;
    for (let i = 0; i < 80 && r?.status !== 200; i++) {
      await new Promise((res) => setTimeout(res, 100));
      r = await get(`/cosmos/tx/v1beta1/txs/${hash}`);
    }
    return r!;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pogcs-keplr-"));
    initHome({
      home: dir,
      chainId: CHAIN,
      moniker: "k0",
      accounts: [{ address: faucet.address, coins: [{ denom: "ugcs", amount: "1000000000" }] }],
      operator: operator.address,
      selfDelegation: 10_000_000_000n,
      appState: devnetModuleGenesis(20n),
    });
    const config = defaultConfig("k0");
    config.consensus.blockIntervalMs = 200;
    config.minimumGasPrices = "0.02ugcs";
    node = await PogcsNode.open({ home: dir, config, log: silentLogger });
    void node.startProducing();
    rest = await startRestServer(node, { host: "127.0.0.1", port: 0 });
    url = rest.url;
    while (node.blocks.height < 2n) await new Promise((r) => setTimeout(r, 50));
  });

  afterAll(async () => {
    await rest?.close();
    await node?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("broadcasts CosmJS SIGN_MODE_DIRECT (sync) and amino mode 127 (async) txs and finds them by hash and by query", async () => {
    const fee = { amount: [{ denom: "ugcs", amount: "5000" }], gas: "200000" };
    const send = (from: string, amount: string) => ({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: from, toAddress: other.address, amount: [{ denom: "ugcs", amount }] } });

    const direct = await DirectSecp256k1HdWallet.fromMnemonic(TEST_MNEMONIC, { prefix: "gcs" });
    const dc = await SigningStargateClient.offline(direct);
    const tx1 = await dc.sign(faucet.address, [send(faucet.address, "111")], fee, "direct via REST", await signerData(faucet.address));
    const bytes1 = TxRaw.encode(tx1).finish();
    expect(AuthInfo.decode(tx1.authInfoBytes).signerInfos[0]!.modeInfo!.single!.mode).toBe(1);
    const sim = await post("/cosmos/tx/v1beta1/simulate", { tx_bytes: Buffer.from(bytes1).toString("base64") });
    expect(Number(sim.body.gas_info.gas_used)).toBeGreaterThan(0);
    const b1 = await post("/cosmos/tx/v1beta1/txs", { tx_bytes: Buffer.from(bytes1).toString("base64"), mode: "BROADCAST_MODE_SYNC" });
    expect(b1.body.tx_response.code, b1.body.tx_response.raw_log).toBe(0);
    const h1 = b1.body.tx_response.txhash as string;
    const f1 = await findByHash(h1);
    expect(f1.status).toBe(200);
    expect(f1.body.tx_response).toMatchObject({ txhash: h1, code: 0 });
    expect(f1.body.tx.body.memo).toBe("direct via REST");

    const amino = await Secp256k1HdWallet.fromMnemonic(TEST_MNEMONIC, { prefix: "gcs" });
    const ac = await SigningStargateClient.offline(amino);
    const tx2 = await ac.sign(faucet.address, [send(faucet.address, "222")], fee, "amino via REST", await signerData(faucet.address));
    expect(AuthInfo.decode(tx2.authInfoBytes).signerInfos[0]!.modeInfo!.single!.mode).toBe(127);
    const b2 = await post("/cosmos/tx/v1beta1/txs", { tx_bytes: Buffer.from(TxRaw.encode(tx2).finish()).toString("base64"), mode: "BROADCAST_MODE_ASYNC" });
    expect(b2.body.tx_response.code).toBe(0);
    const h2 = b2.body.tx_response.txhash as string;
    expect(h2).toMatch(/^[0-9A-F]{64}$/);
    const f2 = await findByHash(h2);
    expect(f2.status, JSON.stringify(f2.body)).toBe(200);
    expect(f2.body.tx_response.code, f2.body.tx_response.raw_log).toBe(0);
    expect(f2.body.tx.auth_info.signer_infos[0].mode_info.single.mode).toBe("SIGN_MODE_LEGACY_AMINO_JSON");

    const bal = await get(`/cosmos/bank/v1beta1/balances/${other.address}?pagination.limit=1000`);
    expect(bal.body.balances).toEqual([{ denom: "ugcs", amount: "333" }]);

    const byQuery = await get(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent(`transfer.recipient='${other.address}'`)}&order_by=ORDER_BY_ASC`);
    expect(byQuery.status).toBe(200);
    expect(byQuery.body.tx_responses.map((t: any) => t.txhash)).toEqual([h1, h2]);
    expect(byQuery.body.total).toBe("2");
    expect(byQuery.body.txs[1].body.memo).toBe("amino via REST");
    const byEvents = await get(`/cosmos/tx/v1beta1/txs?events=${encodeURIComponent(`transfer.recipient=${other.address}`)}&events=${encodeURIComponent(`tx.hash=${h2}`)}`);
    expect(byEvents.body.tx_responses.map((t: any) => t.txhash)).toEqual([h2]);
    expect((await get(`/cosmos/tx/v1beta1/txs`)).status).toBe(400);
    expect((await get(`/cosmos/tx/v1beta1/txs/${"0".repeat(64)}`)).status).toBe(404);
  });

  it("serves staking and distribution-style rewards computed from PoGCS pending rewards", async () => {
    const vals = await get(`/cosmos/staking/v1beta1/validators?status=BOND_STATUS_BONDED`);
    expect(vals.body.validators.map((v: any) => v.operator_address)).toEqual([valoper]);
    const dels = await get(`/cosmos/staking/v1beta1/delegations/${operator.address}`);
    expect(dels.body.delegation_responses[0].balance).toEqual({ denom: "ugcs", amount: "10000000000" });

    const pendingNow = async () => BigInt((await get(`/pogcs/pogcs/v1/rewards/${operator.address}`)).body.amount);
    const before = await pendingNow();
    const r = await get(`/cosmos/distribution/v1beta1/delegators/${operator.address}/rewards`);
    const after = await pendingNow();
    expect(r.status).toBe(200);
    expect(before).toBeGreaterThan(0n);
    expect(r.body.total).toHaveLength(1);
    const total = r.body.total[0] as { denom: string; amount: string };
    expect(total.denom).toBe("ugcs");
    expect(total.amount).toMatch(/^[0-9]+\.0{18}$/);
    const t = BigInt(total.amount.split(".")[0]!);
    expect(t >= before && t <= after).toBe(true);
    expect(r.body.rewards).toEqual([{ validator_address: valoper, reward: [total] }]);

    const one = await get(`/cosmos/distribution/v1beta1/delegators/${operator.address}/rewards/${valoper}`);
    expect(BigInt(one.body.rewards[0].amount.split(".")[0])).toBeGreaterThanOrEqual(t);
    const none = await get(`/cosmos/distribution/v1beta1/delegators/${other.address}/rewards`);
    expect(none.body).toEqual({ rewards: [], total: [] });
    expect((await get(`/cosmos/distribution/v1beta1/delegators/${other.address}/rewards/${valoper}`)).status).toBe(404);
    expect((await get(`/cosmos/distribution/v1beta1/delegators/notanaddress/rewards`)).status).toBe(400);
    expect((await get(`/cosmos/distribution/v1beta1/delegators/${operator.address}/validators`)).body).toEqual({ validators: [valoper] });
    expect((await get(`/cosmos/distribution/v1beta1/delegators/${operator.address}/withdraw_address`)).body).toEqual({ withdraw_address: operator.address });
    const info = await get(`/cosmos/distribution/v1beta1/validators/${valoper}`);
    expect(info.body.operator_address).toBe(accAddress(parseAccAddress(operator.address)));
    expect(info.body.self_bond_rewards[0].denom).toBe("ugcs");
    const params = await get(`/cosmos/distribution/v1beta1/params`);
    expect(params.body.params).toMatchObject({ community_tax: "0.000000000000000000", withdraw_addr_enabled: false });
    const docs = await get(`/docs`);
    expect(Object.keys(docs.body.paths)).toContain("/cosmos/distribution/v1beta1/delegators/{delegator_address}/rewards");
    expect(docs.body.paths["/cosmos/tx/v1beta1/txs"].get.operationId).toBe("GetTxsEvent");
  });

  it("serves node info, the latest block and a chain-info object Keplr's validator accepts", async () => {
    const info = await get(`/cosmos/base/tendermint/v1beta1/node_info`);
    expect(info.body.default_node_info.network).toBe(CHAIN);
    expect(info.body.application_version.app_name).toBe("pogcsd");
    const latest = await get(`/cosmos/base/tendermint/v1beta1/blocks/latest`);
    expect(latest.body.block.header.chain_id).toBe(CHAIN);
    expect(Number(latest.body.block.header.height)).toBeGreaterThanOrEqual(2);

    const ci = (await get(`/pogcs/chain-info`)).body;
    // The rules of Keplr's ChainInfo schema (chain-validator), checked field by field.
    for (const u of [ci.rpc, ci.rest]) {
      expect(() => new URL(u)).not.toThrow();
      expect(u).not.toContain("?");
    }
    expect(ci.chainId.length).toBeLessThanOrEqual(30);
    expect(ci.chainName.length).toBeGreaterThanOrEqual(1);
    expect(ci.chainName.length).toBeLessThanOrEqual(30);
    expect(Number.isInteger(ci.bip44.coinType)).toBe(true);
    for (const k of ["AccAddr", "AccPub", "ValAddr", "ValPub", "ConsAddr", "ConsPub"]) expect(typeof ci.bech32Config[`bech32Prefix${k}`]).toBe("string");
    const currency = (c: any) => typeof c.coinDenom === "string" && typeof c.coinMinimalDenom === "string" && Number.isInteger(c.coinDecimals) && c.coinDecimals >= 0 && c.coinDecimals <= 18;
    expect(currency(ci.stakeCurrency)).toBe(true);
    expect(ci.currencies.length).toBeGreaterThanOrEqual(1);
    expect(ci.currencies.every(currency)).toBe(true);
    expect(new Set(ci.currencies.map((c: any) => c.coinMinimalDenom)).size).toBe(ci.currencies.length);
    expect(ci.feeCurrencies.length).toBeGreaterThanOrEqual(1);
    for (const f of ci.feeCurrencies) {
      expect(currency(f)).toBe(true);
      expect(f.gasPriceStep.low).toBeLessThanOrEqual(f.gasPriceStep.average);
      expect(f.gasPriceStep.average).toBeLessThanOrEqual(f.gasPriceStep.high);
      // A wallet's "low" fee must pass this node's minimum gas price (0.02ugcs here).
      expect(f.gasPriceStep.low).toBeGreaterThanOrEqual(0.02);
    }
    expect(new Set(ci.features).size).toBe(ci.features.length);
    expect(ci.bech32Config.bech32PrefixAccAddr).toBe("gcs");
  });
});
