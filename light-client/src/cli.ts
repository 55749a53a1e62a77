import { readFile, writeFile, mkdir } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import {
  FileStore,
  LightClient,
  RpcProvider,
  createNobleVerifier,
  createNodeVerifier,
  createRpcEvidenceSender,
  fromHex,
  hashHeader,
  isLightClientError,
  toHex,
  verifyBalance,
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
  pogcs-light agent run
      Device agent (not available until the devices module exists).

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
    case "agent":
      out("pogcs-light agent run: not available until the devices module exists");
      return 2;
    default:
      throw new UsageError(`unknown command ${a.cmd[0]}; see pogcs-light --help`);
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
