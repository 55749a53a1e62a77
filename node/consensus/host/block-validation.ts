import { TxRaw, TxBody, AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { DuplicateVoteEvidence as DveProto } from "cosmjs-types/tendermint/types/evidence";
import { verifyCommit } from "../../../chain/block/commit-verify.js";
import { dataHash, evidenceHash } from "../../../chain/block/data-hash.js";
import { commitHash } from "../../../chain/block/vote.js";
import { validatorSetHash, type ValidatorSet } from "../../../chain/block/validator-set.js";
import { equalBytes } from "../../../chain/crypto/bytes.js";
import { BLOCK_PROTOCOL } from "../../producer/build-block.js";
import { compareTimestamps, sameBlockId, timestampToMs } from "../block-id.js";
import type { DuplicateVoteEvidence } from "../types.js";
import { beaconSignBytes } from "./beacon.js";
import type { ChainTip } from "./chain-tip.js";
import { evidenceFromProto, type NodeBlock } from "./codec.js";
import { checkEvidence, EVIDENCE_MAX_AGE, evidenceKey, type EvidencePool } from "./evidence-pool.js";
import type { ConsensusSets } from "./valsets.js";
import type { ConsensusHostOptions } from "./host.js";

/** The local state a block of `tip.height + 1` is checked against. */
export interface ValidationState {
  tip: ChainTip;
  sets: ConsensusSets;
  pool: EvidencePool;
  setsByHeight: Map<bigint, ValidatorSet>;
  /** Wall clock in ms (read only for a live block's drift check). */
  now: () => number;
}

/**
 * Every header field against the local tip, the LastCommit, the beacon, evidence and txs.
 * Returns why the block is invalid, or undefined.
 */
export function whyInvalid(
  o: Pick<ConsensusHostOptions, "chainId" | "verify" | "consensusHash" | "maxClockDriftMs">,
  s: ValidationState,
  nb: NodeBlock,
  height: bigint,
  live: boolean,
): string | undefined {
  const b = nb.block;
  const h = b.header;
  const tip = s.tip;
  if (height !== tip.height + 1n) return "not the next height";
  if (h.height !== height) return "header height";
  if (h.chainId !== o.chainId) return "chain id";
  if (h.version?.block !== BLOCK_PROTOCOL) return "block protocol version";
  if (!sameBlockId(h.lastBlockId!, tip.lastBlockId)) return "last block id";
  if (height === 1n) {
    if (h.lastCommitHash.length !== 0) return "last commit hash at height 1";
  } else {
    const lc = b.lastCommit;
    if (!lc || !equalBytes(h.lastCommitHash, commitHash(lc))) return "last commit hash";
    try {
      verifyCommit(o.chainId, s.sets.last!, tip.lastBlockId, tip.height, lc, o.verify);
    } catch (e) {
      return `last commit: ${(e as Error).message}`;
    }
  }
  if (!equalBytes(h.dataHash, dataHash(b.data.txs))) return "data hash";
  if (!equalBytes(h.validatorsHash, validatorSetHash(s.sets.validators))) return "validators hash";
  if (!equalBytes(h.nextValidatorsHash, validatorSetHash(s.sets.nextValidators))) return "next validators hash";
  if (!equalBytes(h.consensusHash, o.consensusHash)) return "consensus hash";
  if (!equalBytes(h.appHash, tip.appHash)) return "app hash";
  if (!equalBytes(h.lastResultsHash, tip.lastResultsHash)) return "last results hash";
  const proposer = s.sets.validators.validators.find((v) => equalBytes(v.address, h.proposerAddress));
  if (!proposer) return "proposer not a validator";
  if (!o.verify(proposer.pubKey, beaconSignBytes(o.chainId, height, tip.beacon), nb.beaconSig)) return "beacon signature";
  if (compareTimestamps(h.time, tip.lastTime) <= 0) return "time not after the previous block";
  if (live && timestampToMs(h.time) > s.now() + o.maxClockDriftMs) return "time too far in the future";
  // evidence
  const evs = b.evidence?.evidence ?? [];
  const evBytes: Uint8Array[] = [];
  const seen = new Set<string>();
  for (const e of evs) {
    if (!e.duplicateVoteEvidence) return "unsupported evidence";
    evBytes.push(DveProto.encode(e.duplicateVoteEvidence).finish());
    let ev: DuplicateVoteEvidence;
    try {
      ev = evidenceFromProto(e.duplicateVoteEvidence);
    } catch {
      return "malformed evidence";
    }
    const k = evidenceKey(ev);
    if (seen.has(k) || s.pool.committed.has(k)) return "duplicate evidence";
    seen.add(k);
    if (ev.voteA.height >= height || height - ev.voteA.height > EVIDENCE_MAX_AGE) return "evidence height";
    const why = checkEvidence(o.chainId, ev, s.setsByHeight.get(ev.voteA.height), o.verify);
    if (why) return `evidence: ${why}`;
  }
  if (!equalBytes(h.evidenceHash, evidenceHash(evBytes))) return "evidence hash";
  // txs decode
  for (const tx of b.data.txs) {
    try {
      const raw = TxRaw.decode(tx);
      TxBody.decode(raw.bodyBytes);
      AuthInfo.decode(raw.authInfoBytes);
    } catch {
      return "undecodable tx";
    }
  }
  return undefined;
}
