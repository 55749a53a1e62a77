import { parseArgs, flag, bool, checkFlags, UsageError } from "../node/cli/args.js";
import { startDevnet } from "./devnet.js";

const HELP = `npm run devnet -- [--home DIR] [--validators N] [--reset] [--block-interval MS] [--chain-id ID]
                       [--timeout-propose MS] [--timeout-vote MS] [--timeout-commit MS] [--timeout-delta MS]
                       [--epoch-length N] [--check-invariants]
                       [--devices M [--liars K] [--lazy K] [--offline K]]

Starts a local PoGCS network on embedded storage (LevelDB) and writes DIR/devnet.json:
{ chainId, denom, validators: [{ moniker, rpc, home }], faucet: { mnemonic, address } }.
The faucet account is funded in genesis. An existing DIR is restarted where it stopped;
--reset starts afresh. Ctrl-C stops every process it started.

  --home DIR          default ./.devnet
  --validators N      default 4 (equal power; P2P on its own port each, all peers persistent)
  --block-interval MS default 1000
  --epoch-length N    blocks per PoGCS epoch (staking and devices), default 20 (new homes only)
  --check-invariants  every node checks all module invariants after each block and stops on a broken one
  --devices M         also run M simulated device agents in one extra process (log DIR/agents.log):
                      each registers a GPU device certified by the devnet maker (key derived from the
                      devnet mnemonic: DEVNET ONLY), bonds it, reports once per epoch and answers its
                      challenges. Honest devices mostly back validator 0 (its power grows); others
                      are spread over the remaining validators.
  --liars K           K of them sign two reports for one epoch (a watcher submits the evidence; slashed)
  --lazy K            K of them compute only half of each challenge (fail challenges, lose score)
  --offline K         K of them report once, then go silent (no reports, challenges fail late)`;

async function run(): Promise<void> {
  const p = parseArgs(process.argv.slice(2), ["reset", "check-invariants"]);
  if (bool(p, "help")) {
    process.stdout.write(HELP + "\n");
    return;
  }
  checkFlags(p, ["home", "validators", "reset", "block-interval", "chain-id", "timeout-propose", "timeout-vote", "timeout-commit", "timeout-delta", "epoch-length", "check-invariants", "devices", "liars", "lazy", "offline"]);
  const num = (k: string) => (flag(p, k) === undefined ? undefined : Number(flag(p, k)));
  const home = flag(p, "home", "./.devnet")!;
  const net = await startDevnet({
    home,
    validators: Number(flag(p, "validators", "4")),
    timeouts: { propose: num("timeout-propose"), vote: num("timeout-vote"), commit: num("timeout-commit"), delta: num("timeout-delta") },
    reset: bool(p, "reset"),
    chainId: flag(p, "chain-id"),
    blockIntervalMs: flag(p, "block-interval") ? Number(flag(p, "block-interval")) : undefined,
    epochLength: num("epoch-length"),
    // Devnet nodes run with --test-clock so `npm run scenario` can let slot hours and deadlines pass.
    nodeArgs: () => ["--test-clock", ...(bool(p, "check-invariants") ? ["--check-invariants"] : [])],
    devices: num("devices") ? { count: num("devices")!, liars: num("liars"), lazy: num("lazy"), offline: num("offline") } : undefined,
  });
  process.stdout.write(`\nPoGCS devnet "${net.info.chainId}" is running.\nRPC: ${net.info.validators[0]!.rpc}\nREST: ${net.info.validators[0]!.rest ?? "-"}\nFaucet: ${net.info.faucet.address}\nValidators: ${net.info.validators.length} (${net.info.validators.map((v) => v.rpc).join(" ")})\nDetails: ${home}/devnet.json\nCtrl-C to stop.\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write("\nstopping devnet...\n");
    await net.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  net.agents?.on("exit", (code) => {
    if (!stopping) process.stderr.write(`device agents exited (code ${code}); see ${home}/agents.log\n`);
  });
  for (const [i, child] of net.processes.entries()) {
    child.on("exit", (code, sig) => {
      if (!stopping) process.stderr.write(`validator-${i} exited (code ${code}, signal ${sig}); see ${net.info.validators[i]!.home}/node.log\n`);
    });
  }
}

run().catch((e) => {
  process.stderr.write(`error: ${e instanceof UsageError ? e.message : (e as Error).message}\n`);
  process.exit(1);
});
