import { describe, expect, it } from "vitest";
import { toHex } from "../crypto/bytes.js";
import { ErrInvalidPart } from "./errors.js";
import { hashHeader } from "./header.js";
import { hashFromByteSlices } from "./merkle.js";
import { BLOCK_PART_SIZE_BYTES, blockId, joinParts, makePartSet, verifyPart } from "./part-set.js";
import { zeroBlockId, type Header } from "./types.js";

function data(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + 7) & 0xff;
  return out;
}

describe("part sets (semantics of CometBFT types/part_set.go; vectors self-derived)", () => {
  it("splits into 64 KiB parts with a short last part", () => {
    const bz = data(2 * BLOCK_PART_SIZE_BYTES + 100);
    const ps = makePartSet(bz);
    expect(ps.header.total).toBe(3);
    expect(ps.parts.map((p) => p.bytes.length)).toEqual([65536, 65536, 100]);
    expect(toHex(ps.header.hash)).toBe(toHex(hashFromByteSlices(ps.parts.map((p) => p.bytes))));
    for (const p of ps.parts) expect(() => verifyPart(ps.header, p)).not.toThrow();
    expect(joinParts(ps.header, ps.parts)).toEqual(bz);
  });

  it("exactly one part size gives one part whose hash is its leaf hash", () => {
    const ps = makePartSet(data(BLOCK_PART_SIZE_BYTES));
    expect(ps.header.total).toBe(1);
    expect(ps.parts[0]!.proof.aunts).toEqual([]);
  });

  it("empty data gives zero parts and the empty-tree hash", () => {
    const ps = makePartSet(new Uint8Array(0));
    expect(ps.header.total).toBe(0);
    expect(toHex(ps.header.hash)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("rejects tampered bytes, a wrong index, a wrong total and a short middle part", () => {
    const ps = makePartSet(data(100), 16);
    expect(ps.header.total).toBe(7);
    const p = ps.parts[2]!;
    const tampered = p.bytes.slice();
    tampered[0]! ^= 1;
    const bad = [
      { ...p, bytes: tampered },
      { ...p, index: 3 },
      { ...p, proof: { ...p.proof, index: 3 }, index: 3 },
      { ...p, index: 9 },
      { ...p, bytes: p.bytes.subarray(0, 8) },
    ];
    for (const b of bad) expect(() => verifyPart(ps.header, b, 16)).toThrow(ErrInvalidPart.description);
    expect(() => verifyPart({ ...ps.header, total: 8 }, p, 16)).toThrow(ErrInvalidPart.description);
    expect(() => verifyPart(ps.header, ps.parts[6]!, 16)).not.toThrow();
  });

  it("joinParts refuses a missing part", () => {
    const ps = makePartSet(data(40), 16);
    expect(() => joinParts(ps.header, ps.parts.slice(0, 2))).toThrow(ErrInvalidPart.description);
  });

  it("blockId pairs the header hash with the part set header", () => {
    const header: Header = {
      version: { block: 11n, app: 0n },
      chainId: "c",
      height: 1n,
      time: { seconds: 1n, nanos: 0 },
      lastBlockId: zeroBlockId(),
      lastCommitHash: new Uint8Array(0),
      dataHash: new Uint8Array(0),
      validatorsHash: new Uint8Array(32).fill(1),
      nextValidatorsHash: new Uint8Array(32).fill(1),
      consensusHash: new Uint8Array(0),
      appHash: new Uint8Array(0),
      lastResultsHash: new Uint8Array(0),
      evidenceHash: new Uint8Array(0),
      proposerAddress: new Uint8Array(20),
    };
    const bz = data(70000);
    const id = blockId(header, bz)!;
    expect(toHex(id.hash)).toBe(toHex(hashHeader(header)!));
    expect(id.partSetHeader).toEqual(makePartSet(bz).header);
    expect(blockId({ ...header, validatorsHash: new Uint8Array(0) }, bz)).toBeUndefined();
  });
});
