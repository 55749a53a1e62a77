/**
 * One authenticated, encrypted connection over a TCP socket: the Noise XX handshake with the ed25519
 * identity binding, then length-prefixed Noise transport messages carrying channel chunks (wire.ts).
 * It knows nothing of peers, bans or channels' meaning: it reports messages and violations upward.
 */
import type { Socket } from "node:net";
import { sha256 } from "../../chain/crypto/hash.js";
import { verifyEd25519, type NodeKey } from "../keyring/validator-key.js";
import { P2PError, isP2PError } from "./errors.js";
import { type CipherState, type DhKeyPair, MAX_NOISE_MESSAGE, XXHandshake } from "./noise.js";
import {
  CHUNK_HEADER,
  FLAG_LAST,
  NOISE_PROLOGUE,
  STATIC_KEY_SIG_PREFIX,
  decodeHandshakePayload,
  encodeHandshakePayload,
  splitMessage,
  type NodeInfo,
} from "./wire.js";

const EMPTY = new Uint8Array(0);

export function nodeIdFromPubKey(pub: Uint8Array): string {
  return Buffer.from(sha256(pub).subarray(0, 20)).toString("hex");
}

/** Splits a byte stream into u16-length-prefixed frames. */
class FrameReader {
  private buf: Buffer = Buffer.alloc(0);

  push(data: Buffer, onFrame: (frame: Buffer) => boolean): void {
    this.buf = this.buf.length === 0 ? data : Buffer.concat([this.buf, data]);
    let off = 0;
    while (this.buf.length - off >= 2) {
      const len = this.buf.readUInt16BE(off);
      if (this.buf.length - off - 2 < len) break;
      const frame = this.buf.subarray(off + 2, off + 2 + len);
      off += 2 + len;
      if (!onFrame(frame)) {
        this.buf = Buffer.alloc(0);
        return;
      }
    }
    this.buf = off === 0 ? this.buf : Buffer.from(this.buf.subarray(off));
  }
}

function frame(msg: Uint8Array): Buffer {
  if (msg.length > MAX_NOISE_MESSAGE) throw new P2PError("PROTOCOL", "noise message too large");
  const out = Buffer.allocUnsafe(2 + msg.length);
  out.writeUInt16BE(msg.length, 0);
  out.set(msg, 2);
  return out;
}

export interface HandshakeOptions {
  initiator: boolean;
  nodeKey: NodeKey;
  staticKey: DhKeyPair;
  nodeInfo: NodeInfo;
  timeoutMs: number;
  /** Returns why the remote is refused, or null. The initiator calls it before sending message 3. */
  check(remoteId: string, info: NodeInfo): string | null;
}

export interface ConnectionEvents {
  /** A complete message on channel `channelId`. */
  onMessage(channelId: number, data: Uint8Array): void;
  /** The remote broke the protocol in a way that deserves a ban (oversize, bad chunking). */
  onViolation(reason: string): void;
  /** Largest message accepted on `channelId`, or undefined for an unknown channel. */
  maxMessageBytes(channelId: number): number | undefined;
  onClose(reason: string): void;
}

export class SecureConnection {
  private events: ConnectionEvents | null = null;
  private reported = false;
  private earlyFrames: Buffer[] = [];
  private partial: { channelId: number; parts: Uint8Array[]; size: number } | null = null;
  private closed = false;
  private corked = false;
  private pendingFrames: Buffer[] = [];
  closeReason = "";

  private constructor(
    readonly socket: Socket,
    private readonly send: CipherState,
    private readonly recv: CipherState,
    readonly remoteId: string,
    readonly remoteInfo: NodeInfo,
    readonly initiator: boolean,
    private readonly reader: FrameReader,
  ) {}

  /** Runs the handshake on a connected socket; on failure the socket is destroyed and this rejects. */
  static async establish(socket: Socket, opts: HandshakeOptions): Promise<SecureConnection> {
    const hs = new XXHandshake(opts.initiator, opts.staticKey, NOISE_PROLOGUE);
    const reader = new FrameReader();
    const queue: Buffer[] = [];
    let waiter: ((f: Buffer | Error) => void) | null = null;
    let failure: Error | null = null;
    const deliver = (x: Buffer | Error) => {
      if (x instanceof Error) failure ??= x;
      else queue.push(x);
      const w = waiter;
      waiter = null;
      w?.(x);
    };
    const onData = (d: Buffer) => reader.push(d, (f) => (deliver(Buffer.from(f)), true));
    const onEnd = () => deliver(new P2PError("CLOSED", "connection closed during handshake"));
    const onError = (e: Error) => deliver(new P2PError("CLOSED", `socket error during handshake: ${e.message}`));
    socket.on("data", onData);
    socket.on("close", onEnd);
    socket.on("error", onError);
    const timer = setTimeout(() => deliver(new P2PError("TIMEOUT", "handshake timed out")), opts.timeoutMs);
    const next = (): Promise<Buffer> =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const f = queue.shift();
        if (f) return resolve(f);
        waiter = () => {
          if (failure) reject(failure);
          else resolve(queue.shift()!);
        };
      });
    const payload = (): Uint8Array =>
      encodeHandshakePayload({
        identityKey: opts.nodeKey.pubKey,
        identitySig: opts.nodeKey.sign(concat(STATIC_KEY_SIG_PREFIX, opts.staticKey.publicKey)),
        nodeInfo: opts.nodeInfo,
      });
    const authenticate = (plain: Uint8Array): { id: string; info: NodeInfo } => {
      const p = decodeHandshakePayload(plain);
      const rs = hs.remoteStatic()!;
      if (!verifyEd25519(p.identityKey, concat(STATIC_KEY_SIG_PREFIX, rs), p.identitySig)) {
        throw new P2PError("HANDSHAKE", "remote static key is not signed by its node key");
      }
      const id = nodeIdFromPubKey(p.identityKey);
      const refusal = opts.check(id, p.nodeInfo);
      if (refusal !== null) throw new P2PError("REFUSED", refusal);
      return { id, info: p.nodeInfo };
    };
    try {
      let remote: { id: string; info: NodeInfo };
      if (opts.initiator) {
        socket.write(frame(hs.writeMessage(EMPTY)));
        remote = authenticate(hs.readMessage(await next()));
        socket.write(frame(hs.writeMessage(payload())));
      } else {
        if (hs.readMessage(await next()).length !== 0) throw new P2PError("HANDSHAKE", "message 1 must carry no payload");
        socket.write(frame(hs.writeMessage(payload())));
        remote = authenticate(hs.readMessage(await next()));
      }
      const t = hs.finish();
      const conn = new SecureConnection(socket, t.send, t.recv, remote.id, remote.info, opts.initiator, reader);
      socket.off("data", onData);
      socket.off("close", onEnd);
      socket.off("error", onError);
      clearTimeout(timer);
      // Frames that arrived with the last handshake message belong to the transport phase.
      const early = queue.splice(0);
      conn.attach(early);
      return conn;
    } catch (e) {
      clearTimeout(timer);
      socket.off("data", onData);
      socket.destroy();
      throw isP2PError(e) ? e : new P2PError("HANDSHAKE", (e as Error).message);
    }
  }

  private attach(early: Buffer[]): void {
    this.earlyFrames = early;
    this.socket.pause();
    this.socket.on("data", (d: Buffer) => this.reader.push(d, (f) => this.onFrame(f)));
    this.socket.on("close", () => this.finish(this.closeReason || "remote closed"));
    this.socket.on("error", (e) => this.finish(`socket error: ${e.message}`));
  }

  /** Starts delivering messages (frames are held until then). */
  start(events: ConnectionEvents): void {
    this.events = events;
    if (this.closed) {
      this.reported = true;
      events.onClose(this.closeReason);
      return;
    }
    for (const f of this.earlyFrames.splice(0)) if (!this.onFrame(f)) return;
    this.socket.resume();
  }

  private onFrame(f: Buffer): boolean {
    if (this.closed || !this.events) return false;
    let plain: Uint8Array;
    try {
      plain = this.recv.decryptWithAd(EMPTY, f);
    } catch {
      // Corruption or tampering on the path: not proof that the peer misbehaved, so no ban.
      this.close("frame failed authentication");
      return false;
    }
    if (plain.length < CHUNK_HEADER) return this.violation("chunk shorter than its header");
    const channelId = plain[0];
    const last = (plain[1] & FLAG_LAST) !== 0;
    const data = plain.subarray(CHUNK_HEADER);
    const limit = this.events.maxMessageBytes(channelId);
    if (limit === undefined) return this.violation(`unknown channel 0x${channelId.toString(16)}`);
    let p = this.partial;
    if (p && p.channelId !== channelId) return this.violation("chunks of two messages interleaved");
    p ??= { channelId, parts: [], size: 0 };
    p.size += data.length;
    if (p.size > limit) return this.violation(`message on channel 0x${channelId.toString(16)} exceeds ${limit} bytes`);
    p.parts.push(data);
    if (!last) {
      this.partial = p;
      return true;
    }
    this.partial = null;
    const msg = p.parts.length === 1 ? p.parts[0] : new Uint8Array(Buffer.concat(p.parts));
    this.events.onMessage(channelId, msg);
    return !this.closed;
  }

  private violation(reason: string): boolean {
    this.events?.onViolation(reason);
    this.close(reason);
    return false;
  }

  /** Bytes queued in the socket but not yet sent (backpressure). */
  bufferedBytes(): number {
    return this.socket.writableLength;
  }

  sendMessage(channelId: number, data: Uint8Array): void {
    if (this.closed) return;
    for (const chunk of splitMessage(channelId, data)) {
      this.pendingFrames.push(frame(this.send.encryptWithAd(EMPTY, chunk)));
    }
    // Messages sent in the same tick leave in one write.
    if (!this.corked) {
      this.corked = true;
      process.nextTick(() => this.flush());
    }
  }

  private flush(): void {
    this.corked = false;
    if (this.closed || this.pendingFrames.length === 0) return;
    const frames = this.pendingFrames;
    this.pendingFrames = [];
    this.socket.write(frames.length === 1 ? frames[0] : Buffer.concat(frames));
  }

  close(reason: string): void {
    if (this.closed) return;
    this.closeReason ||= reason;
    this.flush();
    this.socket.end();
    this.socket.destroy();
    this.finish(reason);
  }

  isClosed(): boolean {
    return this.closed;
  }

  private finish(reason: string): void {
    this.closed = true;
    this.closeReason ||= reason;
    if (this.events && !this.reported) {
      this.reported = true;
      this.events.onClose(this.closeReason);
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
