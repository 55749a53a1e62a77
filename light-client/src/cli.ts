import { readFile, writeFile, mkdir } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import {
  AccountKey,
  DeviceAgent,
  DirectTxRelayer,
  FileAgentStateStore,
  FileDeviceKeyStore,
  FileStore,
  LightClient,
  acquireAgentLock,
  RpcProvider,
  createNobleVerifier,
  createNodeVerifier,
  createRpcEvidenceSender,
  fromHex,
  hashHeader,
  isLightClientError,
  toHex,
  verifyBalance,
  verifyDevice,
  verifyPendingRewards,
  type AgentEvent,
  type Relayer,
} from "./node.js";

/** `pogcs-light`: the light client from a terminal. Exit codes: 0 ok, 1 refused or failed, 2 usage. */
export const HELP = `pogcs-light: verify PoGCS headers and state without trusting the node

Usage:
  pogcs-light init --rpc URL --height H --hash HEX [--chain-id ID] [--witness URL]...
      Trust block H whose hash you obtained out of band (a block explorer, a friend, the
      genesis ceremony). The block must hash to HEX and be signed by +2/3 of its validators.
  pogcs-light sync [--sequential]
      Verify up to the node's latest block (skipping/bisection unless --sequential),
      cross-checking witnesses, and print each verified height.
  pogcs-light verify-balance ADDRESS [DENOM]
      Print a bank balance proven against the verified app hash (default denom ugcs).
      A missing balance is proven absent and printed as 0.
  pogcs-light status
      Print the trusted height, hash and whether the client halted.
  pogcs-light agent key [--owner ADDRESS]
      Create (first time, on this machine) or show the device's ed25519 key; with --owner, also
      print the proof-of-possession signature MsgRegisterDevice needs for that owner.
  pogcs-light agent status [--device-id N]
      The device record (owner, class, bond, validator, score, nonce) and the owner's pending
      rewards, proven against the verified app hash.
  pogcs-light agent run (--relayer-mnemonic-file F [--relayer-index I] | --relayer-key-file F)
                        [--device-id N] [--poll 1s] [--steps N] [--fee 10000ugcs] [--gas 600000]
      Follow verified headers; sign one report per epoch (write-ahead state, never two per
      epoch), answer challenges, check score and rewards by proof; back off while the RPC is
      down. The relayer account (secp256k1, e.g. the owner) signs and pays for the txs; the
      mnemonic may also come from $POGCS_RELAYER_MNEMONIC. Stops on SIGINT/SIGTERM.
      Files: --device-key F (default HOME/device-key.json, mode 0600), --agent-state F
      (default HOME/agent-state.json).

Options:
  --home DIR          state and config directory (default $POGCS_LIGHT_HOME or ~/.pogcs-light)
  --trusting-period D trusting period, e.g. 336h or 14d (default 14d)
  --pure-js           verify signatures with @noble/curves instead of node:crypto
  -h, --help          this text
`;

export class UsageError extends Error {}

interface Args {
  cmd: string[];
  flags: Map<string, string[]>;
}

function parseArgs(argv: string[]): Args {
  const cmd: string[] = [];
  const flags = new Map<string, string[]>();
  const booleans = new Set(["sequential", "pure-js", "help"]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h") flags.set("help", ["true"]);
    else if (a.startsWith("--")) {
      const [k, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
      const v = inline ?? (booleans.has(k) ? "true" : argv[++i]);
      if (v === undefined) throw new UsageError(`--${k} needs a value`);
      flags.set(k, [...(flags.get(k) ?? []), v]);
    } else cmd.push(a);
  }
  return { cmd, flags };
}

function parseDuration(s: string): number {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(s);
  if (!m) throw new UsageError(`bad duration ${s} (use e.g. 336h or 14d)`);
  return Number(m[1]) * { ms: 1, s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 }[m[2] as "ms"];
}

interface Config {
  rpc: string;
  chainId: string;
  witnesses: string[];
}

export async function runCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s + "\n")): Promise<number> {
  const a = parseArgs(argv);
  const one = (k: string) => a.flags.get(k)?.[a.flags.get(k)!.length - 1];
  if (a.flags.has("help") || a.cmd.length === 0 || a.cmd[0] === "help") {
    out(HELP);
    return a.cmd.length === 0 && !a.flags.has("help") ? 2 : 0;
  }
  const home = one("home") ?? process.env["POGCS_LIGHT_HOME"] ?? join(homedir(), ".pogcs-light");
  const configPath = join(home, "config.json");
  const store = new FileStore(join(home, "state.json"));
  const verifier = a.flags.has("pure-js") ? createNobleVerifier() : createNodeVerifier();
  const trustingPeriodMs = one("trusting-period") ? parseDuration(one("trusting-period")!) : undefined;
  const client = async (cfg: Config, progress = false) =>
    LightClient.create({
      chainId: cfg.chainId,
      primary: new RpcProvider(cfg.rpc),
      witnesses: cfg.witnesses.map((w) => new RpcProvider(w)),
      store,
      verifier,
      trustingPeriodMs,
      sequential: a.flags.has("sequential"),
      evidenceSender: createRpcEvidenceSender(),
      onProgress: progress ? (p) => out(`${p.step === "verified" ? "verified" : "bisect  "} ${p.height} / ${p.target}`) : undefined,
      // A witness dropped for bad data, or none left to cross-check with: the operator must know.
      onWarning: (w) => process.stderr.write(`pogcs-light: warning (${w.code}): ${w.message}\n`),
    });
  const loadConfig = async (): Promise<Config> => {
    try {
      return JSON.parse(await readFile(configPath, "utf8")) as Config;
    } catch {
      throw new UsageError(`no light client in ${home}; run: pogcs-light init --rpc URL --height H --hash HEX`);
    }
  };

  switch (a.cmd[0]) {
    case "init": {
      const rpc = one("rpc");
      const height = one("height");
      const hash = one("hash");
      if (!rpc || !height || !hash) throw new UsageError("init needs --rpc URL --height H --hash HEX");
      if (!/^\d+$/.test(height) || height === "0") throw new UsageError(`bad height ${height}`);
      const hashBytes = fromHex(hash);
      if (!hashBytes || hashBytes.length !== 32) throw new UsageError("--hash must be 64 hex characters");
      const chainId = one("chain-id") ?? String((await new RpcProvider(rpc).call("status")).node_info.network);
      const cfg: Config = { rpc, chainId, witnesses: a.flags.get("witness") ?? [] };
      const c = await client(cfg);
      const lb = await c.initialize({ height: BigInt(height), hash: hashBytes });
      await mkdir(home, { recursive: true });
      await writeFile(configPath, JSON.stringify(cfg, null, 2) + "\n");
      out(`trusted ${chainId} height ${lb.signedHeader.header.height} hash ${hash.toUpperCase()} (${lb.validatorSet.validators.length} validators); state in ${home}`);
      return 0;
    }
    case "sync": {
      const c = await client(await loadConfig(), true);
      const t0 = Date.now();
      const from = c.trustedHeight;
      const lb = await c.sync();
      out(`synced ${from} -> ${lb.signedHeader.header.height} in ${Date.now() - t0} ms; app hash ${toHex(lb.signedHeader.header.appHash).toUpperCase()}`);
      return 0;
    }
    case "verify-balance": {
      const address = a.cmd[1];
      if (!address) throw new UsageError("verify-balance needs an ADDRESS");
      const denom = a.cmd[2] ?? "ugcs";
      const c = await client(await loadConfig());
      await c.sync();
      const b = await verifyBalance(c, address, denom);
      out(`${b.amount} ${denom} at height ${b.height} (${b.present ? "proven present" : "proven absent"} against the verified app hash)`);
      return 0;
    }
    case "status": {
      const c = await client(await loadConfig());
      const t = c.trustedBlock;
      out(`status ${c.status}; trusted height ${c.trustedHeight}${t ? ` hash ${toHex(hashHeader(t.signedHeader.header)).toUpperCase()}` : ""}`);
      if (c.haltReason) out(`halted: ${c.haltReason.message}`);
      return 0;
    }
    case "agent": {
      const sub = a.cmd[1];
      if (sub !== "key" && sub !== "status" && sub !== "run") throw new UsageError("agent needs a subcommand: key, status or run");
      const cfg = await loadConfig();
      const c = await client(cfg);
      const keyStore = new FileDeviceKeyStore(one("device-key") ?? join(home, "device-key.json"));
      const stateStore = new FileAgentStateStore(one("agent-state") ?? join(home, "agent-state.json"));
      const deviceId = one("device-id") === undefined ? undefined : BigInt(one("device-id")!);
      let relayer: Relayer = { address: "", submit: async () => { throw new UsageError("no relayer"); } };
      if (sub === "run") {
        let key: AccountKey;
        const keyFile = one("relayer-key-file");
        if (keyFile) key = new AccountKey(fromHex((await readFile(keyFile, "utf8")).trim()) ?? new Uint8Array());
        else {
          const mf = one("relayer-mnemonic-file");
          const m = mf ? await readFile(mf, "utf8") : process.env["POGCS_RELAYER_MNEMONIC"];
          if (!m) throw new UsageError("agent run needs --relayer-mnemonic-file, --relayer-key-file or $POGCS_RELAYER_MNEMONIC");
          key = AccountKey.fromMnemonic(m, Number(one("relayer-index") ?? "0"));
        }
        const fee = /^(\d+)([a-z][a-z0-9/]{1,127})$/.exec(one("fee") ?? "10000ugcs");
        if (!fee) throw new UsageError("bad --fee (e.g. 10000ugcs)");
        relayer = new DirectTxRelayer({ rpc: cfg.rpc, client: c, key, fee: [{ denom: fee[2]!, amount: fee[1]! }], gasLimit: BigInt(one("gas") ?? "600000") });
      }
      // One agent per device state: a second would sign another report for the same epoch.
      const unlock = sub === "run" ? await acquireAgentLock(`${stateStore.path}.lock`) : undefined;
      try {
        const agent = await DeviceAgent.create({
          client: c, relayer, keyStore, stateStore, deviceId, pollMs: one("poll") ? parseDuration(one("poll")!) : 1000, onEvent: (e) => out(formatEvent(e)),
        });
        if (sub === "key") {
          out(`device key ${toHex(agent.publicKey)}`);
          const owner = one("owner");
          if (owner) out(`possession signature for ${owner}: ${toHex(agent.possessionSignature(cfg.chainId, owner))}`);
          return 0;
        }
        if (sub === "status") {
          await c.sync();
          const d = await verifyDevice(c, deviceId ?? agent.publicKey);
          if (!d.value) {
            out(`device ${deviceId ?? toHex(agent.publicKey)} proven absent at height ${d.height} (not registered)`);
            return 1;
          }
          const r = await verifyPendingRewards(c, d.value.owner, d.height);
          const v = d.value;
          out(`device ${v.id} owner ${v.owner} class ${v.deviceClass} bond ${v.bond} validator ${v.validator || "-"} score ${v.score} last nonce ${v.lastNonce}${v.flagged ? " FLAGGED" : ""} (proven at height ${d.height})`);
          out(`pending rewards of ${v.owner}: ${r.amount} (proven ${r.present ? "present" : "absent"})`);
          return 0;
        }
        const stop = new AbortController();
        const onSig = () => stop.abort();
        process.on("SIGINT", onSig);
        process.on("SIGTERM", onSig);
        try {
          await agent.run({ signal: stop.signal, maxSteps: one("steps") ? Number(one("steps")) : undefined });
        } finally {
          process.off("SIGINT", onSig);
          process.off("SIGTERM", onSig);
        }
        return 0;
      } finally {
        await unlock?.();
      }
    }
    default:
      throw new UsageError(`unknown command ${a.cmd[0]}; see pogcs-light --help`);
  }
}

function formatEvent(e: AgentEvent): string {
  switch (e.type) {
    case "synced": return `synced height ${e.height} epoch ${e.epoch} (${e.time})`;
    case "not_registered": return `device not registered (proven absent at ${e.height})`;
    case "report_signed": return `report signed for epoch ${e.epoch} nonce ${e.nonce}`;
    case "report_submitted": return `report for epoch ${e.epoch} sent: code ${e.result.code} height ${e.result.height} ${e.result.log}`.trim();
    case "report_accepted": return `report for epoch ${e.epoch} proven on chain (height ${e.height})`;
    case "challenge_commit": return `challenge ${e.epoch}: committed root ${e.root}: code ${e.result.code} ${e.result.log}`.trim();
    case "challenge_reveal": return `challenge ${e.epoch}: revealed rows ${e.rows.join(",")}: code ${e.result.code} ${e.result.log}`.trim();
    case "challenge_result": return `challenge ${e.epoch}: status ${e.status} score ${e.scoreAfter}`;
    case "status": return `status at ${e.height}: score ${e.score} bond ${e.bond}${e.flagged ? " FLAGGED" : ""} pending rewards ${e.pendingRewards}`;
    case "backoff": return `RPC failed (${e.error}); retrying in ${e.delayMs} ms`;
    case "error": return `error: ${e.error}`;
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await runCli(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`pogcs-light: ${e.message}\n`);
      return 2;
    }
    if (isLightClientError(e)) {
      process.stderr.write(`pogcs-light: refused (${e.code}): ${e.message.replace(/^\w+: /, "")}\n`);
      return 1;
    }
    process.stderr.write(`pogcs-light: ${(e as Error).message}\n`);
    return 1;
  }
}
