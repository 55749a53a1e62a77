import type { Block } from "cosmjs-types/tendermint/types/block";
import type { BlockID, BlockMeta, Commit, Header, Vote } from "cosmjs-types/tendermint/types/types";
import type { Evidence } from "cosmjs-types/tendermint/types/evidence";
import type { Event, ExecTxResult, TxResult } from "cosmjs-types/tendermint/abci/types";
import type { Validator } from "../../chain/block/validator-set.js";
import { formatRfc3339 } from "./time.js";

/**
 * JSON shapes exactly as CometBFT 0.38 prints them and CosmJS decodes them
 * (research/cosmjs.md §2): int64 as strings, uint32/index/parts.total/code as numbers,
 * hashes upper hex, bytes base64.
 */
export const hex = (b: Uint8Array | undefined): string => (b ? Buffer.from(b).toString("hex").toUpperCase() : "");
export const b64 = (b: Uint8Array | undefined): string => (b ? Buffer.from(b).toString("base64") : "");

export function encodeBlockId(id: BlockID | undefined) {
  return {
    hash: hex(id?.hash),
    parts: { total: id?.partSetHeader.total ?? 0, hash: hex(id?.partSetHeader.hash) },
  };
}

export function encodeHeader(h: Header) {
  return {
    version: { block: h.version.block.toString(), app: h.version.app.toString() },
    chain_id: h.chainId,
    height: h.height.toString(),
    time: formatRfc3339(h.time),
    last_block_id: encodeBlockId(h.lastBlockId),
    last_commit_hash: hex(h.lastCommitHash),
    data_hash: hex(h.dataHash),
    validators_hash: hex(h.validatorsHash),
    next_validators_hash: hex(h.nextValidatorsHash),
    consensus_hash: hex(h.consensusHash),
    app_hash: hex(h.appHash),
    last_results_hash: hex(h.lastResultsHash),
    evidence_hash: hex(h.evidenceHash),
    proposer_address: hex(h.proposerAddress),
  };
}

export function encodeCommit(c: Commit | undefined) {
  if (!c) return { height: "0", round: 0, block_id: encodeBlockId(undefined), signatures: [] };
  return {
    height: c.height.toString(),
    round: c.round,
    block_id: encodeBlockId(c.blockId),
    signatures: c.signatures.map((s) => ({
      block_id_flag: s.blockIdFlag,
      validator_address: hex(s.validatorAddress),
      timestamp: formatRfc3339(s.timestamp),
      signature: s.signature.length > 0 ? b64(s.signature) : null,
    })),
  };
}

export function encodeBlock(b: Block) {
  return {
    header: encodeHeader(b.header),
    data: { txs: b.data.txs.map(b64) },
    evidence: { evidence: (b.evidence?.evidence ?? []).map(encodeEvidence).filter((e) => e !== undefined) },
    last_commit: encodeCommit(b.lastCommit),
  };
}

function encodeVote(v: Vote) {
  return {
    type: v.type,
    height: v.height.toString(),
    round: v.round,
    block_id: encodeBlockId(v.blockId),
    timestamp: formatRfc3339(v.timestamp!),
    validator_address: hex(v.validatorAddress),
    validator_index: v.validatorIndex,
    signature: b64(v.signature),
    extension: null,
    extension_signature: null,
  };
}

/** Amino JSON of CometBFT evidence, as `block` prints it (CosmJS passes it through untouched). */
export function encodeEvidence(e: Evidence) {
  const d = e.duplicateVoteEvidence;
  if (!d?.voteA || !d.voteB) return undefined;
  return {
    type: "tendermint/DuplicateVoteEvidence",
    value: {
      vote_a: encodeVote(d.voteA),
      vote_b: encodeVote(d.voteB),
      TotalVotingPower: d.totalVotingPower.toString(),
      ValidatorPower: d.validatorPower.toString(),
      Timestamp: formatRfc3339(d.timestamp),
    },
  };
}

export function encodeBlockMeta(m: BlockMeta) {
  return {
    block_id: encodeBlockId(m.blockId),
    block_size: m.blockSize.toString(),
    header: encodeHeader(m.header),
    num_txs: m.numTxs.toString(),
  };
}

export function encodeEvents(events: readonly Event[]) {
  return events.map((e) => ({
    type: e.type,
    attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })),
  }));
}

export function encodeExecTxResult(r: ExecTxResult) {
  return {
    code: r.code,
    data: b64(r.data),
    log: r.log,
    info: r.info,
    gas_wanted: r.gasWanted.toString(),
    gas_used: r.gasUsed.toString(),
    events: encodeEvents(r.events),
    codespace: r.codespace,
  };
}

export function encodeTxResponse(t: TxResult, hash: Uint8Array) {
  return {
    hash: hex(hash),
    height: t.height.toString(),
    index: t.index,
    tx_result: encodeExecTxResult(t.result),
    tx: b64(t.tx),
  };
}

export function encodePubKey(pubKey: Uint8Array) {
  return { type: "tendermint/PubKeyEd25519", value: b64(pubKey) };
}

export function encodeValidator(v: Validator) {
  return {
    address: hex(v.address),
    pub_key: encodePubKey(v.pubKey),
    voting_power: v.votingPower.toString(),
    proposer_priority: v.proposerPriority.toString(),
  };
}
