/** Shared by the p2p specs (and usable by other specs): configs, waiting, a tapping TCP proxy. */
import * as net from "node:net";
import { nodeKeyFromSeed } from "../keyring/validator-key.js";
import { DEFAULT_CHANNEL_LIMITS, type P2PConfig } from "./types.js";

export function testSeed(n: number): Uint8Array {
  const s = new Uint8Array(32);
  s[0] = n;
  s[31] = 0xa5;
  return s;
}

export function testNodeId(n: number): string {
  return nodeKeyFromSeed(testSeed(n)).id;
}

export function testConfig(n: number, over: Partial<P2PConfig> = {}): P2PConfig {
  return {
    nodeKeySeed: testSeed(n),
    listenAddr: "127.0.0.1:0",
    persistentPeers: [],
    maxPeers: 10,
    pex: false,
    chainId: "pogcs-test",
    moniker: `node-${n}`,
    limits: DEFAULT_CHANNEL_LIMITS,
    ...over,
  };
}

export async function waitFor(cond: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export interface Proxy {
  addr: string;
  /** Bytes seen from the dialler to the target ("up") and back ("down"). */
  captured: { up: Buffer[]; down: Buffer[] };
  close(): Promise<void>;
}

/** A TCP proxy to `target` whose `tap` may rewrite each chunk passing through. */
export async function startProxy(target: string, tap: (dir: "up" | "down", chunk: Buffer) => Buffer = (_d, c) => c): Promise<Proxy> {
  const [host, port] = [target.slice(0, target.lastIndexOf(":")), Number(target.slice(target.lastIndexOf(":") + 1))];
  const captured = { up: [] as Buffer[], down: [] as Buffer[] };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host, port });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {});
    }
    client.on("data", (d: Buffer) => {
      captured.up.push(Buffer.from(d));
      upstream.write(tap("up", d));
    });
    upstream.on("data", (d: Buffer) => {
      captured.down.push(Buffer.from(d));
      client.write(tap("down", d));
    });
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((r) => server.listen({ host: "127.0.0.1", port: 0 }, () => r()));
  const addr = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return {
    addr,
    captured,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Ports that were free a moment ago (for configs that must name each other's addresses up front). */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<net.Server>((r) => {
      const s = net.createServer();
      s.listen({ host: "127.0.0.1", port: 0 }, () => r(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  return ports;
}
