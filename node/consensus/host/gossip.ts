import { toHex } from "../../../chain/crypto/bytes.js";
import type { PeerId } from "../../p2p/types.js";
import type { ConsensusEngine } from "../engine.js";
import { blockIdKey } from "../block-id.js";
import type { Proposal } from "../types.js";
import type { BlockCache } from "./block-cache.js";
import { BS_REQUEST, CS_PROPOSAL, CS_VOTE, encodeBlockPart, encodeEnvelope, encodeProposal, encodeVote, type NodeBlock } from "./codec.js";
import { partKey, type PeerState } from "./peers.js";
import type { ConsensusHostOptions } from "./host.js";

/** Per-peer "already sent" sets are cleared this often, so what a peer still lacks is re-sent. */
const RESEND_MS = 2000;

export interface GossipDeps {
  o: Pick<ConsensusHostOptions, "p2p">;
  cache: BlockCache;
  peers: Map<PeerId, PeerState>;
  engine(): ConsensusEngine<NodeBlock>;
  consensusStarted(): boolean;
  running(): boolean;
}

/** Outgoing consensus gossip: proposals with their parts, votes, and catch-up block requests. */
export class Gossip {
  /** Per height: when we last asked a peer ahead for its block, and how many times. */
  private readonly catchUpRequested = new Map<bigint, { at: number; n: number }>();

  constructor(private readonly d: GossipDeps) {}

  /** Forgets what was sent for heights up to the committed `height`. */
  resetForHeight(height: bigint): void {
    this.catchUpRequested.clear();
    for (const p of this.d.peers.values()) {
      p.sent.clear();
      p.partsKnown.clear();
      for (const k of [...p.has]) if (BigInt(k.slice(0, k.indexOf("/"))) <= height) p.has.delete(k);
    }
  }

  /**
   * Sends a peer the proposal and, unless the block fits one part (then it travels inline), every
   * part it has not been sent since the last reset and does not hold.
   */
  sendProposal(id: PeerId, ps: PeerState, proposal: Proposal, block: NodeBlock): void {
    const p2p = this.d.o.p2p;
    if (!p2p) return;
    const key = blockIdKey(proposal.blockId);
    const psh = proposal.blockId.partSetHeader;
    const bytes = this.d.cache.bytesOf(block, proposal.blockId);
    const kp = `p/${proposal.round}/${key}`;
    if (!ps.sent.has(kp)) {
      ps.sent.add(kp);
      p2p.send(id, "consensus", encodeEnvelope({ kind: CS_PROPOSAL, a: encodeProposal(proposal), b: psh.total === 1 ? bytes : undefined }));
    }
    if (psh.total === 1 || ps.has.has(`${proposal.height}/${toHex(psh.hash)}`)) return;
    const set = this.d.cache.partSetOf(proposal.blockId, bytes);
    for (const part of set.parts) {
      const k = partKey(proposal.height, proposal.round, psh.hash, part.index);
      if (ps.sent.has(k) || ps.partsKnown.has(k)) continue;
      ps.sent.add(k);
      p2p.send(id, "consensus", encodeBlockPart({ height: proposal.height, round: proposal.round, partSetHash: psh.hash, part }));
    }
  }

  /** Sends each peer what the engine says it may lack (proposal, its parts, votes), re-sent every 2 s. */
  tick(): void {
    const p2p = this.d.o.p2p;
    if (!p2p || !this.d.consensusStarted() || !this.d.running()) return;
    const engine = this.d.engine();
    const g = engine.gossip();
    const h = engine.height;
    const now = Date.now();
    const ahead: PeerId[] = [];
    for (const [id, ps] of this.d.peers) {
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
        if (now - ps.aheadSince > 400) ahead.push(id);
      } else ps.aheadSince = 0;
    }
    // One request a second, to the peers ahead in turn: a peer that claims a height it never
    // serves cannot starve the catch-up.
    if (h !== undefined && ahead.length > 0) {
      const last = this.catchUpRequested.get(h);
      if (last === undefined || now - last.at > 1000) {
        const n = last === undefined ? 0 : last.n + 1;
        this.catchUpRequested.set(h, { at: now, n });
        p2p.send(ahead[n % ahead.length]!, "blocksync", encodeEnvelope({ kind: BS_REQUEST, h }));
      }
    }
  }
}
