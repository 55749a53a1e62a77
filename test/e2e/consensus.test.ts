/**
 * Issue 2 acceptance: 4 `pogcsd start` processes over the real p2p network (TCP + Noise),
 * short consensus timeouts. Same blocks and app hashes everywhere, a CosmJS send through
 * validator 1 found through validator 4, kill -9 of one (blocks go on), its restart (block sync,
 * then it signs again), two of four down (no blocks, no fork), one back (blocks resume).
 */
import { describe, it, expect, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { startDevnet, type RunningDevnet } from "../../devnet/devnet.js";
import { rpc, sleep } from "../support/chain-client.js";
import { TIMEOUTS, height, until, waitExit } from "../support/bft.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";

describe("4 validators as separate processes", () => {
  const dir = mkdtempSync(join(tmpdir(), "pogcs-bft-"));
  let net: RunningDevnet | undefined;

  afterAll(async () => {
    if (net) {
      for (const p of net.processes) if (p && p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
      await Promise.all(net.processes.map((p) => p && waitExit(p)));
    }
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log("kept", dir);
  });

  it("agree, relay txs, survive kill -9, catch up, halt without a quorum and resume", { timeout: 85_000 }, async () => {
    net = await startDevnet({ home: dir, validators: 4, blockIntervalMs: 200, timeouts: TIMEOUTS, waitHeight: 2, downtimeWindow: 100_000, log: () => {} });
    const urls = net.info.validators.map((v) => v.rpc);

    // --- same blocks and app hashes on all four ---
    await until(async () => (await Promise.all(urls.map(height))).every((h) => h >= 4), 20_000, "height 4 everywhere");
    for (let h = 1; h <= 4; h++) {
      const blocks = await Promise.all(urls.map((u) => rpc(u, "block", { height: String(h) })));
      expect(new Set(blocks.map((b) => b.block_id.hash)).size, `block ${h}`).toBe(1);
      expect(new Set(blocks.map((b) => b.block.header.app_hash)).size).toBe(1);
    }
    // the commit for 3 (canonical: from block 4's LastCommit) carries real signatures of the validators
    const c3 = await rpc(urls[0]!, "commit", { height: "3" });
    const signed = c3.signed_header.commit.signatures.filter((s: any) => s.block_id_flag === 2 && s.signature);
    expect(signed.length).toBeGreaterThanOrEqual(3);
    const vals = await rpc(urls[0]!, "validators");
    expect(Number(vals.total)).toBe(4);
    const ni = await rpc(urls[0]!, "net_info");
    expect(Number(ni.n_peers)).toBe(3);
    const beacon = await rpc(urls[3]!, "pogcs_beacon", { height: "3" });
    expect(beacon.value).toMatch(/^[0-9A-F]{64}$/);
    expect((await rpc(urls[0]!, "pogcs_beacon", { height: "3" })).value).toBe(beacon.value);

    // --- CosmJS send through validator 1, found through validator 4 ---
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(net.info.faucet.mnemonic, { prefix: "gcs" });
    const faucet = (await wallet.getAccounts())[0]!.address;
    const client = await SigningStargateClient.connectWithSigner(urls[0]!, wallet, { gasPrice: GasPrice.fromString("0.025ugcs"), broadcastPollIntervalMs: 200, broadcastTimeoutMs: 15_000 });
    const to = signerFromMnemonic(net.info.faucet.mnemonic, 7, { prefix: "gcs" }).address;
    const res = await client.sendTokens(faucet, to, [{ denom: "ugcs", amount: "777" }], { amount: [{ denom: "ugcs", amount: "5000" }], gas: "200000" });
    expect(res.code).toBe(0);
    client.disconnect();
    const reader = await StargateClient.connect(urls[3]!);
    const found = await until(async () => (await reader.getTx(res.transactionHash)) ?? undefined, 10_000, "tx visible through validator 4");
    expect(found.height).toBe(res.height);
    expect((await reader.getBalance(to, "ugcs")).amount).toBe("777");
    reader.disconnect();

    // --- kill -9 validator 3: blocks continue ---
    const victim = net.processes[3]!;
    victim.kill("SIGKILL");
    await waitExit(victim);
    const h0 = await height(urls[0]!);
    await until(async () => (await height(urls[0]!)) >= h0 + 4, 15_000, "4 more blocks with 3 of 4 validators");

    // --- restart it: block sync, then it signs again ---
    net.startNode(3);
    const addr3 = (await until(async () => (await rpc(urls[3]!, "status")).validator_info.address as string, 20_000, "validator 3 RPC up")).toUpperCase();
    await until(async () => {
      const [a, b] = await Promise.all([height(urls[0]!), height(urls[3]!)]);
      return b >= a - 1 && !(await rpc(urls[3]!, "status")).sync_info.catching_up;
    }, 20_000, "validator 3 caught up");
    await until(async () => {
      const h = await height(urls[0]!);
      const c = await rpc(urls[0]!, "commit", { height: String(h) });
      return c.signed_header.commit.signatures.some((s: any) => s.block_id_flag === 2 && s.validator_address === addr3);
    }, 15_000, "validator 3's signature in a later commit");

    // --- kill two of four: no new blocks, no fork ---
    for (const i of [2, 3]) net.processes[i]!.kill("SIGKILL");
    await Promise.all([2, 3].map((i) => waitExit(net!.processes[i]!)));
    await sleep(600);
    const stuck = await height(urls[0]!);
    await sleep(2500);
    expect(await height(urls[0]!)).toBeLessThanOrEqual(stuck + 1);
    const [s0, s1] = await Promise.all([height(urls[0]!), height(urls[1]!)]);
    const common = Math.min(s0, s1);
    const [b0, b1] = await Promise.all([rpc(urls[0]!, "block", { height: String(common) }), rpc(urls[1]!, "block", { height: String(common) })]);
    expect(b0.block_id.hash).toBe(b1.block_id.hash);

    // --- bring one back: blocks resume ---
    net.startNode(2);
    const before = await height(urls[0]!);
    await until(async () => (await height(urls[0]!)) >= before + 3, 30_000, "blocks resume with 3 of 4");
    const hh = Math.min(await height(urls[0]!), await height(urls[2]!)) - 1;
    const [x, y] = await Promise.all([rpc(urls[0]!, "block", { height: String(hh) }), rpc(urls[2]!, "block", { height: String(hh) })]);
    expect(x.block_id.hash).toBe(y.block_id.hash);
  });
});
