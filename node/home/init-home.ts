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
  /** Operator account bonding this validator in staking genesis (with selfDelegation). */
  operator?: string;
  selfDelegation?: bigint;
  appState?: Record<string, unknown>;
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

/** Tokens per unit of consensus power (the SDK's power reduction). */
export const POWER_REDUCTION = 1_000_000n;

/**
 * Module parameters for devnets and tests: short epochs, windows and unbonding so PoGCS power,
 * challenges, downtime and unbonding happen within minutes, not weeks.
 */
export function devnetModuleGenesis(
  epochLength: bigint,
  downtimeWindow = 20n,
  opts: { makers?: Array<{ id: string; name: string; pubkey: string; classes: string[] }> } = {},
): Record<string, unknown> {
  return {
    staking: {
      params: { unbonding_time: "60s", max_validators: 100, max_entries: 7, historical_entries: 0, bond_denom: DEFAULT_DENOM, min_commission_rate: "0.000000000000000000", epoch_length: epochLength.toString() },
      slashing: {
        params: {
          signed_blocks_window: downtimeWindow.toString(), min_signed_per_window: "0.500000000000000000", downtime_jail_duration: "30s",
          slash_fraction_double_sign: "0.050000000000000000", slash_fraction_downtime: "0.010000000000000000",
          max_evidence_age_blocks: "100000", max_evidence_age: "172800s",
        },
        signing_infos: [],
        missed_blocks: [],
      },
    },
    pogcs: {
      // VGC target small enough that a few simulated devices (devnet agents, ~0.5 GPU-hour of
      // verified green compute each per epoch) move their validator's g within an epoch or two.
      params: { vgc_target: "2000" },
      // 10 GCS per block, -10% every million blocks, capped at 10 billion GCS in total.
      emission: { denom: DEFAULT_DENOM, initial_per_block: "10000000", decay_every_blocks: "1000000", decay_num: "9", decay_den: "10", max_supply: "10000000000000000" },
    },
    devices: {
      params: { epoch_length: epochLength.toString(), report_grace_blocks: (epochLength / 2n).toString(), commit_window_blocks: (epochLength / 3n).toString(), reveal_window_blocks: (epochLength / 3n).toString(), unbonding_blocks: (epochLength * 2n).toString(), challenge_n: 64, challenge_permille: 300 },
      // Devnet makers (devnet/agents: a key derived from the devnet mnemonic, devnet-only).
      makers: opts.makers ?? [],
    },
    // Devnet grid regions on H3 base cells: devnet/agents place devices in base cell 20
    // (deviceCell), the devices test helpers also use base cell 21. Factors in gCO2e/kWh.
    carbon: {
      regions: [
        { id: "DEVNET-A", g_co2e_per_kwh: "400", cells: ["8029fffffffffff"] },
        { id: "DEVNET-B", g_co2e_per_kwh: "100", cells: ["802bfffffffffff"] },
      ],
    },
    // Devnets decide quickly: 20 s to gather the 10 GCS deposit, 20 s of voting; expedited
    // proposals (as the SDK defaults relate): half the voting period, 5 × the deposit, 0.667.
    gov: {
      params: {
        min_deposit: [{ denom: DEFAULT_DENOM, amount: "10000000" }], max_deposit_period: "20s", voting_period: "20s",
        expedited_voting_period: "10s", expedited_min_deposit: [{ denom: DEFAULT_DENOM, amount: "50000000" }], expedited_threshold: "0.667000000000000000",
      },
    },
  };
}

/** A validator of a generated genesis; with `operator`, staking bonds `selfDelegation` for it. */
export interface GenesisValidatorSpec {
  key: ValidatorKey;
  power: bigint;
  name: string;
  operator?: string;
  selfDelegation?: bigint;
}

/** Builds a genesis document for the given validators and funded accounts. */
export function makeGenesis(opts: {
  chainId: string;
  genesisTime?: string;
  validators: GenesisValidatorSpec[];
  accounts: GenesisAccount[];
  /** Extra app_state sections merged over the defaults (e.g. devnetModuleGenesis). */
  appState?: Record<string, unknown>;
}): GenesisDoc {
  const bonded = opts.validators.filter((v) => v.operator && v.selfDelegation);
  const allAccounts = [...opts.accounts];
  for (const v of bonded) {
    // The operator's genesis balance pays the self-delegation, plus some gas money.
    if (!allAccounts.some((a) => a.address === v.operator)) {
      allAccounts.push({ address: v.operator!, coins: [{ denom: DEFAULT_DENOM, amount: (v.selfDelegation! + 10_000_000n).toString() }] });
    }
  }
  opts = { ...opts, accounts: allAccounts };
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
      // A bonded validator's consensus power is what staking will compute: tokens / 10^6.
      power: (v.operator && v.selfDelegation ? v.selfDelegation / POWER_REDUCTION : v.power).toString(),
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
      ...mergeStaking(opts.appState ?? {}, bonded),
    },
  };
}

function mergeStaking(appState: Record<string, unknown>, bonded: GenesisValidatorSpec[]): Record<string, unknown> {
  if (bonded.length === 0) return appState;
  const staking = { ...((appState.staking as Record<string, unknown>) ?? {}) };
  staking.genesis_validators = bonded.map((v) => ({
    operator: v.operator,
    consensus_pubkey: Buffer.from(v.key.pubKey).toString("base64"),
    self_delegation: v.selfDelegation!.toString(),
    moniker: v.name,
  }));
  return { ...appState, staking };
}

/**
 * `pogcsd init`: creates <home>/config/{config.json, genesis.json, priv_validator_key.json,
 * node_key.json} and <home>/data. Refuses to overwrite an existing genesis.
 */
export function initHome(o: InitHomeOptions): { validatorKey: ValidatorKey; genesis: GenesisDoc } {
  const cfgDir = join(o.home, "config");
  if (existsSync(join(cfgDir, "genesis.json"))) {
    throw new NodeError("HOME_EXISTS", `${join(cfgDir, "genesis.json")} already exists`, `use another --home, or remove ${o.home} if you really want a new chain there`);
  }
  mkdirSync(cfgDir, { recursive: true, mode: 0o700 });
  mkdirSync(join(o.home, "data"), { recursive: true, mode: 0o700 });
  const validatorKey = createValidatorKeyFile(join(cfgDir, PRIV_VALIDATOR_KEY_FILE));
  createNodeKeyFile(join(cfgDir, NODE_KEY_FILE));
  const genesis = makeGenesis({
    chainId: o.chainId,
    genesisTime: o.genesisTime,
    validators: [{ key: validatorKey, power: o.power ?? 10n, name: o.moniker, operator: o.operator, selfDelegation: o.selfDelegation }],
    accounts: o.accounts,
    appState: o.appState,
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
  /** Operator accounts, one per home, bonding `selfDelegation` each in staking genesis. */
  operators?: string[];
  selfDelegation?: bigint;
  appState?: Record<string, unknown>;
}): { validatorKeys: ValidatorKey[]; nodeIds: string[]; genesis: GenesisDoc } {
  const genesisTime = o.genesisTime ?? formatRfc3339(nowTimestamp());
  const keys = o.homes.map((home, i) => initHome({ home, chainId: o.chainId, moniker: `validator-${i}`, accounts: o.accounts, power: o.power, config: o.config, genesisTime }).validatorKey);
  const genesis = makeGenesis({
    chainId: o.chainId,
    genesisTime,
    validators: keys.map((key, i) => ({ key, power: o.power ?? 10n, name: `validator-${i}`, operator: o.operators?.[i], selfDelegation: o.selfDelegation })),
    accounts: o.accounts,
    appState: o.appState,
  });
  for (const home of o.homes) writeFileSync(join(home, "config", "genesis.json"), JSON.stringify(genesis, null, 2) + "\n");
  const nodeIds = o.homes.map((home) => loadNodeKey(join(home, "config", NODE_KEY_FILE)).id);
  return { validatorKeys: keys, nodeIds, genesis };
}
