/**
 * An operator joins a running network as a validator, with pogcsd only: init a home, take the
 * network's genesis, start with its peers (block sync, then consensus), fund a key, create the
 * validator with the home's consensus key. At the next epoch boundary it is bonded with twice the
 * power of each genesis validator, and every validator keeps signing: a genesis validator whose
 * vote the other two no longer need for the quorum must still be in the LastCommits (not counted
 * absent and jailed for downtime). Same block interval and clock flag as `npm run devnet`.
 */
import { describe, it, expect, afterAll } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tempDevnet } from "../support/devnet-fixture.js";
import { REPO_ROOT, runCli } from "../support/cli.js";
import { freePort } from "../../devnet/free-port.js";
import { getHeight, rpc, waitForHeight } from "../support/chain-client.js";
import { until } from "../support/bft.js";

type Net = Awaited<ReturnType<typeof tempDevnet>>;


describe("joining a running network as a validator", () => {
  let net: Net | undefined;
  let joiner: ChildProcess | undefined;
  let home: string | undefined;

  afterAll(async () => {
    if (joiner && joiner.exitCode === null) {
      const exited = new Promise((r) => joiner!.once("exit", r));
      joiner.kill("SIGTERM");
      await exited;
    }
    await net?.close();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it("syncs, creates its validator, is bonded at the epoch boundary, and all three validators sign every block", async () => {
    net = await tempDevnet({ validators: 2, blockIntervalMs: 1000, epochLength: 8, downtimeWindow: 40, nodeArgs: () => ["--test-clock"] });
    const peers = net.info.validators.map((v) => `${v.nodeId}@${v.p2p}`).join(",");
    home = mkdtempSync(join(tmpdir(), "pogcs-joiner-"));
    expect((await runCli(["init", "--home", home, "--chain-id", net.info.chainId, "--moniker", "joiner"])).code).toBe(0);
    copyFileSync(join(net.info.validators[0]!.home, "config", "genesis.json"), join(home, "config", "genesis.json"));
    const [rpcPort, p2pPort] = [await freePort(), await freePort()];
    const url = `http://127.0.0.1:${rpcPort}`;
    joiner = spawn(process.execPath, ["--import", "tsx", "node/cli/main.ts", "start", "--home", home, "--rpc.laddr", `127.0.0.1:${rpcPort}`, "--rest.laddr", "", "--p2p.laddr", `127.0.0.1:${p2pPort}`, "--p2p.persistent_peers", peers, "--test-clock"], { cwd: REPO_ROOT, stdio: "ignore" });
    const v0 = net.info.validators[0]!.rpc;
    await until(async () => ((await getHeight(url)) >= (await getHeight(v0)) - 1 ? true : undefined), 30_000, "the joiner to sync");

    const cli = (args: string[], input?: string) => runCli([...args, "--home", home!], { input });
    expect((await cli(["keys", "add", "faucet", "--recover"], `${net.info.faucet.mnemonic}\n`)).code).toBe(0);
    expect((await cli(["keys", "add", "op"])).code).toBe(0);
    const op = (await cli(["keys", "show", "op", "--address"])).stdout.trim().split("\n").pop()!;
    const send = await cli(["tx", "bank", "send", "faucet", op, "30000000000ugcs", "--node", url]);
    expect(send.code, send.stderr).toBe(0);
    const create = await cli(["tx", "staking", "create-validator", "--amount", "20000000000ugcs", "--moniker", "joiner", "--from", "op", "--node", url]);
    expect(create.code, create.stderr).toBe(0);

    // Bonded at the next epoch boundary: three validators, the joiner with half the power.
    const bondedAt = await until(async () => {
      const r = await rpc(url, "validators");
      return r.validators.length === 3 ? Number(r.block_height) : undefined;
    }, 30_000, "the joiner in the validator set");
    const status = await rpc(url, "status");
    expect(status.validator_info.voting_power).toBe("20000");

    // 16 blocks later: every validator in (nearly) every LastCommit, nobody jailed.
    await waitForHeight(url, bondedAt + 18, 30_000);
    let full = 0;
    const from = bondedAt + 2;
    for (let h = from; h < from + 16; h++) {
      const b = await rpc(url, "block", { height: String(h) });
      if (b.block.last_commit.signatures.filter((s: { block_id_flag: number }) => s.block_id_flag === 2).length === 3) full++;
    }
    // Without the late precommit (engine-decide.ts) only 4 of these 16 were full in a run with these
    // settings (the devnet's: 1 s blocks, test clock): the validator the others do not need lost the race.
    expect(full).toBeGreaterThanOrEqual(14);
    const vals = await rpc(url, "validators", { height: String(bondedAt + 18) });
    expect(vals.validators).toHaveLength(3);
  }, 150_000);
});
