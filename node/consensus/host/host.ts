import { TxRaw, TxBody, AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Evidence } from "cosmjs-types/tendermint/types/evidence";
import { DuplicateVoteEvidence as DveProto } from "cosmjs-types/tendermint/types/evidence";
import { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { verifyCommit } from "../../../chain/block/commit-verify.js";
import { dataHash, evidenceHash, lastResultsHash } from "../../../chain/block/data-hash.js";
import { commitHash, voteSignBytes } from "../../../chain/block/vote.js";
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
import { advanceValidatorSets, genesisValidatorSets, type ProposerSet, type ValidatorUpdate } from "../proposer.js";
import {
  PREVOTE,
  type ConsensusInput,
  type ConsensusOutput,
  type DuplicateVoteEvidence,
  type PrivValidator,
  type ProposalBlockRequest,
  type TimeoutConfig,
  type Vote,
} from "../types.js";
import { beaconSignBytes, beaconValue, genesisBeacon } from "./beacon.js";
import {
  BS_NO_BLOCK, BS_REQUEST, BS_RESPONSE, BS_STATUS, CS_PROPOSAL, CS_VOTE,
  decodeCommit, decodeEnvelope, decodeEvidence, decodeProposal, decodeVote, encodeCommit, encodeEnvelope, encodeEvidence,
  encodeProposal, encodeVote, evidenceFromProto, nodeBlockId, parseNodeBlock, serializeNodeBlock, type NodeBlock,
} from "./codec.js";
import { checkEvidence, EVIDENCE_MAX_AGE, EvidencePool, evidenceKey } from "./evidence-pool.js";
import { decodeConsensusSets, decodeProposerSet, encodeConsensusSets, encodeProposerSet, type ConsensusSets } from "./valsets.js";
import { WalFile } from "./wal-file.js";

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
  p2p: P2P | undefined;
  /** Persistent peers are configured: look for peers ahead of us before joining consensus. */
  expectPeers: boolean;
  walPath: string;
  timeouts: TimeoutConfig;
  maxClockDriftMs: number;
  /** Largest block the proposer builds (kept under the consensus channel's message limit). */
  maxProposalBytes: number;
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

interface PeerState {
  height: bigint;
  /** When we first saw this peer ahead of our consensus height (catch-up pull). */
  aheadSince: number;
  sent: Set<string>;
  sentAt: number;
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

  constructor(private readonly o: ConsensusHostOptions) {}

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
          this.peers.set(ev.peer.id, { height: ev.peer.height ?? 0n, aheadSince: 0, sent: new Set(), sentAt: 0 });
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
        now: Date.now(),
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
          const bytes = this.bytesOf(o.block, o.proposal.blockId);
          this.o.p2p?.broadcast("consensus", encodeEnvelope({ kind: CS_PROPOSAL, a: encodeProposal(o.proposal), b: bytes }));
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
            this.input({ kind: "timeout", now: Date.now(), height: o.height, round: o.round, step: o.step });
          }, ms);
          this.timers.add(t);
          break;
        }
        case "decide": {
          const updates = await this.applyDecided(o.block, o.blockId, o.commit, o.round);
          this.wal.truncate();
          const next = this.engine.handle({ kind: "blockApplied", now: Date.now(), height: o.height, validatorUpdates: updates });
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
    this.catchUpRequested.clear();
    for (const p of this.peers.values()) p.sent.clear();
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
    const maxBytes = Math.min(Math.floor(this.o.maxBlockBytes * 0.9), this.o.maxProposalBytes);
    const txs = this.o.exec.mempool.reap(maxBytes, this.o.maxBlockGas);
    const evidence = this.pool.forBlock(req.height);
    const beaconSig = me.sign(beaconSignBytes(this.o.chainId, req.height, this.tip.beacon));
    const { block } = buildBlock({
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
    const nb = { block, beaconSig };
    const bytes = serializeNodeBlock(nb);
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
    if (live && timestampToMs(h.time) > Date.now() + this.o.maxClockDriftMs) return "time too far in the future";
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
    let e;
    try {
      e = decodeEnvelope(data);
      if (e.kind === CS_VOTE && e.a) {
        const vote = decodeVote(e.a);
        this.input({ kind: "vote", now: Date.now(), vote });
        return;
      }
      if (e.kind === CS_PROPOSAL && e.a && e.b) {
        const proposal = decodeProposal(e.a);
        const h = this.engine.height;
        if (h === undefined || proposal.height < h || proposal.height > h + 1n) return;
        const nb = parseNodeBlock(e.b);
        const id = nodeBlockId(nb, e.b);
        if (!sameBlockId(id, proposal.blockId)) {
          this.o.p2p?.punish(from, "proposal block does not match its block id");
          return;
        }
        this.blockBytes.set(blockIdKey(id), e.b);
        this.input({ kind: "proposal", now: Date.now(), proposal, block: nb });
        return;
      }
    } catch (err) {
      this.o.p2p?.punish(from, `bad consensus message: ${(err as Error).message}`);
    }
  }

  /** Sends each peer what the engine says it may lack, once per peer per height (re-sent every 2 s). */
  private gossipTick(): void {
    const p2p = this.o.p2p;
    if (!p2p || !this.consensusStarted || !this.running) return;
    const g = this.engine.gossip();
    const h = this.engine.height;
    const now = Date.now();
    for (const [id, ps] of this.peers) {
      if (now - ps.sentAt > 2000) {
        ps.sent.clear();
        ps.sentAt = now;
      }
      if (g.proposal) {
        const k = `p/${g.proposal.proposal.round}/${blockIdKey(g.proposal.proposal.blockId)}`;
        if (!ps.sent.has(k)) {
          ps.sent.add(k);
          const bytes = this.bytesOf(g.proposal.block, g.proposal.proposal.blockId);
          p2p.send(id, "consensus", encodeEnvelope({ kind: CS_PROPOSAL, a: encodeProposal(g.proposal.proposal), b: bytes }));
        }
      }
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
        else this.peers.set(from, { height: h, aheadSince: 0, sent: new Set(), sentAt: 0 });
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
          this.input({ kind: "commit", now: Date.now(), height: h, block: nb, blockId, commit });
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
          this.o.log.info("block sync", { height: this.tip.height.toString(), target: target.toString(), blocks_per_s: Math.round(rate * 10) / 10 });
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

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export type { Evidence };
