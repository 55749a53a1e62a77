import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { QueryAllBalancesRequest, QueryAllBalancesResponse, QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { parseArgs, flag, flagAll, bool, checkFlags, UsageError, type Parsed } from "./args.js";
import { HELP, helpFor } from "./help.js";
import { initHome } from "../home/init-home.js";
import { addKey, listKeys, showKey, loadSigner, keyringWarning } from "../keyring/keyring.js";
import { isKeyringError } from "../keyring/errors.js";
import { PogcsNode, createNetwork } from "../node.js";
import { startRpcServer } from "../rpc/server.js";
import { startRestServer } from "../rest/server.js";
import { loadConfig } from "../config/config.js";
import { createLogger } from "../log/logger.js";
import { RpcClient } from "../client/rpc-client.js";
import { isNodeError, NodeError } from "../errors.js";
import { parseCoins } from "../../chain/codec/coins.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { isChainError } from "../../chain/errors/index.js";
import { checkHome, listenOrExplain, formatNodeError } from "./hints.js";
import { DEFAULT_NODE, home, out } from "./io.js";
import { exitCodeOf } from "./input-error.js";
import { cmdStatus } from "./cmd-status.js";
import { QUERY_SUBCOMMANDS } from "./cmd-query.js";
import { TX_SUBCOMMANDS, sendMsgs } from "./cmd-tx.js";
import { STAKING_TX_SUBCOMMANDS } from "./cmd-staking.js";


async function cmdInit(p: Parsed): Promise<void> {
  checkFlags(p, ["home", "chain-id", "moniker", "account", "power"]);
  const chainId = flag(p, "chain-id");
  if (!chainId) throw new UsageError("--chain-id is required");
  const accounts = flagAll(p, "account").map((a) => {
    const [address, coins] = a.split("=");
    if (!address || !coins) throw new UsageError(`--account expects ADDR=COINS, got ${a}`);
    parseAccAddress(address);
    return { address, coins: parseCoins(coins).map((c) => ({ denom: c.denom, amount: c.amount.toString() })) };
  });
  const h = home(p);
  const { validatorKey } = initHome({ home: h, chainId, moniker: flag(p, "moniker", "pogcs-node")!, accounts, power: BigInt(flag(p, "power", "10")!) });
  out(`initialized ${h} for chain ${chainId}; validator ${validatorKey.addressHex}`);
}

async function cmdStart(p: Parsed): Promise<void> {
  checkFlags(p, [
    "home", "rpc.laddr", "rest.laddr", "block-interval", "log-format", "check-invariants", "p2p.laddr", "p2p.persistent_peers",
    "test-equivocate", "test-clock", "timeout-propose", "timeout-vote", "timeout-commit", "timeout-delta", "psql-conn", "log-level",
  ]);
  const h = home(p);
  checkHome(h);
  const config = loadConfig(h);
  const laddr = flag(p, "rpc.laddr");
  if (laddr) config.rpc.laddr = laddr;
  const restLaddr = flag(p, "rest.laddr");
  if (restLaddr !== undefined) config.rest.laddr = restLaddr.replace(/^tcp:\/\//, "");
  const interval = flag(p, "block-interval");
  if (interval) config.consensus.blockIntervalMs = Number(interval);
  if (bool(p, "check-invariants")) config.checkInvariants = true;
  const p2pLaddr = flag(p, "p2p.laddr");
  if (p2pLaddr) config.p2p.laddr = p2pLaddr.replace(/^tcp:\/\//, "");
  const peers = flag(p, "p2p.persistent_peers");
  if (peers !== undefined) config.p2p.persistentPeers = peers.split(",").map((x) => x.trim()).filter((x) => x !== "");
  const ms = (name: string) => {
    const v = flag(p, name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} expects milliseconds, got ${v}`);
    return n;
  };
  const tp = ms("timeout-propose");
  if (tp !== undefined) config.consensus.timeoutProposeMs = tp;
  const tv = ms("timeout-vote");
  if (tv !== undefined) config.consensus.timeoutPrevoteMs = config.consensus.timeoutPrecommitMs = tv;
  const td = ms("timeout-delta");
  if (td !== undefined) config.consensus.timeoutProposeDeltaMs = config.consensus.timeoutPrevoteDeltaMs = config.consensus.timeoutPrecommitDeltaMs = td;
  const tc = ms("timeout-commit");
  if (tc !== undefined) config.consensus.timeoutCommitMs = tc;
  const psqlConn = flag(p, "psql-conn");
  if (psqlConn !== undefined) config.txIndex = { indexer: "psql", psqlConn };
  const equivocate = bool(p, "test-equivocate") || process.env.POGCS_TEST_EQUIVOCATE === "1";
  const level = flag(p, "log-level", "info")!;
  if (!["debug", "info", "warn", "error"].includes(level)) throw new UsageError(`--log-level must be debug, info, warn or error, got ${level}`);
  const log = createLogger({ level: level as "info", format: flag(p, "log-format") === "plain" ? "plain" : "json", base: { moniker: config.moniker } });
  const p2p = config.p2p.laddr ? createNetwork(h, config, log) : undefined;
  const testClock = bool(p, "test-clock");
  const node = await PogcsNode.open({ home: h, config, log, p2p, equivocate, testClock });
  const [host, port] = config.rpc.laddr.replace(/^tcp:\/\//, "").split(":");
  const rpc = await listenOrExplain({ what: "RPC", flag: "rpc.laddr", configKey: "rpc.laddr", addr: config.rpc.laddr }, () => startRpcServer(node, { host: host!, port: Number(port) }));
  let rest: Awaited<ReturnType<typeof startRestServer>> | undefined;
  if (config.rest.laddr) {
    const [rh, rp] = config.rest.laddr.split(":");
    rest = await listenOrExplain({ what: "REST API", flag: "rest.laddr", configKey: "rest.laddr", addr: config.rest.laddr }, () => startRestServer(node, { host: rh!, port: Number(rp) }));
  }
  await listenOrExplain({ what: "P2P", flag: "p2p.laddr", configKey: "p2p.laddr", addr: config.p2p.laddr }, () => node.startProducing());
  log.info("node started", { rpc: rpc.url, rest: rest?.url ?? "", p2p: p2p?.listenAddrs.join(",") ?? "", node_id: node.nodeKey.id, height: node.blocks.height.toString(), chain_id: node.genesis.chainId });
  let stopping = false;
  const stop = async (sig: string) => {
    if (stopping) return;
    stopping = true;
    log.info("stopping", { signal: sig });
    await rpc.close().catch(() => {});
    await rest?.close().catch(() => {});
    await node.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  const watchdog = setInterval(() => {
    if (!node.isHealthy) {
      clearInterval(watchdog);
      log.error("fatal: block production failed; exiting so a supervisor can restart the node");
      void rpc.close().finally(() => process.exit(1));
    }
  }, 200);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8").trim();
}

async function cmdKeys(p: Parsed): Promise<void> {
  const [, sub, name] = p.positional;
  const h = home(p);
  if (sub === "add") {
    checkFlags(p, ["home", "recover"]);
    if (!name) throw new UsageError("keys add needs a NAME");
    const mnemonic = bool(p, "recover") ? await readStdin() : undefined;
    const r = addKey(h, name, { mnemonic });
    out(JSON.stringify({ name: r.key.name, address: r.key.address, pubkey: r.key.pubkey }, null, 2));
    if (r.generated) out(`\n**Write this mnemonic down, it is the only way to recover the key:**\n\n${r.mnemonic}\n`);
    process.stderr.write(keyringWarning(h) + "\n");
  } else if (sub === "list") {
    checkFlags(p, ["home"]);
    out(JSON.stringify(listKeys(h).map((k) => ({ name: k.name, address: k.address, pubkey: k.pubkey })), null, 2));
  } else if (sub === "show") {
    checkFlags(p, ["home", "address"]);
    if (!name) throw new UsageError("keys show needs a NAME");
    const k = showKey(h, name);
    out(bool(p, "address") ? k.address : JSON.stringify({ name: k.name, address: k.address, pubkey: k.pubkey }, null, 2));
  } else {
    throw new UsageError(`unknown keys subcommand ${sub ?? "(none)"}; use add, list or show`);
  }
}

async function cmdQuery(p: Parsed): Promise<void> {
  const sub = QUERY_SUBCOMMANDS[p.positional[1] ?? ""];
  if (sub) return sub(p);
  checkFlags(p, ["node", "denom"]);
  const [, mod, what, address] = p.positional;
  if (mod !== "bank" || what !== "balances") throw new UsageError("supported: query bank balances ADDRESS, query grpc PATH [JSON], query paths, query msg-types, query staking validators");
  if (!address) throw new UsageError("query bank balances needs an ADDRESS");
  parseAccAddress(address);
  const rpc = new RpcClient(flag(p, "node", DEFAULT_NODE)!);
  const denom = flag(p, "denom");
  if (denom) {
    const r = QueryBalanceResponse.decode(await rpc.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom }).finish()));
    out(JSON.stringify({ balance: r.balance }, null, 2));
  } else {
    const r = QueryAllBalancesResponse.decode(
      await rpc.query("/cosmos.bank.v1beta1.Query/AllBalances", QueryAllBalancesRequest.encode({ address, resolveDenom: false }).finish()),
    );
    out(JSON.stringify({ balances: r.balances }, null, 2));
  }
}

const TX_SUBS: Record<string, (p: Parsed) => Promise<void>> = { ...TX_SUBCOMMANDS, ...STAKING_TX_SUBCOMMANDS };

async function cmdTx(p: Parsed): Promise<void> {
  const sub = TX_SUBS[p.positional[1] ?? ""];
  if (sub) return sub(p);
  checkFlags(p, ["node", "home", "fees", "gas", "memo"]);
  const [, mod, what, from, to, amount] = p.positional;
  if (mod !== "bank" || what !== "send") throw new UsageError("supported: tx bank send, tx msg, tx staking create-validator|delegate|unbond, tx slashing unjail, tx gov vote");
  if (!from || !to || !amount) throw new UsageError("tx bank send needs FROM_KEY TO_ADDRESS AMOUNT");
  parseAccAddress(to);
  const coins = parseCoins(amount);
  if (coins.length === 0) throw new UsageError("AMOUNT is empty");
  const signer = loadSigner(home(p), from);
  const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: signer.address, toAddress: to, amount: coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() })) }).finish() };
  await sendMsgs(p, signer, [msg]);
}

const COMMANDS: Record<string, (p: Parsed) => Promise<void>> = { init: cmdInit, start: cmdStart, status: cmdStatus, keys: cmdKeys, query: cmdQuery, tx: cmdTx };

export async function main(argv: string[]): Promise<number> {
  let p: Parsed;
  try {
    p = parseArgs(argv, ["recover", "address", "check-invariants", "test-equivocate", "test-clock"]);
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 2;
  }
  const cmd = p.positional[0];
  if (!cmd || cmd === "help" || (!COMMANDS[cmd] && bool(p, "help"))) {
    out(HELP.root!);
    return cmd ? 0 : bool(p, "help") ? 0 : 2;
  }
  const fn = COMMANDS[cmd];
  if (!fn) {
    process.stderr.write(`error: unknown command "${cmd}"\n\n${HELP.root}\n`);
    return 2;
  }
  if (bool(p, "help")) {
    out(helpFor(p.positional));
    return 0;
  }
  try {
    await fn(p);
    return (process.exitCode as number | undefined) ?? 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n\n${helpFor(p.positional)}\n`);
      return 2;
    }
    if (isNodeError(e) || isKeyringError(e)) {
      process.stderr.write(formatNodeError(e as NodeError));
      return exitCodeOf(e);
    }
    if (isChainError(e)) process.stderr.write(`error [${e.codespace}/${e.code}]: ${e.message}\n`);
    else process.stderr.write(`error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

const isMain = process.argv[1] && /node[/\\]cli[/\\]main\.ts$/.test(process.argv[1]);
if (isMain) {
  main(process.argv.slice(2)).then((code) => {
    if (process.argv[2] !== "start" || code !== 0) process.exit(code);
  });
}

