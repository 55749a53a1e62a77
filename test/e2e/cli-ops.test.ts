/**
 * pogcsd's operator commands against a one-validator devnet (child processes): status, query
 * paths / grpc / staking validators, tx msg, and a second validator joining with
 * tx staking create-validator from its own home's priv_validator_key.json, then a delegation.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, type CliResult } from "../support/cli.js";
import { tempDevnet } from "../support/devnet-fixture.js";
import { getBalance } from "../support/chain-client.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { main } from "../../node/cli/main.js";
import { addKey } from "../../node/keyring/keyring.js";

type Net = Awaited<ReturnType<typeof tempDevnet>>;

const RECIPIENT = signerFromMnemonic("oyster design unusual machine spread century engine gravity focus cave carry slot", 7, { prefix: "gcs" }).address;

/**
 * `pogcsd <args>` in this process (main() with stdout/stderr captured): the same code path as the
 * child process without its 2-3 s start-up. Run these one at a time (the capture is global).
 */
async function inProc(args: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const [ow, ew] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((c: string | Uint8Array) => ((stdout += String(c)), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => ((stderr += String(c)), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, signal: null, stdout, stderr };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}

/** `error [CODE]: ...` then `  fix: ...`, no stack. */
function expectCode(r: CliResult, exit: number, code: string): void {
  expect(r.code, r.stderr).toBe(exit);
  const lines = r.stderr.trim().split("\n");
  expect(lines[0], r.stderr).toMatch(new RegExp(`^error \\[${code}\\]: `));
  expect(lines[1], r.stderr).toMatch(/^ {2}fix: /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

function validatorsTable(stdout: string): Array<{ moniker: string; valoper: string; status: string; tokens: bigint; jailed: string }> {
  const [head, ...rows] = stdout.trim().split("\n");
  expect(head).toMatch(/^MONIKER\s+VALOPER\s+STATUS\s+TOKENS\s+JAILED$/);
  return rows.map((l) => {
    const [moniker, valoper, status, tokens, jailed] = l.trim().split(/\s+/);
    return { moniker: moniker!, valoper: valoper!, status: status!, tokens: BigInt(tokens!), jailed: jailed! };
  });
}

describe("pogcsd operator commands", () => {
  let net: Net;
  let dir: string;
  let rpcUrl: string;
  let home: string;
  let faucet: string;
  /** Child process, as a user runs it. */
  const cli = (args: string[]) => runCli([...args, "--node", rpcUrl]);
  /** In-process (fast). */
  const run = (args: string[]) => inProc([...args, "--node", rpcUrl]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pogcs-cli-ops-"));
    net = await tempDevnet({ blockIntervalMs: 250 });
    rpcUrl = net.info.validators[0]!.rpc;
    faucet = net.info.faucet.address;
    home = join(dir, "client");
    expect(addKey(home, "faucet", { mnemonic: net.info.faucet.mnemonic }).key.address).toBe(faucet);
  }, 60_000);

  afterAll(async () => {
    await net?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("status prints chain id and a growing height; --output json is the raw RPC answer", async () => {
    const text = await cli(["status"]);
    const json = await run(["status", "--output", "json"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^chain_id:\\s+${net.info.chainId}$`, "m"));
    const h = Number(/^latest_height:\s+(\d+)$/m.exec(text.stdout)?.[1]);
    expect(h).toBeGreaterThan(0);
    expect(text.stdout).toMatch(/^catching_up:\s+false$/m);
    expect(text.stdout).toMatch(/^voting_power:\s+[1-9]\d*$/m);
    expect(text.stdout).toMatch(/^peers:\s+0$/m);
    const j = JSON.parse(json.stdout);
    expect(j.status.node_info.network).toBe(net.info.chainId);
    expect(Number(j.status.sync_info.latest_block_height)).toBeGreaterThanOrEqual(h);
  });

  it("query paths lists Cosmos and PoGCS paths; query grpc answers in JSON, camelCase or snake_case", async () => {
    const paths = await run(["query", "paths"]);
    expect(paths.code, paths.stderr).toBe(0);
    const list = paths.stdout.trim().split("\n");
    expect(list).toContain("/pogcs.amm.v1.Query/Pool");
    expect(list).toContain("/cosmos.staking.v1beta1.Query/Validators");
    expect(new Set(list).size).toBe(list.length);

    const bal = await cli(["query", "grpc", "/cosmos.bank.v1beta1.Query/Balance", JSON.stringify({ address: faucet, denom: "ugcs" })]);
    const snake = await run(["query", "grpc", "/cosmos.bank.v1beta1.Query/AllBalances", JSON.stringify({ address: faucet, resolve_denom: false })]);
    const vals = await run(["query", "grpc", "/cosmos.staking.v1beta1.Query/Validators", '{"status": "BOND_STATUS_BONDED"}']);
    const now = await getBalance(rpcUrl, faucet);
    expect(bal.code, bal.stderr).toBe(0);
    expect(JSON.parse(bal.stdout).balance.denom).toBe("ugcs");
    // No tx from the faucet runs concurrently with this test.
    expect(BigInt(JSON.parse(bal.stdout).balance.amount)).toBe(now);
    expect(snake.code, snake.stderr).toBe(0);
    expect(JSON.parse(snake.stdout).balances).toEqual([{ denom: "ugcs", amount: now.toString() }]);
    expect(vals.code, vals.stderr).toBe(0);
    expect(JSON.parse(vals.stdout).validators).toHaveLength(1);
    // A PoGCS path goes through the protobufjs codecs.
    const amm = await run(["query", "grpc", "/pogcs.amm.v1.Query/Params"]);
    expect(amm.code, amm.stderr).toBe(0);
    expect(JSON.parse(amm.stdout).params).toBeTypeOf("object");
  });

  it("an unknown path, bad JSON and a query the node refuses each say why", async () => {
    // One child process for the exit code and streams; the rest in-process.
    const unknown = await cli(["query", "grpc", "/pogcs.amm.v1.Query/Poool", "{}"]);
    const badJson = await run(["query", "grpc", "/cosmos.bank.v1beta1.Query/Balance", "{address: x}"]);
    const notObject = await run(["query", "grpc", "/cosmos.bank.v1beta1.Query/Balance", "[1]"]);
    const refused = await run(["query", "grpc", "/cosmos.bank.v1beta1.Query/Balance", JSON.stringify({ address: "gcs1nope", denom: "ugcs" })]);
    const badHeight = await run(["query", "grpc", "/cosmos.bank.v1beta1.Query/Balance", "{}", "--height", "abc"]);
    const typo = await run(["query", "grpc", "/cosmos.bank.v1beta1.Query/Balance", JSON.stringify({ adress: faucet, denom: "ugcs" })]);
    expectCode(typo, 2, "REQUEST_INVALID");
    expect(typo.stderr).toMatch(/no field "adress"[\s\S]*fields are: address, denom/);
    expectCode(unknown, 2, "QUERY_PATH_UNKNOWN");
    expect(unknown.stderr).toMatch(/similar: \/pogcs\.amm\.v1\.Query\/Pool/);
    expect(unknown.stderr).toMatch(/fix: .*pogcsd query paths/);
    expectCode(badJson, 2, "JSON_INVALID");
    expectCode(notObject, 2, "JSON_INVALID");
    expectCode(refused, 1, "QUERY_FAILED");
    expect(refused.stderr).toMatch(/codespace=\w+ code=[1-9]\d*: /);
    expect(badHeight.code).toBe(2);
    expect(badHeight.stderr).toMatch(/--height expects a block height/);
  });

  it("tx msg signs a MsgSend JSON, commits it and moves the coins", async () => {
    const before = await getBalance(rpcUrl, RECIPIENT);
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { from_address: faucet, toAddress: RECIPIENT, amount: [{ denom: "ugcs", amount: "4321" }] } };
    const r = await cli(["tx", "msg", JSON.stringify([msg, msg]), "--from", "faucet", "--home", home, "--memo", "ops"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.code).toBe(0);
    expect(out.txhash).toMatch(/^[0-9A-F]{64}$/);
    expect(Number(out.height)).toBeGreaterThan(0);
    expect(Number(out.gas_used)).toBeGreaterThan(0);
    expect(Number(out.gas_used)).toBeLessThanOrEqual(Number(out.gas_wanted));
    expect(await getBalance(rpcUrl, RECIPIENT)).toBe(before + 8642n);
  });

  it("tx msg refuses an unknown type and a bad value; a tx the chain refuses prints codespace/code and exits 1", async () => {
    const tooMuch = JSON.stringify({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: faucet, toAddress: RECIPIENT, amount: [{ denom: "ugcs", amount: "99999999999999999999" }] } });
    const unknownType = await run(["tx", "msg", '{"typeUrl": "/cosmos.bank.v1beta1.MsgSendd", "value": {}}', "--from", "faucet", "--home", home]);
    const shape = await run(["tx", "msg", '{"type": "x"}', "--from", "faucet", "--home", home]);
    const simulated = await run(["tx", "msg", tooMuch, "--from", "faucet", "--home", home]);
    const typo = await run(["tx", "msg", '{"typeUrl": "/pogcs.amm.v1.MsgSwapExactIn", "value": {"sender": "gcs1x"}}', "--from", "faucet", "--home", home]);
    expectCode(typo, 2, "MSG_INVALID");
    expect(typo.stderr).toMatch(/no field "sender"[\s\S]*fields are: trader/);
    expectCode(unknownType, 2, "MSG_UNKNOWN_TYPE");
    expect(unknownType.stderr).toMatch(/query msg-types/);
    expectCode(shape, 2, "MSG_INVALID");
    expectCode(simulated, 1, "TX_SIMULATION_FAILED");
    expect(simulated.stderr).toMatch(/codespace=\w+ code=5: .*insufficient funds/);
    // With a fixed gas limit there is no simulation: the block result carries the failure.
    const inBlock = await cli(["tx", "msg", tooMuch, "--from", "faucet", "--home", home, "--gas", "200000"]);
    expectCode(inBlock, 1, "TX_FAILED");
    expect(inBlock.stderr).toMatch(/codespace=\w+ code=5: .*insufficient funds/);
    expect(JSON.parse(inBlock.stdout).code).toBe(5);
  });

  it("create-validator from a second home's key makes a new validator; delegate adds to its tokens", async () => {
    const home2 = join(dir, "val2");
    const init = await inProc(["init", "--chain-id", "unused-chain", "--moniker", "val-two", "--home", home2]);
    expect(init.code, init.stderr).toBe(0);
    const add = await inProc(["keys", "add", "op", "--home", home2]);
    expect(add.code, add.stderr).toBe(0);
    const op = JSON.parse(add.stdout.slice(0, add.stdout.indexOf("}") + 1)).address as string;
    const fund = await run(["tx", "bank", "send", "faucet", op, "50000000ugcs", "--home", home]);
    expect(fund.code, fund.stderr).toBe(0);

    const create = await cli(["tx", "staking", "create-validator", "--amount", "7000000ugcs", "--from", "op", "--home", home2, "--commission-rate", "0.05"]);
    expect(create.code, create.stderr).toBe(0);
    expect(JSON.parse(create.stdout).code).toBe(0);
    const list = await cli(["query", "staking", "validators"]);
    expect(list.code, list.stderr).toBe(0);
    const rows = validatorsTable(list.stdout);
    expect(rows).toHaveLength(2);
    const mine = rows.find((r) => r.moniker === "val-two");
    expect(mine, list.stdout).toBeDefined();
    expect(mine!.valoper).toMatch(/^gcsvaloper1/);
    // It is bonded but its node does not run: downtime may already have slashed 1%.
    expect(mine!.tokens).toBeLessThanOrEqual(7_000_000n);
    expect(mine!.tokens).toBeGreaterThanOrEqual(6_930_000n);

    // The same consensus key cannot be used twice.
    const again = await run(["tx", "staking", "create-validator", "--amount", "1000000ugcs", "--from", "faucet", "--home", home, "--validator-key", join(home2, "config", "priv_validator_key.json")]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/codespace=staking code=\d+/);

    const tokens = async () => validatorsTable((await run(["query", "staking", "validators"])).stdout).find((r) => r.moniker === "val-two")!.tokens;
    const before = await tokens();
    const del = await run(["tx", "staking", "delegate", mine!.valoper, "3000000ugcs", "--from", "faucet", "--home", home]);
    expect(del.code, del.stderr).toBe(0);
    expect(JSON.parse(del.stdout).code).toBe(0);
    const after = await tokens();
    // +3 000 000, less 1% if the downtime slash lands in between.
    expect(after).toBeGreaterThan(before);
    expect(after).toBeLessThanOrEqual(before + 3_000_000n);

    const badVal = await run(["tx", "staking", "delegate", "gcsvaloper1nope", "1ugcs", "--from", "faucet", "--home", home]);
    const badRate = await run(["tx", "staking", "create-validator", "--amount", "1ugcs", "--from", "op", "--home", home2, "--commission-rate", "ten"]);
    const noFrom = await run(["tx", "gov", "vote", "1", "yes", "--home", home]);
    const badVote = await run(["tx", "gov", "vote", "1", "maybe", "--from", "faucet", "--home", home]);
    expect(badVal.code).toBe(1);
    expect(badVal.stderr).toMatch(/gcsvaloper1nope/);
    expect(badRate.code).toBe(2);
    expect(badRate.stderr).toMatch(/--commission-rate must be a decimal/);
    expect(noFrom.code).toBe(2);
    expect(noFrom.stderr).toMatch(/--from KEY is required/);
    expect(badVote.code).toBe(2);
    expect(badVote.stderr).toMatch(/yes, no, abstain or no_with_veto/);
  }, 60_000);
});
