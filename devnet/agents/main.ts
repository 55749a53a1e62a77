/**
 * The device-agent process that `npm run devnet -- --devices M` starts next to the validators
 * (it can also be run alone against a running devnet):
 *
 *   tsx devnet/agents/main.ts --home DIR --devices M [--liars K] [--lazy K] [--offline K]
 *
 * Reads DIR/devnet.json (chain id, RPC addresses, faucet mnemonic) and runs the agents of
 * agent.ts until SIGINT/SIGTERM. Logs one line per notable event to stdout.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, flag, checkFlags, UsageError } from "../../node/cli/args.js";
import type { DevnetInfo } from "../devnet.js";
import { Swarm, defaultSpecs } from "./agent.js";

async function run(): Promise<void> {
  const p = parseArgs(process.argv.slice(2), []);
  checkFlags(p, ["home", "devices", "liars", "lazy", "offline"]);
  const home = flag(p, "home", "./.devnet")!;
  const info = JSON.parse(readFileSync(join(home, "devnet.json"), "utf8")) as DevnetInfo;
  const n = (k: string) => Number(flag(p, k, "0"));
  const m = n("devices");
  if (!Number.isInteger(m) || m < 1 || m > 10_000) throw new UsageError(`--devices must be 1..10000, got ${flag(p, "devices")}`);
  const specs = defaultSpecs(m, info.validators.length, { liars: n("liars"), lazy: n("lazy"), offline: n("offline") });
  const log = (s: string) => process.stdout.write(`${new Date().toISOString()} ${s}\n`);
  const swarm = await Swarm.create({ rpcs: info.validators.map((v) => v.rpc), chainId: info.chainId, mnemonic: info.faucet.mnemonic, specs, log });
  for (const a of swarm.agents) log(`${a.name}: owner ${a.owner}, validator ${a.spec.validator} (${a.valoper})`);
  await swarm.start();
  log(`${m} device agents running (epoch length ${swarm.epochLength})`);
  const stop = () => {
    swarm.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

run().catch((e) => {
  process.stderr.write(`device agents: ${e instanceof UsageError ? e.message : (e as Error).stack}\n`);
  process.exit(1);
});
