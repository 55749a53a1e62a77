/**
 * pogcsd's first-run failures as an operator meets them (child processes): each prints one line
 * with the cause (`error [CODE]: ...`) and one with what to do (`  fix: ...`), never a stack.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, REPO_ROOT } from "../support/cli.js";
import { freePort } from "../../devnet/free-port.js";

/** The two lines: cause then fix. */
function expectCauseAndFix(stderr: string, code: string, cause: RegExp, fix: RegExp): void {
  const lines = stderr.trim().split("\n");
  expect(lines[0], stderr).toMatch(new RegExp(`^error \\[${code}\\]: `));
  expect(lines[0]).toMatch(cause);
  expect(lines[1], stderr).toMatch(/^ {2}fix: /);
  expect(lines[1]).toMatch(fix);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("pogcsd errors say what to do", () => {
  let dir: string;
  const init = async (name: string) => {
    const home = join(dir, name);
    const r = await runCli(["init", "--chain-id", "test-errors-1", "--home", home]);
    expect(r.code, r.stderr).toBe(0);
    return home;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pogcs-cli-errors-"));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("a missing home, a bad genesis field, an unknown config key and a bad --psql-conn", async () => {
    const [badGenesis, badConfig, badPsql] = await Promise.all([init("genesis"), init("config"), init("psql")]);
    const gpath = join(badGenesis, "config", "genesis.json");
    const g = JSON.parse(readFileSync(gpath, "utf8"));
    g.validators[0].power = "ten";
    writeFileSync(gpath, JSON.stringify(g));
    const cpath = join(badConfig, "config", "config.json");
    writeFileSync(cpath, JSON.stringify({ ...JSON.parse(readFileSync(cpath, "utf8")), rpcc: {} }));

    const missing = join(dir, "nope");
    const [m, bg, bc, bp, exists] = await Promise.all([
      runCli(["start", "--home", missing]),
      runCli(["start", "--home", badGenesis, "--rest.laddr", ""]),
      runCli(["start", "--home", badConfig]),
      runCli(["start", "--home", badPsql, "--psql-conn", "mysql://db"]),
      runCli(["init", "--chain-id", "test-errors-1", "--home", badPsql]),
    ]);
    expect(m.code).toBe(1);
    expectCauseAndFix(m.stderr, "HOME_MISSING", new RegExp(missing), /pogcsd init --chain-id .* --home /);
    expect(bg.code).toBe(1);
    expectCauseAndFix(bg.stderr, "GENESIS_INVALID", /validators\[0\]\.power must be an integer/, /"validators\[0\]\.power" field of genesis\.json/);
    expect(bc.code).toBe(1);
    expectCauseAndFix(bc.stderr, "CONFIG_INVALID", /unknown setting "rpcc"/, /known settings: .*rpc/);
    expect(bp.code).toBe(1);
    expectCauseAndFix(bp.stderr, "CONFIG_INVALID", /PostgreSQL URI/, /postgresql:\/\/.*--psql-conn/);
    expect(exists.code).toBe(1);
    expectCauseAndFix(exists.stderr, "HOME_EXISTS", /already exists/, /another --home/);
  }, 120_000);

  it("a port in use names the flag to change; a second node on the same home is told to stop the first", async () => {
    const home = await init("ports");
    const busy: Server = createServer();
    await new Promise<void>((res) => busy.listen(0, "127.0.0.1", () => res()));
    const port = (busy.address() as { port: number }).port;
    let first: ChildProcess | undefined;
    try {
      const [rpcBusy, restBusy] = await Promise.all([
        runCli(["start", "--home", home, "--rpc.laddr", `127.0.0.1:${port}`, "--rest.laddr", ""]),
        // The REST port is opened after the RPC one; a free RPC port gets us there.
        (async () => runCli(["start", "--home", await init("ports-rest"), "--rpc.laddr", `127.0.0.1:${await freePort()}`, "--rest.laddr", `127.0.0.1:${port}`]))(),
      ]);
      expect(rpcBusy.code).toBe(1);
      expectCauseAndFix(rpcBusy.stderr, "PORT_IN_USE", new RegExp(`RPC address 127\\.0\\.0\\.1:${port} is already in use`), /--rpc\.laddr 127\.0\.0\.1:<another port>/);
      expect(restBusy.code).toBe(1);
      expectCauseAndFix(restBusy.stderr, "PORT_IN_USE", /REST API address/, /--rest\.laddr/);

      // A running node holds the database lock.
      const rpcPort = await freePort();
      first = spawn(process.execPath, ["--import", "tsx", "node/cli/main.ts", "start", "--home", home, "--rpc.laddr", `127.0.0.1:${rpcPort}`, "--rest.laddr", ""], { cwd: REPO_ROOT, stdio: "ignore" });
      const t0 = Date.now();
      for (;;) {
        const ok = await fetch(`http://127.0.0.1:${rpcPort}/status`).then((r) => r.ok, () => false);
        if (ok) break;
        if (Date.now() - t0 > 60_000) throw new Error("first node did not start");
        await new Promise((r) => setTimeout(r, 100));
      }
      const second = await runCli(["start", "--home", home, "--rpc.laddr", `127.0.0.1:${await freePort()}`, "--rest.laddr", ""]);
      expect(second.code).toBe(1);
      expectCauseAndFix(second.stderr, "DB_LOCKED", /node\.db/, /another pogcsd .*--home .*stop it first/);
    } finally {
      busy.close();
      if (first && first.exitCode === null) {
        const exited = new Promise((res) => first!.once("exit", res));
        first.kill("SIGTERM");
        await exited;
      }
    }
  }, 120_000);
});
