import { verifyCommit } from "../../../chain/block/commit-verify.js";
import type { BlockId, Commit } from "../../../chain/block/types.js";
import type { PeerId } from "../../p2p/types.js";
import { computeSyncProgress } from "../../log/progress.js";
import { blockIdKey, sameBlockId } from "../block-id.js";
import type { ProposerSet } from "../proposer.js";
import type { ConsensusInput } from "../types.js";
import type { BlockCache } from "./block-cache.js";
import type { ChainTip } from "./chain-tip.js";
import {
  BS_NO_BLOCK, BS_REQUEST, BS_RESPONSE, BS_STATUS, decodeCommit, decodeEnvelope, encodeCommit, encodeEnvelope,
  nodeBlockId, parseNodeBlock, serializeNodeBlock, type NodeBlock,
} from "./codec.js";
import { newPeerState, type PeerState } from "./peers.js";
import type { ConsensusHostOptions } from "./host.js";

const SYNC_WINDOW = 16;
const SYNC_REQUEST_TIMEOUT_MS = 3000;
/** How long a starting node listens for peers' heights before it joins consensus. */
const SYNC_GRACE_MS = 2500;
/**
 * With peers claiming heights above ours but no block arriving for this long, block sync gives up
 * and joins consensus, whose own catch-up keeps pulling blocks from peers ahead. Without it one
 * peer claiming a height it never serves would keep a validator out of consensus for good.
 */
const SYNC_STALL_MS = 15_000;

export interface BlockSyncDeps {
  o: Pick<ConsensusHostOptions, "chainId" | "verify" | "p2p" | "log" | "exec">;
  cache: BlockCache;
  peers: Map<PeerId, PeerState>;
  tip(): ChainTip;
  /** Validators of the height being decided (tip+1). */
  validators(): ProposerSet;
  running(): boolean;
  consensusStarted(): boolean;
  setCatchingUp(): void;
  validateBlock(nb: NodeBlock, blockId: BlockId, height: bigint, live: boolean): boolean;
  input(input: ConsensusInput<NodeBlock>): void;
  /** The host's clock (engine input times). */
  now(): number;
  enqueue(fn: () => Promise<void> | void): void;
  applyDecided(nb: NodeBlock, blockId: BlockId, commit: Commit, round: number): Promise<unknown>;
  truncateWal(): void;
  startConsensus(): Promise<void>;
}

/** Block sync (catch-up from peers) and serving our blocks to peers that are behind. */
export class BlockSync {
  private readonly syncBlocks = new Map<bigint, { nb: NodeBlock; bytes: Uint8Array; blockId: BlockId; commit: Commit; from: PeerId }>();
  private readonly syncRequests = new Map<bigint, { peer: PeerId; at: number; attempt: number }>();

  constructor(private readonly d: BlockSyncDeps) {}

  onBlockSyncMsg(from: PeerId, data: Uint8Array): void {
    let e;
    try {
      e = decodeEnvelope(data);
    } catch {
      this.d.o.p2p?.punish(from, "malformed blocksync message");
      return;
    }
    const h = e.h ?? 0n;
    switch (e.kind) {
      case BS_STATUS: {
        const ps = this.d.peers.get(from);
        if (ps) ps.height = h;
        else this.d.peers.set(from, newPeerState(h));
        return;
      }
      case BS_REQUEST:
        this.serveBlock(from, h).catch((err: unknown) => {
          this.d.o.log.warn("block sync: cannot serve a block to a peer", { height: h.toString(), err: (err as Error)?.message ?? String(err) });
        });
        return;
      case BS_NO_BLOCK: {
        this.syncRequests.delete(h);
        // A peer without a height it claimed is believed only up to the height below it.
        const ps = this.d.peers.get(from);
        if (ps && ps.height >= h) ps.height = h > 0n ? h - 1n : 0n;
        return;
      }
      case BS_RESPONSE: {
        if (!e.a || !e.b) return;
        let nb: NodeBlock;
        let commit: Commit;
        let blockId: BlockId;
        try {
          nb = parseNodeBlock(e.a);
          commit = decodeCommit(e.b);
          // A header that cannot be hashed (missing fields) is the sender's fault, not a crash.
          blockId = nodeBlockId(nb, e.a);
        } catch (err) {
          this.d.o.p2p?.punish(from, `malformed block response: ${(err as Error)?.message ?? String(err)}`);
          return;
        }
        if (nb.block.header.height !== h) return;
        // Only heights we could have asked for are kept: unsolicited blocks far ahead would
        // otherwise pile up in memory (in consensus, only the height being decided).
        const tip = this.d.tip().height;
        if (this.d.consensusStarted()) {
          if (h !== tip + 1n) return;
          this.d.cache.blockBytes.set(blockIdKey(blockId), e.a);
          this.d.input({ kind: "commit", now: this.d.now(), height: h, block: nb, blockId, commit });
        } else if (h > tip && h <= tip + BigInt(SYNC_WINDOW) && !this.syncBlocks.has(h)) {
          this.syncBlocks.set(h, { nb, bytes: e.a, blockId, commit, from });
        }
        return;
      }
    }
  }

  private async serveBlock(to: PeerId, h: bigint): Promise<void> {
    const bs = this.d.o.exec.blocks;
    if (h < 1n || h > bs.height) {
      this.d.o.p2p?.send(to, "blocksync", encodeEnvelope({ kind: BS_NO_BLOCK, h }));
      return;
    }
    const [b, c, beacon] = await Promise.all([bs.getBlock(h), bs.getCommit(h), bs.getBeacon(h)]);
    if (!b || !c || !beacon) {
      this.d.o.p2p?.send(to, "blocksync", encodeEnvelope({ kind: BS_NO_BLOCK, h }));
      return;
    }
    const bytes = serializeNodeBlock({ block: b.block, beaconSig: beacon.signature });
    this.d.o.p2p?.send(to, "blocksync", encodeEnvelope({ kind: BS_RESPONSE, h, a: bytes, b: encodeCommit(c) }));
  }

  /**
   * Block sync: while a peer reports a higher height, fetch blocks (a window of requests spread
   * over the peers that have them), verify each commit against the validator set we derived
   * ourselves (never trusting the peer), validate the block against our tip and execute it.
   */
  async run(): Promise<void> {
    const d = this.d;
    d.setCatchingUp();
    const t0 = Date.now();
    let lastLog = Date.now();
    let lastLogHeight = d.tip().height;
    const startHeight = d.tip().height;
    d.o.log.info("block sync: looking for peers ahead of us", { height: d.tip().height.toString() });
    let progressAt = Date.now();
    let progressHeight = d.tip().height;
    while (d.running()) {
      // The highest height a connected peer claims now (a peer that leaves takes its claim along).
      let target = 0n;
      for (const p of d.peers.values()) if (p.height > target) target = p.height;
      const now = Date.now();
      if (d.tip().height !== progressHeight) {
        progressHeight = d.tip().height;
        progressAt = now;
      }
      if (target <= d.tip().height) {
        // Nothing to fetch: after the grace period (or once peers answered and nobody is ahead), join consensus.
        if (now - t0 > SYNC_GRACE_MS || d.tip().height > startHeight) break;
        await sleep(50);
        continue;
      }
      if (now - progressAt > SYNC_STALL_MS) {
        d.o.log.warn("block sync stalled: peers claim a higher height but no block arrived; joining consensus, which keeps catching up from peers ahead", {
          height: d.tip().height.toString(), claimed: target.toString(), stalled_s: Math.round((now - progressAt) / 1000),
        });
        break;
      }
      // Request a window of heights.
      for (let h = d.tip().height + 1n; h <= target && h <= d.tip().height + BigInt(SYNC_WINDOW); h++) {
        if (this.syncBlocks.has(h)) continue;
        const req = this.syncRequests.get(h);
        if (req && now - req.at < SYNC_REQUEST_TIMEOUT_MS) continue;
        const candidates = [...d.peers.entries()].filter(([, p]) => p.height >= h).map(([id]) => id);
        if (candidates.length === 0) continue;
        // A timed-out request goes to the next peer that has the block.
        const attempt = req ? req.attempt + 1 : 0;
        const peer = candidates[(Number(h % 1024n) + attempt) % candidates.length]!;
        this.syncRequests.set(h, { peer, at: now, attempt });
        d.o.p2p!.send(peer, "blocksync", encodeEnvelope({ kind: BS_REQUEST, h }));
      }
      const next = this.syncBlocks.get(d.tip().height + 1n);
      if (next) {
        const h = d.tip().height + 1n;
        this.syncBlocks.delete(h);
        this.syncRequests.delete(h);
        const blockId = next.blockId;
        let ok = sameBlockId(next.commit.blockId, blockId) && next.commit.height === h;
        if (ok) {
          try {
            verifyCommit(d.o.chainId, d.validators(), blockId, h, next.commit, d.o.verify);
          } catch {
            ok = false;
          }
        }
        if (ok) ok = d.validateBlock(next.nb, blockId, h, false);
        if (!ok) {
          d.o.p2p!.punish(next.from, `block ${h} failed verification`, 10_000);
          continue;
        }
        d.cache.blockBytes.set(blockIdKey(blockId), next.bytes);
        await new Promise<void>((res, rej) => {
          d.enqueue(async () => {
            try {
              await d.applyDecided(next.nb, blockId, next.commit, next.commit.round);
              d.truncateWal();
              res();
            } catch (e) {
              rej(e);
              throw e;
            }
          });
        }).catch(() => undefined);
        if (Date.now() - lastLog >= 1000) {
          const rate = Number(d.tip().height - lastLogHeight) / ((Date.now() - lastLog) / 1000);
          d.o.log.info("block sync", {
            height: d.tip().height.toString(), target: target.toString(), blocks_per_s: Math.round(rate * 10) / 10,
            ...computeSyncProgress(startHeight, d.tip().height, target, rate),
          });
          lastLog = Date.now();
          lastLogHeight = d.tip().height;
        }
        continue;
      }
      await sleep(10);
    }
    if (!d.running()) return;
    if (d.tip().height > startHeight) {
      d.o.log.info("block sync done", { height: d.tip().height.toString(), synced: (d.tip().height - startHeight).toString(), s: Math.round((Date.now() - t0) / 100) / 10 });
    }
    this.syncBlocks.clear();
    this.syncRequests.clear();
    d.enqueue(() => d.startConsensus());
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
