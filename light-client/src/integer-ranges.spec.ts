import { describe, expect, it } from "vitest";
import { FixtureChain, staticSet } from "../test/fixture-chain.js";
import { sha256 } from "./hash.js";
import { utf8 } from "./bytes.js";
import { LightClient } from "./client.js";
import { MAX_TOTAL_VOTING_POWER, validateCommitShape, verifyCommitLight, verifyCommitLightTrusting } from "./commit.js";
import { hashHeader, hashValidatorSet, precommitSignBytes } from "./hashing.js";
import { formatLightBlock, parseCommit, parseHeader, parseLightBlock, parseValidator } from "./json.js";
import { createNodeVerifier } from "./node.js";
import { BlockIdFlag, type Commit, type LightBlock, type ValidatorSet } from "./types.js";
import { verifyAdjacent, verifyNonAdjacent, type VerifyOptions } from "./verify.js";

/**
 * Integers are taken with the range of their protobuf type. Before, p and p - 2^64 encoded alike:
 * a hostile RPC kept the genuine hashes with negative voting powers (a forged header accepted with
 * no signature at all) or with a height relabelled h + 2^64 (trusted, bricking the client).
 */
const verifier = createNodeVerifier();
const code = (c: string) => expect.objectContaining({ code: c });
const TWO64 = 1n << 64n;

function opts(fc: FixtureChain): VerifyOptions {
  return {
    chainId: fc.chainId,
    trustLevel: { numerator: 1n, denominator: 3n },
    trustingPeriodMs: 14 * 86_400_000,
    maxClockDriftMs: 10_000,
    now: Date.now(),
    verifier,
  };
}

/** Block h with a made-up app hash, the genuine set with every power p - 2^64 and a commit nobody signed. */
function forgeNegativePower(fc: FixtureChain, h: bigint): LightBlock {
  const genuine = fc.block(h);
  const validatorSet: ValidatorSet = {
    validators: genuine.validatorSet.validators.map((v) => ({ ...v, votingPower: v.votingPower - TWO64 })),
  };
  const header = { ...genuine.signedHeader.header, appHash: sha256(utf8("attacker state")) };
  const commit: Commit = {
    height: h,
    round: 0,
    blockId: { hash: hashHeader(header), partSetHeader: { total: 1, hash: sha256(utf8("parts")) } },
    signatures: validatorSet.validators.map(() => ({
      blockIdFlag: BlockIdFlag.Absent,
      validatorAddress: new Uint8Array(0),
      timestamp: { seconds: -62135596800n, nanos: 0 },
      signature: new Uint8Array(0),
    })),
  };
  return { signedHeader: { header, commit }, validatorSet };
}

/** The genuine block h relabelled h + 2^64: same hashes and sign bytes before the range checks. */
function relabel(lb: LightBlock): LightBlock {
  const height = lb.signedHeader.header.height + TWO64;
  return {
    signedHeader: { header: { ...lb.signedHeader.header, height }, commit: { ...lb.signedHeader.commit, height } },
    validatorSet: lb.validatorSet,
  };
}

describe("negative voting power (same validators_hash, no signatures)", () => {
  const fc = new FixtureChain({ membersAt: staticSet(4) }).build(6);
  const trusted = { lightBlock: fc.block(5) };

  it("a forged adjacent header with an all-absent commit is refused (objects and JSON)", () => {
    const forged = forgeNegativePower(fc, 6n);
    expect(() => verifyAdjacent(trusted, forged, opts(fc))).toThrow(code("validator_set_mismatch"));
    expect(() => verifyNonAdjacent(trusted, forged, opts(fc))).toThrow(code("validator_set_mismatch"));
    expect(() => verifyAdjacent(trusted, parseLightBlock(formatLightBlock(forged)), opts(fc))).toThrow(code("validator_set_mismatch"));
  });

  it("the commit checks refuse a non-positive power and never pass with zero signatures", () => {
    const forged = forgeNegativePower(fc, 6n);
    const { commit } = forged.signedHeader;
    expect(() => verifyCommitLight(fc.chainId, forged.validatorSet, commit, verifier)).toThrow(code("validator_set_mismatch"));
    expect(() => verifyCommitLightTrusting(fc.chainId, forged.validatorSet, commit, { numerator: 1n, denominator: 3n }, verifier)).toThrow(
      code("validator_set_mismatch"),
    );
    const zero = { validators: fc.block(6).validatorSet.validators.map((v) => ({ ...v, votingPower: 0n })) };
    expect(() => verifyCommitLight(fc.chainId, zero, commit, verifier)).toThrow(code("validator_set_mismatch"));
    expect(() => verifyCommitLight(fc.chainId, { validators: [] }, { ...commit, signatures: [] }, verifier)).toThrow(code("validator_set_mismatch"));
    // a genuine set and nobody signed: insufficient, not accepted
    expect(() => verifyCommitLight(fc.chainId, fc.block(6).validatorSet, commit, verifier)).toThrow(code("insufficient_voting_power"));
    expect(() => verifyCommitLightTrusting(fc.chainId, fc.block(6).validatorSet, commit, { numerator: 1n, denominator: 3n }, verifier)).toThrow(
      code("insufficient_trusted_power"),
    );
  });

  it("powers above MaxTotalVotingPower, alone or summed, are refused", () => {
    const vals = fc.block(6).validatorSet.validators;
    const big = { validators: vals.map((v) => ({ ...v, votingPower: MAX_TOTAL_VOTING_POWER / 2n })) };
    expect(() => verifyCommitLight(fc.chainId, big, fc.block(6).signedHeader.commit, verifier)).toThrow(code("validator_set_mismatch"));
    const one = { validators: vals.map((v, i) => ({ ...v, votingPower: i === 0 ? MAX_TOTAL_VOTING_POWER + 1n : 1n })) };
    expect(() => verifyCommitLight(fc.chainId, one, fc.block(6).signedHeader.commit, verifier)).toThrow(code("validator_set_mismatch"));
  });

  it("the RPC parser refuses voting powers outside [1, MaxTotalVotingPower] and out-of-range integers", () => {
    const j = formatLightBlock(fc.block(6)).validator_set.validators[0];
    for (const p of ["0", "-10", (10n - TWO64).toString(), (MAX_TOTAL_VOTING_POWER + 1n).toString(), TWO64.toString()]) {
      expect(() => parseValidator({ ...j, voting_power: p })).toThrow(code("validator_set_mismatch"));
    }
    expect(() => parseValidator({ ...j, proposer_priority: (1n << 63n).toString() })).toThrow(code("validator_set_mismatch"));
    expect(() => parseValidator({ ...j, voting_power: "1e3" })).toThrow(code("provider_error"));
    expect(parseValidator(j).votingPower).toBe(10n);
  });

  it("a sequential sync fed the forged header trusts nothing of it", async () => {
    const forged = forgeNegativePower(fc, 6n);
    const primary = fc.provider("liar", (h) => (h === 6n ? forged : undefined));
    const c = await LightClient.create({ chainId: fc.chainId, primary, verifier, sequential: true });
    await c.initialize({ height: 1n, hash: hashHeader(fc.block(1).signedHeader.header) });
    await expect(c.sync()).rejects.toThrow(code("validator_set_mismatch"));
    expect(c.trustedHeight).toBe(1n);
  });
});

describe("heights outside int64 or below 1 (a genuine block relabelled h + 2^64)", () => {
  const fc = new FixtureChain({ membersAt: staticSet(4) }).build(10);

  it("the relabelled block is refused by the verifier (objects) and by the parser (JSON)", () => {
    const trusted = { lightBlock: fc.block(1), nextValidators: fc.block(1).validatorSet };
    const forged = relabel(fc.block(10));
    expect(() => verifyNonAdjacent(trusted, forged, opts(fc))).toThrow(code("invalid_header"));
    const j = formatLightBlock(forged);
    expect(() => parseLightBlock(j)).toThrow(code("invalid_header"));
    expect(() => parseCommit(j.signed_header.commit)).toThrow(code("invalid_commit"));
  });

  it("a client syncing to it keeps its trusted height", async () => {
    const forged = relabel(fc.block(10));
    const c = await LightClient.create({ chainId: fc.chainId, primary: fc.provider("liar", (h) => (h === 10n ? forged : undefined)), verifier });
    await c.initialize({ height: 1n, hash: hashHeader(fc.block(1).signedHeader.header) });
    await expect(c.sync()).rejects.toThrow(code("invalid_header"));
    expect(c.trustedHeight).toBe(1n);
  });

  it("hashes and sign bytes refuse integers outside their protobuf type", () => {
    const b = fc.block(10);
    expect(() => hashHeader({ ...b.signedHeader.header, height: 10n + TWO64 })).toThrow(code("invalid_header"));
    expect(() => hashHeader({ ...b.signedHeader.header, height: -1n - TWO64 })).toThrow(code("invalid_header"));
    expect(() => hashHeader({ ...b.signedHeader.header, version: { block: 11n + TWO64, app: 0n } })).toThrow(code("invalid_header"));
    expect(() => precommitSignBytes(fc.chainId, { ...b.signedHeader.commit, height: 10n + TWO64 }, 0)).toThrow(code("invalid_commit"));
    expect(() => precommitSignBytes(fc.chainId, { ...b.signedHeader.commit, round: 2 ** 53 }, 0)).toThrow(code("invalid_commit"));
    const v = b.validatorSet.validators[0]!;
    expect(() => hashValidatorSet({ validators: [{ ...v, votingPower: v.votingPower - TWO64 }] })).toThrow(code("validator_set_mismatch"));
  });

  it("heights and rounds below their minimum are refused", () => {
    const j = formatLightBlock(fc.block(10));
    for (const h of ["0", "-1", "-9223372036854775808", "9223372036854775808"]) {
      expect(() => parseHeader({ ...j.signed_header.header, height: h })).toThrow(code("invalid_header"));
      expect(() => parseCommit({ ...j.signed_header.commit, height: h })).toThrow(code("invalid_commit"));
    }
    expect(() => parseCommit({ ...j.signed_header.commit, round: -1 })).toThrow(code("invalid_commit"));
    expect(() => parseCommit({ ...j.signed_header.commit, round: 2 ** 31 })).toThrow(code("invalid_commit"));
    const c = fc.block(10).signedHeader.commit;
    expect(() => validateCommitShape({ ...c, height: 0n })).toThrow(code("invalid_commit"));
    expect(() => validateCommitShape({ ...c, round: -1 })).toThrow(code("invalid_commit"));
    expect(() => validateCommitShape(c)).not.toThrow();
  });
});
