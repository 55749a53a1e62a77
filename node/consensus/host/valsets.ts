import { ValidatorSet as ValidatorSetProto, Validator as ValidatorProto } from "cosmjs-types/tendermint/types/validator";
import type { Validator } from "../../../chain/block/validator-set.js";
import { equalBytes } from "../../../chain/crypto/bytes.js";
import type { ProposerSet } from "../proposer.js";
import { decodeEnvelope, encodeEnvelope } from "./codec.js";

function valToProto(v: Validator): ValidatorProto {
  return { address: v.address, pubKey: { ed25519: v.pubKey }, votingPower: v.votingPower, proposerPriority: v.proposerPriority };
}

function valFromProto(v: ValidatorProto): Validator {
  const pk = v.pubKey?.ed25519;
  if (!pk) throw new Error("validator without ed25519 key");
  return { address: v.address, pubKey: pk, votingPower: v.votingPower, proposerPriority: v.proposerPriority };
}

/** A proposer set as tendermint.types.ValidatorSet protobuf (priorities and proposer kept). */
export function encodeProposerSet(s: ProposerSet): Uint8Array {
  let total = 0n;
  for (const v of s.validators) total += v.votingPower;
  return ValidatorSetProto.encode({ validators: s.validators.map(valToProto), proposer: valToProto(s.proposer), totalVotingPower: total }).finish();
}

export function decodeProposerSet(b: Uint8Array): ProposerSet {
  const p = ValidatorSetProto.decode(b);
  const validators = p.validators.map(valFromProto);
  const prop = p.proposer ? valFromProto(p.proposer) : validators[0]!;
  const proposer = validators.find((v) => equalBytes(v.address, prop.address)) ? prop : validators[0]!;
  return { validators, proposer };
}

/** The sets consensus needs after block `tip`: for tip (last), tip+1 (current) and tip+2 (next). */
export interface ConsensusSets {
  last: ProposerSet | undefined;
  validators: ProposerSet;
  nextValidators: ProposerSet;
}

export function encodeConsensusSets(s: ConsensusSets): Uint8Array {
  return encodeEnvelope({ kind: 1, a: encodeProposerSet(s.validators), b: encodeProposerSet(s.nextValidators), c: s.last ? encodeProposerSet(s.last) : undefined });
}

export function decodeConsensusSets(b: Uint8Array): ConsensusSets {
  const e = decodeEnvelope(b);
  if (e.kind !== 1 || !e.a || !e.b) throw new Error("bad consensus state");
  return { validators: decodeProposerSet(e.a), nextValidators: decodeProposerSet(e.b), last: e.c ? decodeProposerSet(e.c) : undefined };
}
