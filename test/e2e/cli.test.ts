/**
 * The pogcsd CLI as a user runs it (child process, stdin closed): help, init, keys, and then
 * query/tx against a real devnet.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/cli.js";
import { tempDevnet } from "../support/devnet-fixture.js";
import { getBalance, rpc } from "../support/chain-client.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";

type Net = Awaited<ReturnType<typeof tempDevnet>>;

const BOB_MNEMONIC = "oyster design unusual machine spread century engine gravity focus cave carry slot";

describe("pogcsd CLI", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pogcs-cli-"));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("--help for the root and every command exits 0 and shows usage", async () => {
    const variants: string[][] = [["--help"], ["init", "--help"], ["start", "--help"], ["keys", "add", "--help"], ["query", "--help"], ["tx", "bank", "send", "--help"]];
    const results = await Promise.all(variants.map((v) => runCli(v)));
    for (const [i, r] of results.entries()) {
      const v = variants[i]!.join(" ");
      expect(r.code, `${v}: ${r.stderr}`).toBe(0);
      expect(r.stdout, v).toMatch(/usage/i);
    }
    expect(results[0]!.stdout).toMatch(/init/);
    expect(results[0]!.stdout).toMatch(/keys/);
    expect(results[1]!.stdout).toMatch(/--chain-id/);
    expect(results[2]!.stdout).toMatch(/--rpc\.laddr/);
    expect(results[3]!.stdout).toMatch(/--recover/);
    expect(results[4]!.stdout).toMatch(/balances/);
    expect(results[5]!.stdout).toMatch(/send/);
  });

  it("no command or an unknown command is a usage error (exit 2)", async () => {
    const [none, unknown] = await Promise.all([runCli([]), runCli(["frobnicate"])]);
    expect(none.code).toBe(2);
    expect(none.stdout + none.stderr).toMatch(/usage/i);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it("init creates genesis, config and the 0600 key files; a second init refuses", async () => {
    const home = join(dir, "node");
    const r = await runCli(["init", "--chain-id", "cli-test-1", "--moniker", "m1", "--home", home]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("cli-test-1");
    for (const f of ["genesis.json", "config.json", "priv_validator_key.json", "node_key.json"]) {
      expect(existsSync(join(home, "config", f)), f).toBe(true);
    }
    for (const f of ["priv_validator_key.json", "node_key.json"]) {
      expect(statSync(join(home, "config", f)).mode & 0o777, f).toBe(0o600);
    }
    const genesis = JSON.parse(readFileSync(join(home, "config", "genesis.json"), "utf8"));
    expect(genesis.chain_id).toBe("cli-test-1");
    expect(genesis.validators).toHaveLength(1);
    const keyBefore = readFileSync(join(home, "config", "priv_validator_key.json"), "utf8");

    const again = await runCli(["init", "--chain-id", "cli-test-2", "--home", home]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already exists/);
    expect(again.stderr).toContain("genesis.json");
    // Nothing was overwritten.
    expect(readFileSync(join(home, "config", "priv_validator_key.json"), "utf8")).toBe(keyBefore);
    expect(JSON.parse(readFileSync(join(home, "config", "genesis.json"), "utf8")).chain_id).toBe("cli-test-1");
  });

  it("init without --chain-id, or with a bad --account, is refused", async () => {
    const [noId, badAcc] = await Promise.all([
      runCli(["init", "--home", join(dir, "x1")]),
      runCli(["init", "--chain-id", "c", "--home", join(dir, "x2"), "--account", "notanaddress=5ugcs"]),
    ]);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toMatch(/--chain-id is required/);
    expect(badAcc.code).not.toBe(0);
    expect(badAcc.stderr).toMatch(/error/i);
    expect(existsSync(join(dir, "x2", "config", "genesis.json"))).toBe(false);
  });

  it("keys add (generated), list, show --address; key files are 0600", async () => {
    const home = join(dir, "keys");
    const add = await runCli(["keys", "add", "alice", "--home", home]);
    expect(add.code, add.stderr).toBe(0);
    const jsonPart = add.stdout.slice(0, add.stdout.indexOf("}") + 1);
    const alice = JSON.parse(jsonPart);
    expect(alice.name).toBe("alice");
    expect(alice.address).toMatch(/^gcs1[02-9ac-hj-np-z]{38}$/);
    // The generated mnemonic is printed once, and it derives the printed address.
    const words = add.stdout.split("\n").map((l) => l.trim()).find((l) => l.split(/\s+/).length === 24);
    expect(words).toBeDefined();
    expect(signerFromMnemonic(words!, 0, { prefix: "gcs" }).address).toBe(alice.address);
    expect(statSync(join(home, "keyring", "alice.json")).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, "keyring")).mode & 0o777).toBe(0o700);

    const list = await runCli(["keys", "list", "--home", home]);
    expect(list.code).toBe(0);
    const listed = JSON.parse(list.stdout);
    expect(listed).toEqual([{ name: "alice", address: alice.address, pubkey: alice.pubkey }]);

    const show = await runCli(["keys", "show", "alice", "--address", "--home", home]);
    expect(show.code).toBe(0);
    expect(show.stdout.trim()).toBe(alice.address);
  });

  it("keys add --recover reads the mnemonic from stdin; duplicates and bad input are refused", async () => {
    const home = join(dir, "keys");
    const expected = signerFromMnemonic(BOB_MNEMONIC, 0, { prefix: "gcs" }).address;
    const bob = await runCli(["keys", "add", "bob", "--recover", "--home", home], { input: `${BOB_MNEMONIC}\n` });
    expect(bob.code, bob.stderr).toBe(0);
    expect(JSON.parse(bob.stdout).address).toBe(expected);
    expect(bob.stdout).not.toContain(BOB_MNEMONIC); // a recovered mnemonic is not echoed

    const [dupName, dupAddr, badWords, badName, missing] = await Promise.all([
      runCli(["keys", "add", "alice", "--home", home]),
      runCli(["keys", "add", "bob2", "--recover", "--home", home], { input: BOB_MNEMONIC }),
      runCli(["keys", "add", "carol", "--recover", "--home", home], { input: "not a valid mnemonic at all" }),
      runCli(["keys", "add", "bad/name", "--home", home]),
      runCli(["keys", "show", "nobody", "--home", home]),
    ]);
    expect(dupName.code).not.toBe(0);
    expect(dupName.stderr).toMatch(/alice.*exists/);
    expect(dupAddr.code).not.toBe(0);
    expect(dupAddr.stderr).toMatch(/already stored as key 'bob'/);
    expect(badWords.code).not.toBe(0);
    expect(badWords.stderr).toMatch(/mnemonic/i);
    expect(badName.code).not.toBe(0);
    expect(badName.stderr).toMatch(/invalid key name/);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/not found/);
    const list = JSON.parse((await runCli(["keys", "list", "--home", home])).stdout);
    expect(list.map((k: { name: string }) => k.name)).toEqual(["alice", "bob"]);
    expect(list[1].address).toBe(expected);
  });

  it("an unknown flag is refused with exit 2", async () => {
    const home = join(dir, "keys");
    const rs = await Promise.all([
      runCli(["keys", "list", "--frob=1", "--home", home]),
      runCli(["query", "bank", "balances", "gcs1abc", "--nod", "http://127.0.0.1:1"]),
    ]);
    for (const r of rs) {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/unknown flag|needs a value/);
    }
  });

  describe("against a devnet", () => {
    let net: Net;
    let rpcUrl: string;
    let home: string;
    const to = signerFromMnemonic(BOB_MNEMONIC, 5, { prefix: "gcs" }).address;

    beforeAll(async () => {
      net = await tempDevnet({ blockIntervalMs: 300 });
      rpcUrl = net.info.validators[0]!.rpc;
      home = join(dir, "client");
      const r = await runCli(["keys", "add", "faucet", "--recover", "--home", home], { input: net.info.faucet.mnemonic });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).address).toBe(net.info.faucet.address);
    });

    afterAll(async () => {
      await net?.close();
    });

    it("query bank balances shows the faucet's genesis funds", async () => {
      const r = await runCli(["query", "bank", "balances", net.info.faucet.address, "--node", rpcUrl]);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).balances).toEqual([{ denom: "ugcs", amount: "1000000000000000" }]);
      const one = await runCli(["query", "bank", "balances", to, "--denom", "ugcs", "--node", rpcUrl]);
      expect(one.code, one.stderr).toBe(0);
      expect(JSON.parse(one.stdout).balance).toEqual({ denom: "ugcs", amount: "0" });
    });

    it("tx bank send moves coins and charges the fee", async () => {
      const before = await getBalance(rpcUrl, net.info.faucet.address);
      const r = await runCli(["tx", "bank", "send", "faucet", to, "12345ugcs", "--fees", "7000ugcs", "--memo", "cli", "--node", rpcUrl, "--home", home]);
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.code).toBe(0);
      expect(out.txhash).toMatch(/^[0-9A-F]{64}$/);
      expect(Number(out.height)).toBeGreaterThan(0);
      expect(await getBalance(rpcUrl, to)).toBe(12345n);
      expect(await getBalance(rpcUrl, net.info.faucet.address)).toBe(before - 12345n - 7000n);
      const t = await rpc(rpcUrl, "tx", { hash: Buffer.from(out.txhash, "hex").toString("base64") });
      expect(t.height).toBe(out.height);
    });

    it("tx bank send to an invalid address fails clearly without broadcasting", async () => {
      const seqBefore = (await rpc(rpcUrl, "num_unconfirmed_txs")).total;
      const r = await runCli(["tx", "bank", "send", "faucet", "gcs1notanaddress", "5ugcs", "--node", rpcUrl, "--home", home]);
      expect(r.code).not.toBe(0);
      expect(r.code).not.toBeNull();
      expect(r.stderr).toMatch(/gcs1notanaddress/);
      expect(r.stderr).toMatch(/invalid address|bech32/i);
      expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect((await rpc(rpcUrl, "num_unconfirmed_txs")).total).toBe(seqBefore);
      const wrongPrefix = await runCli(["tx", "bank", "send", "faucet", "cosmos1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmmk8rs6", "5ugcs", "--node", rpcUrl, "--home", home]);
      expect(wrongPrefix.code).not.toBe(0);
      expect(wrongPrefix.stderr).toMatch(/error/i);
    });

    it("tx bank send with too little balance, an unknown key, or a dead node fails with a clear message", async () => {
      const [broke, noKey, dead] = await Promise.all([
        runCli(["tx", "bank", "send", "faucet", to, "99999999999999999999ugcs", "--node", rpcUrl, "--home", home]),
        runCli(["tx", "bank", "send", "zed", to, "5ugcs", "--node", rpcUrl, "--home", home]),
        runCli(["query", "bank", "balances", to, "--node", "http://127.0.0.1:1"]),
      ]);
      // Too much: included with code 5 (insufficient funds), so the command exits non-zero.
      expect(broke.code).not.toBe(0);
      expect(broke.stdout + broke.stderr).toMatch(/insufficient funds|"code": 5/);
      expect(noKey.code).not.toBe(0);
      expect(noKey.stderr).toMatch(/key 'zed' not found/);
      expect(dead.code).not.toBe(0);
      expect(dead.stderr).toMatch(/cannot reach/);
    });
  });
});
