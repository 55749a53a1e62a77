/**
 * Simulated PoGCS devices (devnet/tests): each agent holds a device ed25519 key and an owner
 * account, registers with the devnet maker's certificate, bonds to a validator, sends one signed
 * report per epoch and answers its challenges (compute C = A·B, commit the Merkle root, reveal
 * the sampled rows). Modes:
 *   honest  - all of the above;
 *   liar    - signs two conflicting reports for one epoch; submits one and gossips both, and the
 *             watcher (its own funded account) sends MsgReportDoubleReport;
 *   offline - reports for its first epoch, then stops reporting and answering challenges;
 *   lazy    - reports, but computes only half the rows of C (the rest zero), so it fails
 *             challenges with probability 1 - 2^-k.
 * All agents share one polling loop (a Swarm) against one RPC endpoint.
 */
import { ed25519 } from "@noble/curves/ed25519";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { pogcs } from "../../proto/gen/pogcs.js";
import { parseAccAddress, valAddress } from "../../chain/codec/address.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { certificateSignBytes, commitSignBytes, possessionSignBytes, reportSignBytes } from "../../modules/devices/sign-bytes.js";
import { encodeReportBody, ChallengeStatus, DeviceClass, type Capacity, type ReportBody } from "../../modules/devices/types.js";
import { commitRows, computeProduct, merkleProof, merkleRootOf, rowToBytes } from "../../modules/devices/challenge-math.js";
import { epochOf, epochStart } from "../../modules/devices/epochs.js";
import { fromLong, toLong } from "../../modules/devices/long.js";
import { MSG } from "../../modules/devices/msgs.js";
import { ChainRpc, TxSender, type TxOutcome } from "./chain.js";
import { DEVNET_MAKER_ID, deviceCell, deviceKey, devnetMakerKey, ownerSigner, watcherSigner, type EdKey } from "./keys.js";

import P = pogcs.devices.v1;

export type AgentMode = "honest" | "liar" | "offline" | "lazy";
export const AGENT_MODES: readonly AgentMode[] = ["honest", "liar", "offline", "lazy"];

export interface AgentSpec {
  /** Device number: picks the device key, owner account and location. */
  index: number;
  mode: AgentMode;
  /** Validator number i (operator = faucet mnemonic HD index 1000 + i) the device bonds to. */
  validator: number;
  /** Hardware declared at registration (default AGENT_CAPACITY: one simulated RTX 4090). */
  capacity?: Capacity;
}

export const AGENT_CAPACITY: Capacity = { solarPeakW: 0n, storageWh: 0n, gpuModel: "RTX 4090 (simulated)", gpuCount: 1, fp32TflopsMilli: 82_600n };

/** Bond per device (ugcs) and what the faucet sends each owner (bond + fees headroom). */
export const DEFAULT_DEVICE_BOND = 10_000_000n;
export const DEFAULT_OWNER_FUNDS = 50_000_000n;

/** The operator address of devnet validator i (operators are faucet HD index 1000 + i). */
export function devnetValoper(mnemonic: string, i: number): string {
  return valAddress(parseAccAddress(signerFromMnemonic(mnemonic, 1000 + i, { prefix: "gcs" }).address));
}

/**
 * Default assignment for `--devices M`: modes from the counts (liars first from the end, then
 * lazy, then offline; the rest honest); honest devices mostly behind validator 0 (3 of 4), so its
 * power visibly grows, the others round-robin over validators 1..n-1 (a double report zeroes the
 * backing validator's g, so dishonest devices are kept away from validator 0 when n > 1).
 */
export function defaultSpecs(m: number, validators: number, counts: { liars?: number; offline?: number; lazy?: number } = {}): AgentSpec[] {
  const modes: AgentMode[] = Array.from({ length: m }, () => "honest");
  let j = m - 1;
  for (const [mode, k] of [["liar", counts.liars ?? 0], ["lazy", counts.lazy ?? 0], ["offline", counts.offline ?? 0]] as const) {
    for (let c = 0; c < k && j >= 0; c++) modes[j--] = mode;
  }
  if (j < -1 || (counts.liars ?? 0) + (counts.lazy ?? 0) + (counts.offline ?? 0) > m) throw new Error("more liars/lazy/offline devices than --devices");
  let other = 0;
  return modes.map((mode, index) => {
    const others = validators - 1;
    let validator = 0;
    if (others > 0 && (mode !== "honest" || index % 4 === 3)) validator = 1 + (other++ % others);
    return { index, mode, validator };
  });
}

export interface AgentEvent {
  height: number;
  what: string;
  code?: number;
  detail?: string;
}

export interface ChallengeOutcome {
  epoch: bigint;
  status: number;
  score: number;
}

interface Ctx {
  rpc: ChainRpc;
  chainId: string;
  epochLength: bigint;
  makerKey: EdKey;
  log: (s: string) => void;
  gossip: (a: { body: Uint8Array; signature: Uint8Array }, b: { body: Uint8Array; signature: Uint8Array }) => void;
}

const S = ChallengeStatus;
const TERMINAL = new Set<number>([S.CHALLENGE_STATUS_PASSED, S.CHALLENGE_STATUS_FAILED_WRONG, S.CHALLENGE_STATUS_FAILED_LATE]);
const any = (typeUrl: string, value: Uint8Array) => ({ typeUrl, value });

export class DeviceAgent {
  readonly key: EdKey;
  readonly sender: TxSender;
  readonly cell: bigint;
  readonly valoper: string;
  deviceId: bigint | undefined;
  bonded = false;
  /** Epochs with an accepted report. */
  readonly reported = new Set<bigint>();
  readonly challenges = new Map<bigint, ChallengeOutcome>();
  readonly events: AgentEvent[] = [];
  /** Set once an own tx is refused because the device is flagged. */
  flagged = false;
  lied = false;
  private firstReportEpoch: bigint | undefined;
  private readonly work = new Map<bigint, { rows: Uint32Array[]; levels: Uint8Array[][] }>();
  private readonly done = new Set<bigint>();
  private busy = false;
  /** Set by goOffline(): no more reports or challenge answers (a scenario's device that drops out). */
  private silenced = false;

  constructor(readonly spec: AgentSpec, mnemonic: string, private readonly ctx: Ctx, readonly bond: bigint) {
    this.key = deviceKey(mnemonic, spec.index);
    this.sender = new TxSender(ctx.rpc, ownerSigner(mnemonic, spec.index), ctx.chainId);
    this.cell = deviceCell(spec.index);
    this.valoper = devnetValoper(mnemonic, spec.validator);
  }

  get owner(): string {
    return this.sender.address;
  }

  /** From now on the device neither reports nor answers challenges, like an unplugged box. */
  goOffline(): void {
    this.silenced = true;
  }

  get name(): string {
    return `device-${this.spec.index}(${this.spec.mode})`;
  }

  private note(height: number, what: string, r?: TxOutcome, detail?: string): void {
    this.events.push({ height: r?.height || height, what, code: r?.code, detail: detail ?? (r && r.code !== 0 ? `${r.codespace}/${r.code} ${r.log}` : undefined) });
    if (r && r.code !== 0) this.ctx.log(`${this.name}: ${what} refused (${r.stage}) ${r.codespace}/${r.code}: ${r.log}`);
  }

  /** Registers (unless already registered by this owner) and bonds. */
  async onboard(): Promise<void> {
    this.deviceId = await this.findOwnDevice();
    if (this.deviceId === undefined) {
      const location = { h3Cell: this.cell, index: 0 };
      const cap = this.spec.capacity ?? AGENT_CAPACITY;
      const cert = certificateSignBytes({ chainId: this.ctx.chainId, devicePubKey: this.key.pub, deviceClass: DeviceClass.DEVICE_CLASS_GPU, capacity: cap, location });
      const msg = P.MsgRegisterDevice.encode({
        owner: this.owner, makerId: DEVNET_MAKER_ID, devicePubkey: this.key.pub, class: DeviceClass.DEVICE_CLASS_GPU,
        capacity: { solarPeakW: toLong(cap.solarPeakW), storageWh: toLong(cap.storageWh), gpuModel: cap.gpuModel, gpuCount: cap.gpuCount, fp32TflopsMilli: toLong(cap.fp32TflopsMilli) },
        location: { h3Cell: toLong(location.h3Cell), index: location.index },
        makerSignature: ed25519.sign(cert, this.ctx.makerKey.priv),
        deviceSignature: ed25519.sign(possessionSignBytes(this.ctx.chainId, this.owner, this.key.pub), this.key.priv),
      }).finish();
      const r = await this.sender.send([any(MSG.RegisterDevice, msg)]);
      this.note(r.height, "register", r);
      if (r.code !== 0) throw new Error(`${this.name}: registration refused: ${r.codespace}/${r.code} ${r.log}`);
      this.deviceId = await this.findOwnDevice();
      if (this.deviceId === undefined) throw new Error(`${this.name}: registered but not found by owner`);
    }
    const dev = await this.device();
    if (dev && BigInt(dev.bond || "0") > 0n) {
      this.bonded = true;
      return;
    }
    const r = await this.sender.send([any(MSG.BondDevice, P.MsgBondDevice.encode({ owner: this.owner, deviceId: toLong(this.deviceId), amount: this.bond.toString(), validator: this.valoper }).finish())]);
    this.note(r.height, "bond", r);
    if (r.code !== 0) throw new Error(`${this.name}: bond refused: ${r.codespace}/${r.code} ${r.log}`);
    this.bonded = true;
    this.ctx.log(`${this.name}: device ${this.deviceId} registered and bonded to ${this.valoper} at height ${r.height}`);
  }

  private async findOwnDevice(): Promise<bigint | undefined> {
    const v = await this.ctx.rpc.query("/pogcs.devices.v1.Query/DevicesByOwner", P.QueryDevicesByOwnerRequest.encode({ owner: this.owner }).finish());
    if (!v) return undefined;
    const d = P.QueryDevicesResponse.decode(v).devices.find((x: P.IDevice) => Buffer.from(x.pubkey ?? []).equals(Buffer.from(this.key.pub)));
    return d ? fromLong(d.id) : undefined;
  }

  async device(): Promise<P.IDevice | undefined> {
    if (this.deviceId === undefined) return undefined;
    const v = await this.ctx.rpc.query("/pogcs.devices.v1.Query/Device", P.QueryDeviceRequest.encode({ deviceId: toLong(this.deviceId) }).finish());
    return v ? P.QueryDeviceResponse.decode(v).device ?? undefined : undefined;
  }

  /** Called by the swarm for each new height; skipped while the previous step is running. */
  async step(height: number): Promise<void> {
    if (this.busy || !this.bonded || this.deviceId === undefined || this.flagged || this.silenced) return;
    this.busy = true;
    try {
      const epoch = epochOf(BigInt(height), this.ctx.epochLength);
      if (this.answersChallenges(epoch)) {
        await this.challengeStep(height, epoch);
        if (epoch > 0n) await this.challengeStep(height, epoch - 1n);
      }
      if (this.reportsIn(epoch) && !this.reported.has(epoch)) await this.report(height, epoch);
    } catch (e) {
      this.ctx.log(`${this.name}: step at ${height} failed: ${(e as Error).message}`);
    } finally {
      this.busy = false;
    }
  }

  /** Offline devices report in their first epoch only, and never answer challenges. */
  private reportsIn(epoch: bigint): boolean {
    if (this.spec.mode !== "offline") return true;
    return this.firstReportEpoch === undefined || epoch === this.firstReportEpoch;
  }

  private answersChallenges(_epoch: bigint): boolean {
    return this.spec.mode !== "offline";
  }

  private body(epoch: bigint, nonce: bigint, gpuSeconds: bigint): ReportBody {
    return {
      chainId: this.ctx.chainId, deviceId: this.deviceId!, epoch, energyProducedWh: 0n, energyConsumedWh: 2000n, greenWh: 1500n,
      gpuSeconds, uptimePermille: 990, nonce,
    };
  }

  private signed(b: ReportBody): { body: Uint8Array; signature: Uint8Array } {
    const body = encodeReportBody(b);
    return { body, signature: ed25519.sign(reportSignBytes(body), this.key.priv) };
  }

  private async report(height: number, epoch: bigint): Promise<void> {
    // Nonces grow with the epoch, so a restarted agent never reuses one.
    const gpu = 3000n + BigInt((this.spec.index * 37 + Number(epoch) * 11) % 500);
    const a = this.signed(this.body(epoch, epoch * 10n + 1n, gpu));
    const r = await this.sender.send([any(MSG.SubmitReport, P.MsgSubmitReport.encode({ sender: this.owner, body: a.body, signature: a.signature }).finish())]);
    this.note(height, `report e${epoch}`, r);
    if (r.code === 0) {
      this.reported.add(epoch);
      this.firstReportEpoch ??= epoch;
      if (this.spec.mode === "liar" && !this.lied) {
        // A second, different body for the same epoch (more GPU-seconds), signed by the same key.
        const b = this.signed(this.body(epoch, epoch * 10n + 2n, gpu + 100n));
        this.lied = true;
        this.note(height, `signed a conflicting report for e${epoch}`);
        this.ctx.gossip(a, b);
      }
    } else if (r.codespace === "devices" && r.code === 21) {
      this.flagged = true;
    } else if (r.codespace === "devices" && (r.code === 19 || r.code === 18)) {
      this.reported.add(epoch); // already reported (restarted agent) or too late: move on
    }
  }

  private async challengeStep(height: number, epoch: bigint): Promise<void> {
    if (this.done.has(epoch)) return;
    if (BigInt(height) < epochStart(epoch, this.ctx.epochLength)) return;
    const v = await this.ctx.rpc.query("/pogcs.devices.v1.Query/Challenge", P.QueryChallengeRequest.encode({ deviceId: toLong(this.deviceId!), epoch: toLong(epoch) }).finish());
    if (!v) {
      // Selection happens in the epoch's first block, which `height` includes: not challenged.
      this.done.add(epoch);
      return;
    }
    const c = P.QueryChallengeResponse.decode(v).challenge as P.Challenge; // a decoded sub-message is a full Challenge instance
    if (TERMINAL.has(c.status)) {
      this.done.add(epoch);
      this.work.delete(epoch);
      const score = c.scoreAfter ?? 0;
      this.challenges.set(epoch, { epoch, status: c.status, score });
      this.note(height, `challenge e${epoch} resolved`, undefined, `status ${P.ChallengeStatus[c.status]} score ${score}`);
      return;
    }
    if (c.status === S.CHALLENGE_STATUS_AWAITING_COMMIT) {
      const w = this.compute(epoch, c.seed, c.n);
      const root = merkleRootOf(w.levels);
      const signature = ed25519.sign(commitSignBytes(this.ctx.chainId, this.deviceId!, epoch, root), this.key.priv);
      const r = await this.sender.send([any(MSG.ChallengeCommit, P.MsgChallengeCommit.encode({ sender: this.owner, deviceId: toLong(this.deviceId!), epoch: toLong(epoch), root, signature }).finish())]);
      this.note(height, `challenge commit e${epoch}`, r);
    } else if (c.status === S.CHALLENGE_STATUS_AWAITING_REVEAL) {
      const w = this.work.get(epoch);
      if (!w) return; // committed by an earlier run of this agent: cannot reveal; it will fail late
      const rows = c.sampledRows.map((i: number) => ({ index: i, values: rowToBytes(w.rows[i]!), proof: merkleProof(w.levels, i) }));
      const r = await this.sender.send([any(MSG.ChallengeReveal, P.MsgChallengeReveal.encode({ sender: this.owner, deviceId: toLong(this.deviceId!), epoch: toLong(epoch), rows }).finish())]);
      this.note(height, `challenge reveal e${epoch}`, r);
    }
  }

  /** C = A·B (a lazy device computes only the even rows and leaves the rest zero). */
  private compute(epoch: bigint, seed: Uint8Array, n: number): { rows: Uint32Array[]; levels: Uint8Array[][] } {
    let w = this.work.get(epoch);
    if (!w) {
      let rows = computeProduct(seed, n);
      if (this.spec.mode === "lazy") rows = rows.map((r, i) => (i % 2 === 0 ? r : new Uint32Array(n)));
      w = { rows, levels: commitRows(rows) };
      this.work.set(epoch, w);
    }
    return w;
  }
}

/** Submits double-report evidence it hears about (gossiped by liars) from its own account. */
export class Watcher {
  readonly submitted: Array<{ code: number; height: number; log: string }> = [];
  private readonly pending: Array<Promise<unknown>> = [];
  constructor(readonly sender: TxSender, private readonly log: (s: string) => void) {}

  evidence(a: { body: Uint8Array; signature: Uint8Array }, b: { body: Uint8Array; signature: Uint8Array }): void {
    const msg = P.MsgReportDoubleReport.encode({ sender: this.sender.address, bodyA: a.body, signatureA: a.signature, bodyB: b.body, signatureB: b.signature }).finish();
    const p = this.sender.send([any(MSG.ReportDoubleReport, msg)]).then((r) => {
      this.submitted.push({ code: r.code, height: r.height, log: r.log });
      this.log(`watcher: double-report evidence ${r.code === 0 ? "accepted" : "refused"} at height ${r.height} ${r.code ? `${r.codespace}/${r.code} ${r.log}` : ""}`);
    }, (e: Error) => this.log(`watcher: ${e.message}`));
    this.pending.push(p);
  }
}

export interface SwarmOptions {
  /** RPC endpoint(s); agent i uses rpcs[i % rpcs.length]. */
  rpcs: string[];
  chainId: string;
  /** The devnet (faucet) mnemonic: faucet = HD index 0; maker, device keys and owners derive from it. */
  mnemonic: string;
  specs: AgentSpec[];
  bond?: bigint;
  ownerFunds?: bigint;
  pollMs?: number;
  log?: (s: string) => void;
}

/** M device agents plus a watcher, sharing one height-polling loop. */
export class Swarm {
  readonly agents: DeviceAgent[];
  readonly watcher: Watcher;
  readonly rpc: ChainRpc;
  height = 0;
  epochLength = 0n;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly log: (s: string) => void;

  private constructor(readonly o: SwarmOptions, epochLength: bigint) {
    this.log = o.log ?? ((s) => process.stdout.write(s + "\n"));
    this.rpc = new ChainRpc(o.rpcs[0]!);
    this.epochLength = epochLength;
    const makerKey = devnetMakerKey(o.mnemonic);
    this.watcher = new Watcher(new TxSender(this.rpc, watcherSigner(o.mnemonic), o.chainId), this.log);
    this.agents = o.specs.map((spec, i) => new DeviceAgent(spec, o.mnemonic, {
      rpc: new ChainRpc(o.rpcs[i % o.rpcs.length]!), chainId: o.chainId, epochLength, makerKey, log: this.log,
      gossip: (a, b) => this.watcher.evidence(a, b),
    }, o.bond ?? DEFAULT_DEVICE_BOND));
  }

  /** Reads the devices params, funds owners and watcher from the faucet (one tx), onboards every device. */
  static async create(o: SwarmOptions): Promise<Swarm> {
    const rpc = new ChainRpc(o.rpcs[0]!);
    const raw = await rpc.query("/pogcs.devices.v1.Query/Params", P.QueryParamsRequest.encode({}).finish());
    if (!raw) throw new Error("devices params query failed");
    const L = fromLong(P.QueryParamsResponse.decode(raw).params!.epochLength);
    return new Swarm(o, L);
  }

  async fund(): Promise<void> {
    const faucet = new TxSender(this.rpc, signerFromMnemonic(this.o.mnemonic, 0, { prefix: "gcs" }), this.o.chainId);
    const amount = (this.o.ownerFunds ?? DEFAULT_OWNER_FUNDS).toString();
    const targets = [...this.agents.map((a) => a.owner), this.watcher.sender.address];
    const missing: string[] = [];
    for (const t of targets) if (!(await this.rpc.account(t))) missing.push(t);
    if (missing.length === 0) return;
    const msgs = missing.map((to) => any("/cosmos.bank.v1beta1.MsgSend", MsgSend.encode({ fromAddress: faucet.address, toAddress: to, amount: [{ denom: "ugcs", amount }] }).finish()));
    const r = await faucet.send(msgs, { gas: 100_000n * BigInt(msgs.length) + 200_000n });
    if (r.code !== 0) throw new Error(`faucet funding refused: ${r.codespace}/${r.code} ${r.log}`);
    this.log(`faucet funded ${missing.length} device owners/watcher at height ${r.height}`);
  }

  /** Fund, onboard (all devices concurrently), then run the per-block loop until stop(). */
  async start(): Promise<void> {
    await this.fund();
    await Promise.all(this.agents.map((a) => a.onboard()));
    this.loop();
  }

  private loop(): void {
    const tick = async () => {
      if (this.stopped) return;
      try {
        const h = await this.rpc.height();
        if (h > this.height) {
          this.height = h;
          for (const a of this.agents) void a.step(h);
        }
      } catch (e) {
        this.log(`agents: ${(e as Error).message}`);
      }
      if (!this.stopped) this.timer = setTimeout(() => void tick(), this.o.pollMs ?? 100);
    };
    void tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
