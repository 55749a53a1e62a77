import { ed25519 } from "@noble/curves/ed25519";
import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VALIDATOR_SELF_DELEGATION } from "../../devnet/devnet.js";
import { defaultConfig } from "../../node/config/config.js";
import { DEFAULT_DENOM, devnetModuleGenesis, initHome } from "../../node/home/init-home.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { generateMnemonic } from "../../node/keyring/mnemonic.js";
import { makeH3Cell } from "../../modules/devices/h3.js";
import { tempDevnet } from "../../test/support/devnet-fixture.js";
import { runCli } from "../src/cli.js";
import {
  AccountKey, CHALLENGE_STATUS, DeviceAgent, DirectTxRelayer, FileAgentStateStore, FileDeviceKeyStore, LightClient, RpcProvider,
  certificateSignBytes, createNodeVerifier, decodeBech32Address, encodeBech32Address, fromHex, msgBondDevice, msgRegisterDevice, toHex,
  verifyDevice, verifyDeviceAtLocation, verifyDeviceReport, verifyChallenge, verifyDevicesParams, verifyEpochRecord,
  verifyPendingRewards, type AgentEvent, type AgentState, type AgentStateStore, type FetchLike,
} from "../src/node.js";
import { sha256 } from "@noble/hashes/sha2";

/**
 * The device agent against a real single-validator devnet whose genesis has a test maker and
 * challenges every bonded GPU device every epoch (challenge_permille 1000).
 */
const L = 30n;
const MAKER_PRIV = sha256(new TextEncoder().encode("light-client test maker"));
const MAKER_ID = "lc-test-maker";
const LOCATION = { h3Cell: makeH3Cell(33, [1, 2, 3, 4, 5, 6, 0, 1]), index: 7 };
const CAPACITY = { solarPeakW: 0n, storageWh: 0n, gpuModel: "RTX 4090", gpuCount: 2, fp32TflopsMilli: 82_600n };

let dir: string;
let net: Awaited<ReturnType<typeof tempDevnet>>;
let rpc: string;
let chainId: string;
let mnemonic: string;
let owner: AccountKey;
let valoper: string;
let deviceId: bigint;
const events: AgentEvent[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function newClient(fetchFn?: FetchLike): Promise<LightClient> {
  const c = await LightClient.create({ chainId, primary: new RpcProvider(rpc, { fetch: fetchFn }), verifier: createNodeVerifier() });
  const r = (await (await fetch(`${rpc}/commit?height=1`)).json()) as { result: { signed_header: { commit: { block_id: { hash: string } } } } };
  await c.initialize({ height: 1n, hash: fromHex(r.result.signed_header.commit.block_id.hash)! });
  await c.sync();
  return c;
}

/** Syncs until state after block h is provable (header h+1 verified). */
async function syncPast(c: LightClient, h: bigint): Promise<void> {
  while (c.trustedHeight < h + 1n) {
    await sleep(150);
    await c.sync();
  }
}

async function until<T>(what: string, f: () => T | undefined | false, timeoutMs = 120_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}; events: ${events.slice(-15).map((e) => e.type).join(",")}`);
    await sleep(100);
  }
}

function makeAgent(client: LightClient, o: { stateStore?: AgentStateStore; fetch?: FetchLike; backoffMs?: number; sink?: AgentEvent[] } = {}) {
  return DeviceAgent.create({
    client,
    relayer: new DirectTxRelayer({ rpc, client, key: owner, fetch: o.fetch }),
    keyStore: new FileDeviceKeyStore(join(dir, "agent", "device-key.json")),
    stateStore: o.stateStore ?? new FileAgentStateStore(join(dir, "agent", "agent-state.json")),
    pollMs: 150,
    backoff: { initialMs: o.backoffMs ?? 100, maxMs: 2000 },
    onEvent: (e) => (o.sink ?? events).push(e),
  });
}

beforeAll(async () => {
  // Our own genesis (a test maker, every bonded GPU device challenged each epoch), then startDevnet
  // reuses the home through its devnet.json.
  dir = mkdtempSync(join(tmpdir(), "pogcs-lc-agent-"));
  mnemonic = generateMnemonic(24);
  const faucet = signerFromMnemonic(mnemonic, 0, { prefix: "gcs" });
  const operator = signerFromMnemonic(mnemonic, 1000, { prefix: "gcs" }).address;
  valoper = encodeBech32Address("gcsvaloper", decodeBech32Address(operator).bytes);
  const appState = devnetModuleGenesis(L, 20n) as { devices: { params: Record<string, unknown>; makers?: unknown[] } };
  appState.devices.params = { ...appState.devices.params, challenge_permille: 1000, commit_window_blocks: "10", reveal_window_blocks: "10" };
  appState.devices.makers = [{ id: MAKER_ID, name: "light-client test maker", pubkey: toHex(ed25519.getPublicKey(MAKER_PRIV)), classes: ["gpu", "combined"] }];
  const home = join(dir, "node0");
  initHome({
    home, chainId: "pogcs-lc-agent-1", moniker: "validator-0", accounts: [{ address: faucet.address, coins: [{ denom: DEFAULT_DENOM, amount: "1000000000000000" }] }],
    config: { consensus: { ...defaultConfig().consensus, blockIntervalMs: 300 }, checkInvariants: false } as never,
    operator, selfDelegation: VALIDATOR_SELF_DELEGATION, appState,
  });
  writeFileSync(join(dir, "devnet.json"), JSON.stringify({ chainId: "pogcs-lc-agent-1", denom: DEFAULT_DENOM, validators: [{ moniker: "validator-0", rpc: "", home }], faucet: { mnemonic, address: faucet.address } }));
  net = await tempDevnet({ home: dir, blockIntervalMs: 300, epochLength: Number(L), waitHeight: 3 });
  rpc = net.info.validators[0]!.rpc;
  chainId = net.info.chainId;
  owner = AccountKey.fromMnemonic(mnemonic, 0);
  expect(owner.address).toBe(faucet.address);
}, 120_000);

afterAll(async () => {
  await net?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("device agent against a real devnet", () => {
  it("creates the device key (0600), registers and bonds the device; the record is proven present, unknown ids and keys absent", async () => {
    const client = await newClient();
    const agent = await makeAgent(client);
    expect(statSync(join(dir, "agent", "device-key.json")).mode & 0o777).toBe(0o600);
    const params = (await verifyDevicesParams(client)).params;
    expect(params).toMatchObject({ epochLength: L, challengePermille: 1000, challengeN: 64 });

    const relayer = new DirectTxRelayer({ rpc, client, key: owner });
    const makerSignature = ed25519.sign(certificateSignBytes({ chainId, devicePubKey: agent.publicKey, deviceClass: 3, capacity: CAPACITY, location: LOCATION }), MAKER_PRIV);
    const reg = await relayer.submit([msgRegisterDevice({
      owner: owner.address, makerId: MAKER_ID, devicePubKey: agent.publicKey, deviceClass: 3, capacity: CAPACITY, location: LOCATION,
      makerSignature, deviceSignature: agent.possessionSignature(chainId, owner.address),
    })]);
    expect(reg, reg.log).toMatchObject({ code: 0 });
    await syncPast(client, reg.height);
    const byKey = await verifyDevice(client, agent.publicKey);
    expect(byKey.present).toBe(true);
    deviceId = byKey.value!.id;

    const bond = await relayer.submit([msgBondDevice(owner.address, deviceId, 5_000_000n, valoper)]);
    expect(bond, bond.log).toMatchObject({ code: 0 });
    await syncPast(client, bond.height);
    const d = await verifyDevice(client, deviceId);
    expect(d.present).toBe(true);
    expect(d.value).toMatchObject({ id: deviceId, owner: owner.address, makerId: MAKER_ID, deviceClass: 3, capacity: CAPACITY, location: LOCATION, bond: 5_000_000n, validator: valoper, score: 600, flagged: false, lastNonce: 0n });
    expect(d.value!.pubkey).toEqual(agent.publicKey);
    expect((await verifyDeviceAtLocation(client, LOCATION.h3Cell, LOCATION.index)).value?.id).toBe(deviceId);
    // Absent, proven: an unknown id, an unknown key.
    expect(await verifyDevice(client, deviceId + 1000n)).toMatchObject({ present: false, value: undefined });
    expect((await verifyDevice(client, new Uint8Array(32).fill(9))).present).toBe(false);
    // (An absent location next to an owner-index entry cannot be proven: see README, empty index values.)
  }, 60_000);

  it("runs two epochs: reports accepted, challenges committed, revealed and passed; score and rewards by proof", async () => {
    const client = await newClient();
    const agent = await makeAgent(client);
    const run = agent.run();
    const accepted = () => [...new Set(events.filter((e) => e.type === "report_accepted").map((e) => (e as { epoch: bigint }).epoch))];
    const passed = () => events.filter((e) => e.type === "challenge_result" && e.status === CHALLENGE_STATUS.PASSED);
    await until("two accepted reports and a passed challenge", () => accepted().length >= 2 && passed().length >= 1 && accepted());
    agent.stop();
    await run;
    for (const e of accepted()) {
      const r = await verifyDeviceReport(client, deviceId, e);
      expect(r.value!.body).toMatchObject({ chainId, deviceId, epoch: e, gpuSeconds: 1800n, uptimePermille: 1000 });
    }
    const pe = (passed()[0] as { epoch: bigint }).epoch;
    const ch = await verifyChallenge(client, deviceId, pe);
    expect(ch.value).toMatchObject({ status: CHALLENGE_STATUS.PASSED, n: 64 });
    expect(ch.value!.sampledRows.length).toBe(8);
    expect(events.some((e) => e.type === "challenge_commit" && e.result.code === 0)).toBe(true);
    expect(events.some((e) => e.type === "challenge_reveal" && e.result.code === 0)).toBe(true);
    expect((await verifyEpochRecord(client, pe)).value!.challenged).toContain(deviceId);
    const status = await agent.checkStatus();
    expect(status.device!.score).toBeGreaterThanOrEqual(650); // 600 + 50 per passed challenge
    expect(status.device!.lastNonce).toBeGreaterThanOrEqual(2n);
    const rewards = await verifyPendingRewards(client, owner.address);
    expect(rewards.amount).toBe(status.pendingRewards);
    expect(events.some((e) => e.type === "status")).toBe(true);
  }, 180_000);

  it("restarted mid-epoch it never signs a second report for that epoch; a crash between reserve and sign re-signs the same bytes", async () => {
    const statePath = join(dir, "agent", "agent-state.json");
    const before = JSON.parse(readFileSync(statePath, "utf8")) as AgentState;
    const signedEpoch = BigInt(before.lastSignedEpoch!);
    const onChain = await verifyDeviceReport(await newClient(), deviceId, signedEpoch);

    // 1. Restart (new light client, same files) and run a while: no new report for signedEpoch.
    const mine: AgentEvent[] = [];
    const a1 = await makeAgent(await newClient(), { sink: mine });
    expect(a1.lastSignedEpoch).toBe(signedEpoch);
    const r1 = a1.run();
    await until("a few verified steps", () => mine.filter((e) => e.type === "synced").length >= 5);
    a1.stop();
    await r1;
    expect(mine.filter((e) => e.type === "report_signed" && e.epoch <= signedEpoch)).toEqual([]);
    if (onChain.present) expect((await verifyDeviceReport(await newClient(), deviceId, signedEpoch)).value!.bodyHash).toEqual(onChain.value!.bodyHash);

    // 2. Crash right after the write-ahead record of the next epoch, before any signature.
    const file = new FileAgentStateStore(statePath);
    const crashing: AgentStateStore = {
      load: () => file.load(),
      async save(s) {
        await file.save(s);
        if (s.pending && !s.pending.signature) throw new Error("simulated power loss after reserving the report");
      },
    };
    const a2 = await makeAgent(await newClient(), { stateStore: crashing, sink: mine });
    await expect(a2.run()).rejects.toThrow(/power loss/);
    const reserved = JSON.parse(readFileSync(statePath, "utf8")) as AgentState;
    const epoch = BigInt(reserved.lastSignedEpoch!);
    expect(epoch).toBeGreaterThan(signedEpoch);
    expect(reserved.pending?.signature).toBeUndefined();

    // 3. Restart: the stored body is signed and sent; nothing else is signed for that epoch.
    const after: AgentEvent[] = [];
    const c3 = await newClient();
    const a3 = await makeAgent(c3, { sink: after });
    const r3 = a3.run();
    await until("the reserved report accepted", () => after.find((e) => e.type === "report_accepted" && e.epoch === epoch));
    a3.stop();
    await r3;
    expect(after.filter((e) => e.type === "report_signed" && e.epoch === epoch)).toEqual([]);
    const rep = await verifyDeviceReport(c3, deviceId, epoch);
    expect(rep.value!.bodyHash).toEqual(sha256(fromHex(reserved.pending!.body)!));
    expect(rep.value!.body.nonce).toBe(BigInt(reserved.lastNonce));
    expect((await verifyDevice(c3, deviceId)).value!.flagged).toBe(false); // no double report
  }, 180_000);

  it("when the RPC is down it backs off exponentially, then carries on", async () => {
    let down = false;
    const flaky: FetchLike = async (url, init) => {
      if (down) throw new TypeError("fetch failed");
      const r = await fetch(url, init);
      return { ok: r.ok, status: r.status, json: () => r.json() };
    };
    const mine: AgentEvent[] = [];
    const agent = await makeAgent(await newClient(flaky), { fetch: flaky, sink: mine, backoffMs: 100 });
    down = true;
    const run = agent.run();
    await until("three backoffs", () => mine.filter((e) => e.type === "backoff").length >= 3, 20_000);
    down = false;
    const delays = mine.filter((e) => e.type === "backoff").map((e) => (e as { delayMs: number }).delayMs);
    expect(delays.slice(0, 3)).toEqual([100, 200, 400]);
    const n = mine.length;
    await until("a verified step after the RPC came back", () => mine.slice(n).some((e) => e.type === "synced"), 20_000);
    agent.stop();
    await run;
  }, 60_000);

  it("CLI: agent key, agent status and agent run --steps", async () => {
    const home = join(dir, "cli");
    const out: string[] = [];
    const hash = ((await (await fetch(`${rpc}/commit?height=1`)).json()) as { result: { signed_header: { commit: { block_id: { hash: string } } } } }).result.signed_header.commit.block_id.hash;
    expect(await runCli(["init", "--rpc", rpc, "--height", "1", "--hash", hash, "--home", home], (s) => out.push(s))).toBe(0);
    // Reuse the registered device's key in the CLI home (a device moving to a new agent install).
    writeFileSync(join(home, "device-key.json"), readFileSync(join(dir, "agent", "device-key.json")), { mode: 0o600 });
    writeFileSync(join(home, "agent-state.json"), readFileSync(join(dir, "agent", "agent-state.json")), { mode: 0o600 });
    writeFileSync(join(home, "relayer.mnemonic"), mnemonic + "\n", { mode: 0o600 });
    expect(await runCli(["agent", "key", "--home", home, "--owner", owner.address], (s) => out.push(s))).toBe(0);
    expect(out.join("\n")).toContain(toHex(ed25519.getPublicKey(JSON.parse(readFileSync(join(home, "device-key.json"), "utf8")).ed25519_private_key && fromHex(JSON.parse(readFileSync(join(home, "device-key.json"), "utf8")).ed25519_private_key)!)));
    expect(await runCli(["agent", "status", "--home", home], (s) => out.push(s))).toBe(0);
    expect(out.join("\n")).toMatch(new RegExp(`device ${deviceId} .*score \\d+`));
    expect(await runCli(["agent", "run", "--home", home, "--relayer-mnemonic-file", join(home, "relayer.mnemonic"), "--steps", "3", "--poll", "100ms"], (s) => out.push(s))).toBe(0);
    expect(out.join("\n")).toMatch(/synced height \d+ epoch \d+/);
  }, 60_000);
});
