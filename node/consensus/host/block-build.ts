import { Evidence } from "cosmjs-types/tendermint/types/evidence";
import type { BlockId } from "../../../chain/block/types.js";
import { buildBlock } from "../../producer/build-block.js";
import type { ProposalBlockRequest } from "../types.js";
import { beaconSignBytes } from "./beacon.js";
import type { ChainTip } from "./chain-tip.js";
import { nodeBlockId, serializeNodeBlock, type NodeBlock } from "./codec.js";
import type { EvidencePool } from "./evidence-pool.js";
import type { ConsensusSets } from "./valsets.js";
import type { ConsensusHostOptions } from "./host.js";

/** CometBFT's MaxHeaderBytes, MaxOverheadForBlock, MaxCommitOverheadBytes, MaxCommitSigBytes. */
const MAX_HEADER_BYTES = 626;
const MAX_BLOCK_OVERHEAD = 11;
const MAX_COMMIT_OVERHEAD = 94;
const MAX_COMMIT_SIG_BYTES = 109;
/** The beacon field (tag 1000 + length + 64-byte signature) with slack. */
const BEACON_FIELD_BYTES = 80;

/**
 * Builds our proposal block for `req` on top of `tip`: pending evidence, the beacon signature and
 * as many mempool txs as fit max_bytes. Returns the block, its id and its serialized bytes.
 */
export function buildProposalBlock(
  o: Pick<ConsensusHostOptions, "privValidator" | "chainId" | "maxBlockBytes" | "maxBlockGas" | "exec" | "consensusHash">,
  req: ProposalBlockRequest,
  tip: ChainTip,
  sets: ConsensusSets,
  pool: EvidencePool,
): { block: NodeBlock; blockId: BlockId; bytes: Uint8Array } {
  const me = o.privValidator!;
  const evidence = pool.forBlock(req.height);
  // CometBFT's MaxDataBytes: what is left of max_bytes after the header, the LastCommit (one
  // signature per validator), the evidence and (ours) the beacon field; each tx also costs its
  // protobuf tag and length.
  const evidenceBytes = evidence.reduce((n, e) => n + protoFieldBytes(Evidence.encode(e).finish().length), 0);
  const budget =
    o.maxBlockBytes - MAX_BLOCK_OVERHEAD - MAX_HEADER_BYTES - MAX_COMMIT_OVERHEAD -
    MAX_COMMIT_SIG_BYTES * sets.validators.validators.length - evidenceBytes - BEACON_FIELD_BYTES;
  let txs = o.exec.mempool.reap(Math.max(0, budget), o.maxBlockGas);
  let used = 0;
  let n = 0;
  for (; n < txs.length; n++) {
    const c = protoFieldBytes(txs[n]!.length);
    if (used + c > budget) break;
    used += c;
  }
  txs = txs.slice(0, n);
  const beaconSig = me.sign(beaconSignBytes(o.chainId, req.height, tip.beacon));
  const build = () => buildBlock({
    chainId: o.chainId,
    height: req.height,
    time: req.time,
    lastBlockId: tip.lastBlockId,
    lastCommit: req.lastCommit,
    txs,
    validators: sets.validators,
    nextValidators: sets.nextValidators,
    consensusHash: o.consensusHash,
    appHash: tip.appHash,
    lastResultsHash: tip.lastResultsHash,
    proposer: req.proposerAddress,
    evidence,
  });
  let nb: NodeBlock = { block: build().block, beaconSig };
  let bytes = serializeNodeBlock(nb);
  // The estimate above is CometBFT's upper bound; should it ever fall short, drop txs until it fits.
  while (bytes.length > o.maxBlockBytes && txs.length > 0) {
    let excess = bytes.length - o.maxBlockBytes;
    while (excess > 0 && txs.length > 0) excess -= protoFieldBytes(txs.pop()!.length);
    nb = { block: build().block, beaconSig };
    bytes = serializeNodeBlock(nb);
  }
  const blockId = nodeBlockId(nb, bytes);
  return { block: nb, blockId, bytes };
}

/** Bytes of a length-delimited protobuf field of `n` bytes (tag + length varint + payload). */
function protoFieldBytes(n: number): number {
  let v = 1;
  for (let x = n; x >= 0x80; x = Math.floor(x / 128)) v++;
  return 1 + v + n;
}
