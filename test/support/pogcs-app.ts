/**
 * The full PoGCS app in-process (createPogcsApp: auth, bank, real staking, devices, pogcs) with
 * N genesis validators bonded by operator accounts, the devnet module genesis (plus overrides)
 * and the devices test maker ("maker-1", modules/devices/test-support.ts), so the device message
 * helpers there build valid txs. Blocks carry a deterministic beacon and every validator signing.
 * Used by the power-cap test and the devices benchmark.
 */
import { sha256 } from "@noble/hashes/sha256";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import type { CommitMultiStore } from "../../chain/store/types.js";
import type { BlockInfo, Context } from "../../chain/app/context.js";
import { createContext } from "../../chain/app/create-context.js";
import { createQueryContext } from "../../chain/app/query-context.js";
import { createInfiniteGasMeter } from "../../chain/gas/meter.js";
import { createPogcsApp, STORE_NAMES, type PogcsApp } from "../../modules/app/create-app.js";
import { createNodeSecp256k1Verifier } from "../../node/crypto/secp256k1.js";
import { signerFromMnemonic, type Secp256k1Signer } from "../../node/keyring/hd.js";
import { buildSignedTx } from "../../node/client/build-tx.js";
import { devnetModuleGenesis, makeGenesis } from "../../node/home/init-home.js";
import { validatorKeyFromSeed, type ValidatorKey } from "../../node/keyring/validator-key.js";
import { parseAccAddress, valAddress } from "../../chain/codec/address.js";
import { CHAIN_ID, MAKER } from "../../modules/devices/test-support.js";
import type { Any } from "cosmjs-types/google/protobuf/any";

export const FULL_APP_MNEMONIC =
  "economy stock theory fatal elder harbor betray wasp final emotion task crumble siren bottom lizard educate guess current outdoor pair theory focus wife stone";
const GENESIS_SECONDS = 1_767_225_600n;

export interface FullApp {
  pogcs: PogcsApp;
  cms: CommitMultiStore;
  /** Operators of validators 0..n-1 (signers 0..n-1), then `accounts` funded owners. */
  signers: Secp256k1Signer[];
  validators: Array<{ key: ValidatorKey; operator: string; valoper: string }>;
  height: bigint;
  tx(i: number, msgs: Any[], gas?: bigint): Uint8Array;
  /** Re-reads signer i's sequence from committed state (after a tx refused before its sequence was used). */
  resync(i: number): void;
  block(txs?: Uint8Array[]): ReturnType<PogcsApp["app"]["finalizeBlock"]>;
  /** Writes state outside any tx (bench preloading) and commits it as one version. */
  direct(fn: (ctx: Context) => void): void;
  query<C extends { decode(b: Uint8Array): unknown }>(path: string, req: Uint8Array, codec: C): ReturnType<C["decode"]>;
}

export function createFullApp(o: {
  validators: number;
  accounts?: number;
  epochLength?: bigint;
  devices?: Record<string, unknown>;
  pogcs?: Record<string, unknown>;
  /** gov params overrides (snake_case, e.g. { voting_period: "5s" }). */
  gov?: Record<string, unknown>;
  checkInvariants?: boolean;
}): FullApp {
  const n = o.validators;
  const signers = Array.from({ length: n + (o.accounts ?? 4) }, (_, i) => signerFromMnemonic(FULL_APP_MNEMONIC, i, { prefix: "gcs" }));
  const validators = Array.from({ length: n }, (_, i) => {
    const operator = signers[i]!.address;
    return { key: validatorKeyFromSeed(new Uint8Array(32).fill(i + 1)), operator, valoper: valAddress(parseAccAddress(operator)) };
  });
  const base = devnetModuleGenesis(o.epochLength ?? 10n, 1_000_000n, {
    makers: [{ id: "maker-1", name: "Maker One", pubkey: Buffer.from(MAKER.pub).toString("hex"), classes: ["solar", "storage", "gpu", "combined"] }],
  }) as { devices: { params: object }; pogcs: { params: object }; gov: { params: object } };
  const appState = { ...base, devices: { ...base.devices, params: { ...base.devices.params, ...o.devices } }, pogcs: { ...base.pogcs, params: { ...base.pogcs.params, ...o.pogcs } }, gov: { ...base.gov, params: { ...base.gov.params, ...o.gov } } };
  const accounts = signers.slice(n).map((s) => ({ address: s.address, coins: [{ denom: "ugcs", amount: "1000000000000000" }] }));
  const genesis = makeGenesis({
    chainId: CHAIN_ID, genesisTime: "2026-01-01T00:00:00Z", accounts, appState,
    validators: validators.map((v, i) => ({ key: v.key, power: 10n, name: `v${i}`, operator: v.operator, selfDelegation: 10_000_000_000n })),
  });
  const cms = createCommitMultiStore({ storeNames: STORE_NAMES, keepRecent: 0 });
  const pogcs = createPogcsApp({ chainId: CHAIN_ID, cms, verifier: createNodeSecp256k1Verifier(), checkInvariantsEveryBlock: o.checkInvariants ?? true });
  pogcs.app.initChain({ chainId: CHAIN_ID, initialHeight: 1n, timeSeconds: GENESIS_SECONDS, timeNanos: 0, appState: genesis.app_state });
  const sorted = (genesis.app_state.auth as { accounts: Array<{ address: string; account_number: string }> }).accounts;
  const accountNumbers = new Map(sorted.map((a) => [a.address, BigInt(a.account_number)]));
  const seqs = new Map<string, bigint>();
  const blockInfo = (height: bigint): BlockInfo => ({
    chainId: CHAIN_ID, height, timeSeconds: GENESIS_SECONDS + height, timeNanos: 0, proposer: validators[0]!.key.address,
    extras: {
      randomness: sha256(new TextEncoder().encode(`beacon-${height}`)),
      lastCommitVotes: validators.map((v) => ({ address: v.key.address, power: 10_000n, signed: true })),
      misbehavior: [],
    },
  });
  const f: FullApp = {
    pogcs, cms, signers, validators, height: cms.version,
    tx(i, msgs, gas = 50_000_000n) {
      const s = signers[i]!;
      const seq = seqs.get(s.address) ?? 0n;
      seqs.set(s.address, seq + 1n);
      return buildSignedTx(s, { messages: msgs, fee: [], gasLimit: gas, chainId: CHAIN_ID, accountNumber: accountNumbers.get(s.address)!, sequence: seq });
    },
    resync(i) {
      const s = signers[i]!;
      const acc = pogcs.keepers.auth.getAccount(createQueryContext(cms, CHAIN_ID, cms.version), s.address);
      seqs.set(s.address, acc?.sequence ?? 0n);
    },
    block(txs = []) {
      f.height = cms.version + 1n;
      return pogcs.app.finalizeBlock(blockInfo(f.height), txs);
    },
    direct(fn) {
      const branch = cms.branch();
      fn(createContext({ block: blockInfo(cms.version + 1n), mode: "block", store: branch, gasMeter: createInfiniteGasMeter() }));
      branch.write();
      cms.commit();
      f.height = cms.version;
    },
    query(path, req, codec) {
      const r = pogcs.app.query(path, req);
      if (r.code !== 0) throw new Error(`query ${path} failed: ${r.log}`);
      return codec.decode(r.value!) as never;
    },
  };
  return f;
}
