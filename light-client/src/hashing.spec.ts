import { describe, expect, it } from "vitest";
import { rfc3339 } from "../../chain/block/fixtures/helpers.js";
import { LOCALNET_H12 } from "../../chain/block/fixtures/localnet-h12.fixture.js";
import { localnetHeader, localnetLightBlock } from "../test/vectors.js";
import * as chain from "../../chain/block/index.js";
import { FixtureChain, rotatingSet } from "../test/fixture-chain.js";
import { verifyCommitLight } from "./commit.js";
import { ed25519Address, hashHeader, hashValidatorSet, precommitSignBytes } from "./hashing.js";
import { createNodeVerifier } from "./node.js";
import { toHex, utf8 } from "./bytes.js";
import { sha256 } from "./hash.js";
import type { Header } from "./types.js";
import { createNobleVerifier } from "./verifier-noble.js";

/** The same golden vectors as chain/block's specs: the light client must agree with the node. */
const tm = (s: string) => sha256(utf8(s));

describe("header hash (CometBFT TestHeaderHash and a real localnet header)", () => {
  it("TestHeaderHash vector", () => {
    const h: Header = {
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
    expect(toHex(hashHeader(h)).toUpperCase()).toBe("F740121F553B5418C3EFBD343C2DBFE9E007BB67B0D020A0741374BAB65242A4");
  });

  it("localnet h12 header hashes to its commit's block id", () => {
    expect(toHex(hashHeader(localnetHeader())).toUpperCase()).toBe(LOCALNET_H12.commit.blockId.hash);
  });

  it("localnet validator set hashes to validators_hash; addresses are sha256(pubkey)[:20]", () => {
    const { set } = localnetLightBlock();
    expect(toHex(hashValidatorSet(set)).toUpperCase()).toBe(LOCALNET_H12.header.validatorsHash);
    for (const v of set.validators) expect(ed25519Address(v.pubKey)).toEqual(v.address);
    expect(toHex(hashValidatorSet({ validators: [] }))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  for (const [name, make] of [["noble", createNobleVerifier], ["node:crypto", createNodeVerifier]] as const) {
    it(`CometBFT's own signatures verify (${name})`, () => {
      const { commit, set } = localnetLightBlock();
      expect(() => verifyCommitLight(LOCALNET_H12.chainId, set, commit, make())).not.toThrow();
      const bad = { ...commit, signatures: commit.signatures.map((s) => ({ ...s, signature: s.signature.slice() })) };
      bad.signatures[0]!.signature[5]! ^= 1;
      expect(() => verifyCommitLight(LOCALNET_H12.chainId, set, bad, make())).toThrow(expect.objectContaining({ code: "bad_signature" }));
    });
  }
});

describe("sign bytes and hashes agree with chain/block on fixture chains", () => {
  it("precommit sign bytes, header and validator-set hashes for 30 heights with rotating sets", () => {
    const fc = new FixtureChain({ membersAt: rotatingSet(7, 5) }).build(30);
    for (let h = 1; h <= 30; h++) {
      const b = fc.block(h);
      expect(hashHeader(b.signedHeader.header)).toEqual(chain.hashHeader(b.signedHeader.header as chain.Header));
      expect(hashValidatorSet(b.validatorSet)).toEqual(chain.validatorSetHash(b.validatorSet as chain.ValidatorSet));
      b.signedHeader.commit.signatures.forEach((_, i) => {
        expect(precommitSignBytes(fc.chainId, b.signedHeader.commit, i)).toEqual(
          chain.commitToVoteSignBytes(fc.chainId, b.signedHeader.commit as chain.Commit, i),
        );
      });
    }
  });
});

describe("noble batch verifier", () => {
  it("accepts a valid batch and rejects a batch with one bad signature", () => {
    const fc = new FixtureChain({ membersAt: rotatingSet(12, 100) }).build(1);
    const b = fc.block(1);
    const items = b.signedHeader.commit.signatures.map((s, i) => ({
      pubKey: b.validatorSet.validators[i]!.pubKey,
      msg: precommitSignBytes(fc.chainId, b.signedHeader.commit, i),
      sig: s.signature,
    }));
    const v = createNobleVerifier();
    expect(v.verifyBatch!(items)).toBe(true);
    const bad = items.map((x) => ({ ...x }));
    bad[7] = { ...bad[7]!, msg: utf8("other") };
    expect(v.verifyBatch!(bad)).toBe(false);
    expect(v.verify(bad[7]!.pubKey, bad[7]!.msg, bad[7]!.sig)).toBe(false);
    expect(v.verify(items[7]!.pubKey, items[7]!.msg, items[7]!.sig)).toBe(true);
  });
});
