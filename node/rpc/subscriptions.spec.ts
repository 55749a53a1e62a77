import { describe, it, expect } from "vitest";
import { EventEmitter } from "node:events";
import type { WebSocket } from "ws";
import { EventBus, type NodeEvent } from "../events/bus.js";
import type { PogcsNode } from "../node.js";
import { serveWebsocket } from "./subscriptions.js";

/** A WebSocket stand-in whose send buffer never drains (a client that stopped reading). */
class StuckSocket extends EventEmitter {
  readyState = 1;
  bufferedAmount = 0;
  sent: string[] = [];
  terminated = false;
  send(s: string): void {
    this.sent.push(s);
    this.bufferedAmount += s.length;
  }
  terminate(): void {
    this.terminated = true;
    this.readyState = 3;
  }
}

const txEvent = (i: number): NodeEvent => ({
  kind: "Tx",
  hash: new Uint8Array(32).fill(i),
  tx: {
    height: BigInt(i),
    index: 0,
    tx: new Uint8Array(2000).fill(7),
    result: { code: 0, data: new Uint8Array(), log: "", info: "", gasWanted: 1n, gasUsed: 1n, events: [{ type: "transfer", attributes: [{ key: "amount", value: "1ugcs", index: true }] }], codespace: "" },
  },
});

describe("WebSocket subscriptions", () => {
  it("drop a client that stops reading once its backlog passes the limit, and unsubscribe it from the bus", async () => {
    const bus = new EventBus();
    const socket = new StuckSocket();
    serveWebsocket({ bus } as unknown as PogcsNode, socket as unknown as WebSocket, 10, 50_000);
    socket.emit("message", Buffer.from(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "subscribe", params: { query: "tm.event='Tx'" } })));
    await new Promise((r) => setTimeout(r, 20));
    expect(JSON.parse(socket.sent[0]!)).toEqual({ jsonrpc: "2.0", id: 1, result: {} });
    expect(bus.size).toBe(1);

    for (let i = 1; i <= 100 && !socket.terminated; i++) bus.publish(txEvent(i));
    expect(socket.terminated).toBe(true);
    expect(bus.size).toBe(0);
    const events = socket.sent.length - 1;
    expect(events).toBeGreaterThan(5);
    expect(events).toBeLessThan(100);
    // Nothing more is queued for it afterwards.
    bus.publish(txEvent(101));
    expect(socket.sent.length).toBe(events + 1);
  });

  it("keeps a client that reads (its backlog drains) subscribed", async () => {
    const bus = new EventBus();
    const socket = new StuckSocket();
    serveWebsocket({ bus } as unknown as PogcsNode, socket as unknown as WebSocket, 10, 50_000);
    socket.emit("message", Buffer.from(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "subscribe", params: { query: "tm.event='Tx'" } })));
    await new Promise((r) => setTimeout(r, 20));
    for (let i = 1; i <= 100; i++) {
      bus.publish(txEvent(i));
      socket.bufferedAmount = 0;
    }
    expect(socket.terminated).toBe(false);
    expect(socket.sent.length).toBe(101);
  });
});
