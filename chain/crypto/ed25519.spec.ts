import { describe, it, expect } from "vitest";
import { ed25519 } from "@noble/curves/ed25519";
import { verifyEd25519, nobleEd25519Verify, installEd25519Verify } from "./ed25519.js";
import { installNodeCrypto } from "../../node/crypto/install.js";

describe("ed25519 hook", () => {
  it("node:crypto and noble agree on valid, tampered and malformed signatures", () => {
    const priv = new Uint8Array(32).fill(9);
    const pub = ed25519.getPublicKey(priv);
    const msg = new TextEncoder().encode("report");
    const sig = ed25519.sign(msg, priv);
    const bad = sig.slice();
    bad[5]! ^= 1;
    const cases: Array<[Uint8Array, Uint8Array, Uint8Array]> = [[sig, msg, pub], [bad, msg, pub], [sig, new Uint8Array([1]), pub], [sig.slice(0, 63), msg, pub], [sig, msg, new Uint8Array(32)]];
    const noble = cases.map(([s, m, p]) => verifyEd25519(s, m, p));
    installNodeCrypto();
    const node = cases.map(([s, m, p]) => verifyEd25519(s, m, p));
    installEd25519Verify(nobleEd25519Verify);
    expect(noble).toEqual([true, false, false, false, false]);
    expect(node).toEqual(noble);
  });
});
