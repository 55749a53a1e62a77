import { sha256 } from "@noble/hashes/sha256";
import { describe, expect, it } from "vitest";
import { toHex, utf8 } from "../crypto/bytes.js";
import { hex, rfc3339 } from "./fixtures/helpers.js";
import { LOCALNET_H12 } from "./fixtures/localnet-h12.fixture.js";
import { cdcEncodeBytes, cdcEncodeInt64, cdcEncodeString, hashHeader, headerLeaves } from "./header.js";
import { zeroBlockId, type Header } from "./types.js";

const tm = (s: string) => sha256(utf8(s));

/** The header of CometBFT types/block_test.go TestHeaderHash ("Generates expected hash"). */
function cometHeaderHashCase(): Header {
  return {
    version: { block: 1n, app: 2n },
    chainId: "chainId",
    height: 3n,
    time: rfc3339("2019-10-13T16:14:44Z"),
    lastBlockId: { hash: new Uint8Array(32), partSetHeader: { total: 6, hash: new Uint8Array(32) } },
    lastCommitHash: tm("last_commit_hash"),
    dataHash: tm("data_hash"),
    validatorsHash: tm("validators_hash"),
    nextValidatorsHash: tm("next_validators_hash"),
    consensusHash: tm("consensus_hash"),
    appHash: tm("app_hash"),
    lastResultsHash: tm("last_results_hash"),
    evidenceHash: tm("evidence_hash"),
    proposerAddress: tm("proposer_address").slice(0, 20),
  };
}

describe("hashHeader: CometBFT types/block_test.go TestHeaderHash", () => {
  it("generates the expected hash", () => {
    expect(toHex(hashHeader(cometHeaderHashCase())!).toUpperCase()).toBe(
      "F740121F553B5418C3EFBD343C2DBFE9E007BB67B0D020A0741374BAB65242A4",
    );
  });
  it("empty ValidatorsHash yields no hash", () => {
    expect(hashHeader({ ...cometHeaderHashCase(), validatorsHash: new Uint8Array(0) })).toBeUndefined();
  });
});

describe("hashHeader: real CometBFT localnet header (freedomofpress/cometbft-ts fixtures/commit-12.json)", () => {
  it("equals the commit's block id hash", () => {
    const h = LOCALNET_H12.header;
    const header: Header = {
      version: { block: BigInt(h.version.block), app: BigInt(h.version.app) },
      chainId: LOCALNET_H12.chainId,
      height: BigInt(h.height),
      time: rfc3339(h.time),
      lastBlockId: {
        hash: hex(h.lastBlockId.hash),
        partSetHeader: { total: h.lastBlockId.partsTotal, hash: hex(h.lastBlockId.partsHash) },
      },
      lastCommitHash: hex(h.lastCommitHash),
      dataHash: hex(h.dataHash),
      validatorsHash: hex(h.validatorsHash),
      nextValidatorsHash: hex(h.nextValidatorsHash),
      consensusHash: hex(h.consensusHash),
      appHash: hex(h.appHash),
      lastResultsHash: hex(h.lastResultsHash),
      evidenceHash: hex(h.evidenceHash),
      proposerAddress: hex(h.proposerAddress),
    };
    expect(toHex(hashHeader(header)!).toUpperCase()).toBe(LOCALNET_H12.commit.blockId.hash);
  });
});

/*
 * Not used as vectors: cosmjs's tendermint-rpc hasher.spec.ts blocks. They come from a Tendermint
 * 0.33 chain, whose header hash used amino (length-prefixed strings, bare uvarint height), so they
 * do not match the protobuf cdcEncode scheme CometBFT >= 0.34 uses.
 */

describe("headerLeaves: zero LastBlockID of a first block (self-derived from types.proto)", () => {
  it("encodes the non-nullable part_set_header even when empty", () => {
    const h = { ...cometHeaderHashCase(), height: 1n, lastBlockId: zeroBlockId() };
    expect(toHex(headerLeaves(h)[4]!)).toBe("1200");
    expect(toHex(headerLeaves(h)[2]!)).toBe("0801");
    expect(hashHeader(h)).toBeDefined();
  });
});

describe("cdcEncode wrappers (self-derived from gogoproto wrappers.proto: field 1)", () => {
  it("empty values encode to empty bytes", () => {
    expect(cdcEncodeString("")).toEqual(new Uint8Array(0));
    expect(cdcEncodeInt64(0n)).toEqual(new Uint8Array(0));
    expect(cdcEncodeBytes(new Uint8Array(0))).toEqual(new Uint8Array(0));
  });
  it("non-empty values are field 1", () => {
    expect(toHex(cdcEncodeString("ab"))).toBe("0a026162");
    expect(toHex(cdcEncodeInt64(300n))).toBe("08ac02");
    expect(toHex(cdcEncodeInt64(-1n))).toBe("08ffffffffffffffffff01");
    expect(toHex(cdcEncodeBytes(Uint8Array.of(7)))).toBe("0a0107");
  });
});
