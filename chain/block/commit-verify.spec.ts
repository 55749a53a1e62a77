import { ed25519 } from "@noble/curves/ed25519";
import { describe, expect, it } from "vitest";
import { utf8 } from "../crypto/bytes.js";
import { sha256 } from "../crypto/hash.js";
import {
  DEFAULT_TRUST_LEVEL,
  validateCommitBasic,
  validateTrustLevel,
  verifyCommit,
  verifyCommitLight,
  verifyCommitLightTrusting,
  type VerifyEd25519,
} from "./commit-verify.js";
import {
  ErrDuplicateValidator,
  ErrInsufficientVotingPower,
  ErrInvalidSignature,
  ErrInvalidTrustLevel,
  ErrValidatorAddressMismatch,
  ErrWrongBlockId,
  ErrWrongHeight,
  ErrWrongSignatureCount,
} from "./errors.js";
import { b64, hex, rfc3339 } from "./fixtures/helpers.js";
import { LOCALNET_H12 } from "./fixtures/localnet-h12.fixture.js";
import { BlockIdFlag, GO_ZERO_TIME, type BlockId, type Commit, type CommitSig } from "./types.js";
import { createValidator, createValidatorSet, type ValidatorSet } from "./validator-set.js";
import { commitToVoteSignBytes } from "./vote.js";

const verify: VerifyEd25519 = (pk, msg, sig) => {
  try {
    return ed25519.verify(sig, msg, pk);
  } catch {
    return false;
  }
};

describe("verifyCommit: real CometBFT localnet commit (freedomofpress/cometbft-ts commit-12.json, validators-12.json)", () => {
  const f = LOCALNET_H12;
  const valSet = createValidatorSet(f.validators.map((v) => createValidator(b64(v.pubKey), v.power)));
  const blockId: BlockId = {
    hash: hex(f.commit.blockId.hash),
    partSetHeader: { total: f.commit.blockId.partsTotal, hash: hex(f.commit.blockId.partsHash) },
  };
  const commit: Commit = {
    height: BigInt(f.commit.height),
    round: f.commit.round,
    blockId,
    signatures: f.commit.signatures.map((s) => ({
      blockIdFlag: s.flag,
      validatorAddress: hex(s.address),
      timestamp: rfc3339(s.timestamp),
      signature: b64(s.signature),
    })),
  };
  it("every signature made by CometBFT verifies over our sign bytes", () => {
    commit.signatures.forEach((s, i) => {
      expect(verify(valSet.validators[i]!.pubKey, commitToVoteSignBytes(f.chainId, commit, i), s.signature)).toBe(true);
    });
    expect(() => verifyCommit(f.chainId, valSet, blockId, 12n, commit, verify)).not.toThrow();
    expect(() => verifyCommitLight(f.chainId, valSet, blockId, 12n, commit, verify)).not.toThrow();
    expect(() => verifyCommitLightTrusting(f.chainId, valSet, commit, DEFAULT_TRUST_LEVEL, verify)).not.toThrow();
  });
  it("fails with another chain id", () => {
    expect(() => verifyCommit("chain-other", valSet, blockId, 12n, commit, verify)).toThrow(ErrInvalidSignature.description);
  });
});

// A self-made 4-validator network signed with @noble/curves ed25519.
const CHAIN = "pogcs-test-1";
const seeds = [0, 1, 2, 3].map((i) => sha256(utf8(`validator-${i}`)));
const powers = [10n, 20n, 30n, 40n];

function makeNet(p: readonly bigint[] = powers): { valSet: ValidatorSet; seedOf: Map<string, Uint8Array> } {
  const seedOf = new Map<string, Uint8Array>();
  const vals = seeds.map((s, i) => {
    const v = createValidator(ed25519.getPublicKey(s), p[i]!);
    seedOf.set(Buffer.from(v.address).toString("hex"), s);
    return v;
  });
  return { valSet: createValidatorSet(vals), seedOf };
}

const blockId: BlockId = {
  hash: sha256(utf8("block-7")),
  partSetHeader: { total: 1, hash: sha256(utf8("parts-7")) },
};

/** Signs a height-7 commit; `flags[i]` is the flag of set member i. */
function makeCommit(net: ReturnType<typeof makeNet>, flags: number[], chainId = CHAIN): Commit {
  const commit: Commit = { height: 7n, round: 0, blockId, signatures: [] };
  commit.signatures = net.valSet.validators.map((v, i): CommitSig => {
    if (flags[i] === BlockIdFlag.Absent) {
      return { blockIdFlag: BlockIdFlag.Absent, validatorAddress: new Uint8Array(0), timestamp: GO_ZERO_TIME, signature: new Uint8Array(0) };
    }
    return { blockIdFlag: flags[i]!, validatorAddress: v.address, timestamp: { seconds: 1700000000n + BigInt(i), nanos: i }, signature: new Uint8Array(64) };
  });
  commit.signatures.forEach((s, i) => {
    if (s.blockIdFlag === BlockIdFlag.Absent) return;
    const seed = net.seedOf.get(Buffer.from(s.validatorAddress).toString("hex"))!;
    s.signature = ed25519.sign(commitToVoteSignBytes(chainId, commit, i), seed);
  });
  return commit;
}

const C = BlockIdFlag.Commit;
const A = BlockIdFlag.Absent;
const N = BlockIdFlag.Nil;

describe("verifyCommit: 4 validators (powers 40, 30, 20, 10 in set order)", () => {
  const net = makeNet();
  it("accepts a fully signed commit", () => {
    const commit = makeCommit(net, [C, C, C, C]);
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 7n, commit, verify)).not.toThrow();
    expect(() => validateCommitBasic(commit)).not.toThrow();
  });
  it("accepts 70/100 for the block with an absent and a nil vote (nil sig still verified)", () => {
    const commit = makeCommit(net, [C, C, N, A]);
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 7n, commit, verify)).not.toThrow();
    commit.signatures[2]!.signature[0]! ^= 1;
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 7n, commit, verify)).toThrow(ErrInvalidSignature.description);
    // the light variant ignores nil votes entirely
    expect(() => verifyCommitLight(CHAIN, net.valSet, blockId, 7n, commit, verify)).not.toThrow();
  });
  it("rejects exactly 2/3 or less of the power", () => {
    // powers 15, 10, 10, 10: total 45, so more than 30 is needed and exactly 30 (2/3) fails
    const net3 = makeNet([15n, 10n, 10n, 10n]);
    const commit = makeCommit(net3, [A, C, C, C]);
    expect(() => verifyCommit(CHAIN, net3.valSet, blockId, 7n, commit, verify)).toThrow(ErrInsufficientVotingPower.description);
    const enough = makeCommit(net3, [C, C, C, A]);
    expect(() => verifyCommit(CHAIN, net3.valSet, blockId, 7n, enough, verify)).not.toThrow();
    const low = makeCommit(net, [A, C, N, C]); // 30 + 10 = 40 of 100
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 7n, low, verify)).toThrow(ErrInsufficientVotingPower.description);
    expect(() => verifyCommitLight(CHAIN, net.valSet, blockId, 7n, low, verify)).toThrow(ErrInsufficientVotingPower.description);
  });
  it("rejects a wrong chain id", () => {
    const commit = makeCommit(net, [C, C, C, C], "other-chain");
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 7n, commit, verify)).toThrow(ErrInvalidSignature.description);
  });
  it("rejects a tampered signature", () => {
    const commit = makeCommit(net, [C, C, C, C]);
    commit.signatures[1]!.signature[5]! ^= 0x40;
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 7n, commit, verify)).toThrow(ErrInvalidSignature.description);
    expect(() => verifyCommitLight(CHAIN, net.valSet, blockId, 7n, commit, verify)).toThrow(ErrInvalidSignature.description);
  });
  it("rejects a tampered timestamp (it is signed)", () => {
    const commit = makeCommit(net, [C, C, C, C]);
    commit.signatures[0]!.timestamp = { seconds: 1n, nanos: 0 };
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 7n, commit, verify)).toThrow(ErrInvalidSignature.description);
  });
  it("rejects a duplicate signer", () => {
    const commit = makeCommit(net, [C, C, A, C]);
    commit.signatures[2] = { ...commit.signatures[0]! };
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 7n, commit, verify)).toThrow(ErrValidatorAddressMismatch.description);
    // the copy sits after +2/3 is reached, so the early-exit light path (like CometBFT's) never sees it
    const tl = { numerator: 2n, denominator: 3n };
    expect(() => verifyCommitLightTrusting(CHAIN, net.valSet, commit, tl, verify)).not.toThrow();
    expect(() => verifyCommitLightTrusting(CHAIN, net.valSet, commit, tl, verify, { countAllSignatures: true })).toThrow(
      ErrDuplicateValidator.description,
    );
  });
  it("rejects a wrong height, a wrong block id and a wrong signature count", () => {
    const commit = makeCommit(net, [C, C, C, C]);
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 8n, commit, verify)).toThrow(ErrWrongHeight.description);
    const other = { ...blockId, hash: sha256(utf8("other")) };
    expect(() => verifyCommit(CHAIN, net.valSet, other, 7n, commit, verify)).toThrow(ErrWrongBlockId.description);
    const otherParts = { ...blockId, partSetHeader: { ...blockId.partSetHeader, total: 2 } };
    expect(() => verifyCommit(CHAIN, net.valSet, otherParts, 7n, commit, verify)).toThrow(ErrWrongBlockId.description);
    const short = { ...commit, signatures: commit.signatures.slice(0, 3) };
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 7n, short, verify)).toThrow(ErrWrongSignatureCount.description);
  });
  it("light verification stops once +2/3 is tallied (a later bad sig is not looked at)", () => {
    const commit = makeCommit(net, [C, C, C, C]);
    commit.signatures[3]!.signature[0]! ^= 1; // 40 + 30 + 20 = 90 > 66 before index 3
    expect(() => verifyCommitLight(CHAIN, net.valSet, blockId, 7n, commit, verify)).not.toThrow();
    expect(() => verifyCommitLight(CHAIN, net.valSet, blockId, 7n, commit, verify, { countAllSignatures: true })).toThrow(
      ErrInvalidSignature.description,
    );
    expect(() => verifyCommit(CHAIN, net.valSet, blockId, 7n, commit, verify)).toThrow(ErrInvalidSignature.description);
  });
});

describe("verifyCommitLightTrusting (types/validation.go VerifyCommitLightTrusting)", () => {
  const net = makeNet();
  it("counts only signers from the trusted set, by address", () => {
    // trusted set: the 30- and 10-power validators only (total 40)
    const trusted = createValidatorSet(net.valSet.validators.filter((v) => v.votingPower === 30n || v.votingPower === 10n));
    const commit = makeCommit(net, [C, C, A, A]); // 40 and 30 signed: trusted power 30 of 40
    expect(() => verifyCommitLightTrusting(CHAIN, trusted, commit, DEFAULT_TRUST_LEVEL, verify)).not.toThrow();
    expect(() => verifyCommitLightTrusting(CHAIN, trusted, commit, { numerator: 3n, denominator: 4n }, verify)).toThrow(
      ErrInsufficientVotingPower.description,
    );
    const onlyUnknown = makeCommit(net, [C, A, C, A]); // 40 and 20: neither trusted
    expect(() => verifyCommitLightTrusting(CHAIN, trusted, onlyUnknown, DEFAULT_TRUST_LEVEL, verify)).toThrow(
      ErrInsufficientVotingPower.description,
    );
  });
  it("checks the trust level", () => {
    const commit = makeCommit(net, [C, C, C, C]);
    expect(() => verifyCommitLightTrusting(CHAIN, net.valSet, commit, { numerator: 1n, denominator: 0n }, verify)).toThrow(
      ErrInvalidTrustLevel.description,
    );
    expect(() => validateTrustLevel(DEFAULT_TRUST_LEVEL)).not.toThrow();
    expect(() => validateTrustLevel({ numerator: 1n, denominator: 1n })).not.toThrow();
    expect(() => validateTrustLevel({ numerator: 1n, denominator: 4n })).toThrow(ErrInvalidTrustLevel.description);
    expect(() => validateTrustLevel({ numerator: 4n, denominator: 3n })).toThrow(ErrInvalidTrustLevel.description);
  });
});
