import { SignedMsgType } from "../../chain/block/types.js";
import { onCommit } from "./engine-decide.js";
import { debugRounds, gossipView } from "./engine-gossip.js";
import { bufferIfNext, onBlockApplied, start } from "./engine-heights.js";
import { onProposal, onVote, storeBlock } from "./engine-messages.js";
import { onTimeout } from "./engine-rounds.js";
import { progress } from "./engine-rules.js";
import type { EngineCore, Out } from "./engine-state.js";
import { ConsensusError } from "./errors.js";
import type { ProposerSet } from "./proposer.js";
import type { ConsensusInput, EngineConfig, Proposal, Step, Vote } from "./types.js";

/**
 * Tendermint consensus (Buchman, Kwon, Milosevic 2018, Algorithm 1) as a pure state machine:
 * `handle(input)` returns the outputs for the host to act on, in order. No clock, timer, I/O or
 * randomness inside; "2f+1" is more than 2/3 of voting power and "f+1" more than 1/3. Comments
 * `L22` etc. name the lines of the paper's pseudocode.
 *
 * The steps live in free functions over an `EngineCore` (engine-state.ts): heights and WAL replay
 * (engine-heights.ts), message intake (engine-messages.ts), rounds, own votes and timeouts
 * (engine-rounds.ts), the upon-rules (engine-rules.ts), commit/decide (engine-decide.ts) and the
 * gossip view (engine-gossip.ts).
 */
export class ConsensusEngine<B> {
  private readonly e: EngineCore<B>;

  constructor(cfg: EngineConfig<B>) {
    this.e = { cfg, maxRoundsAhead: cfg.maxRoundsAhead ?? 1000, s: undefined, now: 0, buffered: [] };
  }

  get height(): bigint | undefined {
    return this.e.s?.height;
  }
  get round(): number {
    return this.e.s?.round ?? 0;
  }
  get step(): Step | undefined {
    return this.e.s?.step;
  }
  get lockedRound(): number {
    return this.e.s?.lockedRound ?? -1;
  }
  get validRound(): number {
    return this.e.s?.validRound ?? -1;
  }
  get validators(): ProposerSet | undefined {
    return this.e.s?.validators;
  }
  get nextValidators(): ProposerSet | undefined {
    return this.e.s?.nextValidators;
  }

  /** One line per round: proposal, prevote and precommit power by block id (for debugging). */
  debugRounds(): string {
    return debugRounds(this.e.s);
  }

  /**
   * What a host should send peers that may lack it (CometBFT's gossip routines): the current
   * round's proposal with its block, and every vote of the current and previous round, of the
   * current proposal's proof-of-lock round and our own. Relaying others' votes matters: an
   * equivocator may have shown each half of the network a different vote. Receivers dedupe.
   */
  gossip(): { proposal?: { proposal: Proposal; block: B }; votes: Vote[] } {
    return gossipView(this.e.s);
  }

  handle(input: ConsensusInput<B>): Out<B> {
    const e = this.e;
    const out: Out<B> = [];
    e.now = input.now;
    if (input.kind === "startHeight") {
      start(e, input, out);
      return out;
    }
    const s = e.s;
    if (s === undefined) throw ConsensusError.invalidInput("startHeight must come first");
    switch (input.kind) {
      case "proposal":
        if (bufferIfNext(e, input, input.proposal.height)) break;
        onProposal(e, input.proposal, input.block);
        break;
      case "block":
        if (bufferIfNext(e, input, input.height)) break;
        if (input.height === s.height) storeBlock(e, input.blockId, input.block);
        break;
      case "vote":
        if (bufferIfNext(e, input, input.vote.height)) break;
        onVote(e, input.vote, out);
        break;
      case "timeout":
        onTimeout(e, input.height, input.round, input.step, out);
        break;
      case "commit":
        onCommit(e, input.height, input.block, input.blockId, input.commit, out);
        break;
      case "blockApplied":
        onBlockApplied(e, input.height, input, out);
        return out;
    }
    progress(e, out);
    return out;
  }
}

/** Exposed for tests: the signing type codes match chain/block's SignedMsgType. */
export const VOTE_TYPES = { prevote: SignedMsgType.Prevote, precommit: SignedMsgType.Precommit } as const;
