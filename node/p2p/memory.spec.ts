import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryNetwork, type MemoryP2P } from "./memory.js";
import { sleep, testSeed, waitFor } from "./test-support.js";
import { DEFAULT_CHANNEL_LIMITS } from "./types.js";

const text = (s: string) => new TextEncoder().encode(s);
const str = (b: Uint8Array) => Buffer.from(b).toString();

async function net4(opts = {}): Promise<{ net: MemoryNetwork; ns: MemoryP2P[]; inbox: Map<string, string[]> }> {
  const net = new MemoryNetwork(opts);
  const ns = [1, 2, 3, 4].map((i) => net.createNode({ nodeKeySeed: testSeed(i), moniker: `m${i}` }));
  net.connectAll();
  const inbox = new Map<string, string[]>();
  for (const n of ns) {
    inbox.set(n.nodeId, []);
    for (const ch of ["tx", "consensus", "blocksync", "evidence"] as const) n.on(ch, (from, d) => inbox.get(n.nodeId)!.push(`${ch}:${from.slice(0, 6)}:${str(d)}`));
    await n.start();
  }
  return { net, ns, inbox };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("MemoryNetwork", () => {
  it("connects linked nodes and delivers per channel, asynchronously and copied", async () => {
    const { ns, inbox } = await net4();
    expect(ns.every((n) => n.peers().length === 3)).toBe(true);
    const buf = text("v1");
    ns[0].broadcast("consensus", buf, ns[3].nodeId);
    buf[1] = "2".charCodeAt(0);
    expect(inbox.get(ns[1].nodeId)).toEqual([]);
    await sleep(5);
    expect(inbox.get(ns[1].nodeId)).toEqual([`consensus:${ns[0].nodeId.slice(0, 6)}:v1`]);
    expect(inbox.get(ns[2].nodeId)).toHaveLength(1);
    expect(inbox.get(ns[3].nodeId)).toEqual([]);
    expect(ns[0].send(ns[1].nodeId, "tx", text("t"))).toBe(true);
    expect(ns[0].send("ff".repeat(20), "tx", text("t"))).toBe(false);
  });

  it("drops and delays through the filter, partitions and heals", async () => {
    const { net, ns, inbox } = await net4();
    const [a, b, c, d] = ns;
    net.setFilter((m) => (m.to === b.nodeId ? "drop" : m.to === c.nodeId ? { delayMs: 30 } : "deliver"));
    a.broadcast("tx", text("x"));
    await sleep(5);
    expect(inbox.get(b.nodeId)).toEqual([]);
    expect(inbox.get(c.nodeId)).toEqual([]);
    expect(inbox.get(d.nodeId)).toHaveLength(1);
    await sleep(50);
    expect(inbox.get(c.nodeId)).toHaveLength(1);
    net.setFilter(null);

    net.partition([[a, b], [c, d]]);
    a.broadcast("tx", text("p"));
    await sleep(5);
    expect(inbox.get(b.nodeId)).toEqual(["tx:" + a.nodeId.slice(0, 6) + ":p"]);
    expect(inbox.get(c.nodeId)).toHaveLength(1);
    expect(a.peers()).toHaveLength(3);
    net.heal();

    net.partition([[a], [b, c, d]], { disconnect: true });
    expect(a.peers()).toEqual([]);
    expect(b.peers()).toHaveLength(2);
    net.heal();
    expect(a.peers()).toHaveLength(3);
  });

  it("reports heights and peer events; stop and start reconnect", async () => {
    const { ns } = await net4();
    const events: string[] = [];
    ns[1].onPeer((ev) => events.push(`${ev.type}:${ev.peer.moniker}`));
    ns[0].setHeight(7n);
    await sleep(5);
    expect(ns[1].peers().find((p) => p.id === ns[0].nodeId)?.height).toBe(7n);
    await ns[0].stop();
    expect(ns[1].peers()).toHaveLength(2);
    await ns[0].start();
    expect(ns[1].peers()).toHaveLength(3);
    expect(events).toEqual(["disconnected:m1", "connected:m1"]);
  });

  it("punishes oversize messages and bans until the ban ends", async () => {
    const net = new MemoryNetwork({ defaultBanMs: 100 });
    const a = net.createNode({ nodeKeySeed: testSeed(1) });
    const b = net.createNode({ nodeKeySeed: testSeed(2), limits: { ...DEFAULT_CHANNEL_LIMITS, tx: { maxMessageBytes: 4, maxMessagesPerSecond: 10 } }, persistentPeers: [`${a.nodeId}@x:1`] });
    await a.start();
    await b.start();
    expect(a.peers()).toHaveLength(1);
    a.send(b.nodeId, "tx", text("too long"));
    await sleep(5);
    expect(b.punishments).toEqual([{ peer: a.nodeId, reason: "message on tx exceeds 4 bytes" }]);
    expect(a.peers()).toEqual([]);
    await waitFor(() => a.peers().length === 1, "reconnect after the ban", 1000);
  });

  it("does not connect nodes of different chains", async () => {
    const net = new MemoryNetwork();
    const a = net.createNode({ nodeKeySeed: testSeed(1), chainId: "x" });
    const b = net.createNode({ nodeKeySeed: testSeed(2), chainId: "y" });
    net.connect(a, b);
    await a.start();
    await b.start();
    expect(a.peers()).toEqual([]);
  });

  it("works under fake timers with microtask scheduling", async () => {
    vi.useFakeTimers();
    const { ns, inbox } = await net4({ schedule: "microtask" });
    ns[0].send(ns[1].nodeId, "evidence", text("e"));
    await Promise.resolve();
    expect(inbox.get(ns[1].nodeId)).toHaveLength(1);
  });
});
