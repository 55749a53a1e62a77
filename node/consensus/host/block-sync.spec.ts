import { describe, it, expect, vi, afterEach } from "vitest";
import { Block } from "cosmjs-types/tendermint/types/block";
import { BlockSync, type BlockSyncDeps } from "./block-sync.js";
import { BS_NO_BLOCK, BS_REQUEST, BS_RESPONSE, BS_STATUS, decodeEnvelope, encodeCommit, encodeEnvelope, serializeNodeBlock } from "./codec.js";
import { newPeerState, type PeerState } from "./peers.js";
import { silentLogger, type Logger } from "../../log/logger.js";
import type { PeerId } from "../../p2p/types.js";

/** A BlockSync over stubs: records what it punished, sent, logged and whether it joined consensus. */
function harness(o: { tip?: bigint; consensusStarted?: boolean; getBlock?: () => Promise<unknown> } = {}) {
  const punished: Array<{ peer: PeerId; why: string }> = [];
  const sent: Array<{ peer: PeerId; kind: number; h?: bigint }> = [];
  const warnings: string[] = [];
  const peers = new Map<PeerId, PeerState>();
  let joined = 0;
  const log: Logger = { ...silentLogger, warn: (msg: string) => void warnings.push(msg) } as Logger;
  const p2p = {
    punish: (peer: PeerId, why: string) => void punished.push({ peer, why }),
    send: (peer: PeerId, _ch: string, data: Uint8Array) => {
      const e = decodeEnvelope(data);
      sent.push({ peer, kind: e.kind, h: e.h });
      return true;
    },
  };
  const blocks = {
    height: 10n,
    getBlock: o.getBlock ?? (async () => undefined),
    getCommit: async () => undefined,
    getBeacon: async () => undefined,
  };
  const inputs: unknown[] = [];
  const deps = {
    o: { chainId: "sync-test", verify: {} as never, p2p: p2p as never, log, exec: { blocks } as never },
    cache: { blockBytes: new Map() } as never,
    peers,
    tip: () => ({ height: o.tip ?? 1n }) as never,
    validators: () => ({}) as never,
    running: () => true,
    consensusStarted: () => o.consensusStarted ?? false,
    setCatchingUp: () => undefined,
    validateBlock: () => true,
    input: (i: unknown) => void inputs.push(i),
    now: () => 0,
    enqueue: (fn: () => Promise<void> | void) => {
      joined++;
      void fn;
    },
    applyDecided: async () => undefined,
    truncateWal: () => undefined,
    startConsensus: async () => undefined,
  } satisfies BlockSyncDeps;
  const sync = new BlockSync(deps);
  return { sync, peers, punished, sent, warnings, inputs, joined: () => joined };
}

/** Block bytes whose header has no validators hash: they decode, but the header cannot be hashed. */
function unhashableBlockBytes(height: bigint): Uint8Array {
  const block = Block.fromPartial({ header: { height, chainId: "sync-test" }, data: { txs: [] } });
  return serializeNodeBlock({ block, beaconSig: new Uint8Array(96).fill(1) });
}

const commitBytes = (height: bigint) => encodeCommit({ height, round: 0, blockId: { hash: new Uint8Array(32), partSetHeader: { total: 1, hash: new Uint8Array(32) } }, signatures: [] } as never);

afterEach(() => {
  vi.useRealTimers();
});

describe("block sync against hostile peers", () => {
  it("punishes a block response whose header cannot be hashed instead of crashing (before and after consensus starts)", () => {
    for (const consensusStarted of [false, true]) {
      const h = harness({ consensusStarted });
      h.peers.set("evil", newPeerState(5n));
      expect(() => h.sync.onBlockSyncMsg("evil", encodeEnvelope({ kind: BS_RESPONSE, h: 2n, a: unhashableBlockBytes(2n), b: commitBytes(2n) }))).not.toThrow();
      expect(h.punished).toEqual([{ peer: "evil", why: "malformed block response: block header has no hash" }]);
      expect(h.inputs).toEqual([]);
    }
  });

  it("keeps only block responses for heights it could have asked for (no pile of unsolicited blocks)", () => {
    const hashable = (height: bigint) =>
      serializeNodeBlock({ block: Block.fromPartial({ header: { height, chainId: "sync-test", validatorsHash: new Uint8Array(32).fill(3) }, data: { txs: [] } }), beaconSig: new Uint8Array(96).fill(1) });
    const syncing = harness({ tip: 1n });
    for (const h of [2n, 17n, 18n, 500n]) syncing.sync.onBlockSyncMsg("p", encodeEnvelope({ kind: BS_RESPONSE, h, a: hashable(h), b: commitBytes(h) }));
    expect([...(syncing.sync as unknown as { syncBlocks: Map<bigint, unknown> }).syncBlocks.keys()]).toEqual([2n, 17n]);

    const live = harness({ tip: 1n, consensusStarted: true });
    for (const h of [2n, 3n, 500n]) live.sync.onBlockSyncMsg("p", encodeEnvelope({ kind: BS_RESPONSE, h, a: hashable(h), b: commitBytes(h) }));
    expect(live.inputs.map((i) => (i as { height: bigint }).height)).toEqual([2n]);
    expect(live.punished).toEqual([]);
  });

  it("joins consensus when a peer claims a height it never serves (no block for 15 s)", async () => {
    vi.useFakeTimers();
    const h = harness();
    h.sync.onBlockSyncMsg("liar", encodeEnvelope({ kind: BS_STATUS, h: 2n ** 64n - 1n }));
    const run = h.sync.run();
    await vi.advanceTimersByTimeAsync(14_000);
    expect(h.joined()).toBe(0);
    expect(h.sent.filter((s) => s.kind === BS_REQUEST).length).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(2_000);
    await run;
    expect(h.joined()).toBe(1);
    expect(h.warnings.some((w) => w.startsWith("block sync stalled"))).toBe(true);
  });

  it("believes a peer that answers 'no block' only up to the height below, so sync ends without waiting for the stall", async () => {
    vi.useFakeTimers();
    const h = harness();
    h.sync.onBlockSyncMsg("short", encodeEnvelope({ kind: BS_STATUS, h: 100n }));
    const run = h.sync.run();
    await vi.advanceTimersByTimeAsync(100);
    expect(h.sent).toContainEqual({ peer: "short", kind: BS_REQUEST, h: 2n });
    h.sync.onBlockSyncMsg("short", encodeEnvelope({ kind: BS_NO_BLOCK, h: 2n }));
    expect(h.peers.get("short")!.height).toBe(1n);
    await vi.advanceTimersByTimeAsync(3_000);
    await run;
    expect(h.joined()).toBe(1);
    expect(h.warnings).toEqual([]);
  });

  it("forgets the claim of a peer that disconnects", async () => {
    vi.useFakeTimers();
    const h = harness();
    h.sync.onBlockSyncMsg("gone", encodeEnvelope({ kind: BS_STATUS, h: 50n }));
    const run = h.sync.run();
    await vi.advanceTimersByTimeAsync(100);
    h.peers.delete("gone");
    await vi.advanceTimersByTimeAsync(3_000);
    await run;
    expect(h.joined()).toBe(1);
  });

  it("logs a failed block-store read while serving a peer instead of leaving an unhandled rejection", async () => {
    const h = harness({ getBlock: () => Promise.reject(new Error("LEVEL_DATABASE_NOT_OPEN")) });
    h.sync.onBlockSyncMsg("behind", encodeEnvelope({ kind: BS_REQUEST, h: 3n }));
    await new Promise((r) => setTimeout(r, 10));
    expect(h.warnings).toEqual(["block sync: cannot serve a block to a peer"]);
    expect(h.sent).toEqual([]);
  });
});
