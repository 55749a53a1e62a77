/**
 * What travels inside the Noise channel. Every frame on the TCP stream is a 2-byte big-endian length
 * followed by that many bytes (a Noise message, at most 65535 bytes), as libp2p-noise frames them.
 *
 * Handshake: three frames (Noise XX messages). Message 1 carries an empty payload; messages 2
 * (responder) and 3 (initiator) carry a `HandshakePayload`.
 *
 * Transport: each Noise transport message decrypts to a chunk
 *   [channel id: u8][flags: u8, bit 0 = last chunk of the message][data]
 * An application message is cut into chunks of at most MAX_CHUNK_DATA bytes written back to back,
 * so chunks of two messages never interleave on one connection. Channel ids follow CometBFT's.
 *
 * Control payloads are protobuf, hand-encoded with protobufjs' Writer/Reader against this schema:
 *
 *   message NodeInfo { string chain_id = 1; string moniker = 2; string listen_addr = 3;
 *                      uint64 height = 4; string version = 5; }
 *   message HandshakePayload { bytes identity_key = 1;  // ed25519 node public key (32 bytes)
 *                              bytes identity_sig = 2;  // ed25519 sig of STATIC_KEY_SIG_PREFIX || x25519 static key
 *                              NodeInfo node_info = 3; }
 *   message Status { uint64 height = 1; }                 // channel CONTROL
 *   message PexAddr { string id = 1; string addr = 2; }
 *   message PexAddrs { repeated PexAddr addrs = 1; }      // channel pex
 */
import protobuf from "protobufjs/minimal.js";
import type { Channel } from "./types.js";
import { P2PError } from "./errors.js";
import { MAX_TRANSPORT_PLAINTEXT } from "./noise.js";

export const PROTOCOL_VERSION = "pogcs-p2p/1";
/** Prologue of every handshake: both sides must speak the same protocol version. */
export const NOISE_PROLOGUE = new TextEncoder().encode(PROTOCOL_VERSION);
export const STATIC_KEY_SIG_PREFIX = new TextEncoder().encode("pogcs-p2p-noise-static-key:");

/** Internal control channel: status (height) updates. */
export const CONTROL_CHANNEL_ID = 0x01;
export const CHANNEL_IDS: Record<Channel, number> = {
  pex: 0x00,
  consensus: 0x20,
  tx: 0x30,
  evidence: 0x38,
  blocksync: 0x40,
};
export const CHANNEL_BY_ID: ReadonlyMap<number, Channel> = new Map(
  (Object.entries(CHANNEL_IDS) as [Channel, number][]).map(([c, id]) => [id, c]),
);

export const CHUNK_HEADER = 2;
export const FLAG_LAST = 0x01;
export const MAX_CHUNK_DATA = MAX_TRANSPORT_PLAINTEXT - CHUNK_HEADER;

/** Cuts one message into chunk plaintexts (an empty message is one empty last chunk). */
export function splitMessage(channelId: number, data: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let off = 0;
  do {
    const end = Math.min(off + MAX_CHUNK_DATA, data.length);
    const chunk = new Uint8Array(CHUNK_HEADER + end - off);
    chunk[0] = channelId;
    chunk[1] = end === data.length ? FLAG_LAST : 0;
    chunk.set(data.subarray(off, end), CHUNK_HEADER);
    out.push(chunk);
    off = end;
  } while (off < data.length);
  return out;
}

export interface NodeInfo {
  chainId: string;
  moniker: string;
  listenAddr: string;
  height: bigint;
  version: string;
}

export interface HandshakePayload {
  identityKey: Uint8Array;
  identitySig: Uint8Array;
  nodeInfo: NodeInfo;
}

export interface PexAddr {
  id: string;
  addr: string;
}

const MAX_STRING = 256;

function decodeWith<T>(bytes: Uint8Array, what: string, f: (r: protobuf.Reader) => T): T {
  try {
    return f(protobuf.Reader.create(bytes));
  } catch (e) {
    if (e instanceof P2PError) throw e;
    throw new P2PError("PROTOCOL", `malformed ${what}`);
  }
}

function readString(r: protobuf.Reader): string {
  const s = r.string();
  if (s.length > MAX_STRING) throw new P2PError("PROTOCOL", "string field too long");
  return s;
}

function readU64(r: protobuf.Reader): bigint {
  const v = r.uint64() as unknown as { low: number; high: number } | number;
  if (typeof v === "number") return BigInt(v);
  return (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
}

function writeU64(w: protobuf.Writer, field: number, v: bigint): void {
  if (v === 0n) return;
  if (v < 0n || v >= 1n << 64n) throw new P2PError("PROTOCOL", "uint64 out of range");
  const long = { low: Number(v & 0xffffffffn) | 0, high: Number(v >> 32n) | 0, unsigned: true };
  w.uint32((field << 3) | 0).uint64(long as unknown as number);
}

function writeNodeInfo(w: protobuf.Writer, n: NodeInfo): protobuf.Writer {
  if (n.chainId) w.uint32(10).string(n.chainId);
  if (n.moniker) w.uint32(18).string(n.moniker);
  if (n.listenAddr) w.uint32(26).string(n.listenAddr);
  writeU64(w, 4, n.height);
  if (n.version) w.uint32(42).string(n.version);
  return w;
}

function readNodeInfo(r: protobuf.Reader, end: number): NodeInfo {
  const n: NodeInfo = { chainId: "", moniker: "", listenAddr: "", height: 0n, version: "" };
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1: n.chainId = readString(r); break;
      case 2: n.moniker = readString(r); break;
      case 3: n.listenAddr = readString(r); break;
      case 4: n.height = readU64(r); break;
      case 5: n.version = readString(r); break;
      default: r.skipType(tag & 7);
    }
  }
  return n;
}

export function encodeHandshakePayload(p: HandshakePayload): Uint8Array {
  const w = protobuf.Writer.create();
  w.uint32(10).bytes(p.identityKey);
  w.uint32(18).bytes(p.identitySig);
  w.uint32(26).fork();
  writeNodeInfo(w, p.nodeInfo).ldelim();
  return w.finish();
}

export function decodeHandshakePayload(bytes: Uint8Array): HandshakePayload {
  return decodeWith(bytes, "handshake payload", (r) => {
    let identityKey = new Uint8Array(0);
    let identitySig = new Uint8Array(0);
    let nodeInfo: NodeInfo | undefined;
    while (r.pos < r.len) {
      const tag = r.uint32();
      switch (tag >>> 3) {
        case 1: identityKey = new Uint8Array(r.bytes()); break;
        case 2: identitySig = new Uint8Array(r.bytes()); break;
        case 3: {
          const len = r.uint32();
          nodeInfo = readNodeInfo(r, r.pos + len);
          break;
        }
        default: r.skipType(tag & 7);
      }
    }
    if (identityKey.length !== 32 || identitySig.length !== 64 || !nodeInfo) {
      throw new P2PError("HANDSHAKE", "handshake payload lacks identity or node info");
    }
    return { identityKey, identitySig, nodeInfo };
  });
}

export function encodeStatus(height: bigint): Uint8Array {
  const w = protobuf.Writer.create();
  writeU64(w, 1, height);
  return w.finish();
}

export function decodeStatus(bytes: Uint8Array): bigint {
  return decodeWith(bytes, "status", (r) => {
    let height = 0n;
    while (r.pos < r.len) {
      const tag = r.uint32();
      if (tag >>> 3 === 1) height = readU64(r);
      else r.skipType(tag & 7);
    }
    return height;
  });
}

export function encodePexAddrs(addrs: PexAddr[]): Uint8Array {
  const w = protobuf.Writer.create();
  for (const a of addrs) {
    w.uint32(10).fork();
    w.uint32(10).string(a.id).uint32(18).string(a.addr);
    w.ldelim();
  }
  return w.finish();
}

export function decodePexAddrs(bytes: Uint8Array, max: number): PexAddr[] {
  return decodeWith(bytes, "pex addresses", (r) => {
    const out: PexAddr[] = [];
    while (r.pos < r.len) {
      const tag = r.uint32();
      if (tag >>> 3 !== 1) {
        r.skipType(tag & 7);
        continue;
      }
      if (out.length >= max) throw new P2PError("PROTOCOL", "too many pex addresses");
      const end = r.uint32() + r.pos;
      const a: PexAddr = { id: "", addr: "" };
      while (r.pos < end) {
        const t = r.uint32();
        if (t >>> 3 === 1) a.id = readString(r);
        else if (t >>> 3 === 2) a.addr = readString(r);
        else r.skipType(t & 7);
      }
      out.push(a);
    }
    return out;
  });
}
