import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { generateMnemonic } from "../node/keyring/mnemonic.js";
import { signerFromMnemonic } from "../node/keyring/hd.js";
import { initHome, initNetworkHomes, DEFAULT_DENOM, devnetModuleGenesis } from "../node/home/init-home.js";

/** Each devnet validator bonds 10,000 GCS at genesis (consensus power 10,000). */
export const VALIDATOR_SELF_DELEGATION = 10_000_000_000n;
import { freePort } from "./free-port.js";
import { devnetMakerGenesis } from "./agents/keys.js";
import { defaultConfig } from "../node/config/config.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI = join(ROOT, "node", "cli", "main.ts");

/** The file a devnet leaves for tools and tests (issue 1 format). */
export interface DevnetInfo {
  chainId: string;
  denom: string;
  /** `p2p` (host:port) and `nodeId` are present for multi-validator networks. */
  validators: Array<{ moniker: string; rpc: string; home: string; rest?: string; p2p?: string; nodeId?: string }>;
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
  /** Consensus timeouts (ms) passed to every node. */
  timeouts?: { propose?: number; vote?: number; commit?: number; delta?: number };
  /** Extra `pogcsd start` flags for validator i (e.g. ["--test-equivocate"]). */
  nodeArgs?: (i: number) => string[];
  /** Height every node must reach before startDevnet returns (default 1). */
  waitHeight?: number;
  /** Blocks per PoGCS epoch (staking and devices), default 20. */
  epochLength?: number;
  /** Downtime window in blocks (a validator missing half of it is jailed), default 20. */
  downtimeWindow?: number;
  /**
   * Genesis overrides merged over devnetModuleGenesis (new homes only): devices/pogcs params,
   * staking params, slashing params; e.g. `{ devices: { challenge_permille: 1000 } }`.
   */
  genesis?: { devices?: Record<string, unknown>; pogcs?: Record<string, unknown>; staking?: Record<string, unknown>; slashing?: Record<string, unknown>; gov?: Record<string, unknown> };
  /** Start the device-agent process (devnet/agents/main.ts) once the validators are up. */
  devices?: { count: number; liars?: number; lazy?: number; offline?: number };
  log?: (s: string) => void;
}

export interface RunningDevnet {
  info: DevnetInfo;
  processes: ChildProcess[];
  /** The device-agent process (with `devices`); its log is <home>/agents.log. */
  agents?: ChildProcess;
  /** (Re)starts validator i on its ports; replaces processes[i]. */
  startNode(i: number): ChildProcess;
  stop(): Promise<void>;
}

export const FAUCET_FUNDS = "1000000000000000";

/** A node process that exited before serving RPC; `logTail` is the end of its node.log. */
class NodeStartError extends Error {
  constructor(readonly code: number, readonly logTail: string) {
    super(`node exited with code ${code} before serving RPC; end of its node.log:\n${logTail}`);
  }
  get portInUse(): boolean {
    return /PORT_IN_USE|EADDRINUSE/.test(this.logTail);
  }
}

function logTail(home: string, lines = 15): string {
  try {
    return readFileSync(join(home, "node.log"), "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no node.log)";
  }
}

async function waitForHeight(rpc: string, min: number, timeoutMs: number, child: ChildProcess, home: string): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) throw new NodeStartError(child.exitCode ?? -1, logTail(home));
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
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new Error(`--validators must be 1..50, got ${n}`);
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
    const accounts = [{ address: faucet.address, coins: [{ denom: DEFAULT_DENOM, amount: FAUCET_FUNDS }] }];
    const config = { consensus: { ...defaultConfig().consensus, blockIntervalMs: o.blockIntervalMs ?? 1000 }, checkInvariants: false };
    const homes = Array.from({ length: n }, (_, i) => join(home, `node${i}`));
    // Validator operators: accounts derived from the faucet mnemonic (index 1000 + i), each
    // bonding VALIDATOR_SELF_DELEGATION in staking genesis (power = tokens / 10^6).
    const operators = homes.map((_, i) => signerFromMnemonic(mnemonic, 1000 + i, { prefix: "gcs" }).address);
    const appState = applyGenesisOverrides(
      devnetModuleGenesis(BigInt(o.epochLength ?? 20), BigInt(o.downtimeWindow ?? 20), { makers: [devnetMakerGenesis(mnemonic)] }),
      o.genesis,
    );
    const staking = { operators, selfDelegation: VALIDATOR_SELF_DELEGATION, appState };
    let validators: DevnetInfo["validators"];
    if (n === 1) {
      initHome({ home: homes[0]!, chainId, moniker: "validator-0", accounts, config, operator: operators[0], selfDelegation: staking.selfDelegation, appState: staking.appState });
      validators = [{ moniker: "validator-0", rpc: "", home: homes[0]! }];
    } else {
      const { nodeIds } = initNetworkHomes({ homes, chainId, accounts, config, ...staking });
      validators = homes.map((h, i) => ({ moniker: `validator-${i}`, rpc: "", home: h, p2p: "", nodeId: nodeIds[i] }));
    }
    info = { chainId, denom: DEFAULT_DENOM, validators, faucet: { mnemonic, address: faucet.address } };
  } else {
    info = JSON.parse(readFileSync(infoPath, "utf8")) as DevnetInfo;
  }

  // RPC, REST and P2P ports per validator, free a moment ago (picked again if a node finds one taken).
  const multi = info.validators.length > 1;
  const pickPorts = async () => {
    for (const v of info.validators) {
      v.rpc = `http://127.0.0.1:${await freePort()}`;
      v.rest = `http://127.0.0.1:${await freePort()}`;
      if (multi) v.p2p = `127.0.0.1:${await freePort()}`;
    }
  };
  await pickPorts();
  const processes: ChildProcess[] = [];
  const startNode = (i: number): ChildProcess => {
    const v = info.validators[i]!;
    const logFd = openSync(join(v.home, "node.log"), "a");
    const args = ["--import", "tsx", CLI, "start", "--home", v.home, "--rpc.laddr", v.rpc.replace(/^http:\/\//, ""), "--rest.laddr", (v.rest ?? "").replace(/^http:\/\//, "")];
    if (o.blockIntervalMs) args.push("--block-interval", String(o.blockIntervalMs));
    if (multi) {
      const peers = info.validators.filter((_, j) => j !== i).map((p) => `${p.nodeId}@${p.p2p}`);
      args.push("--p2p.laddr", v.p2p!, "--p2p.persistent_peers", peers.join(","));
    }
    if (o.timeouts?.propose !== undefined) args.push("--timeout-propose", String(o.timeouts.propose));
    if (o.timeouts?.vote !== undefined) args.push("--timeout-vote", String(o.timeouts.vote));
    if (o.timeouts?.commit !== undefined) args.push("--timeout-commit", String(o.timeouts.commit));
    if (o.timeouts?.delta !== undefined) args.push("--timeout-delta", String(o.timeouts.delta));
    args.push(...(o.nodeArgs?.(i) ?? []));
    const child = spawn(process.execPath, args, { stdio: ["ignore", logFd, logFd], env: { ...process.env, ...o.env }, cwd: ROOT });
    closeSync(logFd);
    processes[i] = child;
    return child;
  };
  const stopAll = async () => {
    for (const p of processes) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
    await Promise.all(processes.map((p) => (p.exitCode !== null || p.signalCode !== null ? undefined : new Promise((r) => p.once("exit", r)))));
  };
  // A port drawn free can still be taken by another process before the node binds it: one retry
  // with fresh ports, only for that reason.
  for (let attempt = 0; ; attempt++) {
    info.validators.forEach((_, i) => startNode(i));
    writeFileSync(infoPath, JSON.stringify(info, null, 2) + "\n");
    try {
      await Promise.all(info.validators.map((v, i) => waitForHeight(v.rpc, o.waitHeight ?? 1, 60_000, processes[i]!, v.home)));
      break;
    } catch (e) {
      await stopAll();
      if (attempt > 0 || !(e instanceof NodeStartError && e.portInUse)) throw e;
      log(`a port was taken before a node bound it; starting again on fresh ports`);
      await pickPorts();
    }
  }
  for (const v of info.validators) log(`${v.moniker}: RPC ${v.rpc}  REST ${v.rest ?? "-"}  (home ${v.home}, log ${join(v.home, "node.log")})`);

  let agents: ChildProcess | undefined;
  if (o.devices && o.devices.count > 0) {
    const d = o.devices;
    const logFd = openSync(join(home, "agents.log"), "a");
    const args = ["--import", "tsx", AGENTS, "--home", home, "--devices", String(d.count), "--liars", String(d.liars ?? 0), "--lazy", String(d.lazy ?? 0), "--offline", String(d.offline ?? 0)];
    agents = spawn(process.execPath, args, { stdio: ["ignore", logFd, logFd], env: { ...process.env, ...o.env }, cwd: ROOT });
    closeSync(logFd);
    log(`device agents: ${d.count} (liars ${d.liars ?? 0}, lazy ${d.lazy ?? 0}, offline ${d.offline ?? 0}); log ${join(home, "agents.log")}`);
  }

  const stop = async () => {
    await Promise.all(
      [...processes, ...(agents ? [agents] : [])].map(
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
  return { info, processes, agents, startNode, stop };
}

const AGENTS = join(ROOT, "devnet", "agents", "main.ts");

function applyGenesisOverrides(appState: Record<string, unknown>, g: DevnetOptions["genesis"]): Record<string, unknown> {
  if (!g) return appState;
  const st = appState as { staking: { params: object; slashing: { params: object } }; devices: { params: object }; pogcs: { params: object }; gov: { params: object } };
  return {
    ...appState,
    staking: { ...st.staking, params: { ...st.staking.params, ...g.staking }, slashing: { ...st.staking.slashing, params: { ...st.staking.slashing.params, ...g.slashing } } },
    devices: { ...st.devices, params: { ...st.devices.params, ...g.devices } },
    pogcs: { ...st.pogcs, params: { ...st.pogcs.params, ...g.pogcs } },
    gov: { ...st.gov, params: { ...st.gov.params, ...g.gov } },
  };
}
