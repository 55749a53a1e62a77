import { ed25519 } from "@noble/curves/ed25519";
import { fromHex, toHex } from "./bytes.js";
import type { LightClient } from "./client.js";
import {
  commitRows, commitSignBytes, computeProduct, encodeReportBody, merkleProof, merkleRootOf, possessionSignBytes, reportSignBytes, rowToBytes,
} from "./device-math.js";
import {
  CHALLENGE_STATUS, epochOf, epochStart, isComputeClass, verifyChallenge, verifyDevice, verifyDeviceReport, verifyDevicesParams,
  verifyPendingRewards, type ChallengeRecord, type DeviceRecord, type DevicesParams, type ReportBody,
} from "./devices.js";
import { LightClientError, isLightClientError } from "./errors.js";
import { anySignal } from "./provider.js";
import { msgChallengeCommit, msgChallengeReveal, msgSubmitReport, type Relayer, type TxMessage, type TxResult } from "./tx.js";

/**
 * The device agent: holds the device's ed25519 key, follows verified headers with the light
 * client, signs one report per epoch, answers matrix challenges (commit the root, reveal the
 * sampled rows) and checks its own score and rewards by proof. Messages go on chain through a
 * `Relayer` (an owner/relayer account paying the fees; `DirectTxRelayer` signs them itself).
 *
 * Never two reports for one epoch: the body (with its epoch and nonce) is persisted through the
 * `AgentStateStore` *before* it is signed; after a restart the same stored bytes are signed again
 * (ed25519 is deterministic, so that is the same signature) or nothing is signed for that epoch.
 */

/** Where the device's 32-byte ed25519 private key lives (a 0600 file, a secure element, ...). */
export interface DeviceKeyStore {
  load(): Promise<Uint8Array | undefined>;
  save(privateKey: Uint8Array): Promise<void>;
}

export class MemoryKeyStore implements DeviceKeyStore {
  constructor(private key?: Uint8Array) {}
  async load() {
    return this.key?.slice();
  }
  async save(k: Uint8Array) {
    this.key = k.slice();
  }
}

/** The agent's write-ahead record; `save` must be durable when it resolves. */
export interface AgentState {
  version: 1;
  /** Highest epoch a report body was reserved (and possibly signed) for. */
  lastSignedEpoch?: string;
  /** Highest nonce ever reserved. */
  lastNonce: string;
  /** The reserved report body (hex) and, once signed, its signature (hex), until seen on chain. */
  pending?: { epoch: string; body: string; signature?: string };
}

export interface AgentStateStore {
  load(): Promise<AgentState | undefined>;
  save(s: AgentState): Promise<void>;
}

export class MemoryAgentStateStore implements AgentStateStore {
  state: AgentState | undefined;
  async load() {
    return this.state && (JSON.parse(JSON.stringify(this.state)) as AgentState);
  }
  async save(s: AgentState) {
    this.state = JSON.parse(JSON.stringify(s)) as AgentState;
  }
}

export interface Measurement {
  energyProducedWh: bigint;
  energyConsumedWh: bigint;
  greenWh: bigint;
  gpuSeconds: bigint;
  uptimePermille: number;
}

export type AgentEvent =
  | { type: "synced"; height: bigint; epoch: bigint; time: string }
  | { type: "not_registered"; height: bigint }
  | { type: "report_signed"; epoch: bigint; nonce: bigint }
  | { type: "report_submitted"; epoch: bigint; result: TxResult }
  | { type: "report_accepted"; epoch: bigint; height: bigint }
  | { type: "challenge_commit"; epoch: bigint; root: string; result: TxResult }
  | { type: "challenge_reveal"; epoch: bigint; rows: number[]; result: TxResult }
  | { type: "challenge_result"; epoch: bigint; status: number; scoreAfter: number }
  | { type: "status"; height: bigint; score: number; bond: bigint; flagged: boolean; pendingRewards: bigint }
  | { type: "backoff"; delayMs: number; error: string }
  | { type: "error"; error: string };

export interface DeviceAgentOptions {
  client: LightClient;
  relayer: Relayer;
  keyStore: DeviceKeyStore;
  stateStore: AgentStateStore;
  /** Known device id; otherwise found (by proof) through the device key index. */
  deviceId?: bigint;
  /** The epoch's readings; default: plausible simulated values within the device's capacity. */
  measure?: (o: { epoch: bigint; device: DeviceRecord; params: DevicesParams }) => Measurement | Promise<Measurement>;
  /** Blocks into an epoch before its report is signed (default 1). */
  reportDelayBlocks?: bigint;
  pollMs?: number;
  backoff?: { initialMs?: number; maxMs?: number; factor?: number };
  onEvent?: (e: AgentEvent) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const abortableSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done);
  });

/** Default readings: what a healthy device of its class would plausibly report. */
export function simulatedMeasurement({ device, params }: { device: DeviceRecord; params: DevicesParams }): Measurement {
  const gpuCap = BigInt(device.capacity.gpuCount) * params.maxGpuSecondsPerGpu;
  const gpuSeconds = isComputeClass(device.deviceClass) ? (gpuCap < 1800n ? gpuCap : 1800n) : 0n;
  const produced = device.capacity.solarPeakW > 0n ? device.capacity.solarPeakW : 0n;
  return { energyProducedWh: produced, energyConsumedWh: 1000n, greenWh: produced < 1000n ? produced : 1000n, gpuSeconds, uptimePermille: 1000 };
}

/** Local I/O failures that may clear up (a full or busy disk): retried, not fatal. */
const TRANSIENT_SYSTEM_ERRORS = new Set(["ENOSPC", "EIO", "EAGAIN", "EBUSY", "EMFILE", "ENFILE", "EINTR", "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EPIPE", "EAI_AGAIN"]);

/**
 * Errors worth retrying with backoff: the RPC is down or answered badly (the provider turns any
 * malformed remote data into provider_error), or a transient file/system error. A refusal to trust
 * is not, and neither is anything else (a SyntaxError, RangeError or TypeError is our own bug).
 */
export function isRetryable(e: unknown): boolean {
  if (isLightClientError(e)) return e.code === "provider_error" || e.code === "header_from_future";
  const code = (e as { code?: unknown } | undefined)?.code;
  if (typeof code === "string" && TRANSIENT_SYSTEM_ERRORS.has(code)) return true;
  return /fetch failed|ECONNREFUSED|ECONNRESET|socket/i.test(String((e as Error)?.message ?? e));
}

export class DeviceAgent {
  readonly publicKey: Uint8Array;
  deviceId: bigint | undefined;
  private readonly priv: Uint8Array;
  private params: DevicesParams | undefined;
  /** The epoch (under `params`) the params were read in; read again when it changes. */
  private paramsEpoch: bigint | undefined;
  private state!: AgentState;
  /** In flight: message key -> inclusion height, so a stale proof does not make us resend. */
  private readonly sent = new Map<string, bigint>();
  private readonly resolved = new Set<string>();
  private work: { key: string; levels: Uint8Array[][]; rows: Uint32Array[] } | undefined;
  private lastStatusEpoch: bigint | undefined;
  private stopper: AbortController | undefined;
  /** The running loop's signal: cancels a submission in flight on stop(). */
  private runSignal: AbortSignal | undefined;

  private constructor(readonly o: DeviceAgentOptions, priv: Uint8Array) {
    this.priv = priv;
    this.publicKey = ed25519.getPublicKey(priv);
    this.deviceId = o.deviceId;
  }

  /** Loads the device key from the key store, or generates one (on the device) and saves it. */
  static async create(o: DeviceAgentOptions): Promise<DeviceAgent> {
    let priv = await o.keyStore.load();
    if (priv === undefined) {
      priv = ed25519.utils.randomPrivateKey();
      await o.keyStore.save(priv);
    }
    if (priv.length !== 32) throw new LightClientError("invalid_argument", "device key must be a 32-byte ed25519 seed");
    const a = new DeviceAgent(o, priv);
    a.state = (await o.stateStore.load()) ?? { version: 1, lastNonce: "0" };
    return a;
  }

  /** The device signature for MsgRegisterDevice (proof of possession naming the owner). */
  possessionSignature(chainId: string, owner: string): Uint8Array {
    return ed25519.sign(possessionSignBytes(chainId, owner, this.publicKey), this.priv);
  }

  get lastSignedEpoch(): bigint | undefined {
    return this.state.lastSignedEpoch === undefined ? undefined : BigInt(this.state.lastSignedEpoch);
  }

  private emit(e: AgentEvent): void {
    this.o.onEvent?.(e);
  }

  private async submit(key: string, msgs: TxMessage[]): Promise<TxResult> {
    const r = await this.o.relayer.submit(msgs, { signal: this.runSignal });
    if (r.height > 0n) this.sent.set(key, r.height);
    return r;
  }

  /** True while a message we got included is newer than the state we can prove. */
  private inFlight(key: string, provenHeight: bigint): boolean {
    const h = this.sent.get(key);
    return h !== undefined && provenHeight < h;
  }

  /** The device record and the owner's pending rewards, by proof at the latest verified state. */
  async checkStatus(): Promise<{ device: DeviceRecord | undefined; pendingRewards: bigint; height: bigint }> {
    const d = await verifyDevice(this.o.client, this.deviceId ?? this.publicKey);
    if (!d.value) return { device: undefined, pendingRewards: 0n, height: d.height };
    const p = await verifyPendingRewards(this.o.client, d.value.owner, d.height);
    return { device: d.value, pendingRewards: p.amount, height: d.height };
  }

  /**
   * One round: verify the primary's latest header, read the device by proof at the state it
   * commits to, then report and answer challenges for the epoch of that verified height.
   */
  async step(): Promise<void> {
    const client = this.o.client;
    const lb = await client.sync();
    const header = lb.signedHeader.header;
    const h = header.height;
    const proven = h - 1n; // the state the verified header's app hash commits to
    if (proven < 1n) return;
    // Read again each epoch, so a governance change of the epoch length (or any param) is seen.
    if (this.params === undefined || epochOf(h, this.params.epochLength) !== this.paramsEpoch) {
      this.params = (await verifyDevicesParams(client, proven)).params;
      this.paramsEpoch = epochOf(h, this.params.epochLength);
    }
    const params = this.params;
    const epoch = this.paramsEpoch!;
    this.emit({ type: "synced", height: h, epoch, time: new Date(Number(header.time.seconds) * 1000).toISOString() });
    const dr = await verifyDevice(client, this.deviceId ?? this.publicKey, proven);
    if (!dr.value) {
      this.emit({ type: "not_registered", height: proven });
      return;
    }
    const device = dr.value;
    if (toHex(device.pubkey) !== toHex(this.publicKey)) throw new LightClientError("invalid_argument", `device ${device.id} has another key`);
    this.deviceId = device.id;
    if (!device.flagged) await this.report(epoch, h, proven, device, params);
    if (isComputeClass(device.deviceClass)) {
      for (const e of epoch > 0n ? [epoch - 1n, epoch] : [epoch]) await this.challenge(e, proven, device);
    }
    if (this.lastStatusEpoch !== epoch) {
      this.lastStatusEpoch = epoch;
      const p = await verifyPendingRewards(client, device.owner, proven);
      this.emit({ type: "status", height: proven, score: device.score, bond: device.bond, flagged: device.flagged, pendingRewards: p.amount });
    }
  }

  private async saveState(): Promise<void> {
    await this.o.stateStore.save(this.state);
  }

  private async report(epoch: bigint, h: bigint, proven: bigint, device: DeviceRecord, params: DevicesParams): Promise<void> {
    const client = this.o.client;
    const pending = this.state.pending;
    if (pending) {
      const pe = BigInt(pending.epoch);
      const onChain = await verifyDeviceReport(client, device.id, pe, proven);
      if (onChain.present) {
        this.emit({ type: "report_accepted", epoch: pe, height: onChain.value!.height });
        this.state.pending = undefined;
        await this.saveState();
      } else if (epochStart(pe + 1n, params.epochLength) + params.reportGraceBlocks <= h) {
        this.state.pending = undefined; // too late to be accepted; never re-signed for another epoch
        await this.saveState();
      } else if (!this.inFlight(`report:${pe}`, proven)) {
        const body = fromHex(pending.body)!;
        // The same stored bytes: re-signing them yields the identical signature (RFC 8032).
        let sig = pending.signature ? fromHex(pending.signature)! : undefined;
        if (!sig) {
          sig = ed25519.sign(reportSignBytes(body), this.priv);
          pending.signature = toHex(sig);
          await this.saveState();
        }
        const r = await this.submit(`report:${pe}`, [msgSubmitReport(this.o.relayer.address, body, sig)]);
        this.emit({ type: "report_submitted", epoch: pe, result: r });
      }
      return;
    }
    const last = this.lastSignedEpoch;
    if (last !== undefined && epoch <= last) return;
    if (h < epochStart(epoch, params.epochLength) + (this.o.reportDelayBlocks ?? 1n)) return;
    const existing = await verifyDeviceReport(client, device.id, epoch, proven);
    if (existing.present) {
      // Reported already (by an earlier install of this key): remember, never sign again.
      this.state.lastSignedEpoch = epoch.toString();
      if (existing.value!.body.nonce > BigInt(this.state.lastNonce)) this.state.lastNonce = existing.value!.body.nonce.toString();
      await this.saveState();
      return;
    }
    const local = BigInt(this.state.lastNonce);
    const nonce = (local > device.lastNonce ? local : device.lastNonce) + 1n;
    const m = await (this.o.measure ?? simulatedMeasurement)({ epoch, device, params });
    const body: ReportBody = { chainId: client.chainId, deviceId: device.id, epoch, nonce, ...m };
    const bytes = encodeReportBody(body);
    // Write-ahead: epoch, nonce and the exact body are durable before any signature exists.
    this.state = { version: 1, lastSignedEpoch: epoch.toString(), lastNonce: nonce.toString(), pending: { epoch: epoch.toString(), body: toHex(bytes) } };
    await this.saveState();
    const sig = ed25519.sign(reportSignBytes(bytes), this.priv);
    this.state.pending!.signature = toHex(sig);
    await this.saveState();
    this.emit({ type: "report_signed", epoch, nonce });
    const r = await this.submit(`report:${epoch}`, [msgSubmitReport(this.o.relayer.address, bytes, sig)]);
    this.emit({ type: "report_submitted", epoch, result: r });
  }

  private product(c: ChallengeRecord): { levels: Uint8Array[][]; rows: Uint32Array[] } {
    const key = `${c.deviceId}:${c.epoch}:${toHex(c.seed)}:${c.n}`;
    if (this.work?.key !== key) {
      const rows = computeProduct(c.seed, c.n);
      this.work = { key, rows, levels: commitRows(rows) };
    }
    return this.work;
  }

  private async challenge(epoch: bigint, proven: bigint, device: DeviceRecord): Promise<void> {
    const key = `${device.id}:${epoch}`;
    if (this.resolved.has(key)) return;
    const r = await verifyChallenge(this.o.client, device.id, epoch, proven);
    if (!r.value) return;
    const c = r.value;
    const S = CHALLENGE_STATUS;
    if (c.status === S.AWAITING_COMMIT && proven < c.commitDeadline && !this.inFlight(`commit:${key}`, proven)) {
      const w = this.product(c);
      const root = merkleRootOf(w.levels);
      const sig = ed25519.sign(commitSignBytes(this.o.client.chainId, device.id, epoch, root), this.priv);
      const res = await this.submit(`commit:${key}`, [msgChallengeCommit(this.o.relayer.address, device.id, epoch, root, sig)]);
      this.emit({ type: "challenge_commit", epoch, root: toHex(root), result: res });
    } else if (c.status === S.AWAITING_REVEAL && proven < c.revealDeadline && !this.inFlight(`reveal:${key}`, proven)) {
      const w = this.product(c);
      if (toHex(merkleRootOf(w.levels)) !== toHex(c.root)) throw new LightClientError("invalid_argument", `committed root of epoch ${epoch} is not ours`);
      const rows = c.sampledRows.map((i) => ({ index: i, values: rowToBytes(w.rows[i]!), proof: merkleProof(w.levels, i) }));
      const res = await this.submit(`reveal:${key}`, [msgChallengeReveal(this.o.relayer.address, device.id, epoch, rows)]);
      this.emit({ type: "challenge_reveal", epoch, rows: c.sampledRows, result: res });
    } else if (c.status >= S.PASSED) {
      this.resolved.add(key);
      this.emit({ type: "challenge_result", epoch, status: c.status, scoreAfter: c.scoreAfter });
    }
  }

  /**
   * Runs until `stop()` (or the signal): a step every `pollMs`; when the RPC fails, waits with
   * exponential backoff and tries again. Refusals to trust (fork, halted, bad proofs) end the run.
   */
  async run(o: { signal?: AbortSignal; maxSteps?: number } = {}): Promise<void> {
    const stopper = new AbortController();
    this.stopper = stopper;
    const signal = anySignal(o.signal, stopper.signal)!;
    this.runSignal = signal;
    try {
      const sleep = this.o.sleep ?? abortableSleep;
      const b = { initialMs: 500, maxMs: 30_000, factor: 2, ...this.o.backoff };
      let delay = b.initialMs;
      let steps = 0;
      while (!signal.aborted) {
        try {
          await this.step();
          delay = b.initialMs;
          if (o.maxSteps !== undefined && ++steps >= o.maxSteps) return;
          await sleep(this.o.pollMs ?? 1000, signal);
        } catch (e) {
          if (!isRetryable(e)) {
            this.emit({ type: "error", error: (e as Error).message });
            throw e;
          }
          this.emit({ type: "backoff", delayMs: delay, error: (e as Error).message });
          await sleep(delay, signal);
          delay = Math.min(b.maxMs, delay * b.factor);
        }
      }
    } finally {
      this.runSignal = undefined;
    }
  }

  stop(): void {
    this.stopper?.abort();
  }
}

