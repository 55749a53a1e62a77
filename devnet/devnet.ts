import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { generateMnemonic } from "../node/keyring/mnemonic.js";
import { signerFromMnemonic } from "../node/keyring/hd.js";
import { initHome, DEFAULT_DENOM } from "../node/home/init-home.js";
import { freePort } from "./free-port.js";
import { defaultConfig } from "../node/config/config.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI = join(ROOT, "node", "cli", "main.ts");

/** The file a devnet leaves for tools and tests (issue 1 format). */
export interface DevnetInfo {
  chainId: string;
  denom: string;
  validators: Array<{ moniker: string; rpc: string; home: string }>;
  faucet: { mnemonic: string; address: string };
}

export interface DevnetOptions {
  home: string;
  validators?: number;
  reset?: boolean;
  chainId?: string;
  blockIntervalMs?: number;
  /** Extra env for the node processes. */
  env?: Record<string, string>;
  log?: (s: string) => void;
}

export interface RunningDevnet {
  info: DevnetInfo;
  processes: ChildProcess[];
  stop(): Promise<void>;
}

export const FAUCET_FUNDS = "1000000000000000";

async function waitForHeight(rpc: string, min: number, timeoutMs: number, child: ChildProcess): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`node exited with code ${child.exitCode} before serving RPC; see its node.log`);
    try {
      const r = await fetch(`${rpc}/status`);
      const j = (await r.json()) as { result?: { sync_info: { latest_block_height: string } } };
      if (j.result && Number(j.result.sync_info.latest_block_height) >= min) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`node at ${rpc} did not reach height ${min} within ${timeoutMs} ms`);
}

/** Creates (or reuses) the devnet homes, starts one process per validator, waits for blocks. */
export async function startDevnet(o: DevnetOptions): Promise<RunningDevnet> {
  const log = o.log ?? ((s: string) => process.stdout.write(s + "\n"));
  const n = o.validators ?? 1;
  if (n !== 1) throw new Error("--validators N > 1 needs the BFT consensus and p2p of issue 2, which is not built yet; use --validators 1");
  const home = resolve(o.home);
  const infoPath = join(home, "devnet.json");
  if (o.reset && existsSync(home)) rmSync(home, { recursive: true, force: true });
  let info: DevnetInfo;
  const fresh = !existsSync(infoPath);
  if (fresh) {
    mkdirSync(home, { recursive: true });
    const chainId = o.chainId ?? "pogcs-devnet-1";
    const mnemonic = generateMnemonic(24);
    const faucet = signerFromMnemonic(mnemonic, 0, { prefix: "gcs" });
    const validators = [];
    for (let i = 0; i < n; i++) {
      const vhome = join(home, `node${i}`);
      initHome({
        home: vhome,
        chainId,
        moniker: `validator-${i}`,
        accounts: [{ address: faucet.address, coins: [{ denom: DEFAULT_DENOM, amount: FAUCET_FUNDS }] }],
        config: { consensus: { ...defaultConfig().consensus, blockIntervalMs: o.blockIntervalMs ?? 1000 }, checkInvariants: false },
      });
      validators.push({ moniker: `validator-${i}`, rpc: "", home: vhome });
    }
    info = { chainId, denom: DEFAULT_DENOM, validators, faucet: { mnemonic, address: faucet.address } };
  } else {
    info = JSON.parse(readFileSync(infoPath, "utf8")) as DevnetInfo;
  }

  const processes: ChildProcess[] = [];
  for (const v of info.validators) {
    const port = await freePort();
    v.rpc = `http://127.0.0.1:${port}`;
    const logFd = openSync(join(v.home, "node.log"), "a");
    const args = ["--import", "tsx", CLI, "start", "--home", v.home, "--rpc.laddr", `127.0.0.1:${port}`];
    if (o.blockIntervalMs) args.push("--block-interval", String(o.blockIntervalMs));
    const child = spawn(process.execPath, args, { stdio: ["ignore", logFd, logFd], env: { ...process.env, ...o.env }, cwd: ROOT });
    closeSync(logFd);
    processes.push(child);
  }
  writeFileSync(infoPath, JSON.stringify(info, null, 2) + "\n");
  try {
    await Promise.all(info.validators.map((v, i) => waitForHeight(v.rpc, 1, 60_000, processes[i]!)));
  } catch (e) {
    for (const p of processes) p.kill("SIGKILL");
    throw e;
  }
  for (const v of info.validators) log(`${v.moniker}: RPC ${v.rpc}  (home ${v.home}, log ${join(v.home, "node.log")})`);

  const stop = async () => {
    await Promise.all(
      processes.map(
        (p) =>
          new Promise<void>((res) => {
            if (p.exitCode !== null || p.signalCode !== null) return res();
            const t = setTimeout(() => p.kill("SIGKILL"), 5000);
            p.once("exit", () => {
              clearTimeout(t);
              res();
            });
            p.kill("SIGTERM");
          }),
      ),
    );
  };
  return { info, processes, stop };
}
