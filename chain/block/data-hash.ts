import { sha256 } from "../crypto/hash.js";
import { hashFromByteSlices, proofsFromByteSlices, type MerkleProof } from "./merkle.js";
import { ProtoWriter } from "./proto.js";

/** `Tx.Hash()`: the tx id is SHA-256 of the raw tx bytes. */
export function txHash(tx: Uint8Array): Uint8Array {
  return sha256(tx);
}

/**
 * `Data.Hash()` / `Txs.Hash()`: the leaves are the tx hashes, not the txs, so a tx inclusion proof
 * carries 32-byte leaves. No txs gives SHA-256("").
 */
export function dataHash(txs: readonly Uint8Array[]): Uint8Array {
  return hashFromByteSlices(txs.map(txHash));
}

/** `Txs.Proof(i)`: proof that tx `i` is in the block; its leaf is `txHash(tx)`. */
export function txProof(txs: readonly Uint8Array[], i: number): { root: Uint8Array; proof: MerkleProof } | undefined {
  if (i < 0 || i >= txs.length) return undefined;
  const { root, proofs } = proofsFromByteSlices(txs.map(txHash));
  return { root, proof: proofs[i]! };
}

/**
 * `EvidenceList.Hash()`: merkle over each evidence's `Bytes()`, which is the protobuf of the
 * concrete message (tendermint.types.DuplicateVoteEvidence or LightClientAttackEvidence), not the
 * `Evidence` oneof wrapper. Callers pass those bytes.
 */
export function evidenceHash(evidenceBytes: readonly Uint8Array[]): Uint8Array {
  return hashFromByteSlices(evidenceBytes);
}

/** The deterministic part of an abci ExecTxResult: log, info, events and codespace are excluded. */
export interface DeterministicTxResult {
  code: number;
  data: Uint8Array;
  gasWanted: bigint;
  gasUsed: bigint;
}

/** `abci.DeterministicExecTxResult(r).Marshal()`: ExecTxResult{code=1, data=2, gas_wanted=5, gas_used=6}. */
export function encodeDeterministicTxResult(r: DeterministicTxResult): Uint8Array {
  return new ProtoWriter()
    .varint(1, r.code)
    .bytes(2, r.data)
    .varint(5, r.gasWanted)
    .varint(6, r.gasUsed)
    .finish();
}

/** `LastResultsHash`: merkle over `abci.MarshalTxResults(results)` of the previous block. */
export function lastResultsHash(results: readonly DeterministicTxResult[]): Uint8Array {
  return hashFromByteSlices(results.map(encodeDeterministicTxResult));
}
