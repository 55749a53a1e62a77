/**
 * The p2p layer as the rest of the node sees it. Implementations: the real network
 * (authenticated, encrypted connections keyed by each node's ed25519 node key) and an in-process
 * network for tests. Messages are opaque bytes per channel; each channel's owner encodes them
 * (protobuf) and validates them; a handler that finds a message invalid calls `punish`.
 */

/** Channels, as CometBFT's reactors: each has its own size limit and rate limit. */
export type Channel = "tx" | "consensus" | "blocksync" | "evidence" | "pex";

/** Lower-case hex of sha256(ed25519 node pubkey)[:20], as CometBFT node ids. */
export type PeerId = string;

export interface PeerInfo {
  id: PeerId;
  /** host:port the peer listens on (as advertised), if known. */
  listenAddr?: string;
  moniker?: string;
  outbound: boolean;
  persistent: boolean;
  /** Latest height the peer reported (block sync uses it). */
  height?: bigint;
}

export interface ChannelLimits {
  /** Largest message accepted on this channel, bytes. */
  maxMessageBytes: number;
  /** Messages per second per peer before the peer is disconnected and banned for a while. */
  maxMessagesPerSecond: number;
}

export type MessageHandler = (from: PeerId, data: Uint8Array) => void;

export interface P2P {
  readonly nodeId: PeerId;
  /** Addresses this node listens on. */
  readonly listenAddrs: string[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One handler per channel. */
  on(channel: Channel, handler: MessageHandler): void;
  /** Sends to every connected peer (except `except`). */
  broadcast(channel: Channel, data: Uint8Array, except?: PeerId): void;
  send(peer: PeerId, channel: Channel, data: Uint8Array): boolean;
  peers(): PeerInfo[];
  /** Called for peers that connect or disconnect. */
  onPeer(handler: (ev: { type: "connected" | "disconnected"; peer: PeerInfo }) => void): void;
  /** Records misbehaviour; the peer is disconnected and banned for `banMs` (default 60 s). */
  punish(peer: PeerId, reason: string, banMs?: number): void;
  /** Updates what we tell peers about our height (status messages). */
  setHeight(height: bigint): void;
}

export interface P2PConfig {
  /** ed25519 node key seed (32 bytes) from node_key.json. */
  nodeKeySeed: Uint8Array;
  /** host:port to listen on (tests: 127.0.0.1:0). */
  listenAddr: string;
  /** "id@host:port" entries, redialled with backoff forever. */
  persistentPeers: string[];
  maxPeers: number;
  /** Share known peer addresses (PEX) and dial some of them. */
  pex: boolean;
  chainId: string;
  moniker: string;
  limits: Record<Channel, ChannelLimits>;
}

export const DEFAULT_CHANNEL_LIMITS: Record<Channel, ChannelLimits> = {
  tx: { maxMessageBytes: 1_048_576, maxMessagesPerSecond: 5_000 },
  // The largest consensus message is one 64 KiB block part with its proof, or a proposal carrying
  // a single-part block; evidence is two votes. Tighter limits make padded messages cost nothing.
  consensus: { maxMessageBytes: 131_072, maxMessagesPerSecond: 2_000 },
  blocksync: { maxMessageBytes: 32 * 1_048_576, maxMessagesPerSecond: 500 },
  evidence: { maxMessageBytes: 16_384, maxMessagesPerSecond: 100 },
  pex: { maxMessageBytes: 65_536, maxMessagesPerSecond: 10 },
};
