import { proposalSignBytes, voteSignBytes } from "../../chain/block/vote.js";
import { zeroBlockId, type BlockId } from "../../chain/block/types.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { timestampFromMs } from "./block-id.js";
import { ConsensusEngine } from "./engine.js";
import { genesisValidatorSets } from "./proposer.js";
import { createSimKey, verifierFor, type SimKey } from "./sim/keys.js";
import { simBlockId, type SimBlock } from "./sim/sim-block.js";
import type { ConsensusOutput, EngineConfig, Proposal, Vote, VoteType, WalRecord } from "./types.js";

/** A 4-validator chain (power 10 each) with fake signatures, for driving one engine by hand. */
export const CHAIN = "spec-chain";
export const T0 = 1_700_000_000_000;
export const keys: SimKey[] = [0, 1, 2, 3].map((i) => createSimKey("fake", `spec/${i}`));
export const verify = verifierFor("fake");
export const sets = genesisValidatorSets(keys.map((k) => ({ address: k.address, pubKey: k.pubKey, votingPower: 10n, proposerPriority: 0n })));
export const TIMEOUTS = { proposeMs: 100, proposeDeltaMs: 10, prevoteMs: 50, prevoteDeltaMs: 5, precommitMs: 50, precommitDeltaMs: 5, commitMs: 0 };

export function indexOf(k: SimKey): number {
  return sets.validators.validators.findIndex((v) => equalBytes(v.address, k.address));
}

export function keyOfIndex(i: number): SimKey {
  return keys.find((k) => indexOf(k) === i)!;
}

export function block(payload: number, timeMs = T0, height = 1n): { block: SimBlock; blockId: BlockId } {
  const b: SimBlock = { height, time: timestampFromMs(timeMs), lastBlockId: zeroBlockId(), lastCommit: undefined, proposer: keys[0]!.address, payload };
  return { block: b, blockId: simBlockId(b) };
}

export function proposal(signer: SimKey, round: number, blockId: BlockId, polRound = -1, timeMs = T0, height = 1n): Proposal {
  const p: Proposal = { height, round, polRound, blockId, timestamp: timestampFromMs(timeMs), signature: new Uint8Array() };
  p.signature = signer.sign(proposalSignBytes(CHAIN, p));
  return p;
}

export function vote(signer: SimKey, type: VoteType, round: number, blockId: BlockId, height = 1n): Vote {
  const v: Vote = {
    type,
    height,
    round,
    blockId,
    timestamp: timestampFromMs(T0 + round),
    validatorAddress: signer.address,
    validatorIndex: indexOf(signer),
    signature: new Uint8Array(),
  };
  v.signature = signer.sign(voteSignBytes(CHAIN, v));
  return v;
}

export function engineFor(me: SimKey, over: Partial<EngineConfig<SimBlock>> = {}): ConsensusEngine<SimBlock> {
  return new ConsensusEngine<SimBlock>({
    chainId: CHAIN,
    privValidator: me,
    verify,
    timeouts: TIMEOUTS,
    maxClockDriftMs: 1000,
    hooks: {
      createProposalBlock: (req) => {
        const b: SimBlock = { height: req.height, time: req.time, lastBlockId: zeroBlockId(), lastCommit: req.lastCommit, proposer: req.proposerAddress, payload: 7 };
        return { block: b, blockId: simBlockId(b) };
      },
      validateBlock: (b) => b.payload >= 0,
      blockTime: (b) => b.time,
    },
    ...over,
  });
}

export function start(e: ConsensusEngine<SimBlock>, wal: WalRecord<SimBlock>[] = [], now = T0): ConsensusOutput<SimBlock>[] {
  return e.handle({
    kind: "startHeight",
    now,
    height: 1n,
    validators: sets.validators,
    nextValidators: sets.nextValidators,
    lastCommit: undefined,
    lastBlockTime: timestampFromMs(T0 - 1000),
    wal,
  });
}

export function votesOut(outs: ConsensusOutput<SimBlock>[]): Vote[] {
  return outs.flatMap((o) => (o.kind === "broadcastVote" ? [o.vote] : []));
}
