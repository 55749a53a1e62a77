import { describe, it, expect } from "vitest";
import { decodeProposal, decodeVote, encodeProposal, encodeVote } from "./codec.js";
import type { Proposal, Vote } from "../types.js";

const id = (n: number) => ({ hash: new Uint8Array(32).fill(n), partSetHeader: { total: 1, hash: new Uint8Array(32).fill(n + 1) } });
const nil = { hash: new Uint8Array(0), partSetHeader: { total: 0, hash: new Uint8Array(0) } };
const vote = (o: Partial<Vote> = {}): Vote => ({
  type: 2, height: 5n, round: 0, blockId: id(1), timestamp: { seconds: 1n, nanos: 0 },
  validatorAddress: new Uint8Array(20).fill(7), validatorIndex: 0, signature: new Uint8Array(64).fill(9), ...o,
});
const proposal = (o: Partial<Proposal> = {}): Proposal => ({
  height: 5n, round: 0, polRound: -1, blockId: id(1), timestamp: { seconds: 1n, nanos: 0 }, signature: new Uint8Array(64).fill(9), ...o,
});

describe("consensus codec refuses padded fields before anything hashes them", () => {
  it("decodes honest votes (for a block and nil) and proposals", () => {
    expect(decodeVote(encodeVote(vote()))).toEqual(vote());
    expect(decodeVote(encodeVote(vote({ blockId: nil }))).blockId.hash.length).toBe(0);
    expect(decodeProposal(encodeProposal(proposal()))).toEqual(proposal());
  });

  it("refuses a vote whose hash, part set hash, address or signature has the wrong length", () => {
    const big = new Uint8Array(1 << 20);
    for (const [v, why] of [
      [vote({ blockId: { ...id(1), hash: big } }), "block id hashes"],
      [vote({ blockId: { hash: new Uint8Array(32), partSetHeader: { total: 1, hash: new Uint8Array(33) } } }), "block id hashes"],
      [vote({ validatorAddress: new Uint8Array(21) }), "validator address"],
      [vote({ signature: big }), "signature"],
      [vote({ signature: new Uint8Array(0) }), "signature"],
    ] as const) {
      expect(() => decodeVote(encodeVote(v))).toThrow(why);
    }
  });

  it("refuses a proposal for nil or with a wrong-length hash or signature", () => {
    expect(() => decodeProposal(encodeProposal(proposal({ blockId: nil })))).toThrow("block id hashes");
    expect(() => decodeProposal(encodeProposal(proposal({ blockId: { ...id(1), hash: new Uint8Array(1 << 20) } })))).toThrow("block id hashes");
    expect(() => decodeProposal(encodeProposal(proposal({ signature: new Uint8Array(65) })))).toThrow("signature");
  });
});
