import { equalBytes, toHex } from "../crypto/bytes.js";
import {
  ErrDuplicateValidator,
  ErrInsufficientVotingPower,
  ErrInvalidCommitSig,
  ErrInvalidSignature,
  ErrInvalidTrustLevel,
  ErrValidatorAddressMismatch,
  ErrWrongBlockId,
  ErrWrongHeight,
  ErrWrongSignatureCount,
} from "./errors.js";
import { BlockIdFlag, isZeroBlockId, type BlockId, type Commit, type CommitSig } from "./types.js";
import { ADDRESS_SIZE, getValidatorByAddress, totalVotingPower, type Validator, type ValidatorSet } from "./validator-set.js";
import { commitToVoteSignBytes } from "./vote.js";

/**
 * Commit verification (types/validation.go). The ed25519 check is injected so the node can use
 * node:crypto and a light client @noble/curves while this file stays pure. Every failure throws a
 * ChainError of codespace `block`.
 */
export type VerifyEd25519 = (pubKey: Uint8Array, msg: Uint8Array, sig: Uint8Array) => boolean;

/** A fraction of voting power; CometBFT's light client accepts [1/3, 1]. */
export interface TrustLevel {
  numerator: bigint;
  denominator: bigint;
}

export const DEFAULT_TRUST_LEVEL: TrustLevel = Object.freeze({ numerator: 1n, denominator: 3n });

export const ED25519_SIGNATURE_SIZE = 64;

export interface VerifyOptions {
  /** Verify every counted signature instead of stopping once enough power is tallied. */
  countAllSignatures?: boolean;
}

/** `CommitSig.ValidateBasic`, with the signature size fixed to ed25519's. */
export function validateCommitSig(sig: CommitSig): void {
  switch (sig.blockIdFlag) {
    case BlockIdFlag.Absent:
      if (sig.validatorAddress.length !== 0) throw ErrInvalidCommitSig.raise("absent sig has an address");
      if (sig.signature.length !== 0) throw ErrInvalidCommitSig.raise("absent sig has a signature");
      return;
    case BlockIdFlag.Commit:
    case BlockIdFlag.Nil:
      if (sig.validatorAddress.length !== ADDRESS_SIZE) throw ErrInvalidCommitSig.raise("bad validator address size");
      if (sig.signature.length !== ED25519_SIGNATURE_SIZE) throw ErrInvalidCommitSig.raise("bad signature size");
      return;
    default:
      throw ErrInvalidCommitSig.raise(`unknown block id flag ${sig.blockIdFlag}`);
  }
}

/** `Commit.ValidateBasic`: shape checks that need no validator set. */
export function validateCommitBasic(commit: Commit): void {
  if (commit.height < 0n) throw ErrInvalidCommitSig.raise("negative height");
  if (commit.round < 0) throw ErrInvalidCommitSig.raise("negative round");
  if (commit.height >= 1n) {
    if (isZeroBlockId(commit.blockId)) throw ErrWrongBlockId.raise("commit for nil block");
    if (commit.signatures.length === 0) throw ErrInvalidCommitSig.raise("no signatures");
    commit.signatures.forEach((s, i) => {
      try {
        validateCommitSig(s);
      } catch (err) {
        throw ErrInvalidCommitSig.raise(`signature #${i}: ${(err as Error).message}`);
      }
    });
  }
}

/** `ValidateTrustLevel`: 1/3 <= numerator/denominator <= 1. */
export function validateTrustLevel(t: TrustLevel): void {
  if (t.denominator <= 0n || t.numerator <= 0n || t.numerator * 3n < t.denominator || t.numerator > t.denominator) {
    throw ErrInvalidTrustLevel.raise(`${t.numerator}/${t.denominator} is outside [1/3, 1]`);
  }
}

function sameBlockId(a: BlockId, b: BlockId): boolean {
  return (
    equalBytes(a.hash, b.hash) &&
    a.partSetHeader.total === b.partSetHeader.total &&
    equalBytes(a.partSetHeader.hash, b.partSetHeader.hash)
  );
}

function verifyBasicValsAndCommit(valSet: ValidatorSet, commit: Commit, height: bigint, blockId: BlockId): void {
  if (valSet.validators.length !== commit.signatures.length) {
    throw ErrWrongSignatureCount.raise(`${commit.signatures.length} signatures, ${valSet.validators.length} validators`);
  }
  if (commit.height !== height) throw ErrWrongHeight.raise(`want ${height}, got ${commit.height}`);
  if (!sameBlockId(blockId, commit.blockId)) {
    throw ErrWrongBlockId.raise(`want ${toHex(blockId.hash)}, got ${toHex(commit.blockId.hash)}`);
  }
}

interface TallyRules {
  /** Sigs skipped entirely (not verified, not counted). */
  ignore: (s: CommitSig) => boolean;
  /** Among verified sigs, those whose power counts toward the threshold. */
  count: (s: CommitSig) => boolean;
  /** true: sig i belongs to validator i; false: look the signer up by address (trusting). */
  byIndex: boolean;
  countAll: boolean;
}

/** `verifyCommitSingle`: tallied power must be strictly greater than `needed`. */
function tally(
  chainId: string,
  valSet: ValidatorSet,
  commit: Commit,
  needed: bigint,
  rules: TallyRules,
  verify: VerifyEd25519,
): void {
  let tallied = 0n;
  const seen = new Map<number, number>();
  for (let idx = 0; idx < commit.signatures.length; idx++) {
    const sig = commit.signatures[idx]!;
    if (rules.ignore(sig)) continue;
    try {
      validateCommitSig(sig);
    } catch (err) {
      throw ErrInvalidCommitSig.raise(`signature #${idx}: ${(err as Error).message}`);
    }
    let val: Validator;
    if (rules.byIndex) {
      val = valSet.validators[idx]!;
      if (!equalBytes(val.address, sig.validatorAddress)) {
        throw ErrValidatorAddressMismatch.raise(
          `index ${idx}: expected ${toHex(val.address)}, got ${toHex(sig.validatorAddress)}`,
        );
      }
    } else {
      const found = getValidatorByAddress(valSet, sig.validatorAddress);
      if (found === undefined) continue;
      const first = seen.get(found.index);
      if (first !== undefined) {
        throw ErrDuplicateValidator.raise(`double vote from ${toHex(found.validator.address)} (${first} and ${idx})`);
      }
      seen.set(found.index, idx);
      val = found.validator;
    }
    const msg = commitToVoteSignBytes(chainId, commit, idx);
    if (!verify(val.pubKey, msg, sig.signature)) {
      throw ErrInvalidSignature.raise(`signature #${idx} from ${toHex(val.address)}`);
    }
    if (rules.count(sig)) tallied += val.votingPower;
    if (!rules.countAll && tallied > needed) return;
  }
  if (tallied <= needed) throw ErrInsufficientVotingPower.raise(`got ${tallied}, needed more than ${needed}`);
}

/**
 * `VerifyCommit`: +2/3 of `valSet` (the set of `height`) signed `blockId`. Every non-absent
 * signature is verified, including nil votes, but only COMMIT votes count. Used by full nodes.
 */
export function verifyCommit(
  chainId: string,
  valSet: ValidatorSet,
  blockId: BlockId,
  height: bigint,
  commit: Commit,
  verify: VerifyEd25519,
): void {
  verifyBasicValsAndCommit(valSet, commit, height, blockId);
  const needed = (totalVotingPower(valSet) * 2n) / 3n;
  tally(chainId, valSet, commit, needed, {
    ignore: (s) => s.blockIdFlag === BlockIdFlag.Absent,
    count: (s) => s.blockIdFlag === BlockIdFlag.Commit,
    byIndex: true,
    countAll: true,
  }, verify);
}

/**
 * `VerifyCommitLight`: like verifyCommit but only COMMIT signatures are checked and it stops as soon
 * as +2/3 is reached (unless countAllSignatures). Used for adjacent headers in the light client.
 */
export function verifyCommitLight(
  chainId: string,
  valSet: ValidatorSet,
  blockId: BlockId,
  height: bigint,
  commit: Commit,
  verify: VerifyEd25519,
  opts: VerifyOptions = {},
): void {
  verifyBasicValsAndCommit(valSet, commit, height, blockId);
  const needed = (totalVotingPower(valSet) * 2n) / 3n;
  tally(chainId, valSet, commit, needed, {
    ignore: (s) => s.blockIdFlag !== BlockIdFlag.Commit,
    count: () => true,
    byIndex: true,
    countAll: opts.countAllSignatures ?? false,
  }, verify);
}

/**
 * `VerifyCommitLightTrusting`: more than `trustLevel` of a *trusted* set's power signed this commit
 * (of a possibly different set). Signers are looked up by address; unknown signers are ignored and a
 * validator signing twice is an error. Height and block id are the caller's to check.
 */
export function verifyCommitLightTrusting(
  chainId: string,
  trustedValSet: ValidatorSet,
  commit: Commit,
  trustLevel: TrustLevel,
  verify: VerifyEd25519,
  opts: VerifyOptions = {},
): void {
  if (trustLevel.denominator <= 0n || trustLevel.numerator < 0n) {
    throw ErrInvalidTrustLevel.raise(`${trustLevel.numerator}/${trustLevel.denominator}`);
  }
  const needed = (totalVotingPower(trustedValSet) * trustLevel.numerator) / trustLevel.denominator;
  tally(chainId, trustedValSet, commit, needed, {
    ignore: (s) => s.blockIdFlag !== BlockIdFlag.Commit,
    count: () => true,
    byIndex: false,
    countAll: opts.countAllSignatures ?? false,
  }, verify);
}
