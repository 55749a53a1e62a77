import { equal, toHex } from "./bytes.js";
import { LightClientError } from "./errors.js";
import { precommitSignBytes } from "./hashing.js";
import { BlockIdFlag, type Commit, type TrustLevel, type Validator, type ValidatorSet } from "./types.js";
import type { SignatureItem, SignatureVerifier } from "./verifier-noble.js";

/**
 * Commit checks of a light client (CometBFT types/validation.go VerifyCommitLight and
 * VerifyCommitLightTrusting): only COMMIT signatures are checked, and tallying stops once the
 * needed power is exceeded. Signatures verified in one pass are remembered in `cache` so the
 * trusting pass and the +2/3 pass of a skipping step do not verify the same signature twice.
 */
export type SignatureCache = Set<string>;

export function totalVotingPower(set: ValidatorSet): bigint {
  let s = 0n;
  for (const v of set.validators) s += v.votingPower;
  return s;
}

export function validateCommitShape(commit: Commit): void {
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
  if (tallied <= needed) {
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
  if (tallied <= needed) {
    throw new LightClientError(
      "insufficient_trusted_power",
      `trusted validators signed ${tallied}, need more than ${needed} (${trustLevel.numerator}/${trustLevel.denominator})`,
    );
  }
}
