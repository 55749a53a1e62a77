import { BlockID, CommitSig as PbCommitSig } from "cosmjs-types/tendermint/types/types";
import { describe, expect, it } from "vitest";
import { concatBytes, toHex, utf8 } from "../crypto/bytes.js";
import { sha256 } from "../crypto/hash.js";
import { ErrIndexOutOfRange, ErrInvalidBlockIdFlag } from "./errors.js";
import { hex } from "./fixtures/helpers.js";
import { hashFromByteSlices } from "./merkle.js";
import { encodeBlockId } from "./proto.js";
import {
  BlockIdFlag,
  GO_ZERO_TIME,
  SignedMsgType,
  zeroBlockId,
  type BlockId,
  type Commit,
  type VoteSignFields,
} from "./types.js";
import { commitHash, commitToVoteSignBytes, encodeCommitSig, proposalSignBytes, voteSignBytes } from "./vote.js";

const vote = (o: Partial<VoteSignFields>): VoteSignFields => ({
  type: 0,
  height: 0n,
  round: 0,
  blockId: zeroBlockId(),
  timestamp: GO_ZERO_TIME,
  ...o,
});
const bytes = (...xs: number[]) => Uint8Array.from(xs);
// Go's zero time.Time as a Timestamp: field 1 = -62135596800 (10-byte varint).
const ZERO_TS = [0xb, 0x8, 0x80, 0x92, 0xb8, 0xc3, 0x98, 0xfe, 0xff, 0xff, 0xff, 0x1];
const ONE_FIXED = [0x1, 0, 0, 0, 0, 0, 0, 0];

describe("voteSignBytes: CometBFT types/vote_test.go TestVoteSignBytesTestVectors", () => {
  const cases: [string, string, VoteSignFields, Uint8Array][] = [
    ["0: zero vote", "", vote({}), bytes(0xd, 0x2a, ...ZERO_TS)],
    [
      "1: precommit h=1 r=1",
      "",
      vote({ height: 1n, round: 1, type: SignedMsgType.Precommit }),
      bytes(0x21, 0x8, 0x2, 0x11, ...ONE_FIXED, 0x19, ...ONE_FIXED, 0x2a, ...ZERO_TS),
    ],
    [
      "2: prevote h=1 r=1",
      "",
      vote({ height: 1n, round: 1, type: SignedMsgType.Prevote }),
      bytes(0x21, 0x8, 0x1, 0x11, ...ONE_FIXED, 0x19, ...ONE_FIXED, 0x2a, ...ZERO_TS),
    ],
    ["3: no type", "", vote({ height: 1n, round: 1 }), bytes(0x1f, 0x11, ...ONE_FIXED, 0x19, ...ONE_FIXED, 0x2a, ...ZERO_TS)],
    [
      "4/5: with chain id (vote extensions are not signed here)",
      "test_chain_id",
      vote({ height: 1n, round: 1 }),
      concatBytes(bytes(0x2e, 0x11, ...ONE_FIXED, 0x19, ...ONE_FIXED, 0x2a, ...ZERO_TS, 0x32, 0xd), utf8("test_chain_id")),
    ],
  ];
  for (const [name, chainId, v, want] of cases) {
    it(name, () => expect(toHex(voteSignBytes(chainId, v))).toBe(toHex(want)));
  }
});

const blockIdA: BlockId = {
  hash: sha256(utf8("blockID_hash")),
  partSetHeader: { total: 1000000, hash: sha256(utf8("blockID_part_set_header_hash")) },
};

describe("voteSignBytes with a block id (self-derived from canonical.proto)", () => {
  it("writes CanonicalBlockID at field 4 with the part set header nested", () => {
    const got = voteSignBytes("c", vote({ type: 2, height: 12345n, round: 2, blockId: blockIdA }));
    const psh = concatBytes(bytes(0x08, 0xc0, 0x84, 0x3d, 0x12, 0x20), blockIdA.partSetHeader.hash);
    const cbid = concatBytes(bytes(0x0a, 0x20), blockIdA.hash, bytes(0x12, psh.length), psh);
    const body = concatBytes(
      bytes(0x08, 0x02, 0x11, 0x39, 0x30, 0, 0, 0, 0, 0, 0, 0x19, 2, 0, 0, 0, 0, 0, 0, 0),
      bytes(0x22, cbid.length),
      cbid,
      bytes(0x2a, ...ZERO_TS, 0x32, 0x01, 0x63),
    );
    expect(toHex(got)).toBe(toHex(concatBytes(bytes(body.length), body)));
  });
  it("only a fully zero block id is omitted (CanonicalizeBlockID uses BlockID.IsZero)", () => {
    const nilVote = vote({ type: 2, height: 1n, round: 1 });
    expect(voteSignBytes("", nilVote)[0]).toBe(0x21); // vector 1: no field 4
    const partsOnly = { hash: new Uint8Array(0), partSetHeader: { total: 1, hash: new Uint8Array(0) } };
    const got = voteSignBytes("", { ...nilVote, blockId: partsOnly });
    expect(toHex(got.subarray(21, 27))).toBe("220412020801");
  });
});

describe("proposalSignBytes (self-derived from canonical.proto CanonicalProposal)", () => {
  it("type 32, sfixed64 height/round, varint pol_round -1, block id, timestamp, chain id", () => {
    const got = proposalSignBytes("test_chain_id", {
      height: 12345n,
      round: 23456,
      polRound: -1,
      blockId: blockIdA,
      timestamp: { seconds: 1518332962n, nanos: 765000000 },
    });
    const psh = concatBytes(bytes(0x08, 0xc0, 0x84, 0x3d, 0x12, 0x20), blockIdA.partSetHeader.hash);
    const cbid = concatBytes(bytes(0x0a, 0x20), blockIdA.hash, bytes(0x12, psh.length), psh);
    const ts = bytes(0x08, 0xa2, 0xd8, 0xff, 0xd3, 0x05, 0x10, 0xc0, 0xf2, 0xe3, 0xec, 0x02);
    const body = concatBytes(
      bytes(0x08, 0x20, 0x11, 0x39, 0x30, 0, 0, 0, 0, 0, 0, 0x19, 0xa0, 0x5b, 0, 0, 0, 0, 0, 0),
      bytes(0x20, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
      bytes(0x2a, cbid.length),
      cbid,
      bytes(0x32, ts.length),
      ts,
      bytes(0x3a, 0x0d),
      utf8("test_chain_id"),
    );
    expect(body.length).toBe(136); // so the uvarint length prefix takes two bytes
    expect(toHex(got)).toBe(toHex(concatBytes(bytes(0x88, 0x01), body)));
  });
});

const commit: Commit = {
  height: 5n,
  round: 1,
  blockId: blockIdA,
  signatures: [
    { blockIdFlag: BlockIdFlag.Commit, validatorAddress: hex("11".repeat(20)), timestamp: { seconds: 1700000000n, nanos: 5 }, signature: new Uint8Array(64).fill(7) },
    { blockIdFlag: BlockIdFlag.Absent, validatorAddress: new Uint8Array(0), timestamp: GO_ZERO_TIME, signature: new Uint8Array(0) },
    { blockIdFlag: BlockIdFlag.Nil, validatorAddress: hex("33".repeat(20)), timestamp: { seconds: 1700000001n, nanos: 0 }, signature: new Uint8Array(64).fill(9) },
  ],
};

describe("commit encoding and hash", () => {
  it("CommitSig and BlockID bytes match cosmjs-types encoders", () => {
    for (const s of commit.signatures) {
      expect(toHex(encodeCommitSig(s))).toBe(toHex(PbCommitSig.encode(s).finish()));
    }
    expect(toHex(encodeBlockId(blockIdA))).toBe(toHex(BlockID.encode(blockIdA).finish()));
  });
  it("an absent sig still encodes Go's zero timestamp (types/block.go CommitSig.ToProto)", () => {
    expect(toHex(encodeCommitSig(commit.signatures[1]!))).toBe(toHex(bytes(0x08, 0x01, 0x1a, ...ZERO_TS)));
  });
  it("commitHash is the merkle root of the CommitSig protobufs", () => {
    expect(toHex(commitHash(commit))).toBe(toHex(hashFromByteSlices(commit.signatures.map(encodeCommitSig))));
  });
});

describe("commitToVoteSignBytes (types/block.go Commit.VoteSignBytes)", () => {
  it("a COMMIT sig signs the commit's block id as a precommit with its own timestamp", () => {
    expect(toHex(commitToVoteSignBytes("c", commit, 0))).toBe(
      toHex(voteSignBytes("c", { type: 2, height: 5n, round: 1, blockId: blockIdA, timestamp: commit.signatures[0]!.timestamp })),
    );
  });
  it("a NIL sig signs the nil block id", () => {
    expect(toHex(commitToVoteSignBytes("c", commit, 2))).toBe(
      toHex(voteSignBytes("c", { type: 2, height: 5n, round: 1, blockId: zeroBlockId(), timestamp: commit.signatures[2]!.timestamp })),
    );
  });
  it("rejects a bad index and an unknown flag", () => {
    expect(() => commitToVoteSignBytes("c", commit, 3)).toThrow(ErrIndexOutOfRange.description);
    const bad = { ...commit, signatures: [{ ...commit.signatures[0]!, blockIdFlag: 0 }] };
    expect(() => commitToVoteSignBytes("c", bad, 0)).toThrow(ErrInvalidBlockIdFlag.description);
  });
});
