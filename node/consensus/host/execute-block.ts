import type { BlockId, Commit } from "../../../chain/block/types.js";
import { toHex } from "../../../chain/crypto/bytes.js";
import { sha256 } from "../../../chain/crypto/hash.js";
import { applyBlock } from "../../execution/apply-block.js";
import type { DbOp } from "../../blockstore/block-store.js";
import { advanceValidatorSets, type ValidatorUpdate } from "../proposer.js";
import type { DuplicateVoteEvidence } from "../types.js";
import { beaconValue } from "./beacon.js";
import { evidenceFromProto, type NodeBlock } from "./codec.js";
import { evidenceKey } from "./evidence-pool.js";
import { encodeConsensusSets, encodeProposerSet, type ConsensusSets } from "./valsets.js";
import type { ConsensusHostOptions } from "./host.js";

export interface ExecutedBlock {
  applied: Awaited<ReturnType<typeof applyBlock>>;
  /** The consensus sets after this block (validator updates applied). */
  newSets: ConsensusSets;
  /** The app's validator updates, as the engine takes them. */
  engineUpdates: ValidatorUpdate[];
  evidence: DuplicateVoteEvidence[];
  beacon: Uint8Array;
}

/**
 * Executes a decided (or synced) block through the app and persists it atomically with its
 * beacon (and a `beacon` event), the next consensus sets, this height's validator set and the
 * committed evidence keys. `sets` are the sets the block was decided with; `bytes()` its bytes.
 */
export async function executeDecided(
  o: Pick<ConsensusHostOptions, "exec">,
  sets: ConsensusSets,
  nb: NodeBlock,
  blockId: BlockId,
  commit: Commit,
  bytes: () => Uint8Array,
): Promise<ExecutedBlock> {
  const block = nb.block;
  const height = block.header.height;
  const beacon = beaconValue(nb.beaconSig);
  const evidence = (block.evidence?.evidence ?? []).map((e) => evidenceFromProto(e.duplicateVoteEvidence!));
  const size = bytes().length;
  let newSets: ConsensusSets | undefined;
  let engineUpdates: ValidatorUpdate[] = [];
  const bs = o.exec.blocks;
  const applied = await applyBlock(o.exec, block, blockId, commit, size, {
    randomness: beacon,
    lastValidators: sets.last?.validators,
    totalVotingPower: sets.validators.validators.reduce((n, v) => n + v.votingPower, 0n),
    events: [
      {
        type: "beacon",
        attributes: [
          { key: "height", value: height.toString(), index: true },
          { key: "value", value: toHex(beacon).toUpperCase(), index: false },
          { key: "signature", value: Buffer.from(nb.beaconSig).toString("base64"), index: false },
        ],
      },
    ],
    extraOps: (updates) => {
      engineUpdates = updates.map((u) => ({ pubKey: u.pubKey, address: sha256(u.pubKey).slice(0, 20), power: u.power }));
      const adv = advanceValidatorSets(sets.nextValidators, engineUpdates);
      newSets = { last: sets.validators, validators: adv.validators, nextValidators: adv.nextValidators };
      const ops: DbOp[] = [
        ...bs.beaconOps(height, nb.beaconSig, beacon),
        ...bs.consensusStateOps(encodeConsensusSets(newSets)),
        ...bs.validatorSetOps(height, encodeProposerSet(sets.validators)),
      ];
      for (const e of evidence) ops.push(...bs.committedEvidenceOps(evidenceKey(e), height));
      return ops;
    },
  });
  return { applied, newSets: newSets!, engineUpdates, evidence, beacon };
}
