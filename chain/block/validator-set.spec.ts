import { SimpleValidator } from "cosmjs-types/tendermint/types/validator";
import { describe, expect, it } from "vitest";
import { toHex, utf8 } from "../crypto/bytes.js";
import { sha256 } from "../crypto/hash.js";
import { ErrDuplicateValidator, ErrInvalidValidator, ErrVotingPowerOverflow } from "./errors.js";
import { b64 } from "./fixtures/helpers.js";
import { LOCALNET_H12 } from "./fixtures/localnet-h12.fixture.js";
import {
  MAX_TOTAL_VOTING_POWER,
  createValidator,
  createValidatorSet,
  ed25519Address,
  getValidatorByAddress,
  simpleValidatorBytes,
  totalVotingPower,
  validatorSetHash,
} from "./validator-set.js";

const key = (s: string) => sha256(utf8(s));

describe("validatorSetHash: real CometBFT localnet (freedomofpress/cometbft-ts fixtures/validators-12.json)", () => {
  const vals = LOCALNET_H12.validators.map((v) => createValidator(b64(v.pubKey), v.power));
  it("addresses are sha256(pubkey)[:20]", () => {
    vals.forEach((v, i) => expect(toHex(v.address).toUpperCase()).toBe(LOCALNET_H12.validators[i]!.address));
  });
  it("the set hash equals the header's validators_hash", () => {
    const set = createValidatorSet(vals);
    expect(set.validators.map((v) => toHex(v.address).toUpperCase())).toEqual(
      LOCALNET_H12.validators.map((v) => v.address),
    );
    expect(toHex(validatorSetHash(set)).toUpperCase()).toBe(LOCALNET_H12.header.validatorsHash);
  });
});

describe("validator set basics (CometBFT types/validator_set_test.go TestValidatorSetBasic: empty set hash)", () => {
  it("empty set hashes to sha256('')", () => {
    expect(toHex(validatorSetHash({ validators: [] }))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });
});

describe("SimpleValidator encoding", () => {
  it("matches cosmjs-types SimpleValidator.encode", () => {
    const v = createValidator(key("a"), 1234567n);
    const ref = SimpleValidator.encode({ pubKey: { ed25519: v.pubKey }, votingPower: v.votingPower }).finish();
    expect(toHex(simpleValidatorBytes(v))).toBe(toHex(ref));
  });
  it("ignores address and proposer priority (TestValidatorSetHashIgnoresMutatedAddress)", () => {
    const v = createValidator(key("a"), 10n);
    const h1 = validatorSetHash({ validators: [v] });
    const h2 = validatorSetHash({ validators: [{ ...v, address: new Uint8Array(20), proposerPriority: 99n }] });
    expect(toHex(h1)).toBe(toHex(h2));
  });
});

describe("ordering, lookups and errors", () => {
  it("sorts by power desc, then address asc", () => {
    const a = createValidator(key("a"), 10n);
    const b = createValidator(key("b"), 10n);
    const c = createValidator(key("c"), 30n);
    const set = createValidatorSet([a, b, c]);
    const [lo, hi] = toHex(a.address) < toHex(b.address) ? [a, b] : [b, a];
    expect(set.validators.map((v) => toHex(v.address))).toEqual([c, lo, hi].map((v) => toHex(v.address)));
    expect(totalVotingPower(set)).toBe(50n);
    expect(getValidatorByAddress(set, c.address)?.index).toBe(0);
    expect(getValidatorByAddress(set, new Uint8Array(20))).toBeUndefined();
  });
  it("rejects duplicates, bad keys, zero power and overflow", () => {
    const a = createValidator(key("a"), 10n);
    expect(() => createValidatorSet([a, { ...a, votingPower: 5n }])).toThrow(ErrDuplicateValidator.description);
    expect(() => createValidator(new Uint8Array(31), 1n)).toThrow(ErrInvalidValidator.description);
    expect(() => createValidator(key("z"), 0n)).toThrow(ErrInvalidValidator.description);
    expect(() => createValidatorSet([{ ...a, address: ed25519Address(key("b")) }])).toThrow(ErrInvalidValidator.description);
    const big = [createValidator(key("x"), MAX_TOTAL_VOTING_POWER), createValidator(key("y"), 1n)];
    expect(() => createValidatorSet(big)).toThrow(ErrVotingPowerOverflow.description);
  });
  it("hashes in the given order, without re-sorting", () => {
    const set = createValidatorSet([createValidator(key("a"), 10n), createValidator(key("b"), 20n)]);
    const reversed = { validators: [...set.validators].reverse() };
    expect(toHex(validatorSetHash(reversed))).not.toBe(toHex(validatorSetHash(set)));
  });
});
