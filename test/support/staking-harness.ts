import type { Any } from "cosmjs-types/google/protobuf/any";
import { MsgBeginRedelegate, MsgCreateValidator, MsgDelegate, MsgEditValidator, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { encodeConsPubKey } from "../../modules/staking/types.js";
import { App } from "../../chain/app/app.js";
import type { ModuleDefinition } from "../../chain/app/module.js";
import type { BlockExtras, BlockInfo, QueryContext, ValidatorUpdate } from "../../chain/app/context.js";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import { createAuthModule } from "../../modules/auth/module.js";
import { createBankModule, FEE_COLLECTOR } from "../../modules/bank/module.js";
import { createStakingModule, STAKING_MODULE_PERMISSIONS, type StakingModule } from "../../modules/staking/module.js";
import type { PowerFunction } from "../../modules/staking/expected-keepers.js";
import type { StakingGenesisJson } from "../../modules/staking/genesis.js";
import type { AccountKeeper } from "../../modules/auth/keeper.js";
import type { BankKeeper } from "../../modules/bank/keeper.js";
import { createNodeSecp256k1Verifier } from "../../node/crypto/secp256k1.js";
import { signerFromMnemonic, type Secp256k1Signer } from "../../node/keyring/hd.js";
import { buildSignedTx } from "../../node/client/build-tx.js";
import { validatorKeyFromSeed, type ValidatorKey } from "../../node/keyring/validator-key.js";
import { parseAccAddress, valAddress } from "../../chain/codec/address.js";
import { createQueryContext } from "../../chain/app/query-context.js";
import type { TxResult } from "../../chain/app/tx-result.js";

export const STAKING_TEST_MNEMONIC =
  "economy stock theory fatal elder harbor betray wasp final emotion task crumble siren bottom lizard educate guess current outdoor pair theory focus wife stone";
export const CHAIN_ID = "pogcs-staking-1";
export const GENESIS_SECONDS = BigInt(Date.parse("2026-01-01T00:00:00Z") / 1000);
export const BLOCK_SECONDS = 5n;
export const DENOM = "ugcs";

export interface StakingHarnessOptions {
  accounts?: number;
  funds?: bigint;
  /** Signers 0..n-1 become genesis validators with these self-delegations. */
  genesisValidators?: bigint[];
  params?: Record<string, unknown>;
  slashingParams?: Record<string, unknown>;
  powerOf?: PowerFunction;
  /** Raw staking genesis fields merged over the generated ones. */
  genesis?: Partial<StakingGenesisJson>;
  checkInvariants?: boolean;
  /** Modules after staking (e.g. a test module using staking's capabilities). */
  extraModules?: (staking: StakingModule) => ModuleDefinition[];
  /** A whole app_state (e.g. another chain's export) instead of the generated one. */
  appState?: Record<string, unknown>;
}

export interface StakingHarness {
  app: App;
  staking: StakingModule;
  auth: AccountKeeper;
  bank: BankKeeper;
  signers: Secp256k1Signer[];
  addrs: string[];
  /** Operator (gcsvaloper) address of signer i. */
  valoper(i: number): string;
  /** ed25519 consensus key number i (deterministic). */
  consKey(i: number): ValidatorKey;
  genesisValidatorUpdates: ValidatorUpdate[];
  height: bigint;
  timeSeconds: bigint;
  /** Signs a tx of `msgs` from signer i, tracking its sequence. */
  tx(i: number, msgs: Any[]): Uint8Array;
  /** Executes and commits a block; time advances BLOCK_SECONDS unless `advance` is given. */
  block(txs?: Uint8Array[], o?: { extras?: Partial<BlockExtras>; advance?: bigint }): ReturnType<App["finalizeBlock"]>;
  /** One tx in its own block; returns its result. */
  run(i: number, msgs: Any[], o?: { extras?: Partial<BlockExtras>; advance?: bigint }): TxResult;
  query<Req, Res>(path: string, req: { encode(m: Req): { finish(): Uint8Array } }, value: Req, res: { decode(b: Uint8Array): Res }): Res;
  balance(address: string): bigint;
  /** Read-only view of the latest committed state, for keeper reads in tests. */
  view(): QueryContext;
}

export function createStakingHarness(opts: StakingHarnessOptions = {}): StakingHarness {
  const n = opts.accounts ?? 6;
  const funds = opts.funds ?? 1_000_000_000_000n;
  const signers = Array.from({ length: n }, (_, i) => signerFromMnemonic(STAKING_TEST_MNEMONIC, i, { prefix: "gcs" }));
  const addrs = signers.map((s) => s.address);
  const keys = new Map<number, ValidatorKey>();
  const consKey = (i: number) => {
    let k = keys.get(i);
    if (!k) {
      k = validatorKeyFromSeed(new Uint8Array(32).fill(i + 1));
      keys.set(i, k);
    }
    return k;
  };
  const permissions = new Map<string, readonly string[]>([[FEE_COLLECTOR, []], ...STAKING_MODULE_PERMISSIONS]);
  const auth = createAuthModule({ modulePermissions: permissions });
  const bank = createBankModule({ accounts: auth.keeper });
  const staking = createStakingModule({ bank: bank.keeper, powerOf: opts.powerOf });
  const cms = createCommitMultiStore({ storeNames: ["auth", "bank", "staking"], keepRecent: 0 });
  const extra = opts.extraModules?.(staking) ?? [];
  const app = new App({
    chainId: CHAIN_ID,
    cms,
    modules: [auth.module, bank.module, staking.module, ...extra],
    checkInvariantsEveryBlock: opts.checkInvariants ?? true,
    ante: {
      accounts: auth.anteAccounts,
      fees: bank.anteFees,
      verifier: createNodeSecp256k1Verifier(),
      minGasPrices: [],
      params: (ctx) => auth.keeper.params(ctx),
    },
  });
  const sorted = [...addrs].sort();
  const stakingGenesis: StakingGenesisJson = {
    params: { unbonding_time: "1000s", epoch_length: "1", ...opts.params },
    slashing: { params: opts.slashingParams },
    genesis_validators: (opts.genesisValidators ?? []).map((amount, i) => ({
      operator: addrs[i]!,
      consensus_pubkey: Buffer.from(consKey(i).pubKey).toString("base64"),
      self_delegation: amount.toString(),
      moniker: `v${i}`,
    })),
    ...opts.genesis,
  };
  app.initChain({
    chainId: CHAIN_ID,
    initialHeight: 1n,
    timeSeconds: GENESIS_SECONDS,
    timeNanos: 0,
    appState: opts.appState ?? {
      auth: {
        accounts: sorted.map((address, i) => ({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address, pub_key: null, account_number: String(i), sequence: "0" })),
      },
      bank: { balances: sorted.map((address) => ({ address, coins: [{ denom: DENOM, amount: funds.toString() }] })) },
      staking: stakingGenesis,
    },
  });
  const accountNumbers = new Map(sorted.map((a, i) => [a, BigInt(i)]));
  const sequences = new Map(addrs.map((a) => [a, 0n]));
  const h: StakingHarness = {
    app,
    staking,
    auth: auth.keeper,
    bank: bank.keeper,
    signers,
    addrs,
    valoper: (i) => valAddress(parseAccAddress(addrs[i]!)),
    consKey,
    genesisValidatorUpdates: app.genesisValidators,
    height: 0n,
    timeSeconds: GENESIS_SECONDS,
    tx(i, msgs) {
      const s = signers[i]!;
      const seq = sequences.get(s.address)!;
      sequences.set(s.address, seq + 1n);
      return buildSignedTx(s, { messages: msgs, fee: [], gasLimit: 2_000_000n, chainId: CHAIN_ID, accountNumber: accountNumbers.get(s.address)!, sequence: seq });
    },
    block(txs = [], o = {}) {
      h.height += 1n;
      h.timeSeconds += o.advance ?? BLOCK_SECONDS;
      const info: BlockInfo = {
        chainId: CHAIN_ID,
        height: h.height,
        timeSeconds: h.timeSeconds,
        timeNanos: 0,
        proposer: consKey(0).address,
        extras: { randomness: new Uint8Array(32), lastCommitVotes: [], misbehavior: [], ...o.extras },
      };
      return app.finalizeBlock(info, txs);
    },
    run(i, msgs, o) {
      return h.block([h.tx(i, msgs)], o).txResults[0]!;
    },
    query(path, req, value, res) {
      const r = app.query(path, req.encode(value).finish());
      if (r.code !== 0) throw Object.assign(new Error(r.log), { code: r.code, codespace: r.codespace });
      return res.decode(r.value!);
    },
    view: () => createQueryContext(cms, CHAIN_ID, cms.version),
    balance(address) {
      return bank.keeper.getBalance(createQueryContext(cms, CHAIN_ID, cms.version), address, DENOM);
    },
  };
  return h;
}

/** Any-wrapped staking messages as CosmJS would build them (decimals as 18-digit atomics). */
export const stakingMsgs = {
  createValidator(h: StakingHarness, i: number, amount: bigint, o: { key?: number; denom?: string; min?: string; rate?: string; maxRate?: string; maxChange?: string; moniker?: string } = {}): Any {
    return {
      typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
      value: MsgCreateValidator.encode({
        description: { moniker: o.moniker ?? `val${i}`, identity: "", website: "", securityContact: "", details: "" },
        commission: { rate: o.rate ?? "100000000000000000", maxRate: o.maxRate ?? "200000000000000000", maxChangeRate: o.maxChange ?? "10000000000000000" },
        minSelfDelegation: o.min ?? "1",
        delegatorAddress: h.addrs[i]!,
        validatorAddress: h.valoper(i),
        pubkey: encodeConsPubKey(h.consKey(o.key ?? i).pubKey),
        value: { denom: o.denom ?? DENOM, amount: amount.toString() },
      }).finish(),
    };
  },
  editValidator(h: StakingHarness, i: number, o: { rate?: string; min?: string; moniker?: string }): Any {
    return {
      typeUrl: "/cosmos.staking.v1beta1.MsgEditValidator",
      value: MsgEditValidator.encode({
        description: { moniker: o.moniker ?? "[do-not-modify]", identity: "[do-not-modify]", website: "[do-not-modify]", securityContact: "[do-not-modify]", details: "[do-not-modify]" },
        validatorAddress: h.valoper(i),
        commissionRate: o.rate ?? "",
        minSelfDelegation: o.min ?? "",
      }).finish(),
    };
  },
  delegate(h: StakingHarness, i: number, valoper: string, amount: bigint | string, denom = DENOM): Any {
    return { typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value: MsgDelegate.encode({ delegatorAddress: h.addrs[i]!, validatorAddress: valoper, amount: { denom, amount: amount.toString() } }).finish() };
  },
  undelegate(h: StakingHarness, i: number, valoper: string, amount: bigint | string, denom = DENOM): Any {
    return { typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate", value: MsgUndelegate.encode({ delegatorAddress: h.addrs[i]!, validatorAddress: valoper, amount: { denom, amount: amount.toString() } }).finish() };
  },
  redelegate(h: StakingHarness, i: number, src: string, dst: string, amount: bigint | string, denom = DENOM): Any {
    return {
      typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate",
      value: MsgBeginRedelegate.encode({ delegatorAddress: h.addrs[i]!, validatorSrcAddress: src, validatorDstAddress: dst, amount: { denom, amount: amount.toString() } }).finish(),
    };
  },
  unjail(h: StakingHarness, i: number): Any {
    return { typeUrl: "/cosmos.slashing.v1beta1.MsgUnjail", value: MsgUnjail.encode({ validatorAddr: h.valoper(i) }).finish() };
  },
};
