import { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { lastResultsHash } from "../../../chain/block/data-hash.js";
import type { ValidatorSet } from "../../../chain/block/validator-set.js";
import type { BlockId, Commit } from "../../../chain/block/types.js";
import { sha256 } from "../../../chain/crypto/hash.js";
import { emptyCommit } from "../../producer/build-block.js";
import { advanceValidatorSets, genesisValidatorSets, type ProposerSet } from "../proposer.js";
import { genesisBeacon } from "./beacon.js";
import { EVIDENCE_MAX_AGE, type EvidencePool } from "./evidence-pool.js";
import { decodeConsensusSets, decodeProposerSet, type ConsensusSets } from "./valsets.js";
import type { ConsensusHostOptions } from "./host.js";

/** The node's view of its last committed block (what the next block builds on). */
export interface ChainTip {
  height: bigint;
  lastBlockId: BlockId;
  lastCommit: Commit | undefined;
  lastTime: { seconds: bigint; nanos: number };
  appHash: Uint8Array;
  lastResultsHash: Uint8Array;
  /** beacon_{height} (the genesis beacon at height 0). */
  beacon: Uint8Array;
}

/**
 * Loads the tip and validator sets from the block store (or genesis), fills `setsByHeight` with
 * the recent validator sets (to verify evidence) and marks committed evidence in `pool`.
 */
export async function loadChainState(
  o: Pick<ConsensusHostOptions, "exec" | "chainId" | "genesisValidators" | "genesisTime" | "genesisAppHash">,
  setsByHeight: Map<bigint, ValidatorSet>,
  pool: EvidencePool,
): Promise<{ tip: ChainTip; sets: ConsensusSets }> {
  const bs = o.exec.blocks;
  const h = bs.height;
  let sets: ConsensusSets;
  let tip: ChainTip;
  if (h === 0n) {
    const g = genesisValidatorSets(o.genesisValidators);
    sets = { last: undefined, validators: g.validators, nextValidators: g.nextValidators };
    tip = {
      height: 0n,
      lastBlockId: emptyCommit().blockId,
      lastCommit: undefined,
      lastTime: o.genesisTime,
      appHash: o.genesisAppHash,
      lastResultsHash: lastResultsHash([]),
      beacon: genesisBeacon(o.chainId),
    };
  } else {
    const last = (await bs.getBlock(h))!;
    const commit = await bs.getCommit(h);
    const results = (await bs.getResults(h)) ?? ResponseFinalizeBlock.fromPartial({});
    const raw = await bs.getConsensusState();
    if (raw) sets = decodeConsensusSets(raw);
    else {
      // A store written before consensus kept no sets: replay the (update-free) history.
      let g = genesisValidatorSets(o.genesisValidators);
      let last: ProposerSet | undefined;
      for (let i = 1n; i <= h; i++) {
        last = g.validators;
        g = advanceValidatorSets(g.nextValidators, []);
      }
      sets = { last, validators: g.validators, nextValidators: g.nextValidators };
    }
    const beacon = await bs.getBeacon(h);
    tip = {
      height: h,
      lastBlockId: last.meta.blockId,
      lastCommit: commit,
      lastTime: last.block.header.time,
      appHash: o.exec.app.appHash,
      lastResultsHash: lastResultsHash(results.txResults.map((r) => ({ code: r.code, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed }))),
      // Blocks from before the beacon existed: continue from a hash of the last block id.
      beacon: beacon?.value ?? sha256(last.meta.blockId.hash),
    };
    for (let x = h > EVIDENCE_MAX_AGE ? h - EVIDENCE_MAX_AGE : 1n; x <= h; x++) {
      const s = await bs.getValidatorSet(x);
      if (s) setsByHeight.set(x, decodeProposerSet(s));
    }
    pool.markCommitted(await bs.committedEvidenceKeys());
  }
  return { tip, sets };
}
