import { describe, expect, it } from "vitest";
import { dhKeyPairFromPrivate, generateDhKeyPair, XXHandshake } from "./noise.js";

const hex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));
const toHex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** The Noise_XX_25519_ChaChaPoly_SHA256 vector of the cacophony test suite (as shipped by snow). */
const V = {
  prologue: "4a6f686e2047616c74",
  initStatic: "e61ef9919cde45dd5f82166404bd08e38bceb5dfdfded0a34c8df7ed542214d1",
  initEphemeral: "893e28b9dc6ca8d611ab664754b8ceb7bac5117349a4439a6b0569da977c464a",
  respStatic: "4a3acbfdb163dec651dfa3194dece676d437029c62a408b4c5ea9114246e4893",
  respEphemeral: "bbdb4cdbd309f1a1f2e1456967fe288cadd6f712d65dc7b7793d5e63da6b375b",
  handshakeHash: "c8e5f64e846193be2a834104c2a009868d6c9f3bd3c186299888b488b2f1f58e",
  messages: [
    ["4c756477696720766f6e204d69736573", "ca35def5ae56cec33dc2036731ab14896bc4c75dbb07a61f879f8e3afa4c79444c756477696720766f6e204d69736573"],
    ["4d757272617920526f746862617264", "95ebc60d2b1fa672c1f46a8aa265ef51bfe38e7ccb39ec5be34069f14480884381cbad1f276e038c48378ffce2b65285e08d6b68aaa3629a5a8639392490e5b9bd5269c2f1e4f488ed8831161f19b7815528f8982ffe09be9b5c412f8a0db50f8814c7194e83f23dbd8d162c9326ad"],
    ["462e20412e20486179656b", "c7195ffacac1307ff99046f219750fc47693e23c3cb08b89c2af808b444850a80ae475b9df0f169ae80a89be0865b57f58c9fea0d4ec82a286427402f113e4b6ae769a1d95941d49b25030"],
    ["4361726c204d656e676572", "96763ed773f8e47bb3712f0e29b3060ffc956ffc146cee53d5e1df"],
    ["4a65616e2d426170746973746520536179", "3e40f15f6f3a46ae446b253bf8b1d9ffb6ed9b174d272328ff91a7e2e5c79c07f5"],
    ["457567656e2042f6686d20766f6e2042617765726b", "eb3f3515110702e047a6c9da4478b6ead94873c11c0f2d710ddb3f09fce024b3a58502ae3f"],
  ],
};

describe("Noise XX", () => {
  it("matches the cacophony test vector byte for byte", () => {
    const i = new XXHandshake(true, dhKeyPairFromPrivate(hex(V.initStatic)), hex(V.prologue), dhKeyPairFromPrivate(hex(V.initEphemeral)));
    const r = new XXHandshake(false, dhKeyPairFromPrivate(hex(V.respStatic)), hex(V.prologue), dhKeyPairFromPrivate(hex(V.respEphemeral)));
    const [m0, m1, m2] = V.messages;
    const c0 = i.writeMessage(hex(m0[0]));
    expect(toHex(c0)).toBe(m0[1]);
    expect(toHex(r.readMessage(c0))).toBe(m0[0]);
    const c1 = r.writeMessage(hex(m1[0]));
    expect(toHex(c1)).toBe(m1[1]);
    expect(toHex(i.readMessage(c1))).toBe(m1[0]);
    const c2 = i.writeMessage(hex(m2[0]));
    expect(toHex(c2)).toBe(m2[1]);
    expect(toHex(r.readMessage(c2))).toBe(m2[0]);
    const ti = i.finish();
    const tr = r.finish();
    expect(toHex(ti.handshakeHash)).toBe(V.handshakeHash);
    expect(toHex(tr.handshakeHash)).toBe(V.handshakeHash);
    expect(toHex(ti.remoteStatic)).toBe(toHex(dhKeyPairFromPrivate(hex(V.respStatic)).publicKey));
    V.messages.slice(3).forEach(([p, c], k) => {
      // After the handshake the responder speaks first in the vector, then they alternate.
      const [sender, receiver] = k % 2 === 0 ? [tr, ti] : [ti, tr];
      const ct = sender.send.encryptWithAd(new Uint8Array(0), hex(p));
      expect(toHex(ct)).toBe(c);
      expect(toHex(receiver.recv.decryptWithAd(new Uint8Array(0), ct))).toBe(p);
    });
  });

  it("rejects a tampered handshake message and a tampered transport message", () => {
    const i = new XXHandshake(true, generateDhKeyPair(), new Uint8Array(0));
    const r = new XXHandshake(false, generateDhKeyPair(), new Uint8Array(0));
    r.readMessage(i.writeMessage(new Uint8Array(0)));
    const m1 = r.writeMessage(new Uint8Array([1, 2, 3]));
    const bad = m1.slice();
    bad[40] ^= 1;
    expect(() => i.readMessage(bad)).toThrow(/authentication/);

    const i2 = new XXHandshake(true, generateDhKeyPair(), new Uint8Array(0));
    const r2 = new XXHandshake(false, generateDhKeyPair(), new Uint8Array(0));
    r2.readMessage(i2.writeMessage(new Uint8Array(0)));
    i2.readMessage(r2.writeMessage(new Uint8Array(0)));
    r2.readMessage(i2.writeMessage(new Uint8Array(0)));
    const a = i2.finish();
    const b = r2.finish();
    const ct = a.send.encryptWithAd(new Uint8Array(0), new Uint8Array([9, 9, 9]));
    ct[1] ^= 0x80;
    expect(() => b.recv.decryptWithAd(new Uint8Array(0), ct)).toThrow(/authentication/);
  });

  it("refuses a low-order X25519 point", () => {
    const r = new XXHandshake(false, generateDhKeyPair(), new Uint8Array(0));
    r.readMessage(new Uint8Array(32)); // e = 0 (low order)
    expect(() => r.writeMessage(new Uint8Array(0))).toThrow();
  });
});
