import type { Channel, MessageHandler, P2P, PeerId, PeerInfo } from "../../node/p2p/types.js";

/**
 * A minimal in-process P2P for tests (until node/p2p/memory.ts lands): every node of a hub is
 * connected to every other; messages are delivered asynchronously (setImmediate), in order per
 * link. `partition` cuts a node off; `punished` records punish calls.
 */
export class MemoryHub {
  readonly nodes = new Map<PeerId, MemoryP2P>();
  private cut = new Set<PeerId>();

  create(id: string): MemoryP2P {
    const p = new MemoryP2P(this, id);
    this.nodes.set(id, p);
    return p;
  }

  isUp(a: PeerId, b: PeerId): boolean {
    const x = this.nodes.get(a);
    const y = this.nodes.get(b);
    return !!x?.started && !!y?.started && !this.cut.has(a) && !this.cut.has(b) && a !== b;
  }

  partition(id: PeerId, off: boolean): void {
    if (off) this.cut.add(id);
    else this.cut.delete(id);
    for (const n of this.nodes.values()) n.refresh();
  }

  deliver(from: PeerId, to: PeerId, ch: Channel, data: Uint8Array): void {
    setImmediate(() => {
      if (this.isUp(from, to)) this.nodes.get(to)!.receive(from, ch, data);
    });
  }
}

export class MemoryP2P implements P2P {
  started = false;
  readonly listenAddrs: string[] = [];
  readonly punished: Array<{ peer: PeerId; reason: string }> = [];
  private handlers = new Map<Channel, MessageHandler>();
  private peerHandlers: Array<(ev: { type: "connected" | "disconnected"; peer: PeerInfo }) => void> = [];
  private connected = new Set<PeerId>();
  height = 0n;

  constructor(
    private readonly hub: MemoryHub,
    readonly nodeId: PeerId,
  ) {}

  async start(): Promise<void> {
    this.started = true;
    for (const n of this.hub.nodes.values()) n.refresh();
  }

  async stop(): Promise<void> {
    this.started = false;
    for (const n of this.hub.nodes.values()) n.refresh();
  }

  /** Recomputes connections and fires connect/disconnect events. */
  refresh(): void {
    for (const id of this.hub.nodes.keys()) {
      const up = this.hub.isUp(this.nodeId, id);
      if (up && !this.connected.has(id)) {
        this.connected.add(id);
        const info = this.info(id);
        setImmediate(() => this.peerHandlers.forEach((h) => h({ type: "connected", peer: info })));
      } else if (!up && this.connected.has(id)) {
        this.connected.delete(id);
        const info = this.info(id);
        setImmediate(() => this.peerHandlers.forEach((h) => h({ type: "disconnected", peer: info })));
      }
    }
  }

  private info(id: PeerId): PeerInfo {
    return { id, outbound: true, persistent: true, height: this.hub.nodes.get(id)?.height, listenAddr: `mem:${id}` };
  }

  on(channel: Channel, handler: MessageHandler): void {
    this.handlers.set(channel, handler);
  }

  receive(from: PeerId, ch: Channel, data: Uint8Array): void {
    this.handlers.get(ch)?.(from, data);
  }

  broadcast(channel: Channel, data: Uint8Array, except?: PeerId): void {
    for (const id of this.connected) if (id !== except) this.hub.deliver(this.nodeId, id, channel, data);
  }

  send(peer: PeerId, channel: Channel, data: Uint8Array): boolean {
    if (!this.connected.has(peer)) return false;
    this.hub.deliver(this.nodeId, peer, channel, data);
    return true;
  }

  peers(): PeerInfo[] {
    return [...this.connected].map((id) => this.info(id));
  }

  onPeer(handler: (ev: { type: "connected" | "disconnected"; peer: PeerInfo }) => void): void {
    this.peerHandlers.push(handler);
  }

  punish(peer: PeerId, reason: string): void {
    this.punished.push({ peer, reason });
  }

  setHeight(height: bigint): void {
    this.height = height;
  }
}
