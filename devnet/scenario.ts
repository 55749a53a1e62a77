/**
 * `npm run scenario -- [--home DIR]`: walks the whole PoGCS flow on the devnet that
 * `npm run devnet` started in DIR (default ./.devnet) and prints every step. It moves the
 * devnet's clock forward (the nodes run with --test-clock) to let slot hours and deadlines pass.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, flag, checkFlags } from "../node/cli/args.js";
import type { DevnetInfo } from "./devnet.js";
import { runScenario } from "./scenario/run.js";

async function main(): Promise<void> {
  const p = parseArgs(process.argv.slice(2), []);
  checkFlags(p, ["home"]);
  const home = flag(p, "home", "./.devnet")!;
  let info: DevnetInfo;
  try {
    info = JSON.parse(readFileSync(join(home, "devnet.json"), "utf8")) as DevnetInfo;
  } catch {
    process.stderr.write(`error: no devnet at ${home} (${join(home, "devnet.json")} missing)\n  fix: start one with \`npm run devnet\` in another terminal, or pass --home DIR\n`);
    process.exit(2);
  }
  const t0 = Date.now();
  await runScenario({ rpcs: info.validators.map((v) => v.rpc), chainId: info.chainId, mnemonic: info.faucet.mnemonic });
  process.stdout.write(`\nscenario finished in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}

main().catch((e) => {
  process.stderr.write(`scenario failed: ${(e as Error).message}\n`);
  process.exit(1);
});
