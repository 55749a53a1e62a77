import { equal, toHex } from "./bytes.js";
import { validateCommitShape, verifyCommitLight, verifyCommitLightTrusting, type SignatureCache } from "./commit.js";
import { LightClientError } from "./errors.js";
import { hashHeader, hashValidatorSet } from "./hashing.js";
import { compareTimestamps, timestampToMs, type LightBlock, type TrustLevel, type ValidatorSet } from "./types.js";
import type { SignatureVerifier } from "./verifier-noble.js";

/**
 * One verification step (CometBFT light/verifier.go): from a trusted light block to an untrusted
 * one, adjacent (+2/3 of the new set and the validators-hash chain) or not (trustLevel of the
 * trusted next set, then +2/3 of the new set — last, as an attacker could send a huge set).
 */
export interface VerifyOptions {
  chainId: string;
  trustLevel: TrustLevel;
  trustingPeriodMs: number;
  maxClockDriftMs: number;
  /** Wall clock, ms since the epoch. */
  now: number;
  verifier: SignatureVerifier;
  cache?: SignatureCache;
}

/** A verified block plus the validator set that must sign the next height (hash = nextValidatorsHash). */
export interface TrustedBlock {
  lightBlock: LightBlock;
  nextValidators?: ValidatorSet;
}

export function validateTrustLevel(t: TrustLevel): void {
  if (t.denominator <= 0n || t.numerator <= 0n || t.numerator * 3n < t.denominator || t.numerator > t.denominator) {
    throw new LightClientError("invalid_argument", `trust level ${t.numerator}/${t.denominator} is outside [1/3, 1]`);
  }
}

export function isExpired(trusted: LightBlock, trustingPeriodMs: number, now: number): boolean {
  return timestampToMs(trusted.signedHeader.header.time) + trustingPeriodMs <= now;
}

/**
 * Self-consistency of a light block: chain id, the commit is for this header (its hash), the
 * validator set hashes to validators_hash. Signatures are not checked here.
 */
export function validateLightBlock(lb: LightBlock, chainId: string): void {
  const { header, commit } = lb.signedHeader;
  if (header.chainId !== chainId) {
    throw new LightClientError("invalid_header", `header is for chain ${header.chainId}, expected ${chainId}`);
  }
  if (commit.height !== header.height) {
    throw new LightClientError("invalid_commit", `commit height ${commit.height} for header ${header.height}`);
  }
  const hash = hashHeader(header);
  if (!equal(hash, commit.blockId.hash)) {
    throw new LightClientError(
      "header_tampered",
      `header ${header.height} hashes to ${toHex(hash).toUpperCase()} but the commit signs ${toHex(commit.blockId.hash).toUpperCase()}`,
      { height: header.height },
    );
  }
  if (!equal(hashValidatorSet(lb.validatorSet), header.validatorsHash)) {
    throw new LightClientError("validator_set_mismatch", `validator set does not hash to validators_hash of height ${header.height}`, {
      height: header.height,
    });
  }
  validateCommitShape(commit);
}

function checkTimesAndHeights(trusted: LightBlock, untrusted: LightBlock, o: VerifyOptions): void {
  const th = trusted.signedHeader.header;
  const uh = untrusted.signedHeader.header;
  if (isExpired(trusted, o.trustingPeriodMs, o.now)) {
    throw new LightClientError("trusted_state_expired", `trusted header ${th.height} (${new Date(timestampToMs(th.time)).toISOString()}) is older than the trusting period`);
  }
  if (uh.height <= th.height) throw new LightClientError("invalid_header", `height ${uh.height} is not above trusted ${th.height}`);
  if (compareTimestamps(uh.time, th.time) <= 0) {
    throw new LightClientError("invalid_header", `header ${uh.height} time is not after trusted header ${th.height}`);
  }
  if (timestampToMs(uh.time) > o.now + o.maxClockDriftMs) {
    throw new LightClientError("header_from_future", `header ${uh.height} is from the future (more than ${o.maxClockDriftMs} ms of drift)`);
  }
}

export function verifyAdjacent(trusted: TrustedBlock, untrusted: LightBlock, o: VerifyOptions): void {
  const th = trusted.lightBlock.signedHeader.header;
  const uh = untrusted.signedHeader.header;
  if (uh.height !== th.height + 1n) throw new LightClientError("invalid_header", `${uh.height} is not adjacent to ${th.height}`);
  checkTimesAndHeights(trusted.lightBlock, untrusted, o);
  validateLightBlock(untrusted, o.chainId);
  if (!equal(uh.validatorsHash, th.nextValidatorsHash)) {
    throw new LightClientError("validator_set_mismatch", `header ${uh.height} validators_hash differs from the trusted next_validators_hash`, {
      height: uh.height,
    });
  }
  if (!equal(uh.lastBlockId.hash, trusted.lightBlock.signedHeader.commit.blockId.hash)) {
    throw new LightClientError("header_tampered", `header ${uh.height} does not link to the trusted block ${th.height}`);
  }
  verifyCommitLight(o.chainId, untrusted.validatorSet, untrusted.signedHeader.commit, o.verifier, o.cache);
}

export function verifyNonAdjacent(trusted: TrustedBlock, untrusted: LightBlock, o: VerifyOptions): void {
  const th = trusted.lightBlock.signedHeader.header;
  if (untrusted.signedHeader.header.height === th.height + 1n) return verifyAdjacent(trusted, untrusted, o);
  checkTimesAndHeights(trusted.lightBlock, untrusted, o);
  validateLightBlock(untrusted, o.chainId);
  const next = trusted.nextValidators;
  if (next === undefined || !equal(hashValidatorSet(next), th.nextValidatorsHash)) {
    throw new LightClientError("validator_set_mismatch", `trusted next validator set of height ${th.height} is missing or forged`);
  }
  const commit = untrusted.signedHeader.commit;
  verifyCommitLightTrusting(o.chainId, next, commit, o.trustLevel, o.verifier, o.cache);
  verifyCommitLight(o.chainId, untrusted.validatorSet, commit, o.verifier, o.cache);
}

/** +2/3 of a block's own validators signed it (trust-on-first-use at initialisation). */
export function verifyCommitLightOnly(lb: LightBlock, o: VerifyOptions): void {
  verifyCommitLight(o.chainId, lb.validatorSet, lb.signedHeader.commit, o.verifier, o.cache);
}
