/**
 * Issue 3 acceptance on a 4-validator devnet (4 `pogcsd start` processes, --check-invariants,
 * 10-block epochs, ~300 ms blocks, every bonded GPU device challenged each epoch, n = 64) with
 * simulated device agents in-process (devnet/agents): 3 honest devices behind validator 0, a lazy
 * one behind validator 1, an offline one behind validator 2, a liar behind validator 3.
 * The 20% cap cannot bind with 4 validators (pogcs leaves powers uncapped below 5); it is checked
 * with 6 validators in the in-process app test test/e2e/power-cap.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ed25519 } from "@noble/curves/ed25519";
import { QueryValidatorRequest, QueryValidatorResponse, QueryPoolRequest, QueryPoolResponse, QueryValidatorsRequest, QueryValidatorsResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { startDevnet, type RunningDevnet } from "../../devnet/devnet.js";
import { Swarm, devnetValoper, type AgentSpec } from "../../devnet/agents/agent.js";
import { ChainRpc, TxSender } from "../../devnet/agents/chain.js";
import { deviceCell, deviceKey, devnetMakerKey } from "../../devnet/agents/keys.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { encodeReportBody, ChallengeStatus, DeviceClass } from "../../modules/devices/types.js";
import { certificateSignBytes, possessionSignBytes, reportSignBytes } from "../../modules/devices/sign-bytes.js";
import { epochOf } from "../../modules/devices/epochs.js";
import { fromLong, toLong } from "../../modules/devices/long.js";
import { MSG } from "../../modules/devices/msgs.js";
import { rpc, abciQuery } from "../support/chain-client.js";
import { TIMEOUTS, until, waitExit } from "../support/bft.js";

import P = pogcs.devices.v1;

const SPECS: AgentSpec[] = [
  { index: 0, mode: "honest", validator: 0 },
  { index: 1, mode: "honest", validator: 0 },
  { index: 2, mode: "honest", validator: 0 },
  { index: 3, mode: "lazy", validator: 1 },
  { index: 4, mode: "offline", validator: 2 },
  { index: 5, mode: "liar", validator: 3 },
];

describe("4-validator devnet with simulated devices", () => {
  const dir = mkdtempSync(join(tmpdir(), "pogcs-devices-"));
  let net: RunningDevnet;
  let swarm: Swarm;
  let url: string;
  let chain: ChainRpc;
  const agentLog: string[] = [];

  const device = async (id: bigint, height?: bigint) => {
    const r = await abciQuery(url, "/pogcs.devices.v1.Query/Device", P.QueryDeviceRequest.encode({ deviceId: toLong(id) }).finish(), height);
    return P.QueryDeviceResponse.decode(r.value).device!;
  };
  const powerRow = async (operator: string) => {
    const r = await abciQuery(url, "/pogcs.pogcs.v1.Query/ValidatorPower", pogcs.pogcs.v1.QueryValidatorPowerRequest.encode({ operator }).finish());
    return pogcs.pogcs.v1.QueryValidatorPowerResponse.decode(r.value).power!;
  };
  const stakingValidator = async (operator: string) => {
    const r = await abciQuery(url, "/cosmos.staking.v1beta1.Query/Validator", QueryValidatorRequest.encode({ validatorAddr: operator }).finish());
    return QueryValidatorResponse.decode(r.value).validator!;
  };
  const alive = () => net.processes.every((p) => p.exitCode === null && p.signalCode === null);

  beforeAll(async () => {
    net = await startDevnet({
      home: dir, validators: 4, blockIntervalMs: 300, timeouts: TIMEOUTS, waitHeight: 2, epochLength: 10, downtimeWindow: 20,
      nodeArgs: () => ["--check-invariants"],
      genesis: { devices: { challenge_permille: 1000, commit_window_blocks: "4", reveal_window_blocks: "4" } },
      log: () => {},
    });
    url = net.info.validators[0]!.rpc;
    chain = new ChainRpc(url);
    swarm = await Swarm.create({
      rpcs: net.info.validators.map((v) => v.rpc), chainId: net.info.chainId, mnemonic: net.info.faucet.mnemonic, specs: SPECS,
      log: (s) => agentLog.push(s),
    });
    await swarm.start();
  }, 90_000);

  afterAll(async () => {
    swarm?.stop();
    if (net) {
      for (const p of net.processes) if (p && p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
      await Promise.all(net.processes.map((p) => p && waitExit(p)));
    }
    if (process.env.KEEP) console.log("kept", dir, "\n" + agentLog.join("\n"));
    else rmSync(dir, { recursive: true, force: true });
  });

  it("devices onboard, report every epoch and answer their challenges", { timeout: 60_000 }, async () => {
    const honest = swarm.agents.filter((a) => a.spec.mode === "honest");
    expect(swarm.agents.every((a) => a.bonded && a.deviceId !== undefined)).toBe(true);
    await until(async () => honest.every((a) => a.reported.size >= 2 && [...a.challenges.values()].some((c) => c.status === ChallengeStatus.CHALLENGE_STATUS_PASSED)), 50_000,
      "every honest device reported twice and passed a challenge");
    for (const a of honest) {
      const d = await device(a.deviceId!);
      expect([d.flagged, d.bond, d.validator]).toEqual([false, "10000000", devnetValoper(net.info.faucet.mnemonic, 0)]);
      const r = await abciQuery(url, "/pogcs.devices.v1.Query/DeviceHistory", P.QueryDeviceHistoryRequest.encode({ deviceId: toLong(a.deviceId!) }).finish());
      const hist = P.QueryDeviceHistoryResponse.decode(r.value);
      // Score and history read at the same height.
      const atHeight = await device(a.deviceId!, BigInt(r.height));
      // The score follows the rules from its history: start 600, +50 per pass (max 1000), x8/10
      // rounded down per failure. (On a loaded machine an honest agent can still miss a deadline.)
      let expected = 600;
      for (const e of [...hist.entries].sort((x: P.IEpochHistoryEntry, y: P.IEpochHistoryEntry) => Number(x.epoch) - Number(y.epoch))) {
        const st = e.challenge?.status;
        if (st === ChallengeStatus.CHALLENGE_STATUS_PASSED) expected = Math.min(1000, expected + 50);
        else if (st === ChallengeStatus.CHALLENGE_STATUS_FAILED_LATE || st === ChallengeStatus.CHALLENGE_STATUS_FAILED_WRONG) expected = Math.floor((expected * 8) / 10);
      }
      expect(atHeight.score).toBe(expected);
      expect(hist.entries.filter((e: P.IEpochHistoryEntry) => e.report).length).toBeGreaterThanOrEqual(2);
      expect(hist.entries.some((e: P.IEpochHistoryEntry) => e.challenge?.status === ChallengeStatus.CHALLENGE_STATUS_PASSED)).toBe(true);
    }
  });

  it("refuses bad reports and registrations through the RPC, each with its own code", { timeout: 30_000 }, async () => {
    const mn = net.info.faucet.mnemonic;
    const sender = new TxSender(chain, signerFromMnemonic(mn, 0, { prefix: "gcs" }), net.info.chainId);
    const honest = swarm.agents[0]!;
    const epoch = epochOf(BigInt(await chain.height()), swarm.epochLength);
    const report = (e: bigint, priv: Uint8Array) => {
      const body = encodeReportBody({ chainId: net.info.chainId, deviceId: honest.deviceId!, epoch: e, energyProducedWh: 0n, energyConsumedWh: 10n, greenWh: 5n, gpuSeconds: 1n, uptimePermille: 1, nonce: 1_000_000n });
      return { typeUrl: MSG.SubmitReport, value: P.MsgSubmitReport.encode({ sender: sender.address, body, signature: ed25519.sign(reportSignBytes(body), priv) }).finish() };
    };
    const register = (makerId: string, index: number, cell: bigint) => {
      const key = deviceKey(mn, 900 + index);
      const cap = { solarPeakW: 0n, storageWh: 0n, gpuModel: "x", gpuCount: 1, fp32TflopsMilli: 1n };
      const location = { h3Cell: cell, index: 0 };
      const cert = certificateSignBytes({ chainId: net.info.chainId, devicePubKey: key.pub, deviceClass: DeviceClass.DEVICE_CLASS_GPU, capacity: cap, location });
      return {
        typeUrl: MSG.RegisterDevice,
        value: P.MsgRegisterDevice.encode({
          owner: sender.address, makerId, devicePubkey: key.pub, class: DeviceClass.DEVICE_CLASS_GPU,
          capacity: { solarPeakW: toLong(0n), storageWh: toLong(0n), gpuModel: "x", gpuCount: 1, fp32TflopsMilli: toLong(1n) },
          location: { h3Cell: toLong(cell), index: 0 }, makerSignature: ed25519.sign(cert, devnetMakerKey(mn).priv),
          deviceSignature: ed25519.sign(possessionSignBytes(net.info.chainId, sender.address, key.pub), key.priv),
        }).finish(),
      };
    };
    const cases: Array<[string, { typeUrl: string; value: Uint8Array }, number]> = [
      ["report signed by another key", report(epoch, deviceKey(mn, 777).priv), 16],
      ["report for a future epoch", report(epoch + 5n, honest.key.priv), 17],
      ["registration by an unknown maker", register("no-such-maker", 1, deviceCell(999)), 2],
      ["registration at a taken location address", register("devnet-maker", 2, honest.cell), 6],
    ];
    for (const [name, msg, code] of cases) {
      const r = await sender.send([msg]);
      expect([name, r.codespace, r.code], `${name}: ${r.log}`).toEqual([name, "devices", code]);
      if (r.stage === "deliver") {
        const tx = await rpc(url, "tx", { hash: Buffer.from(r.hash, "hex").toString("base64") });
        expect(tx.tx_result.code).toBe(code);
      }
    }
  });

  it("a validator backed by verified green compute gains voting power, visible in the validators RPC and used by consensus", { timeout: 60_000 }, async () => {
    const v0 = devnetValoper(net.info.faucet.mnemonic, 0);
    const v0Address = ((await rpc(net.info.validators[0]!.rpc, "status")).validator_info.address as string).toUpperCase();
    const vals = await until(async () => {
      const v = await rpc(url, "validators");
      const mine = v.validators.find((x: any) => x.address.toUpperCase() === v0Address);
      return mine && Number(mine.voting_power) > 10_000 ? v : undefined;
    }, 50_000, "validator 0's voting power above its stake");
    const mine = vals.validators.find((x: any) => x.address.toUpperCase() === v0Address);
    const row = await powerRow(v0);
    expect(BigInt(row.vgc || "0")).toBeGreaterThan(0n);
    expect(fromLong(row.gPpm)).toBeGreaterThan(0n);
    // power = stake·(1+g): 10,000 GCS staked, at most doubled (G_MAX = 1).
    expect(Number(mine.voting_power)).toBeLessThanOrEqual(20_000);
    expect(BigInt(row.power!)).toBeGreaterThanOrEqual(BigInt(mine.voting_power));
    // Consensus runs on that set: a later commit is signed by validators holding > 2/3 of the new total.
    const h = Number(vals.block_height) + 2;
    await until(async () => (await chain.height()) > h, 15_000, "two more blocks");
    const [set, commit] = await Promise.all([rpc(url, "validators", { height: String(h) }), rpc(url, "commit", { height: String(h) })]);
    const power = new Map<string, number>(set.validators.map((x: any) => [x.address.toUpperCase(), Number(x.voting_power)]));
    const total = [...power.values()].reduce((s, x) => s + x, 0);
    const signedPower = commit.signed_header.commit.signatures.filter((s: any) => s.block_id_flag === 2).reduce((s: number, x: any) => s + (power.get(x.validator_address.toUpperCase()) ?? 0), 0);
    expect(power.get(v0Address)).toBeGreaterThan(10_000);
    expect(signedPower * 3).toBeGreaterThan(total * 2);
  });

  it("a device that fails challenges loses score; an offline one stops reporting and fails late", { timeout: 40_000 }, async () => {
    const lazy = swarm.agents.find((a) => a.spec.mode === "lazy")!;
    const offline = swarm.agents.find((a) => a.spec.mode === "offline")!;
    await until(async () => [...lazy.challenges.values()].some((c) => c.status === ChallengeStatus.CHALLENGE_STATUS_FAILED_WRONG), 30_000, "lazy device caught");
    expect((await device(lazy.deviceId!)).score).toBeLessThan(600);
    const hist = async (id: bigint) => P.QueryDeviceHistoryResponse.decode((await abciQuery(url, "/pogcs.devices.v1.Query/DeviceHistory", P.QueryDeviceHistoryRequest.encode({ deviceId: toLong(id) }).finish())).value);
    const h = await until(async () => {
      const x = await hist(offline.deviceId!);
      return x.entries.some((e: P.IEpochHistoryEntry) => e.challenge?.status === ChallengeStatus.CHALLENGE_STATUS_FAILED_LATE) ? x : undefined;
    }, 30_000, "offline device's challenge failed late");
    expect(h.entries.filter((e: P.IEpochHistoryEntry) => e.report).length).toBe(1);
    expect(h.score).toBeLessThan(600);
  });

  it("a device that signs two reports for one epoch is slashed and its validator's g zeroed", { timeout: 30_000 }, async () => {
    const liar = swarm.agents.find((a) => a.spec.mode === "liar")!;
    await until(async () => swarm.watcher.submitted.length > 0, 20_000, "evidence submitted");
    expect(swarm.watcher.submitted[0]!.code).toBe(0);
    const d = await device(liar.deviceId!);
    expect([d.flagged, d.bond]).toEqual([true, "5000000"]); // 50% of the 10 GCS bond
    const v3 = devnetValoper(net.info.faucet.mnemonic, 3);
    const row = await until(async () => {
      const r = await powerRow(v3);
      return r.penalized ? r : undefined;
    }, 20_000, "validator 3 penalized in the power table");
    expect(fromLong(row.gPpm)).toBe(0n);
  });

  it("invariants held at every block on every node (supply, bonded pool, power cap)", { timeout: 20_000 }, async () => {
    expect(alive()).toBe(true); // --check-invariants: a node stops on a broken invariant
    for (const v of net.info.validators) {
      const r = await abciQuery(v.rpc, "/pogcs.app.v1.Query/Invariants", new Uint8Array());
      const inv = pogcs.app.v1.QueryInvariantsResponse.decode(r.value);
      expect(inv.broken).toEqual([]);
      expect(inv.checked).toBeGreaterThan(5);
    }
    // bonded pool = sum of validator tokens (= sum of delegations' tokens).
    const pool = QueryPoolResponse.decode((await abciQuery(url, "/cosmos.staking.v1beta1.Query/Pool", QueryPoolRequest.encode({}).finish())).value).pool!;
    const vs = QueryValidatorsResponse.decode((await abciQuery(url, "/cosmos.staking.v1beta1.Query/Validators", QueryValidatorsRequest.encode({ status: "" }).finish())).value).validators;
    expect(BigInt(pool.bondedTokens)).toBe(vs.reduce((s, v) => s + BigInt(v.tokens), 0n));
  });

  it("a validator that stops is jailed after the downtime window and leaves the set", { timeout: 60_000 }, async () => {
    const v3 = devnetValoper(net.info.faucet.mnemonic, 3);
    const addr3 = ((await rpc(net.info.validators[3]!.rpc, "status")).validator_info.address as string).toUpperCase();
    expect((await stakingValidator(v3)).jailed).toBe(false);
    swarm.stop();
    net.processes[3]!.kill("SIGKILL");
    await waitExit(net.processes[3]!);
    await until(async () => (await stakingValidator(v3)).jailed, 50_000, "validator 3 jailed");
    await until(async () => !(await rpc(url, "validators")).validators.some((x: any) => x.address.toUpperCase() === addr3), 10_000, "validator 3 out of the set");
    // Not asserted: that validators 0-2 stay unjailed. On a loaded 2-core machine one live validator's
    // precommits can miss most LastCommits (a consensus timing issue, reported separately), and
    // the same 20-block window then jails it too.
    expect(net.processes.slice(0, 3).every((p) => p.exitCode === null && p.signalCode === null)).toBe(true);
  });
});
