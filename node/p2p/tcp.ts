/**
 * The real p2p network: TCP connections secured by Noise XX (connection.ts), keyed by the node's
 * ed25519 node key. Owns the peer table, persistent-peer redial, bans, per-channel rate limits,
 * status (height) updates and peer exchange. Channel payloads are opaque: their owners validate
 * them and call `punish`.
 */
import * as net from "node:net";
import { nodeKeyFromSeed, type NodeKey } from "../keyring/validator-key.js";
import { silentLogger, type Logger } from "../log/logger.js";
import { AddressBook } from "./address-book.js";
import { formatHostPort, isNodeId, isUnspecifiedHost, parseHostPort, parsePeerAddress, type HostPort } from "./address.js";
import { SecureConnection } from "./connection.js";
import { P2PError } from "./errors.js";
import { generateDhKeyPair, type DhKeyPair } from "./noise.js";
import { TokenBucket } from "./rate-limit.js";
import type { Channel, MessageHandler, P2P, P2PConfig, PeerId, PeerInfo } from "./types.js";
import { CHANNEL_BY_ID, CHANNEL_IDS, CONTROL_CHANNEL_ID, decodePexAddrs, decodeStatus, encodePexAddrs, encodeStatus, type NodeInfo } from "./wire.js";

export interface TcpP2POptions {
  logger?: Logger;
  /** Whole handshake, TCP connect included. Default 10 s. */
  handshakeTimeoutMs?: number;
  /** Persistent-peer redial backoff: doubles from min to max, with jitter. Defaults 500 ms, 30 s. */
  dialBackoffMinMs?: number;
  dialBackoffMaxMs?: number;
  /** How often known addresses are shared and dialled. Default 30 s. */
  pexIntervalMs?: number;
  /** How often our height is re-sent (it is also sent on every change). Default 10 s. */
  statusIntervalMs?: number;
  /** A connection silent this long is closed. Default 6 × statusIntervalMs. 0 disables. */
  idleTimeoutMs?: number;
  /** Queued outgoing bytes per peer above which `send` drops and returns false. Default 128 MiB. */
  maxSendBufferBytes?: number;
  /** Inbound connections still in handshake. Default 64. */
  maxPendingConnections?: number;
  /** Software version told to peers. */
  version?: string;
  /** Ban for `punish` without a duration and for protocol violations (oversize, flood). Default 60 s. */
  defaultBanMs?: number;
}

const CONTROL_LIMITS = { maxMessageBytes: 1024, maxMessagesPerSecond: 100 };
/** Bans remembered at once (about 150 B each). */
const MAX_BANS = 10_000;
const MAX_PEX_ADDRS = 100;
const ADDRESS_BOOK_SIZE = 1000;

interface PeerState {
  conn: SecureConnection;
  info: PeerInfo;
  buckets: Map<number, TokenBucket>;
  /** Where the peer can be dialled, if known (shared by PEX). */
  dialAddr?: string;
}

interface Persistent extends HostPort {
  addr: string;
  backoffMs: number;
  timer?: NodeJS.Timeout;
}

export class TcpP2P implements P2P {
  readonly nodeId: PeerId;
  listenAddrs: string[] = [];
  private readonly key: NodeKey;
  private readonly staticKey: DhKeyPair;
  private readonly log: Logger;
  private readonly o: Required<Omit<TcpP2POptions, "logger">>;
  private readonly peerTable = new Map<PeerId, PeerState>();
  private readonly handlers = new Map<Channel, MessageHandler>();
  private readonly peerHandlers: ((ev: { type: "connected" | "disconnected"; peer: PeerInfo }) => void)[] = [];
  private readonly bans = new Map<PeerId, number>();
  private readonly persistent = new Map<PeerId, Persistent>();
  private readonly dialing = new Set<PeerId>();
  private readonly sockets = new Set<net.Socket>();
  private readonly book: AddressBook;
  private server: net.Server | null = null;
  private height = 0n;
  private statusQueued = false;
  private timers: NodeJS.Timeout[] = [];
  private pending = 0;
  private stopped = false;

  constructor(
    private readonly config: P2PConfig,
    opts: TcpP2POptions = {},
  ) {
    this.key = nodeKeyFromSeed(config.nodeKeySeed);
    this.nodeId = this.key.id;
    this.staticKey = generateDhKeyPair();
    this.log = (opts.logger ?? silentLogger).child({ module: "p2p" });
    const statusIntervalMs = opts.statusIntervalMs ?? 10_000;
    this.o = {
      handshakeTimeoutMs: opts.handshakeTimeoutMs ?? 10_000,
      dialBackoffMinMs: opts.dialBackoffMinMs ?? 500,
      dialBackoffMaxMs: opts.dialBackoffMaxMs ?? 30_000,
      pexIntervalMs: opts.pexIntervalMs ?? 30_000,
      statusIntervalMs,
      idleTimeoutMs: opts.idleTimeoutMs ?? 6 * statusIntervalMs,
      maxSendBufferBytes: opts.maxSendBufferBytes ?? 128 * 1_048_576,
      maxPendingConnections: opts.maxPendingConnections ?? 64,
      version: opts.version ?? "",
      defaultBanMs: opts.defaultBanMs ?? 60_000,
    };
    for (const s of config.persistentPeers) {
      const p = parsePeerAddress(s);
      if (p.id === this.nodeId) continue;
      this.persistent.set(p.id, { host: p.host, port: p.port, addr: formatHostPort(p.host, p.port), backoffMs: this.o.dialBackoffMinMs });
    }
    this.book = new AddressBook(ADDRESS_BOOK_SIZE, this.o.dialBackoffMinMs, this.o.dialBackoffMaxMs * 4);
  }

  async start(): Promise<void> {
    if (this.server) throw new P2PError("CONFIG", "p2p already started");
    const { host, port } = parseHostPort(this.config.listenAddr);
    const server = net.createServer((s) => this.onInbound(s));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host, port }, () => {
        server.off("error", reject);
        resolve();
      });
    });
    server.on("error", (e) => this.log.error("p2p listener error", { err: e.message }));
    const addr = server.address() as net.AddressInfo;
    this.listenAddrs = [formatHostPort(host, addr.port)];
    this.log.info("p2p listening", { addr: this.listenAddrs[0], nodeId: this.nodeId });
    for (const id of this.persistent.keys()) this.schedulePersistent(id, 0);
    this.timers.push(setInterval(() => this.broadcastStatus(), this.o.statusIntervalMs));
    if (this.config.pex) this.timers.push(setInterval(() => this.pexTick(), this.o.pexIntervalMs));
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    for (const p of this.persistent.values()) clearTimeout(p.timer);
    for (const st of [...this.peerTable.values()]) st.conn.close("node stopping");
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  on(channel: Channel, handler: MessageHandler): void {
    this.handlers.set(channel, handler);
  }

  onPeer(handler: (ev: { type: "connected" | "disconnected"; peer: PeerInfo }) => void): void {
    this.peerHandlers.push(handler);
  }

  broadcast(channel: Channel, data: Uint8Array, except?: PeerId): void {
    for (const id of this.peerTable.keys()) if (id !== except) this.send(id, channel, data);
  }

  send(peer: PeerId, channel: Channel, data: Uint8Array): boolean {
    const st = this.peerTable.get(peer);
    if (!st || st.conn.isClosed()) return false;
    if (data.length > this.config.limits[channel].maxMessageBytes) {
      this.log.warn("not sending a message over our own channel limit", { channel, bytes: data.length });
      return false;
    }
    if (st.conn.bufferedBytes() > this.o.maxSendBufferBytes) return false;
    st.conn.sendMessage(CHANNEL_IDS[channel], data);
    return true;
  }

  peers(): PeerInfo[] {
    return [...this.peerTable.values()].map((st) => ({ ...st.info }));
  }

  punish(peer: PeerId, reason: string, banMs: number = this.o.defaultBanMs): void {
    const now = Date.now();
    const until = now + banMs;
    // Throwaway identities that misbehave once and never return must not pile up: expired bans
    // are dropped as new ones arrive, and the table is capped (the oldest-ending ban goes first).
    if (this.bans.size >= MAX_BANS) {
      for (const [id, t] of this.bans) if (t <= now) this.bans.delete(id);
      while (this.bans.size >= MAX_BANS) {
        let first: PeerId | undefined;
        let firstT = Infinity;
        for (const [id, t] of this.bans) if (t < firstT) [first, firstT] = [id, t];
        this.bans.delete(first!);
      }
    }
    this.bans.set(peer, Math.max(until, this.bans.get(peer) ?? 0));
    this.log.warn("peer punished", { peer, reason, banMs });
    this.peerTable.get(peer)?.conn.close(`banned: ${reason}`);
  }

  setHeight(height: bigint): void {
    if (height === this.height) return;
    this.height = height;
    if (this.statusQueued) return;
    this.statusQueued = true;
    setImmediate(() => {
      this.statusQueued = false;
      this.broadcastStatus();
    });
  }

  /** Milliseconds left of a ban (0 when not banned). */
  banRemaining(peer: PeerId): number {
    const until = this.bans.get(peer);
    if (until === undefined) return 0;
    const left = until - Date.now();
    if (left <= 0) this.bans.delete(peer);
    return Math.max(0, left);
  }

  private nodeInfo(): NodeInfo {
    return { chainId: this.config.chainId, moniker: this.config.moniker, listenAddr: this.listenAddrs[0] ?? "", height: this.height, version: this.o.version };
  }

  /** Why a handshaken remote is refused, or null. */
  private refusal(id: PeerId, info: NodeInfo, outbound: boolean): string | null {
    if (this.stopped) return "node stopping";
    if (id === this.nodeId) return "connected to ourselves";
    if (info.chainId !== this.config.chainId) return `peer is on chain "${info.chainId}", we are on "${this.config.chainId}"`;
    if (this.banRemaining(id) > 0) return "peer is banned";
    if (!outbound && !this.persistent.has(id) && !this.peerTable.has(id) && this.peerTable.size >= this.config.maxPeers) return "too many peers";
    return null;
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => {}); // reported by the connection or the handshake
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 30_000);
  }

  private onInbound(socket: net.Socket): void {
    if (this.stopped || this.pending >= this.o.maxPendingConnections) {
      socket.destroy();
      return;
    }
    this.track(socket);
    this.pending++;
    SecureConnection.establish(socket, this.handshakeOpts(false, (id, info) => this.refusal(id, info, false)))
      .then((conn) => this.addPeer(conn))
      .catch((e: Error) => this.log.debug("inbound handshake failed", { remote: socket.remoteAddress, err: e.message }))
      .finally(() => this.pending--);
  }

  private handshakeOpts(initiator: boolean, check: (id: PeerId, info: NodeInfo) => string | null) {
    return { initiator, nodeKey: this.key, staticKey: this.staticKey, nodeInfo: this.nodeInfo(), timeoutMs: this.o.handshakeTimeoutMs, check };
  }

  /** Dials `id` at host:port; the remote must prove it is `id`. */
  private async dial(id: PeerId, hp: HostPort): Promise<boolean> {
    if (this.stopped || id === this.nodeId || this.dialing.has(id) || this.peerTable.has(id) || this.banRemaining(id) > 0) return false;
    this.dialing.add(id);
    try {
      const socket = await this.connectTcp(hp);
      const conn = await SecureConnection.establish(
        socket,
        this.handshakeOpts(true, (rid, info) => (rid !== id ? `dialled ${id} but reached ${rid}` : this.refusal(rid, info, true))),
      );
      return this.addPeer(conn, formatHostPort(hp.host, hp.port));
    } catch (e) {
      this.log.debug("dial failed", { peer: id, addr: formatHostPort(hp.host, hp.port), err: (e as Error).message });
      return false;
    } finally {
      this.dialing.delete(id);
    }
  }

  private connectTcp(hp: HostPort): Promise<net.Socket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: hp.host, port: hp.port });
      this.track(socket);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new P2PError("TIMEOUT", "connect timed out"));
      }, this.o.handshakeTimeoutMs);
      socket.once("connect", () => {
        clearTimeout(timer);
        resolve(socket);
      });
      socket.once("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  }

  private addPeer(conn: SecureConnection, dialAddr?: string): boolean {
    const id = conn.remoteId;
    const refusal = this.refusal(id, conn.remoteInfo, conn.initiator);
    if (refusal !== null) {
      conn.close(refusal);
      return false;
    }
    const existing = this.peerTable.get(id);
    if (existing) {
      if (!this.preferNew(existing.conn, conn)) {
        conn.close("duplicate connection");
        return false;
      }
      const old = existing.conn;
      existing.conn = conn;
      existing.info.outbound = conn.initiator;
      existing.info.height = conn.remoteInfo.height;
      existing.buckets.clear();
      this.startConn(existing, conn);
      old.close("replaced by a newer connection");
      return true;
    }
    const info: PeerInfo = {
      id,
      listenAddr: conn.remoteInfo.listenAddr || undefined,
      moniker: conn.remoteInfo.moniker,
      outbound: conn.initiator,
      persistent: this.persistent.has(id),
      height: conn.remoteInfo.height,
    };
    const st: PeerState = { conn, info, buckets: new Map(), dialAddr: dialAddr ?? this.advertisedAddr(conn) };
    this.peerTable.set(id, st);
    if (dialAddr && !this.persistent.has(id)) this.book.markGood(id, dialAddr);
    this.startConn(st, conn);
    this.log.info("peer connected", { peer: id, moniker: info.moniker, outbound: info.outbound });
    this.emitPeer("connected", info);
    if (this.config.pex) this.sendPex(st);
    return true;
  }

  /** Two connections to one peer: both sides keep the one dialled by the lower id, or the newer. */
  private preferNew(old: SecureConnection, neu: SecureConnection): boolean {
    const initiatorOf = (c: SecureConnection) => (c.initiator ? this.nodeId : c.remoteId);
    if (initiatorOf(old) === initiatorOf(neu)) return true;
    const low = this.nodeId < neu.remoteId ? this.nodeId : neu.remoteId;
    return initiatorOf(neu) === low;
  }

  /** An inbound peer's listen address; "every interface" hosts become the address it came from. */
  private advertisedAddr(conn: SecureConnection): string | undefined {
    try {
      const hp = parseHostPort(conn.remoteInfo.listenAddr);
      const host = isUnspecifiedHost(hp.host) ? conn.socket.remoteAddress : hp.host;
      return host ? formatHostPort(host.replace(/^::ffff:/, ""), hp.port) : undefined;
    } catch {
      return undefined;
    }
  }

  private startConn(st: PeerState, conn: SecureConnection): void {
    const id = conn.remoteId;
    if (this.o.idleTimeoutMs > 0) conn.socket.setTimeout(this.o.idleTimeoutMs, () => conn.close("idle timeout"));
    conn.start({
      onMessage: (ch, data) => this.onMessage(st, conn, ch, data),
      onViolation: (reason) => this.punish(id, reason),
      maxMessageBytes: (ch) => {
        if (ch === CONTROL_CHANNEL_ID) return CONTROL_LIMITS.maxMessageBytes;
        const c = CHANNEL_BY_ID.get(ch);
        return c === undefined ? undefined : this.config.limits[c].maxMessageBytes;
      },
      onClose: (reason) => this.onConnClose(st, conn, reason),
    });
  }

  private onConnClose(st: PeerState, conn: SecureConnection, reason: string): void {
    const id = conn.remoteId;
    if (this.peerTable.get(id) !== st || st.conn !== conn) return;
    this.peerTable.delete(id);
    this.log.info("peer disconnected", { peer: id, reason });
    this.emitPeer("disconnected", st.info);
    if (this.persistent.has(id)) this.schedulePersistent(id);
  }

  private onMessage(st: PeerState, conn: SecureConnection, ch: number, data: Uint8Array): void {
    if (st.conn !== conn) return;
    const id = conn.remoteId;
    let bucket = st.buckets.get(ch);
    if (!bucket) {
      const c = CHANNEL_BY_ID.get(ch);
      bucket = new TokenBucket(c === undefined ? CONTROL_LIMITS.maxMessagesPerSecond : this.config.limits[c].maxMessagesPerSecond);
      st.buckets.set(ch, bucket);
    }
    if (!bucket.take()) {
      this.punish(id, `rate limit exceeded on channel 0x${ch.toString(16)}`);
      return;
    }
    const channel = CHANNEL_BY_ID.get(ch);
    try {
      if (channel === undefined) st.info.height = decodeStatus(data);
      else if (channel === "pex" && this.config.pex) this.onPex(data);
    } catch (e) {
      this.punish(id, `invalid ${channel ?? "status"} message: ${(e as Error).message}`);
      return;
    }
    const handler = channel && this.handlers.get(channel);
    if (!handler) return;
    try {
      handler(id, data);
    } catch (e) {
      // A throwing handler is our bug, not proof against the peer: handlers punish explicitly.
      this.log.error("channel handler threw", { channel, peer: id, err: (e as Error).message });
    }
  }

  private emitPeer(type: "connected" | "disconnected", info: PeerInfo): void {
    for (const h of this.peerHandlers) {
      try {
        h({ type, peer: { ...info } });
      } catch (e) {
        this.log.error("peer event handler failed", { err: (e as Error).message });
      }
    }
  }

  private broadcastStatus(): void {
    const msg = encodeStatus(this.height);
    for (const st of this.peerTable.values()) st.conn.sendMessage(CONTROL_CHANNEL_ID, msg);
  }

  private schedulePersistent(id: PeerId, delayMs?: number): void {
    const p = this.persistent.get(id);
    if (!p || this.stopped) return;
    clearTimeout(p.timer);
    const delay = delayMs ?? p.backoffMs * (0.5 + Math.random() / 2);
    p.timer = setTimeout(() => void this.dialPersistent(id, p), delay);
  }

  private async dialPersistent(id: PeerId, p: Persistent): Promise<void> {
    p.timer = undefined;
    if (this.stopped || this.peerTable.has(id)) return; // redial resumes on disconnect
    const banLeft = this.banRemaining(id);
    if (banLeft > 0) return this.schedulePersistent(id, banLeft + 10);
    if (await this.dial(id, p)) {
      p.backoffMs = this.o.dialBackoffMinMs;
      return;
    }
    if (this.peerTable.has(id)) return;
    this.schedulePersistent(id);
    p.backoffMs = Math.min(this.o.dialBackoffMaxMs, p.backoffMs * 2);
  }

  private knownAddrs(exclude: PeerId): { id: PeerId; addr: string }[] {
    const out = new Map<PeerId, string>();
    for (const [id, st] of this.peerTable) if (id !== exclude && st.dialAddr) out.set(id, st.dialAddr);
    for (const e of this.book.sample(MAX_PEX_ADDRS)) if (e.id !== exclude && !out.has(e.id)) out.set(e.id, e.addr);
    return [...out].slice(0, MAX_PEX_ADDRS).map(([id, addr]) => ({ id, addr }));
  }

  private sendPex(st: PeerState): void {
    const addrs = this.knownAddrs(st.info.id);
    if (addrs.length > 0) st.conn.sendMessage(CHANNEL_IDS.pex, encodePexAddrs(addrs));
  }

  private pexTick(): void {
    for (const st of this.peerTable.values()) this.sendPex(st);
    this.dialFromBook();
  }

  private onPex(data: Uint8Array): void {
    for (const a of decodePexAddrs(data, MAX_PEX_ADDRS)) {
      if (!isNodeId(a.id) || a.id === this.nodeId || this.peerTable.has(a.id) || this.persistent.has(a.id)) continue;
      try {
        parseHostPort(a.addr);
      } catch {
        continue;
      }
      if (this.listenAddrs.includes(a.addr)) continue;
      this.book.add(a.id, a.addr);
    }
    this.dialFromBook();
  }

  private dialFromBook(): void {
    if (this.stopped || !this.config.pex) return;
    const room = this.config.maxPeers - this.peerTable.size - this.dialing.size;
    if (room <= 0) return;
    const skip = (id: PeerId) => id === this.nodeId || this.peerTable.has(id) || this.dialing.has(id) || this.persistent.has(id) || this.banRemaining(id) > 0;
    for (const c of this.book.candidates(Date.now(), skip).slice(0, room)) {
      void this.dial(c.id, parseHostPort(c.addr)).then((ok) => {
        if (!ok && !this.peerTable.has(c.id)) this.book.markFailed(c.id, Date.now());
      });
    }
  }
}

export function createTcpP2P(config: P2PConfig, opts: TcpP2POptions = {}): TcpP2P {
  if (!(config.nodeKeySeed instanceof Uint8Array) || config.nodeKeySeed.length !== 32) {
    throw new P2PError("CONFIG", "nodeKeySeed must be 32 bytes");
  }
  if (!Number.isInteger(config.maxPeers) || config.maxPeers < 0) throw new P2PError("CONFIG", "maxPeers must be a non-negative integer");
  if (!config.chainId) throw new P2PError("CONFIG", "chainId is required");
  return new TcpP2P(config, opts);
}
