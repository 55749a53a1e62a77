import { describe, it, expect } from "vitest";
import { randomBytes } from "node:crypto";
import { BLOCK_PART_SIZE_BYTES, makePartSet, type Part } from "../../../chain/block/part-set.js";
import { PartAssembler } from "./parts.js";
import { blockPartFromEnvelope, decodeEnvelope, encodeBlockPart } from "./codec.js";

const block = (n: number) => new Uint8Array(randomBytes(n));

describe("PartAssembler", () => {
  const data = block(3 * BLOCK_PART_SIZE_BYTES + 1234);
  const ps = makePartSet(data);

  it("reassembles the exact bytes from parts in any order, once, ignoring duplicates", () => {
    const a = new PartAssembler(400);
    expect(a.setProposal(5n, 0, ps.header)).toBe("new");
    expect(a.setProposal(5n, 0, ps.header)).toBe("same");
    expect(ps.header.total).toBe(4);
    const order = [2, 0, 3];
    for (const i of order) expect(a.addPart(5n, 0, ps.header, ps.parts[i]!).kind).toBe("added");
    expect(a.addPart(5n, 0, ps.header, ps.parts[0]!).kind).toBe("duplicate");
    expect(a.missing(5n, 0)).toEqual([1]);
    const r = a.addPart(5n, 0, ps.header, ps.parts[1]!);
    expect(r.kind).toBe("complete");
    expect(r.kind === "complete" && Buffer.from(r.bytes).equals(Buffer.from(data))).toBe(true);
    expect(a.isComplete(5n, 0)).toBe(true);
    expect(a.addPart(5n, 0, ps.header, ps.parts[1]!).kind).toBe("duplicate");
  });

  it("flags a part with a bad proof or bad bytes as invalid (the sender is punished)", () => {
    const a = new PartAssembler(400);
    a.setProposal(1n, 0, ps.header);
    const tampered: Part = { ...ps.parts[1]!, bytes: new Uint8Array(ps.parts[1]!.bytes) };
    tampered.bytes[10] ^= 1;
    expect(a.addPart(1n, 0, ps.header, tampered).kind).toBe("invalid");
    const badAunt: Part = { ...ps.parts[2]!, proof: { ...ps.parts[2]!.proof, aunts: [new Uint8Array(32), ...ps.parts[2]!.proof.aunts.slice(1)] } };
    expect(a.addPart(1n, 0, ps.header, badAunt).kind).toBe("invalid");
    const wrongIndex: Part = { ...ps.parts[0]!, index: 3 };
    expect(a.addPart(1n, 0, ps.header, wrongIndex).kind).toBe("invalid");
    const short: Part = { ...ps.parts[0]!, bytes: ps.parts[0]!.bytes.subarray(0, 100) };
    expect(a.addPart(1n, 0, ps.header, short).kind).toBe("invalid");
    // the genuine parts still complete the block afterwards
    for (const p of ps.parts.slice(0, 3)) expect(a.addPart(1n, 0, ps.header, p).kind).toBe("added");
    expect(a.addPart(1n, 0, ps.header, ps.parts[3]!).kind).toBe("complete");
  });

  it("ignores parts of another part set header, of an unknown (height, round), and refuses oversized sets", () => {
    const a = new PartAssembler(4);
    const other = makePartSet(block(2 * BLOCK_PART_SIZE_BYTES));
    a.setProposal(2n, 1, ps.header);
    // a second, different proposal for the same round does not replace the first
    expect(a.setProposal(2n, 1, other.header)).toBe("conflict");
    expect(a.addPart(2n, 1, other.header, other.parts[0]!).kind).toBe("ignored");
    // a part of the other set claiming our header fails its proof: invalid
    expect(a.addPart(2n, 1, ps.header, { ...other.parts[0]!, proof: { ...other.parts[0]!.proof, total: 4 } }).kind).toBe("invalid");
    expect(a.addPart(2n, 0, ps.header, ps.parts[0]!).kind).toBe("ignored");
    expect(a.addPart(3n, 1, ps.header, ps.parts[0]!).kind).toBe("ignored");
    const big = makePartSet(block(5 * BLOCK_PART_SIZE_BYTES));
    expect(a.setProposal(2n, 2, big.header)).toBe("refused");
    expect(a.setProposal(2n, 3, { total: 0, hash: new Uint8Array(32) })).toBe("refused");
  });

  it("prunes part sets of past heights and bounds how many it holds", () => {
    const a = new PartAssembler(400, 3);
    a.setProposal(1n, 0, ps.header);
    a.setProposal(2n, 0, ps.header);
    a.setProposal(2n, 1, ps.header);
    // full: an older (height, round) is refused, a newer one evicts the oldest
    expect(a.setProposal(0n, 5, ps.header)).toBe("refused");
    expect(a.setProposal(2n, 2, ps.header)).toBe("new");
    expect(a.size).toBe(3);
    expect(a.header(1n, 0)).toBeUndefined();
    expect(a.addPart(1n, 0, ps.header, ps.parts[0]!).kind).toBe("ignored");
    a.prune(3n);
    expect(a.size).toBe(0);
  });

  it("block part messages round-trip through the codec", () => {
    const e = decodeEnvelope(encodeBlockPart({ height: 9n, round: 2, partSetHash: ps.header.hash, part: ps.parts[3]! }));
    const m = blockPartFromEnvelope(e);
    expect(m.height).toBe(9n);
    expect(m.round).toBe(2);
    expect(Buffer.from(m.partSetHash).equals(Buffer.from(ps.header.hash))).toBe(true);
    expect(m.part.index).toBe(3);
    expect(m.part.proof.total).toBe(4);
    expect(Buffer.from(m.part.bytes).equals(Buffer.from(ps.parts[3]!.bytes))).toBe(true);
    const a = new PartAssembler(400);
    a.setProposal(9n, 2, ps.header);
    expect(a.addPart(9n, 2, { total: m.part.proof.total, hash: m.partSetHash }, m.part).kind).toBe("added");
  });
});
