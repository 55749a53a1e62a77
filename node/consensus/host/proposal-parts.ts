import { BLOCK_PART_SIZE_BYTES } from "../../../chain/block/part-set.js";
import type { BlockId } from "../../../chain/block/types.js";
import { proposalSignBytes } from "../../../chain/block/vote.js";
import { equalBytes, toHex } from "../../../chain/crypto/bytes.js";
import type { PeerId } from "../../p2p/types.js";
import type { ConsensusEngine } from "../engine.js";
import { blockIdKey, sameBlockId } from "../block-id.js";
import { proposerForRound } from "../proposer.js";
import type { ConsensusInput, Proposal } from "../types.js";
import type { BlockCache } from "./block-cache.js";
import {
  CS_BLOCK_PART, CS_HAS_BLOCK, CS_PROPOSAL, CS_VOTE, blockPartFromEnvelope, type BlockPartMsg,
  decodeEnvelope, decodeProposal, decodeVote, encodeEnvelope, nodeBlockId, parseNodeBlock, type NodeBlock,
} from "./codec.js";
import { PartAssembler } from "./parts.js";
import { partKey, type PeerState } from "./peers.js";
import type { ConsensusHostOptions } from "./host.js";

/** Proposals (hence part sets) are accepted up to this many rounds ahead of ours. */
const PART_ROUNDS_AHEAD = 4;
/** `has block` hints kept per peer. */
const MAX_PEER_HAS = 64;

export interface ProposalPartsDeps {
  o: Pick<ConsensusHostOptions, "chainId" | "verify" | "p2p" | "log" | "maxBlockBytes">;
  cache: BlockCache;
  peers: Map<PeerId, PeerState>;
  engine(): ConsensusEngine<NodeBlock>;
  consensusStarted(): boolean;
  input(input: ConsensusInput<NodeBlock>): void;
  now(): number;
}

/**
 * Incoming consensus messages: votes go to the engine; proposals and block parts are checked and
 * assembled into the proposal's block, which the engine gets once complete. Messages of the next
 * height are kept (bounded) and replayed when we get there.
 */
export class ProposalParts {
  /** Part sets being assembled, per (height, round) of a proposal whose signature we checked. */
  private readonly parts: PartAssembler;
  private readonly maxParts: number;
  /** The signature-checked proposal of each (height, round) that opened a part set. */
  private readonly roundProposals = new Map<string, Proposal>();
  private readonly proposerKeys = new Map<string, Uint8Array>();
  /** Proposals and parts of the next height, replayed once we get there. */
  private future: Array<{ from: PeerId; data: Uint8Array }> = [];
  private futureBytes = 0;

  constructor(private readonly d: ProposalPartsDeps) {
    this.maxParts = Math.max(1, Math.ceil(d.o.maxBlockBytes / BLOCK_PART_SIZE_BYTES));
    this.parts = new PartAssembler(this.maxParts);
  }

  /** Our own proposal: its part set is complete (we hold the block). */
  registerOwn(p: Proposal): void {
    this.parts.setProposal(p.height, p.round, p.blockId.partSetHeader);
    this.parts.markComplete(p.height, p.round);
    this.roundProposals.set(`${p.height}/${p.round}`, p);
  }

  /** Drops what belongs to heights up to the committed `height`. */
  resetForHeight(height: bigint): void {
    this.parts.prune(height + 1n);
    this.proposerKeys.clear();
    for (const k of [...this.roundProposals.keys()]) if (BigInt(k.slice(0, k.indexOf("/"))) <= height) this.roundProposals.delete(k);
  }

  onConsensusMsg(from: PeerId, data: Uint8Array): void {
    if (!this.d.consensusStarted()) return;
    try {
      const e = decodeEnvelope(data);
      if (e.kind === CS_VOTE && e.a) {
        const vote = decodeVote(e.a);
        this.d.input({ kind: "vote", now: this.d.now(), vote });
        return;
      }
      const h = this.d.engine().height;
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
        const ps = this.d.peers.get(from);
        if (e.b.length !== 32) throw new Error("has-block hint: part set hash must be 32 bytes");
        // Hints for heights far ahead would stay until those heights: only this one and the next.
        if (ps && ps.has.size < MAX_PEER_HAS && e.h >= h && e.h <= h + 1n) ps.has.add(`${e.h}/${toHex(e.b)}`);
        return;
      }
    } catch (err) {
      this.d.o.p2p?.punish(from, `bad consensus message: ${(err as Error).message}`);
    }
  }

  /** Keeps a proposal or part of the next height (bounded) until the engine gets there. */
  private defer(from: PeerId, data: Uint8Array): void {
    const maxMsgs = 2 * this.maxParts + 64;
    if (this.future.length >= maxMsgs || this.futureBytes + data.length > 2 * this.d.o.maxBlockBytes + 4 * 1_048_576) return;
    this.future.push({ from, data });
    this.futureBytes += data.length;
  }

  replayFuture(): void {
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
    if (!Number.isInteger(r) || r < 0 || r > this.d.engine().round + PART_ROUNDS_AHEAD) return;
    const psh = proposal.blockId.partSetHeader;
    const known = this.parts.header(h, r);
    if (known) {
      if (known.total !== psh.total || !equalBytes(known.hash, psh.hash)) return; // an equivocating proposer's other proposal
      if (this.parts.isComplete(h, r)) return;
    } else {
      if (!this.d.o.verify(this.proposerKey(h, r), proposalSignBytes(this.d.o.chainId, proposal), proposal.signature)) return;
      const res = this.parts.setProposal(h, r, psh);
      if (res === "refused") {
        this.d.o.log.warn("proposal refused", { height: h.toString(), round: r, parts: psh.total });
        return;
      }
      this.roundProposals.set(`${h}/${r}`, proposal);
      this.d.input({ kind: "proposal", now: this.d.now(), proposal });
    }
    const bytes = this.d.cache.blockBytes.get(blockIdKey(proposal.blockId));
    if (bytes) {
      // A block we hold already (re-proposed in a later round).
      this.parts.markComplete(h, r);
      return;
    }
    if (inline) {
      if (psh.total !== 1) {
        this.d.o.p2p?.punish(from, "inline block in a multi-part proposal");
        return;
      }
      this.onBlockBytes(proposal, inline, from);
    }
  }

  private proposerKey(h: bigint, r: number): Uint8Array {
    const k = `${h}/${r}`;
    let pk = this.proposerKeys.get(k);
    if (!pk) {
      pk = proposerForRound(this.d.engine().validators!, r).pubKey;
      this.proposerKeys.set(k, pk);
    }
    return pk;
  }

  private onBlockPart(from: PeerId, m: BlockPartMsg): void {
    const res = this.parts.addPart(m.height, m.round, { total: m.part.proof.total, hash: m.partSetHash }, m.part);
    if (res.kind === "invalid") {
      this.d.o.p2p?.punish(from, `invalid block part: ${res.why}`);
      return;
    }
    const ps = this.d.peers.get(from);
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
      if (bytes.length > this.d.o.maxBlockBytes) throw new Error(`block of ${bytes.length} bytes exceeds max_bytes`);
      nb = parseNodeBlock(bytes);
      id = nodeBlockId(nb, bytes);
      if (!sameBlockId(id, proposal.blockId)) throw new Error("proposal block does not match its block id");
    } catch (err) {
      if (blame) this.d.o.p2p?.punish(blame, (err as Error).message);
      else this.d.o.log.warn("proposal block refused", { height: proposal.height.toString(), round: proposal.round, reason: (err as Error).message });
      return;
    }
    this.d.cache.blockBytes.set(blockIdKey(id), bytes);
    this.parts.markComplete(proposal.height, proposal.round);
    this.d.input({ kind: "block", now: this.d.now(), height: proposal.height, blockId: id, block: nb });
    if (proposal.blockId.partSetHeader.total > 1) {
      this.d.o.p2p?.broadcast("consensus", encodeEnvelope({ kind: CS_HAS_BLOCK, h: proposal.height, r: proposal.round, b: proposal.blockId.partSetHeader.hash }));
    }
  }
}
