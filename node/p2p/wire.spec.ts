import { describe, expect, it } from "vitest";
import { decodeHandshakePayload, decodePexAddrs, decodeStatus, encodeHandshakePayload, encodePexAddrs, encodeStatus, FLAG_LAST, MAX_CHUNK_DATA, splitMessage } from "./wire.js";

describe("p2p wire", () => {
  it("round-trips status heights, including past 2^32", () => {
    for (const h of [0n, 1n, 300n, 5_000_000_000n, 2n ** 52n]) expect(decodeStatus(encodeStatus(h))).toBe(h);
  });

  it("round-trips the handshake payload", () => {
    const p = {
      identityKey: new Uint8Array(32).fill(7),
      identitySig: new Uint8Array(64).fill(9),
      nodeInfo: { chainId: "pogcs-1", moniker: "m", listenAddr: "127.0.0.1:26656", height: 42n, version: "v" },
    };
    expect(decodeHandshakePayload(encodeHandshakePayload(p))).toEqual(p);
    expect(() => decodeHandshakePayload(new Uint8Array([0xff, 0xff]))).toThrow();
  });

  it("round-trips pex addresses and caps their number", () => {
    const a = [{ id: "ab".repeat(20), addr: "127.0.0.1:1" }, { id: "cd".repeat(20), addr: "[::1]:2" }];
    expect(decodePexAddrs(encodePexAddrs(a), 10)).toEqual(a);
    expect(() => decodePexAddrs(encodePexAddrs(a), 1)).toThrow(/too many/);
  });

  it("splits a message into chunks that fit a Noise message", () => {
    const data = new Uint8Array(MAX_CHUNK_DATA * 2 + 5).map((_, i) => i & 0xff);
    const chunks = splitMessage(0x30, data);
    expect(chunks.map((c) => c.length)).toEqual([MAX_CHUNK_DATA + 2, MAX_CHUNK_DATA + 2, 7]);
    expect(chunks.map((c) => c[1])).toEqual([0, 0, FLAG_LAST]);
    expect(Buffer.concat(chunks.map((c) => c.subarray(2))).equals(Buffer.from(data))).toBe(true);
    expect(splitMessage(0x30, new Uint8Array(0))).toEqual([Uint8Array.of(0x30, FLAG_LAST)]);
  });
});
