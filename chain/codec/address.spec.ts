import { describe, expect, it } from "vitest";
import { bech32 } from "bech32";
import { ErrInvalidAddress, ErrInvalidPubKey } from "../errors/index.js";
import { fromHex, toHex } from "../crypto/bytes.js";
import {
  ACCOUNT_PREFIX,
  VALOPER_PREFIX,
  accAddress,
  addressFromSecp256k1PubKey,
  decodeBech32,
  fromBech32,
  isValidBech32Address,
  parseAccAddress,
  parseValAddress,
  toBech32,
  valAddress,
} from "./address.js";

const b64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const hex = (s: string): Uint8Array => fromHex(s)!;

// research/cosmjs.md §3.5 (CosmJS 0.39.0, simapp fixtures), prefix "cosmos".
const VECTORS: Array<[string, string]> = [
  ["cosmos1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmmk8rs6", "A08EGB7ro1ORuFhjOnZcSgwYlpe0DSFjVNUIkNNQxwKQ"],
  ["cosmos10dyr9899g6t0pelew4nvf4j5c3jcgv0r73qga5", "AiDosfIbBi54XJ1QjCeApumcy/FjdtF+YhywPf3DKTx7"],
  ["cosmos1xy4yqngt0nlkdcenxymg8tenrghmek4nmqm28k", "AzQg33JZqH7vSsm09esZY5bZvmzYwE/SY78cA0iLxpD7"],
  ["cosmos142u9fgcjdlycfcez3lw8x6x5h7rfjlnfhpw2lx", "A3gOAlB6aiRTCPvWMQg2+ZbGYNsLd8qlvV28m8p2UhY2"],
  ["cosmos1hsm76p4ahyhl5yh3ve9ur49r5kemhp2r0dcjvx", "Aum2063ub/ErUnIUB36sK55LktGUStgcbSiaAnL1wadu"],
  ["cosmos1cjsxept9rkggzxztslae9ndgpdyt2408lk850u", "ArkCaFUJ/IH+vKBmNRCdUVl3mCAhbopk9jjW4Ko4OfRQ"],
  ["cosmos12nt2hqjps8r065wc02qks88tvqzdeua0ld3jxy", "A0RZ3+xLf9xJiySHQxQsQtW8HJYEcniJKbFxG2R9ZEQv"],
];

function expectInvalidAddress(fn: () => unknown, fragment?: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(ErrInvalidAddress.is(e)).toBe(true);
    if (fragment) expect((e as Error).message).toMatch(fragment);
    return;
  }
  throw new Error("expected ErrInvalidAddress");
}

describe("address derivation (cosmjs.md §3.5 vectors)", () => {
  it("prefixes", () => {
    expect(ACCOUNT_PREFIX).toBe("gcs");
    expect(VALOPER_PREFIX).toBe("gcsvaloper");
  });

  it.each(VECTORS)("%s from its pubkey", (addr, pub) => {
    const raw = addressFromSecp256k1PubKey(b64(pub));
    expect(raw.length).toBe(20);
    expect(toBech32("cosmos", raw)).toBe(addr);
    expect(fromBech32(addr, "cosmos")).toEqual(raw);
  });

  it("a0 raw bytes", () => {
    const raw = addressFromSecp256k1PubKey(b64(VECTORS[0]![1]));
    expect(toHex(raw)).toBe("0d82b1e7c96dbfa42462fe612932e6bff111d51b");
  });

  it("validator operator address shares the account bytes", () => {
    const raw = fromBech32("cosmos12nt2hqjps8r065wc02qks88tvqzdeua0ld3jxy", "cosmos");
    expect(toBech32("cosmosvaloper", raw)).toBe("cosmosvaloper12nt2hqjps8r065wc02qks88tvqzdeua06e982h");
    expect(fromBech32("cosmosvaloper12nt2hqjps8r065wc02qks88tvqzdeua06e982h", "cosmosvaloper")).toEqual(raw);
  });

  it("rejects malformed public keys", () => {
    for (const bad of [new Uint8Array(0), new Uint8Array(33), new Uint8Array(65).fill(4), new Uint8Array(32).fill(2)]) {
      expect(() => addressFromSecp256k1PubKey(bad)).toThrow();
      try {
        addressFromSecp256k1PubKey(bad);
      } catch (e) {
        expect(ErrInvalidPubKey.is(e)).toBe(true);
      }
    }
  });
});

describe("gcs round trips", () => {
  const raw20 = hex("0d82b1e7c96dbfa42462fe612932e6bff111d51b");
  const raw32 = Uint8Array.from({ length: 32 }, (_, i) => i * 7);

  it("account and validator forms of 20 bytes", () => {
    const acc = accAddress(raw20);
    const val = valAddress(raw20);
    expect(acc).toBe(toBech32("gcs", raw20));
    expect(acc.startsWith("gcs1")).toBe(true);
    expect(val.startsWith("gcsvaloper1")).toBe(true);
    expect(parseAccAddress(acc)).toEqual(raw20);
    expect(parseValAddress(val)).toEqual(raw20);
    expect(decodeBech32(val)).toEqual({ prefix: "gcsvaloper", bytes: raw20 });
    expect(fromBech32(acc)).toEqual(raw20);
  });

  it("32-byte (module) addresses", () => {
    const acc = accAddress(raw32);
    const val = valAddress(raw32);
    expect(val.length).toBeLessThanOrEqual(90);
    expect(parseAccAddress(acc)).toEqual(raw32);
    expect(parseValAddress(val)).toEqual(raw32);
  });

  it("all-uppercase is valid bech32 (BIP-173) and decodes to the same bytes", () => {
    const acc = accAddress(raw20);
    expect(fromBech32(acc.toUpperCase(), "gcs")).toEqual(raw20);
  });

  it("many random round trips", () => {
    let seed = 12345;
    for (let n = 0; n < 200; n++) {
      const len = n % 2 === 0 ? 20 : 32;
      const b = Uint8Array.from({ length: len }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
      expect(parseAccAddress(accAddress(b))).toEqual(b);
      expect(parseValAddress(valAddress(b))).toEqual(b);
    }
  });
});

describe("bad inputs", () => {
  const good = accAddress(hex("0d82b1e7c96dbfa42462fe612932e6bff111d51b"));

  it("empty", () => {
    expectInvalidAddress(() => fromBech32(""), /empty/);
    expectInvalidAddress(() => fromBech32(undefined as unknown as string), /empty/);
  });

  it("wrong checksum", () => {
    const last = good[good.length - 1]!;
    const flipped = good.slice(0, -1) + (last === "q" ? "p" : "q");
    expectInvalidAddress(() => fromBech32(flipped), /not valid bech32/);
    // one changed data character
    const mid = good.slice(0, 10) + (good[10] === "q" ? "p" : "q") + good.slice(11);
    expectInvalidAddress(() => fromBech32(mid), /not valid bech32/);
  });

  it("wrong prefix", () => {
    expectInvalidAddress(() => parseValAddress(good), /expected "gcsvaloper"/);
    expectInvalidAddress(() => fromBech32("cosmos1pkptre7fdkl6gfrzlesjjvhxhlc3r4gmmk8rs6", "gcs"), /prefix "cosmos"/);
    expectInvalidAddress(() => parseAccAddress(valAddress(new Uint8Array(20))), /expected "gcs"/);
  });

  it("mixed case", () => {
    const mixed = good.slice(0, 5).toUpperCase() + good.slice(5);
    expectInvalidAddress(() => fromBech32(mixed), /mixes upper and lower case/);
  });

  it("no separator, bad characters, too long", () => {
    expectInvalidAddress(() => fromBech32("gcs"));
    expectInvalidAddress(() => fromBech32("gcs1"));
    expectInvalidAddress(() => fromBech32(good.replace(/.$/, "b"))); // 'b' is not in the bech32 alphabet
    expectInvalidAddress(() => fromBech32("gcs1" + "q".repeat(100)), /limit/);
  });

  it("wrong data length (valid checksum)", () => {
    for (const len of [0, 1, 19, 21, 31, 33]) {
      const s = bech32.encode("gcs", bech32.toWords(new Uint8Array(len)));
      expectInvalidAddress(() => fromBech32(s, "gcs"), /expected 20 or 32/);
    }
  });

  it("bech32m checksum is rejected", async () => {
    const { bech32m } = await import("bech32");
    const s = bech32m.encode("gcs", bech32m.toWords(new Uint8Array(20)));
    expectInvalidAddress(() => fromBech32(s));
  });

  it("encoding refuses bad prefix and length", () => {
    expectInvalidAddress(() => toBech32("", new Uint8Array(20)), /prefix/);
    expectInvalidAddress(() => toBech32("GCS", new Uint8Array(20)), /prefix/);
    expectInvalidAddress(() => accAddress(new Uint8Array(33)), /expected 20 or 32/);
    expectInvalidAddress(() => valAddress(new Uint8Array(0)), /expected 20 or 32/);
  });

  it("isValidBech32Address", () => {
    expect(isValidBech32Address(good)).toBe(true);
    expect(isValidBech32Address(good, "gcs")).toBe(true);
    expect(isValidBech32Address(good, "gcsvaloper")).toBe(false);
    expect(isValidBech32Address("")).toBe(false);
  });
});
