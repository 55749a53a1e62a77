import { compareBytes, equalBytes, toHex } from "../crypto/bytes.js";
import { sha256 } from "../crypto/hash.js";
import { ErrDuplicateValidator, ErrInvalidValidator, ErrVotingPowerOverflow } from "./errors.js";
import { hashFromByteSlices } from "./merkle.js";
import { ProtoWriter } from "./proto.js";

/** An ed25519 validator. `address` = SHA-256(pubKey)[:20], as CometBFT's ed25519 `PubKey.Address`. */
export interface Validator {
  address: Uint8Array;
  pubKey: Uint8Array;
  votingPower: bigint;
  proposerPriority: bigint;
}

/** Validators in set order (the order commits and the hash use). */
export interface ValidatorSet {
  validators: readonly Validator[];
}

export const ED25519_PUBKEY_SIZE = 32;
export const ADDRESS_SIZE = 20;
const MAX_INT64 = (1n << 63n) - 1n;
/** CometBFT `MaxTotalVotingPower` = MaxInt64 / 8, leaving room for proposer-priority arithmetic. */
export const MAX_TOTAL_VOTING_POWER = MAX_INT64 / 8n;

export function ed25519Address(pubKey: Uint8Array): Uint8Array {
  return sha256(pubKey).slice(0, ADDRESS_SIZE);
}

export function createValidator(pubKey: Uint8Array, votingPower: bigint, proposerPriority = 0n): Validator {
  if (pubKey.length !== ED25519_PUBKEY_SIZE) {
    throw ErrInvalidValidator.raise(`ed25519 public key must be ${ED25519_PUBKEY_SIZE} bytes`);
  }
  if (votingPower <= 0n || votingPower > MAX_TOTAL_VOTING_POWER) {
    throw ErrInvalidValidator.raise(`voting power ${votingPower} out of range`);
  }
  return { address: ed25519Address(pubKey), pubKey: pubKey.slice(), votingPower, proposerPriority };
}

/** `ValidatorsByVotingPower`: power descending, then address ascending. */
export function compareValidators(a: Validator, b: Validator): number {
  if (a.votingPower !== b.votingPower) return a.votingPower > b.votingPower ? -1 : 1;
  return compareBytes(a.address, b.address);
}

export function sortValidators(vals: readonly Validator[]): Validator[] {
  return [...vals].sort(compareValidators);
}

/**
 * Builds a set in canonical order, rejecting duplicate addresses, bad keys, a non-positive power
 * and a total above MAX_TOTAL_VOTING_POWER.
 */
export function createValidatorSet(vals: readonly Validator[]): ValidatorSet {
  const sorted = sortValidators(vals);
  for (const v of sorted) {
    if (v.pubKey.length !== ED25519_PUBKEY_SIZE) throw ErrInvalidValidator.raise("bad public key size");
    if (!equalBytes(v.address, ed25519Address(v.pubKey))) {
      throw ErrInvalidValidator.raise("address does not match public key");
    }
    if (v.votingPower <= 0n) throw ErrInvalidValidator.raise("non-positive voting power");
  }
  const seen = new Set<string>();
  for (const v of sorted) {
    const key = toHex(v.address);
    if (seen.has(key)) throw ErrDuplicateValidator.raise(`validator set has ${key} twice`);
    seen.add(key);
  }
  const set = { validators: sorted };
  totalVotingPower(set);
  return set;
}

/** Sum of voting power; throws when above MAX_TOTAL_VOTING_POWER as CometBFT panics. */
export function totalVotingPower(set: ValidatorSet): bigint {
  let sum = 0n;
  for (const v of set.validators) {
    sum += v.votingPower;
    if (sum > MAX_TOTAL_VOTING_POWER) throw ErrVotingPowerOverflow.raise();
  }
  return sum;
}

/** The set index and validator with this address, or undefined. */
export function getValidatorByAddress(
  set: ValidatorSet,
  address: Uint8Array,
): { index: number; validator: Validator } | undefined {
  const index = set.validators.findIndex((v) => equalBytes(v.address, address));
  return index < 0 ? undefined : { index, validator: set.validators[index]! };
}

/**
 * `Validator.Bytes()`: SimpleValidator{pub_key: tendermint.crypto.PublicKey{ed25519}, voting_power}.
 * Address and proposer priority are not hashed.
 */
export function simpleValidatorBytes(v: Validator): Uint8Array {
  const pubKey = new ProtoWriter().lenDelimited(1, v.pubKey).finish();
  return new ProtoWriter().lenDelimited(1, pubKey).varint(2, v.votingPower).finish();
}

/** `ValidatorSet.Hash()`: merkle root of SimpleValidator bytes in set order (not re-sorted). */
export function validatorSetHash(set: ValidatorSet): Uint8Array {
  return hashFromByteSlices(set.validators.map(simpleValidatorBytes));
}
