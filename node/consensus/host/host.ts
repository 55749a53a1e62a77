import { TxRaw, TxBody, AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { Evidence } from "cosmjs-types/tendermint/types/evidence";
import { DuplicateVoteEvidence as DveProto } from "cosmjs-types/tendermint/types/evidence";
import { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { verifyCommit } from "../../../chain/block/commit-verify.js";
import { dataHash, evidenceHash, lastResultsHash } from "../../../chain/block/data-hash.js";
import { commitHash, proposalSignBytes, voteSignBytes } from "../../../chain/block/vote.js";
import { BLOCK_PART_SIZE_BYTES, makePartSet, type PartSet } from "../../../chain/block/part-set.js";
import { validatorSetHash, type ValidatorSet } from "../../../chain/block/validator-set.js";
import { isZeroBlockId, zeroBlockId, type BlockId, type Commit } from "../../../chain/block/types.js";
import { equalBytes, toHex } from "../../../chain/crypto/bytes.js";
import { sha256 } from "../../../chain/crypto/hash.js";
import { randomBytes } from "node:crypto";
import type { P2P, PeerId, PeerInfo } from "../../p2p/types.js";
import type { Logger } from "../../log/logger.js";
import { applyBlock, type ExecutionDeps } from "../../execution/apply-block.js";
import type { DbOp } from "../../blockstore/block-store.js";
import { buildBlock, emptyCommit, BLOCK_PROTOCOL } from "../../producer/build-block.js";
import { ConsensusEngine } from "../engine.js";
import { blockIdKey, compareTimestamps, sameBlockId, timestampToMs } from "../block-id.js";
import { advanceValidatorSets, genesisValidatorSets, proposerForRound, type ProposerSet, type ValidatorUpdate } from "../proposer.js";
import {
  PREVOTE,
  type ConsensusInput,
  type ConsensusOutput,
  type DuplicateVoteEvidence,
  type PrivValidator,
  type Proposal,
  type ProposalBlockRequest,
  type TimeoutConfig,
  type Vote,
} from "../types.js";
import { beaconSignBytes, beaconValue, genesisBeacon } from "./beacon.js";
import {
  BS_NO_BLOCK, BS_REQUEST, BS_RESPONSE, BS_STATUS, CS_BLOCK_PART, CS_HAS_BLOCK, CS_PROPOSAL, CS_VOTE,
  blockPartFromEnvelope, encodeBlockPart, type BlockPartMsg,
  decodeCommit, decodeEnvelope, decodeEvidence, decodeProposal, decodeVote, encodeCommit, encodeEnvelope, encodeEvidence,
  encodeProposal, encodeVote, evidenceFromProto, nodeBlockId, parseNodeBlock, serializeNodeBlock, type NodeBlock,
} from "./codec.js";
import { PartAssembler } from "./parts.js";
import { checkEvidence, EVIDENCE_MAX_AGE, EvidencePool, evidenceKey } from "./evidence-pool.js";
import { decodeConsensusSets, decodeProposerSet, encodeConsensusSets, encodeProposerSet, type ConsensusSets } from "./valsets.js";
import { WalFile } from "./wal-file.js";
import { computeSyncProgress } from "../../log/progress.js";

/** The node's view of its last committed block (what the next block builds on). */
export interface ChainTip {
  height: bigint;
  lastBlockId: BlockId;
  lastCommit: Commit | undefined;
  lastTime: { seconds: bigint; nanos: number };
  appHash: Uint8Array;
  lastResultsHash: Uint8Array;
  /** beacon_{height} (the genesis beacon at height 0). */
  beacon: Uint8Array;
}

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
const SYNC_WINDOW = 16;
const SYNC_REQUEST_TIMEOUT_MS = 3000;
/** How long a starting node listens for peers' heights before it joins consensus. */
const SYNC_GRACE_MS = 2500;
/** Per-peer "already sent" sets are cleared this often, so what a peer still lacks is re-sent. */
const RESEND_MS = 2000;
/** Proposals (hence part sets) are accepted up to this many rounds ahead of ours. */
const PART_ROUNDS_AHEAD = 4;
/** `has block` hints kept per peer. */
const MAX_PEER_HAS = 64;
/** CometBFT's MaxHeaderBytes, MaxOverheadForBlock, MaxCommitOverheadBytes, MaxCommitSigBytes. */
const MAX_HEADER_BYTES = 626;
const MAX_BLOCK_OVERHEAD = 11;
const MAX_COMMIT_OVERHEAD = 94;
const MAX_COMMIT_SIG_BYTES = 109;
/** The beacon field (tag 1000 + length + 64-byte signature) with slack. */
const BEACON_FIELD_BYTES = 80;

interface PeerState {
  height: bigint;
  /** When we first saw this peer ahead of our consensus height (catch-up pull). */
  aheadSince: number;
  sent: Set<string>;
  sentAt: number;
  /** `${height}/${part set hash hex}` of blocks the peer told us it holds (CS_HAS_BLOCK). */
  has: Set<string>;
  /** Parts the peer sent us (so it holds them), by `partKey`; cleared at each new height. */
  partsKnown: Set<string>;
}

function partKey(height: bigint, round: number, partSetHash: Uint8Array, index: number): string {
  return `${height}/${round}/${toHex(partSetHash)}/${index}`;
}

/**
 * The consensus host (reactor): drives the pure engine with the network, timers, the WAL, block
 * building/validation and execution, and runs block sync. Every engine input goes through one
 * promise queue, so outputs (including the async execution of a decided block) are acted on
 * strictly in order.
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
  private readonly blockBytes = new Map<string, Uint8Array>();
  /** Part sets of blocks we hold (own proposal, assembled, inline), to send and relay parts. */
  private readonly partSets = new Map<string, PartSet>();
  /** Part sets being assembled, per (height, round) of a proposal whose signature we checked. */
  private parts!: PartAssembler;
  private readonly maxParts: number;
  /** The signature-checked proposal of each (height, round) that opened a part set. */
  private readonly roundProposals = new Map<string, Proposal>();
  private readonly proposerKeys = new Map<string, Uint8Array>();
  /** Proposals and parts of the next height, replayed once we get there. */
  private future: Array<{ from: PeerId; data: Uint8Array }> = [];
  private futureBytes = 0;
  private queue: Promise<void> = Promise.resolve();
  private timers = new Set<NodeJS.Timeout>();
  private intervals: NodeJS.Timeout[] = [];
  private running = false;
  private consensusStarted = false;
  private catchingUp = false;
  private heightStartedAt = performance.now();
  private readonly equivocated = new Set<bigint>();
  private syncTarget = 0n;
  private readonly syncBlocks = new Map<bigint, { nb: NodeBlock; bytes: Uint8Array; commit: Commit; from: PeerId }>();
  private readonly syncRequests = new Map<bigint, { peer: PeerId; at: number; attempt: number }>();
  private catchUpRequested = new Map<bigint, number>();
  private stopped: Promise<void> | undefined;

  private readonly now: () => number;

  constructor(private readonly o: ConsensusHostOptions) {
    this.now = o.clock ?? Date.now;
    this.maxParts = Math.max(1, Math.ceil(o.maxBlockBytes / BLOCK_PART_SIZE_BYTES));
    this.parts = new PartAssembler(this.maxParts);
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
    const bs = this.o.exec.blocks;
    const h = bs.height;
    if (h === 0n) {
      const g = genesisValidatorSets(this.o.genesisValidators);
      this.sets = { last: undefined, validators: g.validators, nextValidators: g.nextValidators };
      this.tip = {
        height: 0n,
        lastBlockId: emptyCommit().blockId,
        lastCommit: undefined,
        lastTime: this.o.genesisTime,
        appHash: this.o.genesisAppHash,
        lastResultsHash: lastResultsHash([]),
        beacon: genesisBeacon(this.o.chainId),
      };
    } else {
      const last = (await bs.getBlock(h))!;
      const commit = await bs.getCommit(h);
      const results = (await bs.getResults(h)) ?? ResponseFinalizeBlock.fromPartial({});
      const raw = await bs.getConsensusState();
      if (raw) this.sets = decodeConsensusSets(raw);
      else {
        // A store written before consensus kept no sets: replay the (update-free) history.
        let g = genesisValidatorSets(this.o.genesisValidators);
        let last: ProposerSet | undefined;
        for (let i = 1n; i <= h; i++) {
          last = g.validators;
          g = advanceValidatorSets(g.nextValidators, []);
        }
        this.sets = { last, validators: g.validators, nextValidators: g.nextValidators };
      }
      const beacon = await bs.getBeacon(h);
      this.tip = {
        height: h,
        lastBlockId: last.meta.blockId,
        lastCommit: commit,
        lastTime: last.block.header.time,
        appHash: this.o.exec.app.appHash,
        lastResultsHash: lastResultsHash(results.txResults.map((r) => ({ code: r.code, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed }))),
        // Blocks from before the beacon existed: continue from a hash of the last block id.
        beacon: beacon?.value ?? sha256(last.meta.blockId.hash),
      };
      for (let x = h > EVIDENCE_MAX_AGE ? h - EVIDENCE_MAX_AGE : 1n; x <= h; x++) {
        const s = await bs.getValidatorSet(x);
        if (s) this.setsByHeight.set(x, decodeProposerSet(s));
      }
      this.pool.markCommitted(await bs.committedEvidenceKeys());
    }
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
      p2p.on("consensus", (from, data) => this.onConsensusMsg(from, data));
      p2p.on("blocksync", (from, data) => this.onBlockSyncMsg(from, data));
      p2p.on("evidence", (from, data) => this.onEvidenceMsg(from, data));
      p2p.onPeer((ev) => {
        if (ev.type === "connected") {
          this.peers.set(ev.peer.id, { height: ev.peer.height ?? 0n, aheadSince: 0, sent: new Set(), sentAt: 0, has: new Set(), partsKnown: new Set() });
          p2p.send(ev.peer.id, "blocksync", encodeEnvelope({ kind: BS_STATUS, h: this.tip.height }));
        } else this.peers.delete(ev.peer.id);
      });
      p2p.setHeight(this.tip.height);
      this.intervals.push(setInterval(() => this.broadcastStatus(), STATUS_MS));
      this.intervals.push(setInterval(() => this.gossipTick(), GOSSIP_MS));
    }
    if (p2p && this.o.expectPeers) void this.blockSync();
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
          this.parts.setProposal(p.height, p.round, p.blockId.partSetHeader);
          this.parts.markComplete(p.height, p.round);
          this.roundProposals.set(`${p.height}/${p.round}`, p);
          for (const [id, ps] of this.peers) this.sendProposal(id, ps, p, o.block);
          break;
        }
        case "broadcastVote":
          this.o.p2p?.broadcast("consensus", encodeEnvelope({ kind: CS_VOTE, a: encodeVote(o.vote) }));
          if (this.o.equivocate) this.maybeEquivocate(o.vote);
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
          this.replayFuture();
          await this.act(next);
          break;
        }
        case "evidence":
          if (this.pool.add(o.evidence)) {
            this.o.log.warn("equivocation detected", { validator: toHex(o.evidence.voteA.validatorAddress).toUpperCase(), height: o.evidence.voteA.height.toString() });
            this.o.p2p?.broadcast("evidence", encodeEvidence(o.evidence));
          }
          break;
      }
    }
  }

  private partSetOf(id: BlockId, bytes: Uint8Array): PartSet {
    const k = blockIdKey(id);
    let ps = this.partSets.get(k);
    if (!ps) {
      ps = makePartSet(bytes, BLOCK_PART_SIZE_BYTES);
      this.partSets.set(k, ps);
    }
    return ps;
  }

  private bytesOf(nb: NodeBlock, id: BlockId): Uint8Array {
    const k = blockIdKey(id);
    let b = this.blockBytes.get(k);
    if (!b) {
      b = serializeNodeBlock(nb);
      this.blockBytes.set(k, b);
    }
    return b;
  }

  /** Test switch: a second prevote for another value in the same round (double signing). */
  private maybeEquivocate(v: Vote): void {
    const me = this.o.privValidator;
    if (!me || v.type !== PREVOTE || !equalBytes(v.validatorAddress, me.address) || v.height < 2n || this.equivocated.has(v.height)) return;
    if (v.height % 3n !== 0n) return;
    this.equivocated.add(v.height);
    const other: BlockId = isZeroBlockId(v.blockId)
      ? { hash: new Uint8Array(randomBytes(32)), partSetHeader: { total: 1, hash: new Uint8Array(randomBytes(32)) } }
      : zeroBlockId();
    const twin: Vote = { ...v, blockId: other, signature: new Uint8Array() };
    twin.signature = me.sign(voteSignBytes(this.o.chainId, twin));
    this.o.log.warn("TEST: equivocating (second prevote)", { height: v.height.toString(), round: v.round });
    this.o.p2p?.broadcast("consensus", encodeEnvelope({ kind: CS_VOTE, a: encodeVote(twin) }));
  }

  // ------------------------------------------------------------------ execution

  /** Executes and persists a decided (or synced) block; returns the app's validator updates. */
  private async applyDecided(nb: NodeBlock, blockId: BlockId, commit: Commit, round: number): Promise<ValidatorUpdate[]> {
    const t0 = performance.now();
    const block = nb.block;
    const height = block.header.height;
    const beacon = beaconValue(nb.beaconSig);
    const evidence = (block.evidence?.evidence ?? []).map((e) => evidenceFromProto(e.duplicateVoteEvidence!));
    const bytes = this.bytesOf(nb, blockId);
    let newSets: ConsensusSets | undefined;
    let engineUpdates: ValidatorUpdate[] = [];
    const bs = this.o.exec.blocks;
    const applied = await applyBlock(this.o.exec, block, blockId, commit, bytes.length, {
      randomness: beacon,
      lastValidators: this.sets.last?.validators,
      totalVotingPower: this.sets.validators.validators.reduce((n, v) => n + v.votingPower, 0n),
      events: [
        {
          type: "beacon",
          attributes: [
            { key: "height", value: height.toString(), index: true },
            { key: "value", value: toHex(beacon).toUpperCase(), index: false },
            { key: "signature", value: Buffer.from(nb.beaconSig).toString("base64"), index: false },
          ],
        },
      ],
      extraOps: (updates) => {
        engineUpdates = updates.map((u) => ({ pubKey: u.pubKey, address: sha256(u.pubKey).slice(0, 20), power: u.power }));
        const adv = advanceValidatorSets(this.sets.nextValidators, engineUpdates);
        newSets = { last: this.sets.validators, validators: adv.validators, nextValidators: adv.nextValidators };
        const ops: DbOp[] = [
          ...bs.beaconOps(height, nb.beaconSig, beacon),
          ...bs.consensusStateOps(encodeConsensusSets(newSets)),
          ...bs.validatorSetOps(height, encodeProposerSet(this.sets.validators)),
        ];
        for (const e of evidence) ops.push(...bs.committedEvidenceOps(evidenceKey(e), height));
        return ops;
      },
    });
    this.setsByHeight.set(height, this.sets.validators);
    this.setsByHeight.delete(height - EVIDENCE_MAX_AGE - 1n);
    this.sets = newSets!;
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
    this.blockBytes.clear();
    this.partSets.clear();
    this.parts.prune(height + 1n);
    this.proposerKeys.clear();
    for (const k of [...this.roundProposals.keys()]) if (BigInt(k.slice(0, k.indexOf("/"))) <= height) this.roundProposals.delete(k);
    this.catchUpRequested.clear();
    for (const p of this.peers.values()) {
      p.sent.clear();
      p.partsKnown.clear();
      for (const k of [...p.has]) if (BigInt(k.slice(0, k.indexOf("/"))) <= height) p.has.delete(k);
    }
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
    const me = this.o.privValidator!;
    const evidence = this.pool.forBlock(req.height);
    // CometBFT's MaxDataBytes: what is left of max_bytes after the header, the LastCommit (one
    // signature per validator), the evidence and (ours) the beacon field; each tx also costs its
    // protobuf tag and length.
    const evidenceBytes = evidence.reduce((n, e) => n + protoFieldBytes(Evidence.encode(e).finish().length), 0);
    const budget =
      this.o.maxBlockBytes - MAX_BLOCK_OVERHEAD - MAX_HEADER_BYTES - MAX_COMMIT_OVERHEAD -
      MAX_COMMIT_SIG_BYTES * this.sets.validators.validators.length - evidenceBytes - BEACON_FIELD_BYTES;
    let txs = this.o.exec.mempool.reap(Math.max(0, budget), this.o.maxBlockGas);
    let used = 0;
    let n = 0;
    for (; n < txs.length; n++) {
      const c = protoFieldBytes(txs[n]!.length);
      if (used + c > budget) break;
      used += c;
    }
    txs = txs.slice(0, n);
    const beaconSig = me.sign(beaconSignBytes(this.o.chainId, req.height, this.tip.beacon));
    const build = () => buildBlock({
      chainId: this.o.chainId,
      height: req.height,
      time: req.time,
      lastBlockId: this.tip.lastBlockId,
      lastCommit: req.lastCommit,
      txs,
      validators: this.sets.validators,
      nextValidators: this.sets.nextValidators,
      consensusHash: this.o.consensusHash,
      appHash: this.tip.appHash,
      lastResultsHash: this.tip.lastResultsHash,
      proposer: req.proposerAddress,
      evidence,
    });
    let nb: NodeBlock = { block: build().block, beaconSig };
    let bytes = serializeNodeBlock(nb);
    // The estimate above is CometBFT's upper bound; should it ever fall short, drop txs until it fits.
    while (bytes.length > this.o.maxBlockBytes && txs.length > 0) {
      let excess = bytes.length - this.o.maxBlockBytes;
      while (excess > 0 && txs.length > 0) excess -= protoFieldBytes(txs.pop()!.length);
      nb = { block: build().block, beaconSig };
      bytes = serializeNodeBlock(nb);
    }
    const blockId = nodeBlockId(nb, bytes);
    this.blockBytes.set(blockIdKey(blockId), bytes);
    return { block: nb, blockId };
  }

  /** Every header field against the local tip, the LastCommit, the beacon, evidence and txs. */
  private validateBlock(nb: NodeBlock, blockId: BlockId, height: bigint, live: boolean): boolean {
    const why = this.whyInvalid(nb, blockId, height, live);
    if (why !== undefined) this.o.log.warn("invalid block", { height: height.toString(), reason: why });
    return why === undefined;
  }

  private whyInvalid(nb: NodeBlock, _blockId: BlockId, height: bigint, live: boolean): string | undefined {
    const b = nb.block;
    const h = b.header;
    const tip = this.tip;
    if (height !== tip.height + 1n) return "not the next height";
    if (h.height !== height) return "header height";
    if (h.chainId !== this.o.chainId) return "chain id";
    if (h.version?.block !== BLOCK_PROTOCOL) return "block protocol version";
    if (!sameBlockId(h.lastBlockId!, tip.lastBlockId)) return "last block id";
    if (height === 1n) {
      if (h.lastCommitHash.length !== 0) return "last commit hash at height 1";
    } else {
      const lc = b.lastCommit;
      if (!lc || !equalBytes(h.lastCommitHash, commitHash(lc))) return "last commit hash";
      try {
        verifyCommit(this.o.chainId, this.sets.last!, tip.lastBlockId, tip.height, lc, this.o.verify);
      } catch (e) {
        return `last commit: ${(e as Error).message}`;
      }
    }
    if (!equalBytes(h.dataHash, dataHash(b.data.txs))) return "data hash";
    if (!equalBytes(h.validatorsHash, validatorSetHash(this.sets.validators))) return "validators hash";
    if (!equalBytes(h.nextValidatorsHash, validatorSetHash(this.sets.nextValidators))) return "next validators hash";
    if (!equalBytes(h.consensusHash, this.o.consensusHash)) return "consensus hash";
    if (!equalBytes(h.appHash, tip.appHash)) return "app hash";
    if (!equalBytes(h.lastResultsHash, tip.lastResultsHash)) return "last results hash";
    const proposer = this.sets.validators.validators.find((v) => equalBytes(v.address, h.proposerAddress));
    if (!proposer) return "proposer not a validator";
    if (!this.o.verify(proposer.pubKey, beaconSignBytes(this.o.chainId, height, tip.beacon), nb.beaconSig)) return "beacon signature";
    if (compareTimestamps(h.time, tip.lastTime) <= 0) return "time not after the previous block";
    if (live && timestampToMs(h.time) > this.now() + this.o.maxClockDriftMs) return "time too far in the future";
    // evidence
    const evs = b.evidence?.evidence ?? [];
    const evBytes: Uint8Array[] = [];
    const seen = new Set<string>();
    for (const e of evs) {
      if (!e.duplicateVoteEvidence) return "unsupported evidence";
      evBytes.push(DveProto.encode(e.duplicateVoteEvidence).finish());
      let ev: DuplicateVoteEvidence;
      try {
        ev = evidenceFromProto(e.duplicateVoteEvidence);
      } catch {
        return "malformed evidence";
      }
      const k = evidenceKey(ev);
      if (seen.has(k) || this.pool.committed.has(k)) return "duplicate evidence";
      seen.add(k);
      if (ev.voteA.height >= height || height - ev.voteA.height > EVIDENCE_MAX_AGE) return "evidence height";
      const why = checkEvidence(this.o.chainId, ev, this.setsByHeight.get(ev.voteA.height), this.o.verify);
      if (why) return `evidence: ${why}`;
    }
    if (!equalBytes(h.evidenceHash, evidenceHash(evBytes))) return "evidence hash";
    // txs decode
    for (const tx of b.data.txs) {
      try {
        const raw = TxRaw.decode(tx);
        TxBody.decode(raw.bodyBytes);
        AuthInfo.decode(raw.authInfoBytes);
      } catch {
        return "undecodable tx";
      }
    }
    return undefined;
  }

  // ------------------------------------------------------------------ network: consensus

  private onConsensusMsg(from: PeerId, data: Uint8Array): void {
    if (!this.consensusStarted) return;
    try {
      const e = decodeEnvelope(data);
      if (e.kind === CS_VOTE && e.a) {
        const vote = decodeVote(e.a);
        this.input({ kind: "vote", now: this.now(), vote });
        return;
      }
      const h = this.engine.height;
      if (h === undefined) return;
      if (e.kind === CS_PROPOSAL && e.a) {
        const proposal = decodeProposal(e.a);
        if (proposal.height === h + 1n) this.defer(from, data);
        else if (proposal.height === h) this.onProposalMsg(from, proposal, e.b);
        return;
      }
      if (e.kind === CS_BLOCK_PART) {
        const m = blockPartFromEnvelope(e);
        if (m.height === h + 1n) this.defer(from, data);
        else if (m.height === h) this.onBlockPart(from, m);
        return;
      }
      if (e.kind === CS_HAS_BLOCK && e.b && e.h !== undefined) {
        const ps = this.peers.get(from);
        if (ps && ps.has.size < MAX_PEER_HAS && e.h >= h) ps.has.add(`${e.h}/${toHex(e.b)}`);
        return;
      }
    } catch (err) {
      this.o.p2p?.punish(from, `bad consensus message: ${(err as Error).message}`);
    }
  }

  /** Keeps a proposal or part of the next height (bounded) until the engine gets there. */
  private defer(from: PeerId, data: Uint8Array): void {
    const maxMsgs = 2 * this.maxParts + 64;
    if (this.future.length >= maxMsgs || this.futureBytes + data.length > 2 * this.o.maxBlockBytes + 4 * 1_048_576) return;
    this.future.push({ from, data });
    this.futureBytes += data.length;
  }

  private replayFuture(): void {
    const msgs = this.future;
    this.future = [];
    this.futureBytes = 0;
    for (const m of msgs) this.onConsensusMsg(m.from, m.data);
  }

  /**
   * A proposal of our height: its signature is checked here (the engine checks it again) so that
   * only the round's real proposal opens a part set; the engine gets the proposal at once and the
   * block when we hold it (inline single-part block, a block we already have, or all parts).
   */
  private onProposalMsg(from: PeerId, proposal: Proposal, inline: Uint8Array | undefined): void {
    const h = proposal.height;
    const r = proposal.round;
    if (!Number.isInteger(r) || r < 0 || r > this.engine.round + PART_ROUNDS_AHEAD) return;
    const psh = proposal.blockId.partSetHeader;
    const known = this.parts.header(h, r);
    if (known) {
      if (known.total !== psh.total || !equalBytes(known.hash, psh.hash)) return; // an equivocating proposer's other proposal
      if (this.parts.isComplete(h, r)) return;
    } else {
      if (!this.o.verify(this.proposerKey(h, r), proposalSignBytes(this.o.chainId, proposal), proposal.signature)) return;
      const res = this.parts.setProposal(h, r, psh);
      if (res === "refused") {
        this.o.log.warn("proposal refused", { height: h.toString(), round: r, parts: psh.total });
        return;
      }
      this.roundProposals.set(`${h}/${r}`, proposal);
      this.input({ kind: "proposal", now: this.now(), proposal });
    }
    const bytes = this.blockBytes.get(blockIdKey(proposal.blockId));
    if (bytes) {
      // A block we hold already (re-proposed in a later round).
      this.parts.markComplete(h, r);
      return;
    }
    if (inline) {
      if (psh.total !== 1) {
        this.o.p2p?.punish(from, "inline block in a multi-part proposal");
        return;
      }
      this.onBlockBytes(proposal, inline, from);
    }
  }

  private proposerKey(h: bigint, r: number): Uint8Array {
    const k = `${h}/${r}`;
    let pk = this.proposerKeys.get(k);
    if (!pk) {
      pk = proposerForRound(this.engine.validators!, r).pubKey;
      this.proposerKeys.set(k, pk);
    }
    return pk;
  }

  private onBlockPart(from: PeerId, m: BlockPartMsg): void {
    const res = this.parts.addPart(m.height, m.round, { total: m.part.proof.total, hash: m.partSetHash }, m.part);
    if (res.kind === "invalid") {
      this.o.p2p?.punish(from, `invalid block part: ${res.why}`);
      return;
    }
    const ps = this.peers.get(from);
    if (ps && (res.kind === "added" || res.kind === "complete" || res.kind === "duplicate") && ps.partsKnown.size < 4 * this.maxParts) {
      ps.partsKnown.add(partKey(m.height, m.round, m.partSetHash, m.part.index));
    }
    if (res.kind !== "complete") return;
    const proposal = this.roundProposals.get(`${m.height}/${m.round}`);
    if (proposal) this.onBlockBytes(proposal, res.bytes, undefined);
  }

  /**
   * The serialized block of a proposal: it must decode canonically and hash to the proposal's
   * BlockID. `blame` is the peer that sent it whole (inline); assembled bytes already matched the
   * signed part set header, so a mismatch there is the proposer's fault, not the relaying peers'.
   */
  private onBlockBytes(proposal: Proposal, bytes: Uint8Array, blame: PeerId | undefined): void {
    let nb: NodeBlock;
    let id: BlockId;
    try {
      if (bytes.length > this.o.maxBlockBytes) throw new Error(`block of ${bytes.length} bytes exceeds max_bytes`);
      nb = parseNodeBlock(bytes);
      id = nodeBlockId(nb, bytes);
      if (!sameBlockId(id, proposal.blockId)) throw new Error("proposal block does not match its block id");
    } catch (err) {
      if (blame) this.o.p2p?.punish(blame, (err as Error).message);
      else this.o.log.warn("proposal block refused", { height: proposal.height.toString(), round: proposal.round, reason: (err as Error).message });
      return;
    }
    this.blockBytes.set(blockIdKey(id), bytes);
    this.parts.markComplete(proposal.height, proposal.round);
    this.input({ kind: "block", now: this.now(), height: proposal.height, blockId: id, block: nb });
    if (proposal.blockId.partSetHeader.total > 1) {
      this.o.p2p?.broadcast("consensus", encodeEnvelope({ kind: CS_HAS_BLOCK, h: proposal.height, r: proposal.round, b: proposal.blockId.partSetHeader.hash }));
    }
  }

  /**
   * Sends a peer the proposal and, unless the block fits one part (then it travels inline), every
   * part it has not been sent since the last reset and does not hold.
   */
  private sendProposal(id: PeerId, ps: PeerState, proposal: Proposal, block: NodeBlock): void {
    const p2p = this.o.p2p;
    if (!p2p) return;
    const key = blockIdKey(proposal.blockId);
    const psh = proposal.blockId.partSetHeader;
    const bytes = this.bytesOf(block, proposal.blockId);
    const kp = `p/${proposal.round}/${key}`;
    if (!ps.sent.has(kp)) {
      ps.sent.add(kp);
      p2p.send(id, "consensus", encodeEnvelope({ kind: CS_PROPOSAL, a: encodeProposal(proposal), b: psh.total === 1 ? bytes : undefined }));
    }
    if (psh.total === 1 || ps.has.has(`${proposal.height}/${toHex(psh.hash)}`)) return;
    const set = this.partSetOf(proposal.blockId, bytes);
    for (const part of set.parts) {
      const k = partKey(proposal.height, proposal.round, psh.hash, part.index);
      if (ps.sent.has(k) || ps.partsKnown.has(k)) continue;
      ps.sent.add(k);
      p2p.send(id, "consensus", encodeBlockPart({ height: proposal.height, round: proposal.round, partSetHash: psh.hash, part }));
    }
  }

  /** Sends each peer what the engine says it may lack (proposal, its parts, votes), re-sent every 2 s. */
  private gossipTick(): void {
    const p2p = this.o.p2p;
    if (!p2p || !this.consensusStarted || !this.running) return;
    const g = this.engine.gossip();
    const h = this.engine.height;
    const now = Date.now();
    for (const [id, ps] of this.peers) {
      if (now - ps.sentAt > RESEND_MS) {
        ps.sent.clear();
        ps.sentAt = now;
      }
      if (g.proposal) this.sendProposal(id, ps, g.proposal.proposal, g.proposal.block);
      for (const v of g.votes) {
        const k = `v/${v.round}/${v.type}/${v.validatorIndex}/${blockIdKey(v.blockId)}`;
        if (ps.sent.has(k)) continue;
        ps.sent.add(k);
        p2p.send(id, "consensus", encodeEnvelope({ kind: CS_VOTE, a: encodeVote(v) }));
      }
      // Catch-up: a peer that already committed our height can hand us the block and commit.
      if (h !== undefined && ps.height >= h) {
        if (ps.aheadSince === 0) ps.aheadSince = now;
        const last = this.catchUpRequested.get(h) ?? 0;
        if (now - ps.aheadSince > 400 && now - last > 1000) {
          this.catchUpRequested.set(h, now);
          p2p.send(id, "blocksync", encodeEnvelope({ kind: BS_REQUEST, h }));
        }
      } else ps.aheadSince = 0;
    }
  }

  // ------------------------------------------------------------------ network: evidence

  private onEvidenceMsg(from: PeerId, data: Uint8Array): void {
    let ev: DuplicateVoteEvidence;
    try {
      ev = decodeEvidence(data);
    } catch {
      this.o.p2p?.punish(from, "malformed evidence");
      return;
    }
    const h = ev.voteA.height;
    if (h > this.tip.height + 1n || this.tip.height + 1n - h > EVIDENCE_MAX_AGE) return;
    const set = h === this.tip.height + 1n ? this.sets.validators : this.setsByHeight.get(h);
    const why = checkEvidence(this.o.chainId, ev, set, this.o.verify);
    if (why) {
      if (set) this.o.p2p?.punish(from, `invalid evidence: ${why}`);
      return;
    }
    if (this.pool.add(ev)) {
      this.o.log.warn("evidence received", { validator: toHex(ev.voteA.validatorAddress).toUpperCase(), height: h.toString() });
      this.o.p2p?.broadcast("evidence", data, from);
    }
  }

  // ------------------------------------------------------------------ network: block sync

  private broadcastStatus(): void {
    if (!this.running) return;
    this.o.p2p?.broadcast("blocksync", encodeEnvelope({ kind: BS_STATUS, h: this.tip.height }));
  }

  private onBlockSyncMsg(from: PeerId, data: Uint8Array): void {
    let e;
    try {
      e = decodeEnvelope(data);
    } catch {
      this.o.p2p?.punish(from, "malformed blocksync message");
      return;
    }
    const h = e.h ?? 0n;
    switch (e.kind) {
      case BS_STATUS: {
        const ps = this.peers.get(from);
        if (ps) ps.height = h;
        else this.peers.set(from, { height: h, aheadSince: 0, sent: new Set(), sentAt: 0, has: new Set(), partsKnown: new Set() });
        if (h > this.syncTarget) this.syncTarget = h;
        return;
      }
      case BS_REQUEST:
        void this.serveBlock(from, h);
        return;
      case BS_NO_BLOCK:
        this.syncRequests.delete(h);
        return;
      case BS_RESPONSE: {
        if (!e.a || !e.b) return;
        let nb: NodeBlock;
        let commit: Commit;
        try {
          nb = parseNodeBlock(e.a);
          commit = decodeCommit(e.b);
        } catch {
          this.o.p2p?.punish(from, "malformed block response");
          return;
        }
        if (nb.block.header.height !== h) return;
        if (this.consensusStarted) {
          const blockId = nodeBlockId(nb, e.a);
          this.blockBytes.set(blockIdKey(blockId), e.a);
          this.input({ kind: "commit", now: this.now(), height: h, block: nb, blockId, commit });
        } else if (h > this.tip.height && !this.syncBlocks.has(h)) {
          this.syncBlocks.set(h, { nb, bytes: e.a, commit, from });
        }
        return;
      }
    }
  }

  private async serveBlock(to: PeerId, h: bigint): Promise<void> {
    const bs = this.o.exec.blocks;
    if (h < 1n || h > bs.height) {
      this.o.p2p?.send(to, "blocksync", encodeEnvelope({ kind: BS_NO_BLOCK, h }));
      return;
    }
    const [b, c, beacon] = await Promise.all([bs.getBlock(h), bs.getCommit(h), bs.getBeacon(h)]);
    if (!b || !c || !beacon) {
      this.o.p2p?.send(to, "blocksync", encodeEnvelope({ kind: BS_NO_BLOCK, h }));
      return;
    }
    const bytes = serializeNodeBlock({ block: b.block, beaconSig: beacon.signature });
    this.o.p2p?.send(to, "blocksync", encodeEnvelope({ kind: BS_RESPONSE, h, a: bytes, b: encodeCommit(c) }));
  }

  /**
   * Block sync: while a peer reports a higher height, fetch blocks (a window of requests spread
   * over the peers that have them), verify each commit against the validator set we derived
   * ourselves (never trusting the peer), validate the block against our tip and execute it.
   */
  private async blockSync(): Promise<void> {
    this.catchingUp = true;
    const t0 = Date.now();
    let lastLog = Date.now();
    let lastLogHeight = this.tip.height;
    const startHeight = this.tip.height;
    this.o.log.info("block sync: looking for peers ahead of us", { height: this.tip.height.toString() });
    while (this.running) {
      const target = this.syncTarget;
      const now = Date.now();
      if (target <= this.tip.height) {
        // Nothing to fetch: after the grace period (or once peers answered and nobody is ahead), join consensus.
        if (now - t0 > SYNC_GRACE_MS || this.tip.height > startHeight) break;
        await sleep(50);
        continue;
      }
      // Request a window of heights.
      for (let h = this.tip.height + 1n; h <= target && h <= this.tip.height + BigInt(SYNC_WINDOW); h++) {
        if (this.syncBlocks.has(h)) continue;
        const req = this.syncRequests.get(h);
        if (req && now - req.at < SYNC_REQUEST_TIMEOUT_MS) continue;
        const candidates = [...this.peers.entries()].filter(([, p]) => p.height >= h).map(([id]) => id);
        if (candidates.length === 0) continue;
        // A timed-out request goes to the next peer that has the block.
        const attempt = req ? req.attempt + 1 : 0;
        const peer = candidates[(Number(h % 1024n) + attempt) % candidates.length]!;
        this.syncRequests.set(h, { peer, at: now, attempt });
        this.o.p2p!.send(peer, "blocksync", encodeEnvelope({ kind: BS_REQUEST, h }));
      }
      const next = this.syncBlocks.get(this.tip.height + 1n);
      if (next) {
        const h = this.tip.height + 1n;
        this.syncBlocks.delete(h);
        this.syncRequests.delete(h);
        const blockId = nodeBlockId(next.nb, next.bytes);
        let ok = sameBlockId(next.commit.blockId, blockId) && next.commit.height === h;
        if (ok) {
          try {
            verifyCommit(this.o.chainId, this.sets.validators, blockId, h, next.commit, this.o.verify);
          } catch {
            ok = false;
          }
        }
        if (ok) ok = this.validateBlock(next.nb, blockId, h, false);
        if (!ok) {
          this.o.p2p!.punish(next.from, `block ${h} failed verification`, 10_000);
          continue;
        }
        this.blockBytes.set(blockIdKey(blockId), next.bytes);
        await new Promise<void>((res, rej) => {
          this.enqueue(async () => {
            try {
              await this.applyDecided(next.nb, blockId, next.commit, next.commit.round);
              this.wal.truncate();
              res();
            } catch (e) {
              rej(e);
              throw e;
            }
          });
        }).catch(() => undefined);
        if (Date.now() - lastLog >= 1000) {
          const rate = Number(this.tip.height - lastLogHeight) / ((Date.now() - lastLog) / 1000);
          this.o.log.info("block sync", {
            height: this.tip.height.toString(), target: target.toString(), blocks_per_s: Math.round(rate * 10) / 10,
            ...computeSyncProgress(startHeight, this.tip.height, target, rate),
          });
          lastLog = Date.now();
          lastLogHeight = this.tip.height;
        }
        continue;
      }
      await sleep(10);
    }
    if (!this.running) return;
    if (this.tip.height > startHeight) {
      this.o.log.info("block sync done", { height: this.tip.height.toString(), synced: (this.tip.height - startHeight).toString(), s: Math.round((Date.now() - t0) / 100) / 10 });
    }
    this.syncBlocks.clear();
    this.syncRequests.clear();
    this.enqueue(() => this.startConsensus());
  }
}

/** Bytes of a length-delimited protobuf field of `n` bytes (tag + length varint + payload). */
function protoFieldBytes(n: number): number {
  let v = 1;
  for (let x = n; x >= 0x80; x = Math.floor(x / 128)) v++;
  return 1 + v + n;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export type { Evidence };
