import { ErrLogic } from "../../chain/errors/index.js";
/**
 * In-process app for devices/pogcs specs: auth + bank + devices + pogcs with a fake staking keeper,
 * real signed txs, a deterministic beacon per height, invariants checked after every block.
 * Test support only (imports node/ for keys and tx building).
 */
import { ed25519 } from "@noble/curves/ed25519";
import { sha256 } from "@noble/hashes/sha256";
import { App } from "../../chain/app/app.js";
import type { BlockInfo } from "../../chain/app/context.js";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import { valAddress } from "../../chain/codec/address.js";
import { createAuthModule } from "../auth/module.js";
import { createBankModule, FEE_COLLECTOR } from "../bank/module.js";
import { createNodeSecp256k1Verifier } from "../../node/crypto/secp256k1.js";
import { signerFromMnemonic, type Secp256k1Signer } from "../../node/keyring/hd.js";
import { buildSignedTx } from "../../node/client/build-tx.js";
import { makeGenesis } from "../../node/home/init-home.js";
import { validatorKeyFromSeed } from "../../node/keyring/validator-key.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { createDevicesModule, DEVICES_MODULE_PERMISSIONS, type DevicesModule } from "./module.js";
import { createPogcsModule, POGCS_MODULE_PERMISSIONS, type PogcsModule } from "../pogcs/module.js";
import { certificateSignBytes, possessionSignBytes, reportSignBytes, commitSignBytes } from "./sign-bytes.js";
import { encodeReportBody, type Capacity, type Location, type ReportBody } from "./types.js";
import { makeH3Cell } from "./h3.js";
import { toLong } from "./long.js";
import { MSG } from "./msgs.js";
import type { TxResult } from "../../chain/app/tx-result.js";

export const CHAIN_ID = "pogcs-test-1";
const MNEMONIC = "economy stock theory fatal elder harbor betray wasp final emotion task crumble siren bottom lizard educate guess current outdoor pair theory focus wife stone";

export function edKey(label: string): { priv: Uint8Array; pub: Uint8Array } {
  const priv = sha256(new TextEncoder().encode(label));
  return { priv, pub: ed25519.getPublicKey(priv) };
}

export const MAKER = edKey("maker-1");
export const CELL_A = makeH3Cell(20, [1, 2, 3, 4, 5, 6, 0, 1]);
export const CELL_B = makeH3Cell(21, [0, 0, 0, 0, 0, 0, 0, 1]);

export const GPU_CAPACITY: Capacity = { solarPeakW: 0n, storageWh: 0n, gpuModel: "RTX 4090", gpuCount: 1, fp32TflopsMilli: 82_600n };
export const COMBINED_CAPACITY: Capacity = { solarPeakW: 5_000n, storageWh: 10_000n, gpuModel: "RTX 4090", gpuCount: 2, fp32TflopsMilli: 82_600n };

export interface TestApp {
  app: App;
  devices: DevicesModule;
  pogcs: PogcsModule;
  signers: Secp256k1Signer[];
  validators: Array<{ operator: string; tokens: bigint }>;
  height: bigint;
  beacon(h: bigint): Uint8Array;
  tx(i: number, typeUrl: string, value: Uint8Array, gas?: bigint): Uint8Array;
  block(txs?: Uint8Array[]): TxResult[];
  blocksUntil(height: bigint): void;
  query<C extends { decode(b: Uint8Array): unknown }>(path: string, req: Uint8Array, codec: C): ReturnType<C["decode"]>;
}

export function createTestApp(opts: { devicesParams?: Record<string, unknown>; pogcsParams?: Record<string, unknown>; emission?: Record<string, unknown>; validators?: bigint[]; fee?: bigint } = {}): TestApp {
  const signers = Array.from({ length: 6 }, (_, i) => signerFromMnemonic(MNEMONIC, i, { prefix: "gcs" }));
  const stakes = opts.validators ?? [100_000_000n, 100_000_000n, 100_000_000n, 100_000_000n, 100_000_000n];
  const validators = stakes.map((tokens, i) => ({ operator: valAddress(sha256(Uint8Array.of(i)).subarray(0, 20)), tokens }));
  const perms = new Map<string, readonly string[]>([[FEE_COLLECTOR, []], ...DEVICES_MODULE_PERMISSIONS, ...POGCS_MODULE_PERMISSIONS]);
  const auth = createAuthModule({ modulePermissions: perms });
  const bank = createBankModule({ accounts: auth.keeper });
  const staking = {
    hasValidator: (_ctx: unknown, op: string) => validators.some((v) => v.operator === op),
    powerCandidates: () => validators.map((v) => ({ ...v })),
  };
  const devices = createDevicesModule({ bank: bank.keeper, staking });
  const pg = createPogcsModule({ bank: bank.keeper, staking, devices: devices.reader });
  const cms = createCommitMultiStore({ storeNames: ["auth", "bank", "devices", "pogcs"], keepRecent: 0 });
  const app = new App({
    chainId: CHAIN_ID, cms, modules: [auth.module, bank.module, devices.module, pg.module], checkInvariantsEveryBlock: true,
    ante: { accounts: auth.anteAccounts, fees: bank.anteFees, verifier: createNodeSecp256k1Verifier(), minGasPrices: [], params: (ctx) => auth.keeper.params(ctx) },
  });
  const genesis = makeGenesis({
    chainId: CHAIN_ID, genesisTime: "2026-01-01T00:00:00Z", validators: [{ key: validatorKeyFromSeed(new Uint8Array(32).fill(7)), power: 10n, name: "v0" }],
    accounts: signers.map((s) => ({ address: s.address, coins: [{ denom: "ugcs", amount: "1000000000000" }] })),
  });
  app.initChain({
    chainId: CHAIN_ID, initialHeight: 1n, timeSeconds: 1_767_225_600n, timeNanos: 0,
    appState: {
      ...genesis.app_state,
      devices: { params: { epoch_length: "20", report_grace_blocks: "5", commit_window_blocks: "5", reveal_window_blocks: "5", challenge_n: 16, challenge_k: 4, min_device_bond: "1000", ...(opts.devicesParams ?? {}) },
        makers: [{ id: "maker-1", name: "Maker One", pubkey: Buffer.from(MAKER.pub).toString("hex"), classes: ["solar", "storage", "gpu", "combined"] }] },
      pogcs: { params: { vgc_target: "100000", ...(opts.pogcsParams ?? {}) }, emission: { initial_per_block: "1000000", decay_every_blocks: "50", ...(opts.emission ?? {}) } },
    },
  });
  const sorted = [...signers].sort((a, b) => (a.address < b.address ? -1 : 1));
  const accountNumbers = new Map(sorted.map((s, i) => [s.address, BigInt(i)]));
  const seqs = new Map(signers.map((s) => [s.address, 0n]));
  const t: TestApp = {
    app, devices, pogcs: pg, signers, validators, height: 0n,
    beacon: (h) => sha256(new TextEncoder().encode(`beacon-${h}`)),
    tx(i, typeUrl, value, gas = 5_000_000n) {
      const s = signers[i]!;
      const seq = seqs.get(s.address)!;
      seqs.set(s.address, seq + 1n);
      return buildSignedTx(s, { messages: [{ typeUrl, value }], fee: [{ denom: "ugcs", amount: String(opts.fee ?? 1000n) }], gasLimit: gas, chainId: CHAIN_ID, accountNumber: accountNumbers.get(s.address)!, sequence: seq });
    },
    block(txs = []) {
      t.height += 1n;
      const info: BlockInfo = {
        chainId: CHAIN_ID, height: t.height, timeSeconds: 1_767_225_600n + t.height, timeNanos: 0, proposer: new Uint8Array(20),
        extras: { randomness: t.beacon(t.height), lastCommitVotes: [], misbehavior: [] },
      };
      return app.finalizeBlock(info, txs).txResults;
    },
    blocksUntil(h) {
      while (t.height < h) t.block();
    },
    query(path, req, codec) {
      const r = app.query(path, req);
      if (r.code !== 0) throw ErrLogic.raise(`query ${path} failed: ${r.log}`);
      return codec.decode(r.value!) as never;
    },
  };
  return t;
}

import P = pogcs.devices.v1;

export interface DeviceSpec {
  key: { priv: Uint8Array; pub: Uint8Array };
  cls: number;
  capacity: Capacity;
  location: Location;
}

export function registerMsg(owner: string, d: DeviceSpec, over: { makerKey?: Uint8Array; makerId?: string; chainId?: string; capacitySigned?: Capacity } = {}): Uint8Array {
  const cert = certificateSignBytes({ chainId: over.chainId ?? CHAIN_ID, devicePubKey: d.key.pub, deviceClass: d.cls, capacity: over.capacitySigned ?? d.capacity, location: d.location });
  return P.MsgRegisterDevice.encode({
    owner, makerId: over.makerId ?? "maker-1", devicePubkey: d.key.pub, class: d.cls,
    capacity: { solarPeakW: toLong(d.capacity.solarPeakW), storageWh: toLong(d.capacity.storageWh), gpuModel: d.capacity.gpuModel, gpuCount: d.capacity.gpuCount, fp32TflopsMilli: toLong(d.capacity.fp32TflopsMilli) },
    location: { h3Cell: toLong(d.location.h3Cell), index: d.location.index },
    makerSignature: ed25519.sign(cert, over.makerKey ?? MAKER.priv),
    deviceSignature: ed25519.sign(possessionSignBytes(CHAIN_ID, owner, d.key.pub), d.key.priv),
  }).finish();
}

export function bondMsg(owner: string, id: bigint, amount: bigint, validator: string): Uint8Array {
  return P.MsgBondDevice.encode({ owner, deviceId: toLong(id), amount: amount.toString(), validator }).finish();
}

export function reportBody(deviceId: bigint, epoch: bigint, nonce: bigint, over: Partial<ReportBody> = {}): ReportBody {
  return { chainId: CHAIN_ID, deviceId, epoch, energyProducedWh: 0n, energyConsumedWh: 2000n, greenWh: 1500n, gpuSeconds: 3600n, uptimePermille: 990, nonce, ...over };
}

export function signedReport(sender: string, body: ReportBody, priv: Uint8Array): { body: Uint8Array; signature: Uint8Array; msg: Uint8Array } {
  const bytes = encodeReportBody(body);
  const signature = ed25519.sign(reportSignBytes(bytes), priv);
  return { body: bytes, signature, msg: P.MsgSubmitReport.encode({ sender, body: bytes, signature }).finish() };
}

export function commitMsg(sender: string, deviceId: bigint, epoch: bigint, root: Uint8Array, priv: Uint8Array): Uint8Array {
  return P.MsgChallengeCommit.encode({ sender, deviceId: toLong(deviceId), epoch: toLong(epoch), root, signature: ed25519.sign(commitSignBytes(CHAIN_ID, deviceId, epoch, root), priv) }).finish();
}

export { MSG };
