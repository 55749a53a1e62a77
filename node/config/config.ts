import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { NodeError } from "../errors.js";

/** Node settings in `<home>/config/config.json`; every field has a default. */
export interface NodeConfig {
  moniker: string;
  rpc: {
    /** host:port; tests and devnets bind 127.0.0.1. */
    laddr: string;
    corsAllowedOrigins: string[];
    maxBodyBytes: number;
    /** Requests per second per client IP (0 = unlimited). */
    rateLimitPerSecond: number;
    maxSubscriptionsPerClient: number;
  };
  /** The Cosmos REST API (grpc-gateway paths); empty laddr disables it. */
  rest: { laddr: string };
  consensus: {
    /** Target time between block starts: the commit timeout (start to start) unless timeoutCommitMs is set. */
    blockIntervalMs: number;
    /** Kept for config compatibility; consensus always produces blocks (empty ones too). */
    createEmptyBlocks: boolean;
    timeoutProposeMs: number;
    timeoutProposeDeltaMs: number;
    timeoutPrevoteMs: number;
    timeoutPrevoteDeltaMs: number;
    timeoutPrecommitMs: number;
    timeoutPrecommitDeltaMs: number;
    /** 0 = blockIntervalMs. */
    timeoutCommitMs: number;
    /** A proposed block dated further ahead of the local clock gets a nil prevote. */
    maxClockDriftMs: number;
  };
  p2p: {
    /** host:port to listen on; "" = no p2p (a single-validator node). */
    laddr: string;
    /** "id@host:port" entries. */
    persistentPeers: string[];
    maxPeers: number;
    pex: boolean;
  };
  mempool: { size: number; maxTxsBytes: number; maxTxBytes: number; cacheSize: number };
  /** e.g. "0.0025ugcs"; enforced at CheckTx only. */
  minimumGasPrices: string;
  /** Versions of state kept for historical queries and proofs. */
  pruningKeepRecent: number;
  /** Check every module invariant after each block (devnets, tests). */
  checkInvariants: boolean;
  /** Threads verifying tx signatures before CheckTx (0 = one per core). */
  verifyWorkers: number;
  /**
   * Event indexing (CometBFT's `[tx_index]`). The LevelDB indexes behind tx_search/block_search
   * are always kept; `indexer: "psql"` also copies every committed block's header, tx results
   * and events into PostgreSQL at `psqlConn` (node/indexer/psql).
   */
  txIndex: { indexer: "kv" | "psql"; psqlConn: string };
}

export function defaultConfig(moniker = "pogcs-node"): NodeConfig {
  return {
    moniker,
    rpc: { laddr: "127.0.0.1:26657", corsAllowedOrigins: ["*"], maxBodyBytes: 1_000_000, rateLimitPerSecond: 0, maxSubscriptionsPerClient: 10 },
    rest: { laddr: "127.0.0.1:1317" },
    consensus: {
      blockIntervalMs: 1000,
      createEmptyBlocks: true,
      timeoutProposeMs: 3000,
      timeoutProposeDeltaMs: 500,
      timeoutPrevoteMs: 1000,
      timeoutPrevoteDeltaMs: 500,
      timeoutPrecommitMs: 1000,
      timeoutPrecommitDeltaMs: 500,
      timeoutCommitMs: 0,
      maxClockDriftMs: 10_000,
    },
    p2p: { laddr: "", persistentPeers: [], maxPeers: 50, pex: false },
    mempool: { size: 20_000, maxTxsBytes: 64 * 1024 * 1024, maxTxBytes: 1024 * 1024, cacheSize: 100_000 },
    minimumGasPrices: "0ugcs",
    pruningKeepRecent: 100,
    checkInvariants: false,
    verifyWorkers: 0,
    txIndex: { indexer: "kv", psqlConn: "" },
  };
}

export const CONFIG_FILE = "config.json";

export function configPath(home: string): string {
  return join(home, "config", CONFIG_FILE);
}

/** Loads config.json over the defaults; unknown keys are refused so typos do not pass silently. */
export function loadConfig(home: string): NodeConfig {
  const path = configPath(home);
  const base = defaultConfig();
  if (!existsSync(path)) return base;
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new NodeError("CONFIG_INVALID", `${path} is not valid JSON: ${(e as Error).message}`, `fix the JSON syntax in ${path}, or delete the file to use the defaults`);
  }
  return mergeConfig(base, cometTxIndexAlias(j), path);
}

/** CometBFT operators write `tx_index: {indexer, psql_conn}`; it means our `txIndex`. */
function cometTxIndexAlias(j: Record<string, unknown>): Record<string, unknown> {
  if (!("tx_index" in j)) return j;
  const { tx_index, ...rest } = j;
  const t = (tx_index ?? {}) as Record<string, unknown>;
  const { psql_conn, ...others } = t;
  return { ...rest, txIndex: { ...others, ...(psql_conn !== undefined ? { psqlConn: psql_conn } : {}) } };
}

export function mergeConfig(base: NodeConfig, j: Record<string, unknown>, where = "config"): NodeConfig {
  const out = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(j)) {
    if (!(k in out)) throw new NodeError("CONFIG_INVALID", `${where}: unknown setting "${k}"`, `remove "${k}" or correct its spelling; known settings: ${Object.keys(out).join(", ")}`);
    const cur = out[k];
    if (cur && typeof cur === "object" && !Array.isArray(cur)) {
      if (!v || typeof v !== "object") throw new NodeError("CONFIG_INVALID", `${where}: "${k}" must be an object`, `write "${k}": { ... } with keys ${Object.keys(cur as object).join(", ")}`);
      for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) {
        if (!(k2 in (cur as Record<string, unknown>))) {
          throw new NodeError("CONFIG_INVALID", `${where}: unknown setting "${k}.${k2}"`, `remove "${k2}" from "${k}" or correct it; known: ${Object.keys(cur as object).join(", ")}`);
        }
        (cur as Record<string, unknown>)[k2] = v2;
      }
    } else {
      out[k] = v;
    }
  }
  return out as unknown as NodeConfig;
}

/** Parses "0.0025ugcs,1uatom" into exact fractions for the ante chain. */
export function parseGasPrices(s: string): Array<{ denom: string; numerator: bigint; denominator: bigint }> {
  if (s.trim() === "") return [];
  return s.split(",").map((part) => {
    const m = /^\s*([0-9]+)(?:\.([0-9]{1,18}))?([a-zA-Z][a-zA-Z0-9/:._-]{2,127})\s*$/.exec(part);
    if (!m) throw new NodeError("CONFIG_INVALID", `cannot parse gas price "${part}" (expected e.g. 0.0025ugcs)`);
    const frac = m[2] ?? "";
    return { denom: m[3]!, numerator: BigInt(m[1]! + frac), denominator: 10n ** BigInt(frac.length) };
  });
}
