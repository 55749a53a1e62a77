import type { Block } from "cosmjs-types/tendermint/types/block";
import type { BlockID, Commit, Header } from "cosmjs-types/tendermint/types/types";
import { DuplicateVoteEvidence, type Evidence } from "cosmjs-types/tendermint/types/evidence";
import { HashedParams } from "cosmjs-types/tendermint/types/params";
import { hashHeader } from "../../chain/block/header.js";
import { dataHash, evidenceHash } from "../../chain/block/data-hash.js";
import { commitHash } from "../../chain/block/vote.js";
import { makePartSet } from "../../chain/block/part-set.js";
import { validatorSetHash, type ValidatorSet } from "../../chain/block/validator-set.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { encodeBlock } from "../execution/apply-block.js";

/** CometBFT protocol versions we claim: block protocol 11, app 0. */
export const BLOCK_PROTOCOL = 11n;

export function consensusParamsHash(maxBytes: number, maxGas: bigint): Uint8Array {
  return sha256(HashedParams.encode({ blockMaxBytes: BigInt(maxBytes), blockMaxGas: maxGas }).finish());
}

export interface BlockInputs {
  chainId: string;
  height: bigint;
  time: { seconds: bigint; nanos: number };
  lastBlockId: BlockID;
  lastCommit: Commit | undefined;
  txs: Uint8Array[];
  validators: ValidatorSet;
  nextValidators: ValidatorSet;
  consensusHash: Uint8Array;
  /** App hash after the previous block (genesis hash for height 1). */
  appHash: Uint8Array;
  lastResultsHash: Uint8Array;
  proposer: Uint8Array;
  /** Evidence to include (CometBFT Block.evidence); default none. */
  evidence?: Evidence[];
}

export function emptyCommit(): Commit {
  return { height: 0n, round: 0, blockId: { hash: new Uint8Array(), partSetHeader: { total: 0, hash: new Uint8Array() } }, signatures: [] };
}

/** Assembles a block and its id (header hash + part set header), CometBFT-style. */
export function buildBlock(i: BlockInputs): { block: Block; blockId: BlockID; bytes: Uint8Array } {
  const lastCommit = i.lastCommit ?? emptyCommit();
  const header: Header = {
    version: { block: BLOCK_PROTOCOL, app: 0n },
    chainId: i.chainId,
    height: i.height,
    time: i.time,
    lastBlockId: i.lastBlockId,
    lastCommitHash: i.height === 1n ? new Uint8Array() : commitHash(lastCommit),
    dataHash: dataHash(i.txs),
    validatorsHash: validatorSetHash(i.validators),
    nextValidatorsHash: validatorSetHash(i.nextValidators),
    consensusHash: i.consensusHash,
    appHash: i.appHash,
    lastResultsHash: i.lastResultsHash,
    evidenceHash: evidenceHash((i.evidence ?? []).map((e) => DuplicateVoteEvidence.encode(e.duplicateVoteEvidence!).finish())),
    proposerAddress: i.proposer,
  };
  const block: Block = { header, data: { txs: i.txs }, evidence: { evidence: i.evidence ?? [] }, lastCommit };
  const bytes = encodeBlock(block);
  const parts = makePartSet(bytes);
  const hash = hashHeader(header)!;
  return { block, bytes, blockId: { hash, partSetHeader: { total: parts.header.total, hash: parts.header.hash } } };
}
