/**
 * An in-process `P2P` for tests and simulations: a `MemoryNetwork` hub creates `MemoryP2P` nodes and
 * links them. A link behaves like a persistent-peer pair: connected whenever both nodes are started,
 * on the same chain and neither bans the other (a ban's end reconnects it). Hooks drop or delay
 * messages (`setFilter`) and split the network (`partition`).
 *
 * Semantics kept from the TCP network: messages are copied, delivered asynchronously and in order per
 * link unless a filter delays them; messages in flight on a connection that closes are lost; the
 * receiver enforces its channel size limits (and, if enabled, rate limits) by punishing the sender.
 */
import { nodeKeyFromSeed } from "../keyring/validator-key.js";
import { parsePeerAddress } from "./address.js";
import { P2PError } from "./errors.js";
import { TokenBucket } from "./rate-limit.js";
import { DEFAULT_CHANNEL_LIMITS, type Channel, type MessageHandler, type P2P, type P2PConfig, type PeerId, type PeerInfo } from "./types.js";

export interface MemoryMessage {
  from: PeerId;
  to: PeerId;
  channel: Channel;
  data: Uint8Array;
}

/** What happens to one message: delivered now, dropped, or delivered after `delayMs`. */
export type DeliveryDecision = "deliver" | "drop" | { delayMs: number };

export interface MemoryNetworkOptions {
  /** How an undelayed message is scheduled. "microtask" suits fake timers. Default "macrotask". */
  schedule?: "macrotask" | "microtask";
  /** Latency added to every message, ms. Default 0. */
  latencyMs?: number;
  /** Enforce channels' messages-per-second limits. Default false (simulations burst). */
  enforceRateLimits?: boolean;
  defaultBanMs?: number;
}

export interface MemoryNodeConfig extends Partial<P2PConfig> {
  nodeKeySeed: Uint8Array;
}

const pairKey = (a: PeerId, b: PeerId) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export class MemoryNetwork {
  private readonly members = new Map<PeerId, MemoryP2P>();
  private readonly links = new Set<string>();
  /** Live connections: pair key -> generation (messages of an older generation are lost). */
  private readonly conns = new Map<string, number>();
  private generation = 0;
  private groups: Map<PeerId, number> | null = null;
  private filter: ((m: MemoryMessage) => DeliveryDecision) | null = null;
  readonly stats = { sent: 0, delivered: 0, dropped: 0 };

  constructor(readonly opts: MemoryNetworkOptions = {}) {}

  /** A node; `persistentPeers` entries (`id@anything`) become links. */
  createNode(config: MemoryNodeConfig): MemoryP2P {
    const full: P2PConfig = {
      listenAddr: "",
      persistentPeers: [],
      maxPeers: Number.MAX_SAFE_INTEGER,
      pex: false,
      chainId: "memory",
      moniker: "",
      limits: DEFAULT_CHANNEL_LIMITS,
      ...config,
    };
    const node = new MemoryP2P(this, full);
    if (this.members.has(node.nodeId)) throw new P2PError("CONFIG", `node ${node.nodeId} already exists`);
    this.members.set(node.nodeId, node);
    for (const p of full.persistentPeers) this.connect(node.nodeId, parsePeerAddress(p).id);
    return node;
  }

  nodes(): MemoryP2P[] {
    return [...this.members.values()];
  }

  node(id: PeerId): MemoryP2P | undefined {
    return this.members.get(id);
  }

  /** Links two nodes (connected as soon as both are started). */
  connect(a: PeerId | MemoryP2P, b: PeerId | MemoryP2P): void {
    const [x, y] = [idOf(a), idOf(b)];
    if (x === y) return;
    this.links.add(pairKey(x, y));
    this.establish(x, y);
  }

  /** Links every pair of nodes. */
  connectAll(): void {
    const ids = [...this.members.keys()];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) this.connect(ids[i], ids[j]);
  }

  /** Removes a link (and closes its connection). */
  disconnect(a: PeerId | MemoryP2P, b: PeerId | MemoryP2P): void {
    const [x, y] = [idOf(a), idOf(b)];
    this.links.delete(pairKey(x, y));
    this.close(x, y);
  }

  /**
   * Drops every message between nodes of different groups (nodes in no group form one more group).
   * Connections stay up, as TCP does through a short partition, unless `disconnect` is set.
   */
  partition(groups: (PeerId | MemoryP2P)[][], opts: { disconnect?: boolean } = {}): void {
    this.groups = new Map();
    groups.forEach((g, i) => g.forEach((n) => this.groups!.set(idOf(n), i)));
    if (opts.disconnect) for (const k of [...this.conns.keys()]) {
      const [x, y] = k.split("|");
      if (!this.reachable(x, y)) this.close(x, y);
    }
  }

  /** Ends the partition and reconnects links it closed. */
  heal(): void {
    this.groups = null;
    for (const k of this.links) {
      const [x, y] = k.split("|");
      this.establish(x, y);
    }
  }

  setFilter(filter: ((m: MemoryMessage) => DeliveryDecision) | null): void {
    this.filter = filter;
  }

  isConnected(a: PeerId, b: PeerId): boolean {
    return this.conns.has(pairKey(a, b));
  }

  private reachable(a: PeerId, b: PeerId): boolean {
    if (!this.groups) return true;
    return (this.groups.get(a) ?? -1) === (this.groups.get(b) ?? -1);
  }

  /** @internal Connects a linked pair if it can be. */
  establish(a: PeerId, b: PeerId): void {
    const k = pairKey(a, b);
    const [x, y] = [this.members.get(a), this.members.get(b)];
    if (!x || !y || !this.links.has(k) || this.conns.has(k)) return;
    if (!x.running || !y.running || x.config.chainId !== y.config.chainId) return;
    if (x.banRemaining(b) > 0 || y.banRemaining(a) > 0) return;
    if (this.groups && !this.reachable(a, b)) return;
    this.conns.set(k, ++this.generation);
    x.onConnected(y);
    y.onConnected(x);
  }

  /** @internal */
  close(a: PeerId, b: PeerId): void {
    const k = pairKey(a, b);
    if (!this.conns.delete(k)) return;
    this.members.get(a)?.onDisconnected(b);
    this.members.get(b)?.onDisconnected(a);
  }

  /** @internal */
  linksOf(id: PeerId): PeerId[] {
    const out: PeerId[] = [];
    for (const k of this.links) {
      const [x, y] = k.split("|");
      if (x === id) out.push(y);
      else if (y === id) out.push(x);
    }
    return out;
  }

  /** @internal Sends one message (channel) or status update (channel undefined). */
  transmit(from: PeerId, to: PeerId, channel: Channel | undefined, data: Uint8Array, deliver: () => void): void {
    const k = pairKey(from, to);
    const gen = this.conns.get(k);
    if (gen === undefined) return;
    this.stats.sent++;
    let decision: DeliveryDecision = "deliver";
    if (!this.reachable(from, to)) decision = "drop";
    else if (channel !== undefined && this.filter) decision = this.filter({ from, to, channel, data });
    if (decision === "drop") {
      this.stats.dropped++;
      return;
    }
    const run = () => {
      if (this.conns.get(k) !== gen) {
        this.stats.dropped++;
        return;
      }
      this.stats.delivered++;
      deliver();
    };
    const delay = (this.opts.latencyMs ?? 0) + (typeof decision === "object" ? decision.delayMs : 0);
    if (delay > 0) setTimeout(run, delay);
    else if (this.opts.schedule === "microtask") queueMicrotask(run);
    else setImmediate(run);
  }
}

function idOf(x: PeerId | MemoryP2P): PeerId {
  return typeof x === "string" ? x : x.nodeId;
}

export class MemoryP2P implements P2P {
  readonly nodeId: PeerId;
  readonly listenAddrs: string[];
  running = false;
  private height = 0n;
  private readonly connected = new Map<PeerId, PeerInfo>();
  private readonly handlers = new Map<Channel, MessageHandler>();
  private readonly peerHandlers: ((ev: { type: "connected" | "disconnected"; peer: PeerInfo }) => void)[] = [];
  private readonly bans = new Map<PeerId, number>();
  private readonly buckets = new Map<string, TokenBucket>();
  /** Reasons given to `punish`, for assertions. */
  readonly punishments: { peer: PeerId; reason: string }[] = [];

  constructor(
    private readonly net: MemoryNetwork,
    readonly config: P2PConfig,
  ) {
    this.nodeId = nodeKeyFromSeed(config.nodeKeySeed).id;
    this.listenAddrs = [`memory:${this.nodeId}`];
  }

  async start(): Promise<void> {
    this.running = true;
    for (const peer of this.net.linksOf(this.nodeId)) this.net.establish(this.nodeId, peer);
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const peer of [...this.connected.keys()]) this.net.close(this.nodeId, peer);
  }

  on(channel: Channel, handler: MessageHandler): void {
    this.handlers.set(channel, handler);
  }

  onPeer(handler: (ev: { type: "connected" | "disconnected"; peer: PeerInfo }) => void): void {
    this.peerHandlers.push(handler);
  }

  broadcast(channel: Channel, data: Uint8Array, except?: PeerId): void {
    for (const id of this.connected.keys()) if (id !== except) this.send(id, channel, data);
  }

  send(peer: PeerId, channel: Channel, data: Uint8Array): boolean {
    if (!this.connected.has(peer) || data.length > this.config.limits[channel].maxMessageBytes) return false;
    const copy = data.slice();
    const target = this.net.node(peer);
    this.net.transmit(this.nodeId, peer, channel, copy, () => target?.receive(this.nodeId, channel, copy));
    return true;
  }

  peers(): PeerInfo[] {
    return [...this.connected.values()].map((p) => ({ ...p }));
  }

  punish(peer: PeerId, reason: string, banMs: number = this.net.opts.defaultBanMs ?? 60_000): void {
    this.punishments.push({ peer, reason });
    this.bans.set(peer, Math.max(Date.now() + banMs, this.bans.get(peer) ?? 0));
    this.net.close(this.nodeId, peer);
    setTimeout(() => this.net.establish(this.nodeId, peer), banMs + 1).unref?.();
  }

  setHeight(height: bigint): void {
    if (height === this.height) return;
    this.height = height;
    for (const id of this.connected.keys()) {
      const target = this.net.node(id);
      this.net.transmit(this.nodeId, id, undefined, new Uint8Array(0), () => target?.onStatus(this.nodeId, height));
    }
  }

  banRemaining(peer: PeerId): number {
    const until = this.bans.get(peer);
    return until === undefined ? 0 : Math.max(0, until - Date.now());
  }

  /** @internal */
  onConnected(other: MemoryP2P): void {
    const info: PeerInfo = {
      id: other.nodeId,
      listenAddr: other.listenAddrs[0],
      moniker: other.config.moniker,
      outbound: this.nodeId < other.nodeId,
      persistent: true,
      height: other.height,
    };
    this.connected.set(other.nodeId, info);
    this.emit("connected", info);
  }

  /** @internal */
  onDisconnected(peer: PeerId): void {
    const info = this.connected.get(peer);
    if (!info) return;
    this.connected.delete(peer);
    for (const k of [...this.buckets.keys()]) if (k.startsWith(peer)) this.buckets.delete(k);
    this.emit("disconnected", info);
  }

  /** @internal */
  onStatus(from: PeerId, height: bigint): void {
    const info = this.connected.get(from);
    if (info) info.height = height;
  }

  /** @internal */
  receive(from: PeerId, channel: Channel, data: Uint8Array): void {
    if (!this.running || !this.connected.has(from)) return;
    const limits = this.config.limits[channel];
    if (data.length > limits.maxMessageBytes) {
      this.punish(from, `message on ${channel} exceeds ${limits.maxMessageBytes} bytes`);
      return;
    }
    if (this.net.opts.enforceRateLimits) {
      const key = `${from}/${channel}`;
      let b = this.buckets.get(key);
      if (!b) this.buckets.set(key, (b = new TokenBucket(limits.maxMessagesPerSecond)));
      if (!b.take()) {
        this.punish(from, `rate limit exceeded on ${channel}`);
        return;
      }
    }
    this.handlers.get(channel)?.(from, data);
  }

  private emit(type: "connected" | "disconnected", peer: PeerInfo): void {
    for (const h of this.peerHandlers) h({ type, peer: { ...peer } });
  }
}
