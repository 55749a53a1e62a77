import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createValidatorKeyFile, createNodeKeyFile, loadNodeKey, PRIV_VALIDATOR_KEY_FILE, NODE_KEY_FILE, type ValidatorKey } from "../keyring/validator-key.js";
import { defaultConfig, configPath, type NodeConfig } from "../config/config.js";
import { defaultConsensusParams, type GenesisDoc } from "../genesis/genesis-file.js";
import { formatRfc3339, nowTimestamp } from "../rpc/time.js";
import { NodeError } from "../errors.js";
import { parseAccAddress } from "../../chain/codec/address.js";

export const DEFAULT_DENOM = "ugcs";

export interface GenesisAccount {
  address: string;
  coins: Array<{ denom: string; amount: string }>;
}

export interface InitHomeOptions {
  home: string;
  chainId: string;
  moniker: string;
  accounts: GenesisAccount[];
  /** Voting power of this node's validator in genesis. */
  power?: bigint;
  config?: Partial<NodeConfig>;
  /** Genesis time; default now. */
  genesisTime?: string;
}

export function ugcsMetadata(): Record<string, unknown> {
  return {
    description: "The staking and fee token of PoGCS chain",
    denom_units: [
      { denom: DEFAULT_DENOM, exponent: 0, aliases: ["microgcs"] },
      { denom: "GCS", exponent: 6, aliases: [] },
    ],
    base: DEFAULT_DENOM,
    display: "GCS",
    name: "Green Computing Stake",
    symbol: "GCS",
    uri: "",
    uri_hash: "",
  };
}

/** Builds a genesis document for the given validators and funded accounts. */
export function makeGenesis(opts: {
  chainId: string;
  genesisTime?: string;
  validators: Array<{ key: ValidatorKey; power: bigint; name: string }>;
  accounts: GenesisAccount[];
}): GenesisDoc {
  const seen = new Set<string>();
  for (const a of opts.accounts) {
    parseAccAddress(a.address);
    if (seen.has(a.address)) throw new NodeError("GENESIS_INVALID", `account ${a.address} listed twice`);
    seen.add(a.address);
  }
  const accounts = [...opts.accounts].sort((a, b) => (a.address < b.address ? -1 : 1));
  return {
    genesis_time: opts.genesisTime ?? formatRfc3339(nowTimestamp()),
    chain_id: opts.chainId,
    initial_height: "1",
    consensus_params: defaultConsensusParams(),
    validators: opts.validators.map((v) => ({
      address: v.key.addressHex,
      pub_key: { type: "tendermint/PubKeyEd25519", value: Buffer.from(v.key.pubKey).toString("base64") },
      power: v.power.toString(),
      name: v.name,
    })),
    app_hash: "",
    app_state: {
      auth: {
        params: { max_memo_characters: "256", tx_sig_limit: "7", tx_size_cost_per_byte: "10", sig_verify_cost_ed25519: "590", sig_verify_cost_secp256k1: "1000" },
        accounts: accounts.map((a, i) => ({
          "@type": "/cosmos.auth.v1beta1.BaseAccount",
          address: a.address,
          pub_key: null,
          account_number: String(i),
          sequence: "0",
        })),
      },
      bank: {
        params: { send_enabled: [], default_send_enabled: true },
        balances: accounts.map((a) => ({ address: a.address, coins: [...a.coins].sort((x, y) => (x.denom < y.denom ? -1 : 1)) })),
        supply: [],
        denom_metadata: [ugcsMetadata()],
        send_enabled: [],
      },
    },
  };
}

/**
 * `pogcsd init`: creates <home>/config/{config.json, genesis.json, priv_validator_key.json,
 * node_key.json} and <home>/data. Refuses to overwrite an existing genesis.
 */
export function initHome(o: InitHomeOptions): { validatorKey: ValidatorKey; genesis: GenesisDoc } {
  const cfgDir = join(o.home, "config");
  if (existsSync(join(cfgDir, "genesis.json"))) {
    throw new NodeError("HOME_EXISTS", `${join(cfgDir, "genesis.json")} already exists; use another --home or remove it`);
  }
  mkdirSync(cfgDir, { recursive: true, mode: 0o700 });
  mkdirSync(join(o.home, "data"), { recursive: true, mode: 0o700 });
  const validatorKey = createValidatorKeyFile(join(cfgDir, PRIV_VALIDATOR_KEY_FILE));
  createNodeKeyFile(join(cfgDir, NODE_KEY_FILE));
  const genesis = makeGenesis({
    chainId: o.chainId,
    genesisTime: o.genesisTime,
    validators: [{ key: validatorKey, power: o.power ?? 10n, name: o.moniker }],
    accounts: o.accounts,
  });
  writeFileSync(join(cfgDir, "genesis.json"), JSON.stringify(genesis, null, 2) + "\n");
  const cfg = { ...defaultConfig(o.moniker), ...o.config, moniker: o.moniker };
  writeFileSync(configPath(o.home), JSON.stringify(cfg, null, 2) + "\n");
  return { validatorKey, genesis };
}

/**
 * Homes for an N-validator network: each gets its own keys and config, and all share one genesis
 * listing every validator with equal power (devnets, tests).
 */
export function initNetworkHomes(o: {
  homes: string[];
  chainId: string;
  accounts: GenesisAccount[];
  power?: bigint;
  config?: Partial<NodeConfig>;
  genesisTime?: string;
}): { validatorKeys: ValidatorKey[]; nodeIds: string[]; genesis: GenesisDoc } {
  const genesisTime = o.genesisTime ?? formatRfc3339(nowTimestamp());
  const keys = o.homes.map((home, i) => initHome({ home, chainId: o.chainId, moniker: `validator-${i}`, accounts: o.accounts, power: o.power, config: o.config, genesisTime }).validatorKey);
  const genesis = makeGenesis({
    chainId: o.chainId,
    genesisTime,
    validators: keys.map((key, i) => ({ key, power: o.power ?? 10n, name: `validator-${i}` })),
    accounts: o.accounts,
  });
  for (const home of o.homes) writeFileSync(join(home, "config", "genesis.json"), JSON.stringify(genesis, null, 2) + "\n");
  const nodeIds = o.homes.map((home) => loadNodeKey(join(home, "config", NODE_KEY_FILE)).id);
  return { validatorKeys: keys, nodeIds, genesis };
}
