import { equal, toHex } from "./bytes.js";
import { LightClientError } from "./errors.js";
import { ed25519Address, precommitSignBytes } from "./hashing.js";
import { INT_RANGE } from "./proto.js";
import { BlockIdFlag, type Commit, type TrustLevel, type Validator, type ValidatorSet } from "./types.js";
import type { SignatureItem, SignatureVerifier } from "./verifier-noble.js";

/**
 * Commit checks of a light client (CometBFT types/validation.go VerifyCommitLight and
 * VerifyCommitLightTrusting): only COMMIT signatures are checked, and tallying stops once the
 * needed power is exceeded. Signatures verified in one pass are remembered in `cache` so the
 * trusting pass and the +2/3 pass of a skipping step do not verify the same signature twice.
 */
export type SignatureCache = Set<string>;

/** CometBFT's MaxTotalVotingPower (MaxInt64 / 8): no validator, nor a whole set, may have more. */
export const MAX_TOTAL_VOTING_POWER = INT_RANGE.int64[1] / 8n;

/**
 * CometBFT ValidatorSet.ValidateBasic plus its total-power bound, returning the total: not empty,
 * ed25519 keys whose address is theirs, no address twice, every power in [1, MaxTotalVotingPower]
 * and the sum too. A set that fails is refused as forged (`validator_set_mismatch`).
 */
export function totalVotingPower(set: ValidatorSet): bigint {
  const bad = (why: string): never => {
    throw new LightClientError("validator_set_mismatch", `invalid validator set: ${why}`);
  };
  if (set.validators.length === 0) bad("no validators");
  const seen = new Set<string>();
  let s = 0n;
  set.validators.forEach((v, i) => {
    if (typeof v.votingPower !== "bigint" || v.votingPower <= 0n || v.votingPower > MAX_TOTAL_VOTING_POWER) {
      bad(`validator #${i} has voting power ${v.votingPower}, outside [1, ${MAX_TOTAL_VOTING_POWER}]`);
    }
    if (v.pubKey.length !== 32 || !equal(ed25519Address(v.pubKey), v.address)) bad(`validator #${i}: bad key or address`);
    const a = toHex(v.address);
    if (seen.has(a)) bad(`validator ${a.toUpperCase()} is listed twice`);
    seen.add(a);
    s += v.votingPower;
  });
  if (s > MAX_TOTAL_VOTING_POWER) bad(`total voting power ${s} is above ${MAX_TOTAL_VOTING_POWER}`);
  return s;
}

/** CometBFT Commit.ValidateBasic (height >= 1, round >= 0, a block id, signers' shapes). */
export function validateCommitShape(commit: Commit): void {
  if (typeof commit.height !== "bigint" || commit.height < 1n || commit.height > INT_RANGE.int64[1]) {
    throw new LightClientError("invalid_commit", `commit height ${commit.height} is outside [1, ${INT_RANGE.int64[1]}]`);
  }
  if (!Number.isSafeInteger(commit.round) || commit.round < 0 || commit.round > Number(INT_RANGE.int32[1])) {
    throw new LightClientError("invalid_commit", `commit round ${commit.round} is outside the int32 range or negative`);
  }
  const id = commit.blockId;
  const { total, hash } = id.partSetHeader;
  const totalOk = Number.isSafeInteger(total) && total >= 0 && total <= Number(INT_RANGE.uint32[1]);
  if (id.hash.length !== 32 || (hash.length !== 0 && hash.length !== 32) || !totalOk) {
    throw new LightClientError("invalid_commit", "commit block id is malformed");
  }
  if (commit.signatures.length === 0) throw new LightClientError("invalid_commit", "commit has no signatures");
  commit.signatures.forEach((s, i) => {
    if (s.blockIdFlag === BlockIdFlag.Absent) {
      if (s.validatorAddress.length !== 0 || s.signature.length !== 0) {
        throw new LightClientError("invalid_commit", `absent signature #${i} carries data`);
      }
    } else if (s.blockIdFlag === BlockIdFlag.Commit || s.blockIdFlag === BlockIdFlag.Nil) {
      if (s.validatorAddress.length !== 20) throw new LightClientError("invalid_commit", `signature #${i}: bad address size`);
      if (s.signature.length !== 64) throw new LightClientError("invalid_commit", `signature #${i}: bad signature size`);
    } else throw new LightClientError("invalid_commit", `signature #${i}: unknown block id flag ${s.blockIdFlag}`);
  });
}

interface Pending extends SignatureItem {
  idx: number;
  val: Validator;
  key: string;
}

/** Verifies the pending signatures (batched when possible), naming the first bad one. */
function verifyPending(pending: Pending[], verifier: SignatureVerifier, cache: SignatureCache | undefined): void {
  const todo = pending.filter((p) => !cache?.has(p.key));
  const allOk = todo.length > 1 && verifier.verifyBatch !== undefined && verifier.verifyBatch(todo);
  if (!allOk) {
    for (const p of todo) {
      if (!verifier.verify(p.pubKey, p.msg, p.sig)) {
        throw new LightClientError("bad_signature", `signature #${p.idx} from ${toHex(p.val.address).toUpperCase()} does not verify`, {
          index: p.idx,
        });
      }
    }
  }
  if (cache) for (const p of todo) cache.add(p.key);
}

function pendingItem(chainId: string, commit: Commit, idx: number, val: Validator): Pending {
  const sig = commit.signatures[idx]!.signature;
  const msg = precommitSignBytes(chainId, commit, idx);
  return { idx, val, pubKey: val.pubKey, msg, sig, key: `${toHex(sig)}${toHex(val.pubKey)}${toHex(msg)}` };
}

/** +2/3 of `valSet` (the header's own set) signed `commit`; signature i belongs to validator i. */
export function verifyCommitLight(
  chainId: string,
  valSet: ValidatorSet,
  commit: Commit,
  verifier: SignatureVerifier,
  cache?: SignatureCache,
): void {
  if (valSet.validators.length !== commit.signatures.length) {
    throw new LightClientError("invalid_commit", `${commit.signatures.length} signatures for ${valSet.validators.length} validators`);
  }
  const needed = (totalVotingPower(valSet) * 2n) / 3n;
  if (needed < 0n) throw new LightClientError("validator_set_mismatch", "negative voting power"); // unreachable: fail closed
  let tallied = 0n;
  const pending: Pending[] = [];
  for (let i = 0; i < commit.signatures.length && tallied <= needed; i++) {
    const s = commit.signatures[i]!;
    if (s.blockIdFlag !== BlockIdFlag.Commit) continue;
    const val = valSet.validators[i]!;
    if (!equal(val.address, s.validatorAddress)) {
      throw new LightClientError("invalid_commit", `signature #${i} is from ${toHex(s.validatorAddress)}, expected ${toHex(val.address)}`);
    }
    pending.push(pendingItem(chainId, commit, i, val));
    tallied += val.votingPower;
  }
  verifyPending(pending, verifier, cache);
  if (pending.length === 0 || tallied <= needed) {
    throw new LightClientError("insufficient_voting_power", `signed power ${tallied} is not more than 2/3 (${needed}) of the set`);
  }
}

/**
 * More than `trustLevel` of the trusted set's power signed `commit` (whose set may differ).
 * Signers are matched by address; unknown ones are ignored; a double vote is refused.
 */
export function verifyCommitLightTrusting(
  chainId: string,
  trusted: ValidatorSet,
  commit: Commit,
  trustLevel: TrustLevel,
  verifier: SignatureVerifier,
  cache?: SignatureCache,
): void {
  if (trustLevel.numerator <= 0n || trustLevel.denominator <= 0n || trustLevel.numerator > trustLevel.denominator) {
    throw new LightClientError("invalid_argument", `trust level ${trustLevel.numerator}/${trustLevel.denominator}`);
  }
  const needed = (totalVotingPower(trusted) * trustLevel.numerator) / trustLevel.denominator;
  const byAddress = new Map<string, Validator>();
  for (const v of trusted.validators) byAddress.set(toHex(v.address), v);
  const seen = new Set<string>();
  let tallied = 0n;
  const pending: Pending[] = [];
  for (let i = 0; i < commit.signatures.length && tallied <= needed; i++) {
    const s = commit.signatures[i]!;
    if (s.blockIdFlag !== BlockIdFlag.Commit) continue;
    const a = toHex(s.validatorAddress);
    const val = byAddress.get(a);
    if (val === undefined) continue;
    if (seen.has(a)) throw new LightClientError("invalid_commit", `validator ${a} signed twice`);
    seen.add(a);
    pending.push(pendingItem(chainId, commit, i, val));
    tallied += val.votingPower;
  }
  verifyPending(pending, verifier, cache);
  if (pending.length === 0 || tallied <= needed) {
    throw new LightClientError(
      "insufficient_trusted_power",
      `trusted validators signed ${tallied}, need more than ${needed} (${trustLevel.numerator}/${trustLevel.denominator})`,
    );
  }
}
