import type { Evidence } from "cosmjs-types/tendermint/types/evidence";
import { isZeroBlockId } from "../../../chain/block/types.js";
import type { ValidatorSet } from "../../../chain/block/validator-set.js";
import { voteSignBytes } from "../../../chain/block/vote.js";
import { equalBytes, toHex } from "../../../chain/crypto/bytes.js";
import { blockIdKey, sameBlockId } from "../block-id.js";
import type { DuplicateVoteEvidence, VerifySignature } from "../types.js";
import { evidenceToProto } from "./codec.js";

/** Evidence older than this many heights is neither gossiped nor accepted in a block. */
export const EVIDENCE_MAX_AGE = 100n;

export function evidenceKey(e: DuplicateVoteEvidence): string {
  return `${toHex(e.voteA.validatorAddress)}/${e.voteA.height}/${e.voteA.round}/${e.voteA.type}`;
}

/**
 * DuplicateVoteEvidence.ValidateBasic + Verify: same height/round/type/validator, different block
 * ids in canonical order, both signatures valid under the key the set had at that height, powers
 * as in that set. Returns a reason or undefined when valid.
 */
export function checkEvidence(chainId: string, e: DuplicateVoteEvidence, set: ValidatorSet | undefined, verify: VerifySignature): string | undefined {
  const a = e.voteA;
  const b = e.voteB;
  if (a.height !== b.height || a.round !== b.round || a.type !== b.type) return "votes differ in height, round or type";
  if (!equalBytes(a.validatorAddress, b.validatorAddress) || a.validatorIndex !== b.validatorIndex) return "votes of different validators";
  if (sameBlockId(a.blockId, b.blockId)) return "votes are not conflicting";
  if (!(blockIdKey(a.blockId) < blockIdKey(b.blockId)) && !(isZeroBlockId(a.blockId) && !isZeroBlockId(b.blockId))) return "votes not in canonical order";
  if (set === undefined) return `validator set of height ${a.height} unknown`;
  const val = set.validators[a.validatorIndex];
  if (!val || !equalBytes(val.address, a.validatorAddress)) return "validator not in the set";
  let total = 0n;
  for (const v of set.validators) total += v.votingPower;
  if (e.validatorPower !== val.votingPower || e.totalVotingPower !== total) return "wrong powers";
  if (!verify(val.pubKey, voteSignBytes(chainId, a), a.signature)) return "bad signature on vote A";
  if (!verify(val.pubKey, voteSignBytes(chainId, b), b.signature)) return "bad signature on vote B";
  return undefined;
}

/** Pending (verified, not yet committed) evidence; committed keys are remembered. */
export class EvidencePool {
  private readonly pending = new Map<string, DuplicateVoteEvidence>();
  readonly committed = new Set<string>();

  /** Already pending or committed: a peer replaying it costs no signature checks. */
  known(e: DuplicateVoteEvidence): boolean {
    return this.holds(evidenceKey(e));
  }

  add(e: DuplicateVoteEvidence): boolean {
    const k = evidenceKey(e);
    if (this.holds(k)) return false;
    this.pending.set(k, e);
    return true;
  }

  private holds(k: string): boolean {
    return this.committed.has(k) || this.pending.has(k);
  }

  /** Evidence a proposer at `height` may include: strictly older heights, not too old. */
  forBlock(height: bigint, max = 16): Evidence[] {
    const out: Evidence[] = [];
    for (const [k, e] of this.pending) {
      if (height - e.voteA.height > EVIDENCE_MAX_AGE) {
        this.pending.delete(k);
        continue;
      }
      if (e.voteA.height < height && out.length < max) out.push({ duplicateVoteEvidence: evidenceToProto(e) });
    }
    return out;
  }

  markCommitted(keys: readonly string[]): void {
    for (const k of keys) {
      this.pending.delete(k);
      this.committed.add(k);
    }
  }

  get size(): number {
    return this.pending.size;
  }
}
