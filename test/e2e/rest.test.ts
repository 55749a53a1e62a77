import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { initHome } from "../../node/home/init-home.js";
import { PogcsNode } from "../../node/node.js";
import { defaultConfig } from "../../node/config/config.js";
import { startRestServer } from "../../node/rest/server.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { buildSignedTx } from "../../node/client/build-tx.js";
import { TEST_MNEMONIC } from "../support/app-harness.js";

const faucet = signerFromMnemonic(TEST_MNEMONIC, 0, { prefix: "gcs" });
const other = signerFromMnemonic(TEST_MNEMONIC, 1, { prefix: "gcs" });

describe("Cosmos REST API (grpc-gateway paths)", () => {
  let dir: string;
  let node: PogcsNode;
  let rest: Awaited<ReturnType<typeof startRestServer>>;
  let url: string;
  const get = async (path: string) => {
    const r = await fetch(url + path);
    return { status: r.status, body: (await r.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pogcs-rest-"));
    initHome({ home: dir, chainId: "test-rest-1", moniker: "r0", accounts: [{ address: faucet.address, coins: [{ denom: "ugcs", amount: "1000000000" }] }] });
    const config = defaultConfig("r0");
    config.consensus.blockIntervalMs = 200;
    node = await PogcsNode.open({ home: dir, config, log: { debug() {}, info() {}, warn() {}, error() {}, child() { return this; } } });
    node.startProducing();
    rest = await startRestServer(node, { host: "127.0.0.1", port: 0 });
    url = rest.url;
    while (node.blocks.height < 1n) await new Promise((r) => setTimeout(r, 50));
  });

  afterAll(async () => {
    await rest?.close();
    await node?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves accounts, balances, supply and metadata in proto JSON", async () => {
    const acc = await get(`/cosmos/auth/v1beta1/accounts/${faucet.address}`);
    expect(acc.status).toBe(200);
    expect(acc.body.account["@type"]).toBe("/cosmos.auth.v1beta1.BaseAccount");
    expect(acc.body.account.address).toBe(faucet.address);
    expect(acc.body.account.account_number).toBe("0");
    const missing = await get(`/cosmos/auth/v1beta1/accounts/${other.address}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 5, message: `account ${other.address} not found`, details: [] });
    const bal = await get(`/cosmos/bank/v1beta1/balances/${faucet.address}?pagination.limit=1000`);
    expect(bal.body.balances).toEqual([{ denom: "ugcs", amount: "1000000000" }]);
    const byDenom = await get(`/cosmos/bank/v1beta1/balances/${faucet.address}/by_denom?denom=uatom`);
    expect(byDenom.body.balance).toEqual({ denom: "uatom", amount: "0" });
    const supply = await get(`/cosmos/bank/v1beta1/supply/by_denom?denom=ugcs`);
    // Genesis funds plus the PoGCS emission minted since block 1.
    expect(supply.body.amount.denom).toBe("ugcs");
    expect(BigInt(supply.body.amount.amount)).toBeGreaterThanOrEqual(1_000_000_000n);
    const md = await get(`/cosmos/bank/v1beta1/denoms_metadata/ugcs`);
    expect(md.body.metadata.display).toBe("GCS");
    expect(md.body.metadata.denom_units[1]).toMatchObject({ denom: "GCS", exponent: 6 });
    const bad = await get(`/cosmos/bank/v1beta1/balances/notanaddress`);
    expect(bad.status).toBe(400);
    expect((await get(`/cosmos/nope/v1/x`)).status).toBe(501);
  });

  it("serves the PoGCS modules under /pogcs/<module>/v1", async () => {
    const params = await get(`/pogcs/devices/v1/params`);
    expect(params.status).toBe(200);
    expect(Number(params.body.params.epoch_length)).toBeGreaterThan(0);
    const ledger = await get(`/pogcs/pogcs/v1/ledger`);
    expect(BigInt(ledger.body.ledger.genesis_supply)).toBe(1_000_000_000n);
    expect(BigInt(ledger.body.ledger.emitted)).toBeGreaterThan(0n);
    const epoch = await get(`/pogcs/devices/v1/epoch`);
    expect(epoch.status).toBe(200);
    expect(epoch.body.current_epoch).toBeDefined();
    const byClass = await get(`/pogcs/devices/v1/classes/gpu/devices`);
    expect(byClass.body.devices).toEqual([]);
    expect((await get(`/pogcs/devices/v1/classes/toaster/devices`)).status).toBe(400);
    const byCell = await get(`/pogcs/devices/v1/cells/8828308281fffff/devices`);
    expect(byCell.status).toBe(200);
    const missing = await get(`/pogcs/devices/v1/devices/424242`);
    expect(missing.status).toBeGreaterThanOrEqual(400);
    expect(missing.body.message).toMatch(/device|not/i);
  });

  it("serves an OpenAPI 3 document at /docs that covers every mounted GET path", async () => {
    const doc = (await get(`/docs`)).body;
    expect(doc.openapi).toMatch(/^3\.0\.\d+$/);
    // Valid against the OpenAPI 3.0 JSON schema (a validator independent of how we build it).
    const verdict = await new Validator().validate(doc);
    expect(verdict.errors ?? [], JSON.stringify(verdict.errors ?? []).slice(0, 2000)).toEqual([]);
    expect(verdict.valid).toBe(true);
    expect(doc.info.title).toBeTruthy();
    const paths = Object.keys(doc.paths);
    expect(paths).toContain("/cosmos/bank/v1beta1/balances/{address}");
    expect(paths).toContain("/pogcs/devices/v1/owners/{owner}/devices");
    const ids = new Set<string>();
    for (const [p, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const op of Object.values(ops)) {
        expect(op.responses).toBeDefined();
        expect(ids.has(op.operationId)).toBe(false);
        ids.add(op.operationId);
        for (const name of [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])) {
          expect(op.parameters.some((x: any) => x.in === "path" && x.name === name && x.required)).toBe(true);
        }
      }
    }
    // Every documented GET path answers (not 501 Not Implemented) when filled with a dummy value.
    for (const p of paths.filter((x) => (doc.paths[x] as any).get).slice(0, 40)) {
      const r = await fetch(url + p.replace(/\{[^}]+\}/g, "1"));
      expect(r.status, p).not.toBe(501);
    }
  });

  it("serves the Cosmos x/nft paths", async () => {
    const classes = await get(`/cosmos/nft/v1beta1/classes`);
    expect(classes.status).toBe(200);
    // Module-owned classes exist from genesis: LP positions, contract positions, GPU assets, certificates.
    expect(classes.body.classes.map((c: { id: string }) => c.id).sort()).toEqual(["amm-lp", "carbon-cert", "gpu-asset", "market-position"]);
    const lp = await get(`/cosmos/nft/v1beta1/classes/amm-lp`);
    expect(lp.status).toBe(200);
    expect(lp.body.class).toMatchObject({ id: "amm-lp", symbol: "GCS-LP" });
    expect((await get(`/cosmos/nft/v1beta1/supply/amm-lp`)).body).toEqual({ amount: "0" });
    expect((await get(`/cosmos/nft/v1beta1/classes/nope`)).status).toBeGreaterThanOrEqual(400);
    expect((await get(`/cosmos/nft/v1beta1/supply/nope`)).status).not.toBe(501);
  });

  it("hands out a Keplr chain-info object", async () => {
    const ci = await get(`/pogcs/chain-info`);
    expect(ci.body).toMatchObject({ chainId: "test-rest-1", bip44: { coinType: 118 }, stakeCurrency: { coinMinimalDenom: "ugcs", coinDecimals: 6 } });
    expect(ci.body.bech32Config.bech32PrefixAccAddr).toBe("gcs");
    expect(ci.body.rest).toBe(url);
  });

  it("serves node info and blocks", async () => {
    const info = await get(`/cosmos/base/tendermint/v1beta1/node_info`);
    expect(info.body.default_node_info.network).toBe("test-rest-1");
    expect(info.body.default_node_info.version).toMatch(/^0\.38\./);
    const latest = await get(`/cosmos/base/tendermint/v1beta1/blocks/latest`);
    expect(Number(latest.body.block.header.height)).toBeGreaterThanOrEqual(1);
    const one = await get(`/cosmos/base/tendermint/v1beta1/blocks/1`);
    expect(one.body.block.header.chain_id).toBe("test-rest-1");
    expect((await get(`/cosmos/base/tendermint/v1beta1/blocks/99999999`)).status).toBe(404);
  });

  it("simulates, broadcasts and looks up a tx as Keplr does", async () => {
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: faucet.address, toAddress: other.address, amount: [{ denom: "ugcs", amount: "777" }] }).finish() };
    const tx = buildSignedTx(faucet, { messages: [msg], fee: [{ denom: "ugcs", amount: "5000" }], gasLimit: 200_000n, chainId: "test-rest-1", accountNumber: 0n, sequence: 0n });
    const sim = await fetch(url + "/cosmos/tx/v1beta1/simulate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ tx_bytes: Buffer.from(tx).toString("base64") }) });
    const simBody = (await sim.json()) as { gas_info: { gas_used: string } };
    expect(Number(simBody.gas_info.gas_used)).toBeGreaterThan(30_000);
    const r = await fetch(url + "/cosmos/tx/v1beta1/txs", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ tx_bytes: Buffer.from(tx).toString("base64"), mode: "BROADCAST_MODE_SYNC" }) });
    const body = (await r.json()) as { tx_response: { code: number; txhash: string; raw_log: string } };
    expect(body.tx_response.code).toBe(0);
    expect(body.tx_response.txhash).toMatch(/^[0-9A-F]{64}$/);
    let found: { status: number; body: Record<string, any> } | undefined;
    for (let i = 0; i < 50 && found?.status !== 200; i++) {
      await new Promise((res) => setTimeout(res, 100));
      found = await get(`/cosmos/tx/v1beta1/txs/${body.tx_response.txhash}`);
    }
    expect(found!.status).toBe(200);
    expect(found!.body.tx_response.code).toBe(0);
    expect(found!.body.tx.body.messages[0]["@type"]).toBe("/cosmos.bank.v1beta1.MsgSend");
    expect(found!.body.tx.body.messages[0].to_address).toBe(other.address);
    expect((await get(`/cosmos/bank/v1beta1/balances/${other.address}`)).body.balances).toEqual([{ denom: "ugcs", amount: "777" }]);
    const again = await fetch(url + "/cosmos/tx/v1beta1/txs", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(again.status).toBe(400);
  });
});
