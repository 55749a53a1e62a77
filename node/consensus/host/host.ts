import { Evidence } from "cosmjs-types/tendermint/types/evidence";
import type { ValidatorSet } from "../../../chain/block/validator-set.js";
import type { BlockId, Commit } from "../../../chain/block/types.js";
import { toHex } from "../../../chain/crypto/bytes.js";
import type { P2P, PeerId, PeerInfo } from "../../p2p/types.js";
import type { Logger } from "../../log/logger.js";
import type { ExecutionDeps } from "../../execution/apply-block.js";
import { ConsensusEngine } from "../engine.js";
import { blockIdKey } from "../block-id.js";
import type { ProposerSet, ValidatorUpdate } from "../proposer.js";
import type { ConsensusInput, ConsensusOutput, PrivValidator, ProposalBlockRequest, TimeoutConfig } from "../types.js";
import { buildProposalBlock } from "./block-build.js";
import { BlockCache } from "./block-cache.js";
import { BlockSync } from "./block-sync.js";
import { loadChainState, type ChainTip } from "./chain-tip.js";
import { BS_STATUS, CS_VOTE, encodeEnvelope, encodeVote, type NodeBlock } from "./codec.js";
import { whyInvalid } from "./block-validation.js";
import { EVIDENCE_MAX_AGE, EvidencePool, evidenceKey } from "./evidence-pool.js";
import { Equivocator, onEquivocationDetected, onEvidenceMsg } from "./evidence-gossip.js";
import { executeDecided } from "./execute-block.js";
import { Gossip } from "./gossip.js";
import { newPeerState, type PeerState } from "./peers.js";
import { ProposalParts } from "./proposal-parts.js";
import { decodeProposerSet, type ConsensusSets } from "./valsets.js";
import { WalFile } from "./wal-file.js";

export type { ChainTip };

export interface ConsensusHostOptions {
  chainId: string;
  genesisTime: { seconds: bigint; nanos: number };
  genesisValidators: ValidatorSet["validators"];
  genesisAppHash: Uint8Array;
  maxBlockBytes: number;
  maxBlockGas: bigint;
  consensusHash: Uint8Array;
  exec: ExecutionDeps;
  /** Undefined for a node whose key is not a validator's (it follows). */
  privValidator: PrivValidator | undefined;
  verify: (pubKey: Uint8Array, msg: Uint8Array, sig: Uint8Array) => boolean;
  /** Wall clock in ms for block times and drift checks (a devnet may shift it, see node/test-clock.ts). */
  clock?: () => number;
  p2p: P2P | undefined;
  /** Persistent peers are configured: look for peers ahead of us before joining consensus. */
  expectPeers: boolean;
  walPath: string;
  timeouts: TimeoutConfig;
  maxClockDriftMs: number;
  /** Test only: sign a second, conflicting prevote now and then. */
  equivocate: boolean;
  log: Logger;
  onFatal(err: unknown): void;
}

const GOSSIP_MS = 150;
const STATUS_MS = 1000;

/**
 * The consensus host (reactor): drives the pure engine with the network, timers, the WAL, block
 * building/validation and execution, and runs block sync. Every engine input goes through one
 * promise queue, so outputs (including the async execution of a decided block) are acted on
 * strictly in order.
 *
 * Helpers: ProposalParts (incoming proposals/parts/votes), Gossip (outgoing), BlockSync
 * (catch-up and serving blocks), evidence-gossip, block-build, block-validation, execute-block.
 */
export class ConsensusHost {
  private engine!: ConsensusEngine<NodeBlock>;
  private tip!: ChainTip;
  private sets!: ConsensusSets;
  private wal!: WalFile;
  private readonly pool = new EvidencePool();
  /** Validator sets by height (recent ones), to verify evidence. */
  private readonly setsByHeight = new Map<bigint, ValidatorSet>();
  private readonly peers = new Map<PeerId, PeerState>();
  private readonly cache = new BlockCache();
  private readonly proposals: ProposalParts;
  private readonly gossip: Gossip;
  private readonly sync: BlockSync;
  private readonly equivocator: Equivocator;
  private queue: Promise<void> = Promise.resolve();
  private timers = new Set<NodeJS.Timeout>();
  private intervals: NodeJS.Timeout[] = [];
  private running = false;
  private consensusStarted = false;
  private catchingUp = false;
  private heightStartedAt = performance.now();
  private stopped: Promise<void> | undefined;

  private readonly now: () => number;

  constructor(private readonly o: ConsensusHostOptions) {
    this.now = o.clock ?? Date.now;
    const shared = {
      o,
      cache: this.cache,
      peers: this.peers,
      engine: () => this.engine,
      consensusStarted: () => this.consensusStarted,
      input: (i: ConsensusInput<NodeBlock>) => this.input(i),
      now: () => this.now(),
    };
    this.proposals = new ProposalParts(shared);
    this.gossip = new Gossip({ ...shared, running: () => this.running });
    this.sync = new BlockSync({
      ...shared,
      tip: () => this.tip,
      validators: () => this.sets.validators,
      running: () => this.running,
      setCatchingUp: () => {
        this.catchingUp = true;
      },
      validateBlock: (nb, id, h, live) => this.validateBlock(nb, id, h, live),
      enqueue: (fn) => this.enqueue(fn),
      applyDecided: (nb, id, commit, round) => this.applyDecided(nb, id, commit, round),
      truncateWal: () => this.wal.truncate(),
      startConsensus: () => this.startConsensus(),
    });
    this.equivocator = new Equivocator(o);
  }

  // ------------------------------------------------------------------ public view

  get chainTip(): ChainTip {
    return this.tip;
  }
  get isCatchingUp(): boolean {
    return this.catchingUp;
  }
  /** Validators of the height being decided (tip+1). */
  get currentValidators(): ProposerSet {
    return this.sets.validators;
  }
  get consensusHeight(): bigint | undefined {
    return this.engine?.height;
  }
  get consensusRound(): number {
    return this.engine?.round ?? 0;
  }
  get pendingEvidence(): number {
    return this.pool.size;
  }
  peerList(): PeerInfo[] {
    return this.o.p2p?.peers() ?? [];
  }

  async validatorSetAt(height: bigint): Promise<ValidatorSet | undefined> {
    if (height === this.tip.height + 1n) return this.sets.validators;
    const cached = this.setsByHeight.get(height);
    if (cached) return cached;
    const raw = await this.o.exec.blocks.getValidatorSet(height);
    return raw ? decodeProposerSet(raw) : undefined;
  }

  // ------------------------------------------------------------------ start / stop

  /** Loads the tip, validator sets and WAL. Call before `start`. */
  async init(): Promise<void> {
    const { tip, sets } = await loadChainState(this.o, this.setsByHeight, this.pool);
    this.tip = tip;
    this.sets = sets;
    this.wal = WalFile.open(this.o.walPath);
    this.engine = new ConsensusEngine<NodeBlock>({
      chainId: this.o.chainId,
      privValidator: this.o.privValidator,
      verify: this.o.verify,
      timeouts: this.o.timeouts,
      maxClockDriftMs: this.o.maxClockDriftMs,
      hooks: {
        createProposalBlock: (req) => this.createProposalBlock(req),
        validateBlock: (b, id, height) => this.validateBlock(b, id, height, true),
        blockTime: (b) => b.block.header.time,
      },
    });
  }

  async start(): Promise<void> {
    this.running = true;
    const p2p = this.o.p2p;
    if (p2p) {
      p2p.on("consensus", (from, data) => this.proposals.onConsensusMsg(from, data));
      p2p.on("blocksync", (from, data) => this.sync.onBlockSyncMsg(from, data));
      p2p.on("evidence", (from, data) => onEvidenceMsg(this.o, { tip: this.tip, sets: this.sets, setsByHeight: this.setsByHeight, pool: this.pool }, from, data));
      p2p.onPeer((ev) => {
        if (ev.type === "connected") {
          this.peers.set(ev.peer.id, newPeerState(ev.peer.height ?? 0n));
          p2p.send(ev.peer.id, "blocksync", encodeEnvelope({ kind: BS_STATUS, h: this.tip.height }));
        } else this.peers.delete(ev.peer.id);
      });
      p2p.setHeight(this.tip.height);
      this.intervals.push(setInterval(() => this.broadcastStatus(), STATUS_MS));
      this.intervals.push(setInterval(() => this.gossip.tick(), GOSSIP_MS));
    }
    if (p2p && this.o.expectPeers) {
      this.sync.run().catch((e: unknown) => {
        this.running = false;
        this.o.onFatal(e);
      });
    }
    else this.enqueue(() => this.startConsensus());
  }

  async stop(): Promise<void> {
    if (this.stopped) return this.stopped;
    this.running = false;
    for (const t of this.timers) clearTimeout(t);
    for (const i of this.intervals) clearInterval(i);
    this.stopped = this.queue.then(() => this.wal?.close());
    return this.stopped;
  }

  // ------------------------------------------------------------------ engine driving

  private enqueue(fn: () => Promise<void> | void): void {
    this.queue = this.queue
      .then(async () => {
        if (this.running) await fn();
      })
      .catch((e) => {
        this.running = false;
        this.o.onFatal(e);
      });
  }

  private input(input: ConsensusInput<NodeBlock>): void {
    this.enqueue(async () => {
      if (!this.consensusStarted) return;
      await this.act(this.engine.handle(input));
    });
  }

  private async startConsensus(): Promise<void> {
    this.catchingUp = false;
    this.consensusStarted = true;
    this.heightStartedAt = performance.now();
    const wal = this.wal.records.filter((r) => r.height > this.tip.height);
    if (wal.length > 0) this.o.log.info("replaying consensus WAL", { records: wal.length, height: (this.tip.height + 1n).toString() });
    this.o.log.info("consensus started", { height: (this.tip.height + 1n).toString(), validators: this.sets.validators.validators.length });
    await this.act(
      this.engine.handle({
        kind: "startHeight",
        now: this.now(),
        height: this.tip.height + 1n,
        validators: this.sets.validators,
        nextValidators: this.sets.nextValidators,
        lastCommit: this.tip.lastCommit,
        lastBlockTime: this.tip.lastTime,
        lastValidators: this.sets.last,
        wal,
      }),
    );
  }

  private async act(outs: ConsensusOutput<NodeBlock>[]): Promise<void> {
    for (const o of outs) {
      switch (o.kind) {
        case "walWrite":
          this.wal.append(o.record);
          break;
        case "broadcastProposal": {
          // The proposal, then (for a block of more than one part) each part with its proof.
          const p = o.proposal;
          this.proposals.registerOwn(p);
          for (const [id, ps] of this.peers) this.gossip.sendProposal(id, ps, p, o.block);
          break;
        }
        case "broadcastVote":
          this.o.p2p?.broadcast("consensus", encodeEnvelope({ kind: CS_VOTE, a: encodeVote(o.vote) }));
          if (this.o.equivocate) this.equivocator.maybeEquivocate(o.vote);
          break;
        case "scheduleTimeout": {
          let ms = o.ms;
          if (o.step === "commit") ms = Math.max(0, this.o.timeouts.commitMs - (performance.now() - this.heightStartedAt));
          const t = setTimeout(() => {
            this.timers.delete(t);
            if (o.step === "commit") this.heightStartedAt = performance.now();
            this.input({ kind: "timeout", now: this.now(), height: o.height, round: o.round, step: o.step });
          }, ms);
          this.timers.add(t);
          break;
        }
        case "decide": {
          const updates = await this.applyDecided(o.block, o.blockId, o.commit, o.round);
          this.wal.truncate();
          const next = this.engine.handle({ kind: "blockApplied", now: this.now(), height: o.height, validatorUpdates: updates });
          this.proposals.replayFuture();
          await this.act(next);
          break;
        }
        case "evidence":
          onEquivocationDetected(this.o, this.pool, o.evidence);
          break;
      }
    }
  }

  private broadcastStatus(): void {
    if (!this.running) return;
    this.o.p2p?.broadcast("blocksync", encodeEnvelope({ kind: BS_STATUS, h: this.tip.height }));
  }

  // ------------------------------------------------------------------ execution

  /** Executes and persists a decided (or synced) block; returns the app's validator updates. */
  private async applyDecided(nb: NodeBlock, blockId: BlockId, commit: Commit, round: number): Promise<ValidatorUpdate[]> {
    const t0 = performance.now();
    const block = nb.block;
    const height = block.header.height;
    const { applied, newSets, engineUpdates, evidence, beacon } = await executeDecided(this.o, this.sets, nb, blockId, commit, () => this.cache.bytesOf(nb, blockId));
    this.setsByHeight.set(height, this.sets.validators);
    this.setsByHeight.delete(height - EVIDENCE_MAX_AGE - 1n);
    this.sets = newSets;
    this.pool.markCommitted(evidence.map(evidenceKey));
    this.tip = {
      height,
      lastBlockId: blockId,
      lastCommit: commit,
      lastTime: block.header.time,
      appHash: applied.appHash,
      lastResultsHash: applied.lastResultsHash,
      beacon,
    };
    this.cache.clear();
    this.proposals.resetForHeight(height);
    this.gossip.resetForHeight(height);
    this.o.p2p?.setHeight(height);
    this.broadcastStatus();
    if (!this.catchingUp) {
      this.o.log.info("committed block", {
        height: height.toString(),
        round,
        txs: block.data.txs.length,
        evidence: evidence.length,
        signatures: commit.signatures.filter((s) => s.blockIdFlag === 2).length,
        ms: Math.round(performance.now() - t0),
        app_hash: toHex(applied.appHash).toUpperCase().slice(0, 16),
      });
    }
    return engineUpdates;
  }

  // ------------------------------------------------------------------ block building and validation

  private createProposalBlock(req: ProposalBlockRequest): { block: NodeBlock; blockId: BlockId } {
    const { block, blockId, bytes } = buildProposalBlock(this.o, req, this.tip, this.sets, this.pool);
    this.cache.blockBytes.set(blockIdKey(blockId), bytes);
    return { block, blockId };
  }

  /** Every header field against the local tip, the LastCommit, the beacon, evidence and txs. */
  private validateBlock(nb: NodeBlock, _blockId: BlockId, height: bigint, live: boolean): boolean {
    const why = whyInvalid(this.o, { tip: this.tip, sets: this.sets, pool: this.pool, setsByHeight: this.setsByHeight, now: () => this.now() }, nb, height, live);
    if (why !== undefined) this.o.log.warn("invalid block", { height: height.toString(), reason: why });
    return why === undefined;
  }
}

export type { Evidence };
