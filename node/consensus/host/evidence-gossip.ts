import type { ValidatorSet } from "../../../chain/block/validator-set.js";
import { isZeroBlockId, zeroBlockId, type BlockId } from "../../../chain/block/types.js";
import { voteSignBytes } from "../../../chain/block/vote.js";
import { equalBytes, toHex } from "../../../chain/crypto/bytes.js";
import { randomBytes } from "node:crypto";
import type { PeerId } from "../../p2p/types.js";
import { PREVOTE, type DuplicateVoteEvidence, type Vote } from "../types.js";
import type { ChainTip } from "./chain-tip.js";
import { CS_VOTE, decodeEvidence, encodeEnvelope, encodeEvidence, encodeVote } from "./codec.js";
import { checkEvidence, EVIDENCE_MAX_AGE, type EvidencePool } from "./evidence-pool.js";
import type { ConsensusSets } from "./valsets.js";
import type { ConsensusHostOptions } from "./host.js";

type EvidenceOptions = Pick<ConsensusHostOptions, "chainId" | "verify" | "p2p" | "log">;

/** Evidence gossiped by a peer: checked against the validator set of its height, pooled and relayed. */
export function onEvidenceMsg(
  o: EvidenceOptions,
  s: { tip: ChainTip; sets: ConsensusSets; setsByHeight: Map<bigint, ValidatorSet>; pool: EvidencePool },
  from: PeerId,
  data: Uint8Array,
): void {
  let ev: DuplicateVoteEvidence;
  try {
    ev = decodeEvidence(data);
  } catch {
    o.p2p?.punish(from, "malformed evidence");
    return;
  }
  const h = ev.voteA.height;
  if (h > s.tip.height + 1n || s.tip.height + 1n - h > EVIDENCE_MAX_AGE) return;
  if (s.pool.known(ev)) return;
  const set = h === s.tip.height + 1n ? s.sets.validators : s.setsByHeight.get(h);
  const why = checkEvidence(o.chainId, ev, set, o.verify);
  if (why) {
    if (set) o.p2p?.punish(from, `invalid evidence: ${why}`);
    return;
  }
  if (s.pool.add(ev)) {
    o.log.warn("evidence received", { validator: toHex(ev.voteA.validatorAddress).toUpperCase(), height: h.toString() });
    o.p2p?.broadcast("evidence", data, from);
  }
}

/** Equivocation the engine detected: pooled (for our next proposal) and broadcast. */
export function onEquivocationDetected(o: EvidenceOptions, pool: EvidencePool, evidence: DuplicateVoteEvidence): void {
  if (pool.add(evidence)) {
    o.log.warn("equivocation detected", { validator: toHex(evidence.voteA.validatorAddress).toUpperCase(), height: evidence.voteA.height.toString() });
    o.p2p?.broadcast("evidence", encodeEvidence(evidence));
  }
}

/** Test switch: a second prevote for another value in the same round (double signing). */
export class Equivocator {
  private readonly equivocated = new Set<bigint>();

  constructor(private readonly o: Pick<ConsensusHostOptions, "privValidator" | "chainId" | "log" | "p2p">) {}

  maybeEquivocate(v: Vote): void {
    const me = this.o.privValidator;
    if (!me || v.type !== PREVOTE || !equalBytes(v.validatorAddress, me.address) || v.height < 2n || this.equivocated.has(v.height)) return;
    if (v.height % 3n !== 0n) return;
    this.equivocated.add(v.height);
    const other: BlockId = isZeroBlockId(v.blockId)
      ? { hash: new Uint8Array(randomBytes(32)), partSetHeader: { total: 1, hash: new Uint8Array(randomBytes(32)) } }
      : zeroBlockId();
    const twin: Vote = { ...v, blockId: other, signature: new Uint8Array() };
    twin.signature = me.sign(voteSignBytes(this.o.chainId, twin));
    this.o.log.warn("TEST: equivocating (second prevote)", { height: v.height.toString(), round: v.round });
    this.o.p2p?.broadcast("consensus", encodeEnvelope({ kind: CS_VOTE, a: encodeVote(twin) }));
  }
}
