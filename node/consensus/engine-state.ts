import type { BlockId, Commit, Timestamp } from "../../chain/block/types.js";
import type { Validator } from "../../chain/block/validator-set.js";
import { proposerForRound, type ProposerSet } from "./proposer.js";
import { PRECOMMIT, PREVOTE, type ConsensusInput, type ConsensusOutput, type EngineConfig, type Proposal, type Step, type Vote } from "./types.js";
import { VoteSet } from "./vote-set.js";

export type Out<B> = ConsensusOutput<B>[];
export type Value<B> = { block: B; blockId: BlockId };

export interface RoundState {
  proposal: Proposal | undefined;
  prevotes: VoteSet;
  precommits: VoteSet;
  prevoteTimeoutScheduled: boolean;
  precommitTimeoutScheduled: boolean;
  /** Line 36 of the paper ran for this round ("for the first time"). */
  lockRuleDone: boolean;
}

export interface HeightState<B> {
  height: bigint;
  validators: ProposerSet;
  nextValidators: ProposerSet;
  totalPower: bigint;
  myIndex: number;
  round: number;
  step: Step;
  lockedRound: number;
  locked: Value<B> | undefined;
  validRound: number;
  valid: Value<B> | undefined;
  rounds: Map<number, RoundState>;
  blocks: Map<string, B>;
  validity: Map<string, boolean>;
  proposers: Map<number, Validator>;
  signedVotes: Map<string, Vote>;
  ownProposals: Map<number, { proposal: Proposal; block: B }>;
  decided: { round: number; block: B; blockId: BlockId; commit: Commit; votes: VoteSet | undefined } | undefined;
  lastCommit: Commit | undefined;
  lastCommitVotes: VoteSet | undefined;
  lastBlockTime: Timestamp;
  evidenceSeen: Set<string>;
}

/**
 * Everything the engine's free functions read and write: the configuration, the current height's
 * state (replaced on every new height, so read `e.s` afresh after entering one), the input clock
 * and the next height's buffered messages.
 */
export interface EngineCore<B> {
  readonly cfg: EngineConfig<B>;
  readonly maxRoundsAhead: number;
  s: HeightState<B> | undefined;
  now: number;
  buffered: ConsensusInput<B>[];
}

export const MAX_BUFFERED = 4096;
export const MAX_BLOCKS = 256;

export function roundState<B>(e: EngineCore<B>, r: number): RoundState {
  const s = e.s!;
  let rs = s.rounds.get(r);
  if (rs === undefined) {
    rs = {
      proposal: undefined,
      prevotes: new VoteSet(s.height, r, PREVOTE, s.validators),
      precommits: new VoteSet(s.height, r, PRECOMMIT, s.validators),
      prevoteTimeoutScheduled: false,
      precommitTimeoutScheduled: false,
      lockRuleDone: false,
    };
    s.rounds.set(r, rs);
  }
  return rs;
}

export function proposer<B>(e: EngineCore<B>, r: number): Validator {
  const s = e.s!;
  let p = s.proposers.get(r);
  if (p === undefined) {
    p = proposerForRound(s.validators, r);
    s.proposers.set(r, p);
  }
  return p;
}
