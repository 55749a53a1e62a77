import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import { createPogcsApp, STORE_NAMES, type PogcsApp } from "../../modules/app/create-app.js";
import { createNodeSecp256k1Verifier } from "../../node/crypto/secp256k1.js";
import { signerFromMnemonic, type Secp256k1Signer } from "../../node/keyring/hd.js";
import { buildSignedTx } from "../../node/client/build-tx.js";
import { makeGenesis, type GenesisAccount } from "../../node/home/init-home.js";
import { validatorKeyFromSeed } from "../../node/keyring/validator-key.js";
import type { BlockInfo } from "../../chain/app/context.js";

export const TEST_MNEMONIC =
  "economy stock theory fatal elder harbor betray wasp final emotion task crumble siren bottom lizard educate guess current outdoor pair theory focus wife stone";
export const CHAIN_ID = "pogcs-test-1";
export const GENESIS_TIME = "2026-01-01T00:00:00Z";

export interface Harness {
  pogcs: PogcsApp;
  signers: Secp256k1Signer[];
  accountNumbers: Map<string, bigint>;
  sequences: Map<string, bigint>;
  genesisAppHash: Uint8Array;
  height: bigint;
  /** Signs a MsgSend from signer i (tracking its sequence). */
  send(i: number, to: string, amount: bigint, opts?: { fee?: bigint; gas?: bigint; denom?: string }): Uint8Array;
  /** Executes and commits one block with these txs at a deterministic time. */
  block(txs: Uint8Array[]): ReturnType<PogcsApp["app"]["finalizeBlock"]>;
}

/** A deterministic in-process app: fixed keys, fixed genesis, block times derived from height. */
export function createHarness(opts: { accounts?: number; funds?: bigint; keepRecent?: number; checkInvariants?: boolean } = {}): Harness {
  const n = opts.accounts ?? 5;
  const signers = Array.from({ length: n }, (_, i) => signerFromMnemonic(TEST_MNEMONIC, i, { prefix: "gcs" }));
  const accounts: GenesisAccount[] = signers.map((s) => ({ address: s.address, coins: [{ denom: "ugcs", amount: String(opts.funds ?? 1_000_000_000n) }] }));
  const validator = validatorKeyFromSeed(new Uint8Array(32).fill(7));
  const genesis = makeGenesis({ chainId: CHAIN_ID, genesisTime: GENESIS_TIME, validators: [{ key: validator, power: 10n, name: "v0" }], accounts });
  const cms = createCommitMultiStore({ storeNames: STORE_NAMES, keepRecent: opts.keepRecent ?? 0 });
  const pogcs = createPogcsApp({ chainId: CHAIN_ID, cms, verifier: createNodeSecp256k1Verifier(), checkInvariantsEveryBlock: opts.checkInvariants ?? true });
  const genesisAppHash = pogcs.app.initChain({
    chainId: CHAIN_ID,
    initialHeight: 1n,
    timeSeconds: BigInt(Date.parse(GENESIS_TIME) / 1000),
    timeNanos: 0,
    appState: genesis.app_state,
  });
  const sorted = [...accounts].sort((a, b) => (a.address < b.address ? -1 : 1));
  const accountNumbers = new Map(sorted.map((a, i) => [a.address, BigInt(i)]));
  const sequences = new Map(signers.map((s) => [s.address, 0n]));
  const h: Harness = {
    pogcs,
    signers,
    accountNumbers,
    sequences,
    genesisAppHash,
    height: 0n,
    send(i, to, amount, o = {}) {
      const s = signers[i]!;
      const seq = sequences.get(s.address)!;
      sequences.set(s.address, seq + 1n);
      return buildSignedTx(s, {
        messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: s.address, toAddress: to, amount: [{ denom: o.denom ?? "ugcs", amount: amount.toString() }] }).finish() }],
        fee: [{ denom: "ugcs", amount: String(o.fee ?? 2000n) }],
        gasLimit: o.gas ?? 200_000n,
        chainId: CHAIN_ID,
        accountNumber: accountNumbers.get(s.address)!,
        sequence: seq,
      });
    },
    block(txs) {
      h.height += 1n;
      const info: BlockInfo = {
        chainId: CHAIN_ID,
        height: h.height,
        timeSeconds: BigInt(Date.parse(GENESIS_TIME) / 1000) + h.height,
        timeNanos: 0,
        proposer: validator.address,
      };
      return pogcs.app.finalizeBlock(info, txs);
    },
  };
  return h;
}
