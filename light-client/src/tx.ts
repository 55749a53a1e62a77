import { secp256k1 } from "@noble/curves/secp256k1";
import { hmac } from "@noble/hashes/hmac";
import { ripemd160 } from "@noble/hashes/legacy";
import { pbkdf2 } from "@noble/hashes/pbkdf2";
import { sha256, sha512 } from "@noble/hashes/sha2";
import { concat, fromHex, toBase64, toHex, utf8 } from "./bytes.js";
import type { LightClient } from "./client.js";
import { LightClientError } from "./errors.js";
import { readFields } from "./proto.js";
import { anySignal, jsonRpcExchange, malformed, type FetchLike, type HttpLimits } from "./provider.js";
import { ProtoWriter } from "./proto.js";
import { queryVerified } from "./queries.js";
import { decodeBech32Address, encodeBech32Address } from "./state-proof.js";

/**
 * Cosmos SIGN_MODE_DIRECT transactions signed with secp256k1 (@noble/curves), byte for byte as
 * CosmJS / node/client/build-tx.ts, plus BIP-39 seed and BIP-32 derivation (m/44'/118'/0'/0/i) so
 * an owner or relayer account can come from a mnemonic. The mnemonic's words are not checked
 * against the BIP-39 word list (the node's keyring does that); a typo derives another account.
 */

export interface TxMessage {
  typeUrl: string;
  value: Uint8Array;
}

export interface Coin {
  denom: string;
  amount: string;
}

export function encodeAny(m: TxMessage): Uint8Array {
  return new ProtoWriter().string(1, m.typeUrl).bytes(2, m.value).finish();
}

// --- keys --------------------------------------------------------------------------------------

const N = secp256k1.CURVE.n;

function bytesToBig(b: Uint8Array): bigint {
  return BigInt(`0x${toHex(b) || "0"}`);
}

function bigTo32(x: bigint): Uint8Array {
  return fromHex(x.toString(16).padStart(64, "0"))!;
}

export function mnemonicToSeed(mnemonic: string, passphrase = ""): Uint8Array {
  const m = mnemonic.normalize("NFKD").trim().split(/\s+/).join(" ");
  if (![12, 15, 18, 21, 24].includes(m.split(" ").length)) throw new LightClientError("invalid_argument", "a mnemonic has 12, 15, 18, 21 or 24 words");
  return pbkdf2(sha512, utf8(m), utf8(`mnemonic${passphrase}`.normalize("NFKD")), { c: 2048, dkLen: 64 });
}

/** BIP-32 secp256k1 private key at m/44'/118'/0'/0/{index} of a BIP-39 seed. */
export function derivePrivateKey(seed: Uint8Array, index = 0): Uint8Array {
  let I = hmac(sha512, utf8("Bitcoin seed"), seed);
  let k = bytesToBig(I.subarray(0, 32));
  let c = I.slice(32);
  for (const step of [0x8000002c, 0x80000076, 0x80000000, 0, index]) {
    const data = step >= 0x80000000
      ? concat(Uint8Array.of(0), bigTo32(k), u32(step))
      : concat(secp256k1.getPublicKey(bigTo32(k), true), u32(step));
    I = hmac(sha512, c, data);
    const il = bytesToBig(I.subarray(0, 32));
    if (il >= N) throw new LightClientError("invalid_argument", "invalid BIP-32 child (retry with the next index)");
    k = (il + k) % N;
    if (k === 0n) throw new LightClientError("invalid_argument", "invalid BIP-32 child (retry with the next index)");
    c = I.slice(32);
  }
  return bigTo32(k);
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0);
  return b;
}

/** A secp256k1 account key: signs SIGN_MODE_DIRECT sign docs (sha256, RFC 6979, low-S, r||s). */
export class AccountKey {
  readonly pubKey: Uint8Array;
  readonly address: string;
  readonly addressBytes: Uint8Array;
  readonly #priv: Uint8Array;

  constructor(privateKey: Uint8Array, prefix = "gcs") {
    if (privateKey.length !== 32 || !secp256k1.utils.isValidPrivateKey(privateKey)) throw new LightClientError("invalid_argument", "bad secp256k1 private key");
    this.#priv = privateKey.slice();
    this.pubKey = secp256k1.getPublicKey(this.#priv, true);
    this.addressBytes = ripemd160(sha256(this.pubKey));
    this.address = encodeBech32Address(prefix, this.addressBytes);
  }

  static fromMnemonic(mnemonic: string, index = 0, prefix = "gcs"): AccountKey {
    return new AccountKey(derivePrivateKey(mnemonicToSeed(mnemonic), index), prefix);
  }

  signDirect(signBytes: Uint8Array): Uint8Array {
    return secp256k1.sign(sha256(signBytes), this.#priv, { lowS: true }).toCompactRawBytes();
  }
}

// --- tx ----------------------------------------------------------------------------------------

export interface BuildTxOptions {
  messages: TxMessage[];
  memo?: string;
  fee: Coin[];
  gasLimit: bigint;
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
  timeoutHeight?: bigint;
}

/** TxRaw bytes of a SIGN_MODE_DIRECT tx with one secp256k1 signer. */
export function buildSignedTx(key: Pick<AccountKey, "pubKey" | "signDirect">, o: BuildTxOptions): Uint8Array {
  const body = new ProtoWriter();
  for (const m of o.messages) body.message(1, encodeAny(m));
  const bodyBytes = body.string(2, o.memo ?? "").varint(3, o.timeoutHeight ?? 0n).finish();
  const pubAny = encodeAny({ typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: new ProtoWriter().bytes(1, key.pubKey).finish() });
  const modeInfo = new ProtoWriter().message(1, new ProtoWriter().varint(1, 1).finish()).finish();
  const signerInfo = new ProtoWriter().message(1, pubAny).message(2, modeInfo).varint(3, o.sequence).finish();
  const fee = new ProtoWriter();
  for (const c of o.fee) fee.message(1, new ProtoWriter().string(1, c.denom).string(2, c.amount).finish());
  fee.varint(2, o.gasLimit);
  const authInfoBytes = new ProtoWriter().message(1, signerInfo).message(2, fee.finish()).finish();
  const signDoc = new ProtoWriter().bytes(1, bodyBytes).bytes(2, authInfoBytes).string(3, o.chainId).varint(4, o.accountNumber).finish();
  return new ProtoWriter().bytes(1, bodyBytes).bytes(2, authInfoBytes).message(3, key.signDirect(signDoc)).finish();
}

export interface AccountInfo {
  address: string;
  accountNumber: bigint;
  sequence: bigint;
}

/** An auth account (number, sequence) by proof: store "auth", key 0x01 || address; value Any(BaseAccount). */
export async function verifyAccount(client: LightClient, address: string, height?: bigint): Promise<AccountInfo | undefined> {
  const r = await queryVerified(client, "auth", concat(Uint8Array.of(0x01), decodeBech32Address(address).bytes), height);
  if (r.value === undefined) return undefined;
  const any = readFields(r.value);
  const inner = any.find((f) => f.field === 2)?.bytes;
  if (!inner) throw new LightClientError("invalid_proof", "account is not an Any");
  const f = readFields(inner);
  const v = (n: number) => f.filter((x) => x.field === n).pop()?.varint ?? 0n;
  return { address, accountNumber: v(3), sequence: v(4) };
}

// --- submitting --------------------------------------------------------------------------------

export interface TxResult {
  /** 0 = executed; otherwise the check or deliver code. */
  code: number;
  log: string;
  hash: string;
  /** Inclusion height; 0 when refused by check_tx. */
  height: bigint;
}

/**
 * Whoever puts device messages on chain. Device messages carry a `sender` that pays the fee; the
 * device key signs the payload itself (reports, commits), so the relayer cannot forge them.
 */
export interface Relayer {
  readonly address: string;
  /** `signal` cancels a submission in flight (the agent passes its run loop's). */
  submit(messages: TxMessage[], opts?: { signal?: AbortSignal }): Promise<TxResult>;
}

export interface DirectRelayerOptions extends HttpLimits {
  rpc: string;
  client: LightClient;
  key: AccountKey;
  fee?: Coin[];
  gasLimit?: bigint;
  fetch?: FetchLike;
}

/** Refused by the ante handler because the sequence is not the account's (SDK code 32). */
const WRONG_SEQUENCE = 32;

/**
 * Signs txs with an owner/relayer secp256k1 key and sends them with `broadcast_tx_commit` (JSON-RPC
 * POST). Account number and sequence are read by proof, then tracked locally; a sequence refusal
 * re-reads them once. A failing RPC throws `provider_error` (the agent backs off and retries).
 */
export class DirectTxRelayer implements Relayer {
  readonly address: string;
  private account: AccountInfo | undefined;
  private readonly fetchFn: FetchLike;
  private id = 1;

  constructor(readonly o: DirectRelayerOptions) {
    this.address = o.key.address;
    const f = o.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
    if (!f) throw new LightClientError("invalid_argument", "no fetch available");
    this.fetchFn = f;
  }

  private async refresh(): Promise<AccountInfo> {
    const a = await verifyAccount(this.o.client, this.address);
    if (!a) throw new LightClientError("invalid_argument", `relayer account ${this.address} does not exist on chain (fund it first)`);
    if (this.account && this.account.accountNumber === a.accountNumber && this.account.sequence > a.sequence) return this.account;
    this.account = a;
    return a;
  }

  private async rpc(method: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const url = this.o.rpc.replace(/\/+$/, "");
    const body = JSON.stringify({ jsonrpc: "2.0", id: this.id++, method, params });
    const r = await jsonRpcExchange(this.fetchFn, url, method, url, { method: "POST", headers: { "content-type": "application/json" }, body }, {
      ...this.o,
      timeoutMs: this.o.timeoutMs ?? 30_000, // broadcast_tx_commit waits for the block (CometBFT's own limit is 10 s)
      signal: anySignal(signal, this.o.signal),
    });
    if (typeof r !== "object") throw malformed(url, `${method}: result is not an object`);
    return r;
  }

  async submit(messages: TxMessage[], opts: { signal?: AbortSignal } = {}): Promise<TxResult> {
    for (let attempt = 0; ; attempt++) {
      const acct = this.account ?? (await this.refresh());
      const tx = buildSignedTx(this.o.key, {
        messages, chainId: this.o.client.chainId, accountNumber: acct.accountNumber, sequence: acct.sequence,
        fee: this.o.fee ?? [{ denom: "ugcs", amount: "10000" }], gasLimit: this.o.gasLimit ?? 600_000n,
      });
      const r = await this.rpc("broadcast_tx_commit", { tx: toBase64(tx) }, opts.signal);
      const check = Number(r.check_tx?.code ?? 0);
      if (check !== 0) {
        this.account = undefined;
        const expected = /sequence mismatch, expected (\d+)/.exec(String(r.check_tx?.log ?? ""));
        if (check === WRONG_SEQUENCE && attempt < 2) {
          // The proven sequence may be a block behind the mempool; the node names the one it wants.
          if (expected) this.account = { ...acct, sequence: BigInt(expected[1]!) };
          continue;
        }
        return { code: check, log: String(r.check_tx?.log ?? ""), hash: String(r.hash ?? ""), height: 0n };
      }
      // Included: the ante handler bumped the sequence whether or not the messages succeeded.
      this.account = { ...acct, sequence: acct.sequence + 1n };
      const height = String(r.height ?? "0");
      if (!/^\d{1,19}$/.test(height)) throw malformed(this.o.rpc, `broadcast_tx_commit: height ${JSON.stringify(r.height)}`);
      return { code: Number(r.tx_result?.code ?? 0), log: String(r.tx_result?.log ?? ""), hash: String(r.hash ?? ""), height: BigInt(height) };
    }
  }
}

// --- device messages ---------------------------------------------------------------------------

export const DEVICE_MSG = {
  RegisterDevice: "/pogcs.devices.v1.MsgRegisterDevice",
  BondDevice: "/pogcs.devices.v1.MsgBondDevice",
  SubmitReport: "/pogcs.devices.v1.MsgSubmitReport",
  ChallengeCommit: "/pogcs.devices.v1.MsgChallengeCommit",
  ChallengeReveal: "/pogcs.devices.v1.MsgChallengeReveal",
  WithdrawRewards: "/pogcs.pogcs.v1.MsgWithdrawRewards",
} as const;

export interface RegisterDeviceFields {
  owner: string;
  makerId: string;
  devicePubKey: Uint8Array;
  deviceClass: number;
  capacity: { solarPeakW: bigint; storageWh: bigint; gpuModel: string; gpuCount: number; fp32TflopsMilli: bigint };
  location: { h3Cell: bigint; index: number };
  makerSignature: Uint8Array;
  deviceSignature: Uint8Array;
}

export function msgRegisterDevice(m: RegisterDeviceFields): TxMessage {
  const c = m.capacity;
  const cap = new ProtoWriter().varint(1, c.solarPeakW).varint(2, c.storageWh).string(3, c.gpuModel).varint(4, c.gpuCount).varint(5, c.fp32TflopsMilli).finish();
  const loc = new ProtoWriter().varint(1, m.location.h3Cell).varint(2, m.location.index).finish();
  return {
    typeUrl: DEVICE_MSG.RegisterDevice,
    value: new ProtoWriter().string(1, m.owner).string(2, m.makerId).bytes(3, m.devicePubKey).varint(4, m.deviceClass)
      .message(5, cap).message(6, loc).bytes(7, m.makerSignature).bytes(8, m.deviceSignature).finish(),
  };
}

export function msgBondDevice(owner: string, deviceId: bigint, amount: bigint, validator: string): TxMessage {
  return { typeUrl: DEVICE_MSG.BondDevice, value: new ProtoWriter().string(1, owner).varint(2, deviceId).string(3, amount.toString()).string(4, validator).finish() };
}

export function msgSubmitReport(sender: string, body: Uint8Array, signature: Uint8Array): TxMessage {
  return { typeUrl: DEVICE_MSG.SubmitReport, value: new ProtoWriter().string(1, sender).bytes(2, body).bytes(3, signature).finish() };
}

export function msgChallengeCommit(sender: string, deviceId: bigint, epoch: bigint, root: Uint8Array, signature: Uint8Array): TxMessage {
  return { typeUrl: DEVICE_MSG.ChallengeCommit, value: new ProtoWriter().string(1, sender).varint(2, deviceId).varint(3, epoch).bytes(4, root).bytes(5, signature).finish() };
}

export function msgChallengeReveal(sender: string, deviceId: bigint, epoch: bigint, rows: Array<{ index: number; values: Uint8Array; proof: Uint8Array[] }>): TxMessage {
  const w = new ProtoWriter().string(1, sender).varint(2, deviceId).varint(3, epoch);
  for (const r of rows) {
    const rw = new ProtoWriter().varint(1, r.index).bytes(2, r.values);
    for (const p of r.proof) rw.message(3, p);
    w.message(4, rw.finish());
  }
  return { typeUrl: DEVICE_MSG.ChallengeReveal, value: w.finish() };
}

export function msgWithdrawRewards(address: string): TxMessage {
  return { typeUrl: DEVICE_MSG.WithdrawRewards, value: new ProtoWriter().string(1, address).finish() };
}
