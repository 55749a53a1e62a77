import { equal, toHex } from "./bytes.js";
import { detectFork } from "./detector.js";
import { LightClientError, isLightClientError } from "./errors.js";
import type { EvidenceSender, LightClientAttackEvidence } from "./evidence.js";
import { createRecordingEvidenceSender, evidenceToJson } from "./evidence.js";
import { hashHeader, hashValidatorSet } from "./hashing.js";
import { formatLightBlock, formatValidators, parseLightBlock, parseValidator } from "./json.js";
import type { Provider } from "./provider.js";
import { MemoryStore, type PersistedState, type TrustedStore } from "./store.js";
import { DEFAULT_TRUST_LEVEL, type Header, type LightBlock, type TrustLevel } from "./types.js";
import { createNobleVerifier, type SignatureVerifier } from "./verifier-noble.js";
import { validateLightBlock, validateTrustLevel, verifyCommitLightOnly, verifyNonAdjacent, type TrustedBlock, type VerifyOptions } from "./verify.js";

export interface LightClientOptions {
  chainId: string;
  primary: Provider;
  /** Cross-checked after every verification; a conflicting, verifiable header halts the client. */
  witnesses?: Provider[];
  store?: TrustedStore;
  /** Default 1/3, allowed [1/3, 1]. */
  trustLevel?: TrustLevel;
  /** Must be below the unbonding period. Default 14 days. */
  trustingPeriodMs?: number;
  /** Default 10 s. */
  maxClockDriftMs?: number;
  /** Verify every height instead of skipping (bisection). */
  sequential?: boolean;
  verifier?: SignatureVerifier;
  now?: () => number;
  evidenceSender?: EvidenceSender;
  onProgress?: (p: { height: bigint; target: bigint; step: "verified" | "bisect" }) => void;
  /** How many recently verified blocks to keep for queries (default 8). */
  recentSize?: number;
  /** Told when a witness is removed and when none is left (cross-checking has stopped). */
  onWarning?: (w: LightClientWarning) => void;
}

export type LightClientWarning =
  | { code: "witness_removed"; witness: string; message: string }
  | { code: "no_witnesses"; message: string };

/** `none_configured`: no cross-checking was asked for; `exhausted`: every witness was removed. */
export type WitnessStatus = "none_configured" | "ok" | "exhausted";

/** A provider's block for `height`, refused if it is for another height. */
async function fetchAt(p: Provider, height: bigint): Promise<LightBlock> {
  const lb = await p.lightBlock(height);
  if (lb.signedHeader.header.height !== height) {
    throw new LightClientError("provider_error", `${p.id} answered height ${lb.signedHeader.header.height} when asked for ${height}`);
  }
  return lb;
}

export type LightClientStatus = "uninitialized" | "trusted" | "halted";

const DAY = 86_400_000;

export class LightClient {
  readonly chainId: string;
  readonly primary: Provider;
  private witnesses: Provider[];
  private readonly configuredWitnesses: number;
  private readonly warningListeners: Array<(w: LightClientWarning) => void> = [];
  private readonly store: TrustedStore;
  private readonly opts: Required<Pick<LightClientOptions, "trustLevel" | "trustingPeriodMs" | "maxClockDriftMs" | "sequential" | "recentSize">>;
  readonly verifier: SignatureVerifier;
  private readonly now: () => number;
  readonly evidenceSender: EvidenceSender;
  private readonly onProgress: LightClientOptions["onProgress"];
  private trusted: TrustedBlock | undefined;
  private halted: PersistedState["halted"];
  private readonly recent = new Map<bigint, LightBlock>();

  private constructor(o: LightClientOptions) {
    this.chainId = o.chainId;
    this.primary = o.primary;
    this.witnesses = [...(o.witnesses ?? [])];
    this.configuredWitnesses = this.witnesses.length;
    if (o.onWarning) this.warningListeners.push(o.onWarning);
    this.store = o.store ?? new MemoryStore();
    const trustLevel = o.trustLevel ?? DEFAULT_TRUST_LEVEL;
    validateTrustLevel(trustLevel);
    this.opts = {
      trustLevel,
      trustingPeriodMs: o.trustingPeriodMs ?? 14 * DAY,
      maxClockDriftMs: o.maxClockDriftMs ?? 10_000,
      sequential: o.sequential ?? false,
      recentSize: o.recentSize ?? 8,
    };
    this.verifier = o.verifier ?? createNobleVerifier();
    this.now = o.now ?? (() => Date.now());
    this.evidenceSender = o.evidenceSender ?? createRecordingEvidenceSender();
    this.onProgress = o.onProgress;
  }

  /** Creates a client and loads the trusted state from the store, if any. */
  static async create(o: LightClientOptions): Promise<LightClient> {
    const c = new LightClient(o);
    const s = await c.store.load();
    if (s !== undefined) {
      if (s.chainId !== c.chainId) throw new LightClientError("invalid_argument", `store holds chain ${s.chainId}, not ${c.chainId}`);
      const lightBlock = parseLightBlock(s.trusted);
      c.trusted = { lightBlock, nextValidators: s.nextValidators ? { validators: s.nextValidators.map(parseValidator) } : undefined };
      c.halted = s.halted;
      c.remember(lightBlock);
    }
    return c;
  }

  get status(): LightClientStatus {
    return this.halted ? "halted" : this.trusted ? "trusted" : "uninitialized";
  }

  /** Whether headers are still cross-checked against witnesses. */
  get witnessStatus(): WitnessStatus {
    return this.configuredWitnesses === 0 ? "none_configured" : this.witnesses.length > 0 ? "ok" : "exhausted";
  }

  get witnessIds(): string[] {
    return this.witnesses.map((w) => w.id);
  }

  /** Adds a warning listener; returns its removal. */
  onWarning(listener: (w: LightClientWarning) => void): () => void {
    this.warningListeners.push(listener);
    return () => {
      const i = this.warningListeners.indexOf(listener);
      if (i >= 0) this.warningListeners.splice(i, 1);
    };
  }

  private warn(w: LightClientWarning): void {
    for (const l of [...this.warningListeners]) {
      try {
        l(w);
      } catch {
        // a listener's failure is not the client's
      }
    }
  }

  private removeWitness(w: Provider, reason: string): void {
    if (!this.witnesses.includes(w)) return;
    this.witnesses = this.witnesses.filter((x) => x !== w);
    this.warn({ code: "witness_removed", witness: w.id, message: `witness ${w.id} removed: ${reason}` });
    if (this.witnesses.length === 0) {
      this.warn({ code: "no_witnesses", message: `no witnesses left (${this.configuredWitnesses} configured): headers are no longer cross-checked` });
    }
  }

  get haltReason(): PersistedState["halted"] {
    return this.halted;
  }

  get trustedBlock(): LightBlock | undefined {
    return this.trusted?.lightBlock;
  }

  get trustedHeight(): bigint {
    return this.trusted?.lightBlock.signedHeader.header.height ?? 0n;
  }

  verifyOptions(): VerifyOptions {
    return { chainId: this.chainId, ...this.opts, now: this.now(), verifier: this.verifier, cache: new Set() };
  }

  private ensureUsable(): TrustedBlock {
    if (this.halted) throw new LightClientError("client_halted", `the client halted: ${this.halted.message}`, { halted: this.halted });
    if (!this.trusted) throw new LightClientError("not_initialized", "no trusted state: initialize with a trusted height and hash");
    return this.trusted;
  }

  /**
   * Trust-on-first-use from a hash the user got out of band: the block at `height` must hash to
   * `hash` and be signed by +2/3 of its own validators. Replaces any earlier (even halted) state.
   */
  async initialize(trust: { height: bigint; hash: Uint8Array }): Promise<LightBlock> {
    const lb = await this.primary.lightBlock(trust.height);
    const got = hashHeader(lb.signedHeader.header);
    if (lb.signedHeader.header.height !== trust.height || !equal(got, trust.hash)) {
      throw new LightClientError("header_tampered", `block ${trust.height} hashes to ${toHex(got).toUpperCase()}, not the trusted ${toHex(trust.hash).toUpperCase()}`);
    }
    validateLightBlock(lb, this.chainId);
    verifyCommitLightOnly(lb, this.verifyOptions());
    this.recent.clear();
    this.halted = undefined;
    await this.commit({ lightBlock: lb });
    return lb;
  }

  /** Verifies up to the primary's latest block (skipping unless sequential) and trusts it. */
  async sync(): Promise<LightBlock> {
    this.ensureUsable();
    return this.verifyTarget(await this.primary.lightBlock());
  }

  /** The verified light block at `height`: from the recent cache, backwards by hashes, or forwards. */
  async verifyAtHeight(height: bigint): Promise<LightBlock> {
    const t = this.ensureUsable();
    const cached = this.recent.get(height);
    if (cached) return cached;
    const th = t.lightBlock.signedHeader.header.height;
    if (height > th) return this.verifyTarget(await fetchAt(this.primary, height));
    return this.verifyBackwards(height);
  }

  /** Verifies a block obtained elsewhere (pushed by a subscription, carried by a device). */
  async verifyTarget(target: LightBlock): Promise<LightBlock> {
    const trusted = this.ensureUsable();
    const targetHeight = target.signedHeader.header.height;
    if (targetHeight <= trusted.lightBlock.signedHeader.header.height) {
      const known = this.recent.get(targetHeight) ?? (await this.verifyBackwards(targetHeight));
      if (!equal(hashHeader(known.signedHeader.header), hashHeader(target.signedHeader.header))) {
        throw new LightClientError("header_tampered", `block ${targetHeight} conflicts with the verified header at that height`);
      }
      return known;
    }
    const trace = this.opts.sequential
      ? await this.verifySequential(this.primary, trusted, target)
      : await this.verifySkipping(this.primary, trusted, target);
    // Once every configured witness is gone the client goes on unchecked, as witnessStatus
    // "exhausted" and a "no_witnesses" warning say (CometBFT refuses with ErrNoWitnesses instead).
    if (this.witnesses.length > 0) {
      await detectFork({
        client: this,
        trace,
        witnesses: this.witnesses,
        removeWitness: (w, reason) => this.removeWitness(w, reason),
        halt: (ev, message) => this.halt(ev, message),
      });
    }
    for (const b of trace.slice(1)) this.remember(b.lightBlock);
    await this.commit(trace[trace.length - 1]!);
    return target;
  }

  /** One adjacent step at a time from `trusted` to `target`. */
  async verifySequential(source: Provider, trusted: TrustedBlock, target: LightBlock): Promise<TrustedBlock[]> {
    const trace = [trusted];
    const th = trusted.lightBlock.signedHeader.header.height;
    const h = target.signedHeader.header.height;
    let cur = trusted;
    for (let x = th + 1n; x <= h; x++) {
      const lb = x === h ? target : await fetchAt(source, x);
      verifyNonAdjacent(cur, lb, this.verifyOptions());
      cur = { lightBlock: lb };
      trace.push(cur);
      this.onProgress?.({ height: x, target: h, step: "verified" });
    }
    return trace;
  }

  /**
   * Bisection (CometBFT light/client.go verifySkipping): try the target from the latest verified
   * block; when too little of the trusted power signed it, fetch a pivot at 9/16 of the gap and
   * recurse. Only `insufficient_trusted_power` leads to bisection: any other error is a refusal.
   */
  async verifySkipping(source: Provider, trusted: TrustedBlock, target: LightBlock): Promise<TrustedBlock[]> {
    const trace = [trusted];
    const pending = [target];
    let depth = 0;
    let verified = trusted;
    const targetHeight = target.signedHeader.header.height;
    for (;;) {
      const cur = pending[depth]!;
      const vh = verified.lightBlock.signedHeader.header.height;
      const ch = cur.signedHeader.header.height;
      try {
        if (ch !== vh + 1n) await this.loadNextValidators(source, verified);
        verifyNonAdjacent(verified, cur, this.verifyOptions());
      } catch (e) {
        if (!isLightClientError(e, "insufficient_trusted_power")) throw e;
        if (depth === pending.length - 1) {
          let pivot = vh + ((ch - vh) * 9n) / 16n;
          if (pivot <= vh) pivot = vh + 1n;
          if (pivot >= ch) throw e;
          pending.push(await fetchAt(source, pivot));
          this.onProgress?.({ height: pivot, target: targetHeight, step: "bisect" });
        }
        depth++;
        continue;
      }
      verified = { lightBlock: cur };
      trace.push(verified);
      this.onProgress?.({ height: ch, target: targetHeight, step: "verified" });
      if (depth === 0) return trace;
      pending.length = depth;
      depth = 0;
    }
  }

  /** The validators of height h+1 for a verified block at h, checked against next_validators_hash. */
  private async loadNextValidators(source: Provider, b: TrustedBlock): Promise<void> {
    if (b.nextValidators) return;
    const h = b.lightBlock.signedHeader.header;
    if (equal(h.nextValidatorsHash, h.validatorsHash)) {
      b.nextValidators = b.lightBlock.validatorSet;
      return;
    }
    const next = await source.validators(h.height + 1n);
    if (!equal(hashValidatorSet(next), h.nextValidatorsHash)) {
      throw new LightClientError("validator_set_mismatch", `validators of ${h.height + 1n} do not hash to next_validators_hash of ${h.height}`);
    }
    b.nextValidators = next;
  }

  /** Below the trusted height: follow last_block_id hashes down from the nearest known block. */
  private async verifyBackwards(height: bigint): Promise<LightBlock> {
    if (height < 1n) throw new LightClientError("invalid_argument", `height ${height}`);
    let above = this.trusted!.lightBlock;
    for (const [h, b] of this.recent) if (h > height && h < above.signedHeader.header.height) above = b;
    for (let h = above.signedHeader.header.height - 1n; h >= height; h--) {
      const lb = await fetchAt(this.primary, h);
      validateLightBlock(lb, this.chainId);
      if (!equal(hashHeader(lb.signedHeader.header), above.signedHeader.header.lastBlockId.hash)) {
        throw new LightClientError("header_tampered", `header ${h} is not the parent of verified header ${h + 1n}`);
      }
      above = lb;
    }
    this.remember(above);
    return above;
  }

  /** The app hash of the state after block `height` (it lives in header height+1). */
  async verifiedAppHash(height: bigint): Promise<{ appHash: Uint8Array; header: Header }> {
    const lb = await this.verifyAtHeight(height + 1n);
    return { appHash: lb.signedHeader.header.appHash, header: lb.signedHeader.header };
  }

  private remember(lb: LightBlock): void {
    this.recent.set(lb.signedHeader.header.height, lb);
    while (this.recent.size > this.opts.recentSize) {
      let min: bigint | undefined;
      for (const h of this.recent.keys()) if (min === undefined || h < min) min = h;
      this.recent.delete(min!);
    }
  }

  private async commit(b: TrustedBlock): Promise<void> {
    const h = b.lightBlock.signedHeader.header;
    if (!b.nextValidators && equal(h.nextValidatorsHash, h.validatorsHash)) b.nextValidators = b.lightBlock.validatorSet;
    this.trusted = b;
    this.remember(b.lightBlock);
    await this.persist();
  }

  private async persist(): Promise<void> {
    const t = this.trusted!;
    await this.store.save({
      version: 1,
      chainId: this.chainId,
      trusted: formatLightBlock(t.lightBlock),
      nextValidators: t.nextValidators ? formatValidators(t.nextValidators) : undefined,
      halted: this.halted,
    });
  }

  private async halt(ev: LightClientAttackEvidence, message: string): Promise<never> {
    this.halted = { code: "fork_detected", message, evidence: evidenceToJson(ev) };
    await this.persist();
    throw new LightClientError("fork_detected", message, { evidence: ev });
  }
}
