import { verifyCommit } from "../../chain/block/commit-verify.js";
import { SignedMsgType, isZeroBlockId, zeroBlockId, type BlockId, type Commit, type Timestamp } from "../../chain/block/types.js";
import type { Validator } from "../../chain/block/validator-set.js";
import { proposalSignBytes, voteSignBytes } from "../../chain/block/vote.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { addMs, blockIdKey, compareTimestamps, sameBlockId, timestampFromMs, timestampToMs } from "./block-id.js";
import { ConsensusError } from "./errors.js";
import { advanceValidatorSets, proposerForRound, type ProposerSet } from "./proposer.js";
import { timeoutMs } from "./timeouts.js";
import {
  PRECOMMIT,
  PREVOTE,
  type ConsensusInput,
  type ConsensusOutput,
  type EngineConfig,
  type Proposal,
  type Step,
  type TimeoutStep,
  type Vote,
  type VoteType,
} from "./types.js";
import { VoteSet } from "./vote-set.js";
import { replayWal, signKey } from "./wal.js";

type Out<B> = ConsensusOutput<B>[];
type Value<B> = { block: B; blockId: BlockId };

interface RoundState {
  proposal: Proposal | undefined;
  prevotes: VoteSet;
  precommits: VoteSet;
  prevoteTimeoutScheduled: boolean;
  precommitTimeoutScheduled: boolean;
  /** Line 36 of the paper ran for this round ("for the first time"). */
  lockRuleDone: boolean;
}

interface HeightState<B> {
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

const MAX_BUFFERED = 4096;
const MAX_BLOCKS = 256;

/**
 * Tendermint consensus (Buchman, Kwon, Milosevic 2018, Algorithm 1) as a pure state machine:
 * `handle(input)` returns the outputs for the host to act on, in order. No clock, timer, I/O or
 * randomness inside; "2f+1" is more than 2/3 of voting power and "f+1" more than 1/3. Comments
 * `L22` etc. name the lines of the paper's pseudocode.
 */
export class ConsensusEngine<B> {
  private s: HeightState<B> | undefined;
  private now = 0;
  private buffered: ConsensusInput<B>[] = [];
  private readonly maxRoundsAhead: number;

  constructor(private readonly cfg: EngineConfig<B>) {
    this.maxRoundsAhead = cfg.maxRoundsAhead ?? 1000;
  }

  get height(): bigint | undefined {
    return this.s?.height;
  }
  get round(): number {
    return this.s?.round ?? 0;
  }
  get step(): Step | undefined {
    return this.s?.step;
  }
  get lockedRound(): number {
    return this.s?.lockedRound ?? -1;
  }
  get validRound(): number {
    return this.s?.validRound ?? -1;
  }
  get validators(): ProposerSet | undefined {
    return this.s?.validators;
  }
  get nextValidators(): ProposerSet | undefined {
    return this.s?.nextValidators;
  }

  /** One line per round: proposal, prevote and precommit power by block id (for debugging). */
  debugRounds(): string {
    const s = this.s;
    if (s === undefined) return "";
    const parts: string[] = [];
    for (const [r, rs] of [...s.rounds].sort((a, b) => a[0] - b[0])) {
      const p = rs.proposal ? blockIdKey(rs.proposal.blockId).slice(0, 6) : "-";
      const has = rs.proposal ? s.blocks.has(blockIdKey(rs.proposal.blockId)) : false;
      parts.push(`r${r}[p=${p}${has ? "+" : ""} pv=${rs.prevotes.votedPower} pc=${rs.precommits.votedPower}]`);
    }
    return parts.join(" ");
  }

  /**
   * What a host should send peers that may lack it (CometBFT's gossip routines): the current
   * round's proposal with its block, and every vote of the current and previous round, of the
   * current proposal's proof-of-lock round and our own. Relaying others' votes matters: an
   * equivocator may have shown each half of the network a different vote. Receivers dedupe.
   */
  gossip(): { proposal?: { proposal: Proposal; block: B }; votes: Vote[] } {
    const s = this.s;
    if (s === undefined) return { votes: [] };
    const votes = [...s.signedVotes.values()];
    const p = s.rounds.get(s.round)?.proposal;
    const rounds = new Set([s.round, s.round - 1, p?.polRound ?? -1]);
    for (const r of rounds) {
      const rs = s.rounds.get(r);
      if (rs) votes.push(...rs.prevotes.all(), ...rs.precommits.all());
    }
    const block = p ? s.blocks.get(blockIdKey(p.blockId)) : undefined;
    return p && block !== undefined ? { proposal: { proposal: p, block }, votes } : { votes };
  }

  handle(input: ConsensusInput<B>): Out<B> {
    const out: Out<B> = [];
    this.now = input.now;
    if (input.kind === "startHeight") {
      this.start(input, out);
      return out;
    }
    const s = this.s;
    if (s === undefined) throw ConsensusError.invalidInput("startHeight must come first");
    switch (input.kind) {
      case "proposal":
        if (this.bufferIfNext(input, input.proposal.height)) break;
        this.onProposal(input.proposal, input.block);
        break;
      case "block":
        if (this.bufferIfNext(input, input.height)) break;
        if (input.height === s.height) this.storeBlock(input.blockId, input.block);
        break;
      case "vote":
        if (this.bufferIfNext(input, input.vote.height)) break;
        this.onVote(input.vote, out);
        break;
      case "timeout":
        this.onTimeout(input.height, input.round, input.step, out);
        break;
      case "commit":
        this.onCommit(input.height, input.block, input.blockId, input.commit, out);
        break;
      case "blockApplied":
        this.onBlockApplied(input.height, input, out);
        return out;
    }
    this.progress(out);
    return out;
  }

  // ---------------------------------------------------------------- heights

  private start(input: Extract<ConsensusInput<B>, { kind: "startHeight" }>, out: Out<B>): void {
    this.buffered = [];
    this.enterHeight(input.height, input.validators, input.nextValidators, input.lastCommit, input.lastBlockTime, undefined);
    const s = this.s!;
    const wal = replayWal(input.wal ?? [], input.height);
    for (const [k, v] of wal.votes) s.signedVotes.set(k, v);
    for (const [r, p] of wal.proposals) s.ownProposals.set(r, p);
    s.lockedRound = wal.lockedRound;
    s.locked = wal.locked;
    if (wal.locked) {
      s.validRound = wal.lockedRound;
      s.valid = wal.locked;
      s.blocks.set(blockIdKey(wal.locked.blockId), wal.locked.block);
    }
    // Re-send what we signed before the crash: peers may never have received it.
    for (const { proposal, block } of s.ownProposals.values()) {
      s.blocks.set(blockIdKey(proposal.blockId), block);
      out.push({ kind: "broadcastProposal", proposal, block });
    }
    for (const v of s.signedVotes.values()) {
      this.addVote(v, out);
      out.push({ kind: "broadcastVote", vote: v });
    }
    const round = Math.max(0, wal.maxRound);
    this.startRound(round, out);
    if (s.signedVotes.has(signKey(round, PRECOMMIT))) s.step = "precommit";
    else if (s.signedVotes.has(signKey(round, PREVOTE))) s.step = "prevote";
    this.progress(out);
  }

  private enterHeight(
    height: bigint,
    validators: ProposerSet,
    nextValidators: ProposerSet,
    lastCommit: Commit | undefined,
    lastBlockTime: Timestamp,
    lastCommitVotes: VoteSet | undefined,
  ): void {
    let total = 0n;
    for (const v of validators.validators) total += v.votingPower;
    const me = this.cfg.privValidator;
    this.s = {
      height,
      validators,
      nextValidators,
      totalPower: total,
      myIndex: me ? validators.validators.findIndex((v) => equalBytes(v.address, me.address)) : -1,
      round: 0,
      step: "newHeight",
      lockedRound: -1,
      locked: undefined,
      validRound: -1,
      valid: undefined,
      rounds: new Map(),
      blocks: new Map(),
      validity: new Map(),
      proposers: new Map(),
      signedVotes: new Map(),
      ownProposals: new Map(),
      decided: undefined,
      lastCommit,
      lastCommitVotes,
      lastBlockTime,
      evidenceSeen: new Set(),
    };
  }

  private onBlockApplied(height: bigint, input: Extract<ConsensusInput<B>, { kind: "blockApplied" }>, out: Out<B>): void {
    const s = this.s!;
    const d = s.decided;
    if (d === undefined || height !== s.height) return;
    const sets = advanceValidatorSets(s.nextValidators, input.validatorUpdates);
    this.enterHeight(height + 1n, sets.validators, sets.nextValidators, d.commit, this.cfg.hooks.blockTime(d.block), d.votes);
    const ms = timeoutMs(this.cfg.timeouts, "commit", 0);
    if (ms > 0) out.push({ kind: "scheduleTimeout", height: height + 1n, round: 0, step: "commit", ms });
    const pending = this.buffered;
    this.buffered = [];
    for (const b of pending) {
      if (b.kind === "proposal") this.onProposal(b.proposal, b.block);
      else if (b.kind === "vote") this.onVote(b.vote, out);
      else if (b.kind === "block") this.storeBlock(b.blockId, b.block);
    }
    if (ms <= 0) this.startRound(0, out);
    this.progress(out);
  }

  private bufferIfNext(input: ConsensusInput<B>, height: bigint): boolean {
    if (height !== this.s!.height + 1n) return false;
    if (this.buffered.length < MAX_BUFFERED) this.buffered.push(input);
    return true;
  }

  // ---------------------------------------------------------------- rounds

  private roundState(r: number): RoundState {
    const s = this.s!;
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

  private proposer(r: number): Validator {
    const s = this.s!;
    let p = s.proposers.get(r);
    if (p === undefined) {
      p = proposerForRound(s.validators, r);
      s.proposers.set(r, p);
    }
    return p;
  }

  /** StartRound(round). */
  private startRound(r: number, out: Out<B>): void {
    const s = this.s!;
    s.round = r;
    s.step = "propose";
    const me = this.cfg.privValidator;
    if (me && s.myIndex >= 0 && equalBytes(this.proposer(r).address, me.address)) {
      let own = s.ownProposals.get(r);
      if (own === undefined) {
        const value = s.valid ?? this.createValue(r);
        const proposal: Proposal = {
          height: s.height,
          round: r,
          polRound: s.valid ? s.validRound : -1,
          blockId: value.blockId,
          timestamp: this.cfg.hooks.blockTime(value.block),
          signature: new Uint8Array(0),
        };
        proposal.signature = me.sign(proposalSignBytes(this.cfg.chainId, proposal));
        own = { proposal, block: value.block };
        out.push({ kind: "walWrite", record: { kind: "proposal", height: s.height, round: r, step: "propose", proposal, block: value.block } });
        s.ownProposals.set(r, own);
      }
      out.push({ kind: "broadcastProposal", proposal: own.proposal, block: own.block });
      this.roundState(r).proposal = own.proposal;
      s.blocks.set(blockIdKey(own.proposal.blockId), own.block);
    } else {
      this.schedule("propose", r, out);
    }
  }

  private createValue(r: number): Value<B> {
    const s = this.s!;
    const minTime = addMs(s.lastBlockTime, 1);
    const nowTs = timestampFromMs(this.now);
    const time = compareTimestamps(nowTs, minTime) > 0 ? nowTs : minTime;
    const lastCommit = s.lastCommitVotes && s.lastCommit ? s.lastCommitVotes.makeCommit(s.lastCommit.blockId) : s.lastCommit;
    return this.cfg.hooks.createProposalBlock({
      height: s.height,
      round: r,
      time,
      lastCommit,
      proposerAddress: this.cfg.privValidator!.address,
    });
  }

  private schedule(step: TimeoutStep, r: number, out: Out<B>): void {
    out.push({ kind: "scheduleTimeout", height: this.s!.height, round: r, step, ms: timeoutMs(this.cfg.timeouts, step, r) });
  }

  // ---------------------------------------------------------------- messages

  private onProposal(p: Proposal, block: B | undefined): void {
    const s = this.s!;
    if (p.height !== s.height || !Number.isInteger(p.round) || p.round < 0 || p.round > s.round + this.maxRoundsAhead) return;
    if (!Number.isInteger(p.polRound) || p.polRound < -1 || p.polRound >= p.round || isZeroBlockId(p.blockId)) return;
    const rs = this.roundState(p.round);
    if (rs.proposal !== undefined) {
      if (block !== undefined && sameBlockId(rs.proposal.blockId, p.blockId)) this.storeBlock(p.blockId, block);
      return; // a second, different proposal of an equivocating proposer is ignored
    }
    const proposer = this.proposer(p.round);
    if (!this.verifySigned(p, proposer.pubKey, () => proposalSignBytes(this.cfg.chainId, p), p.signature)) return;
    rs.proposal = p;
    if (block !== undefined) this.storeBlock(p.blockId, block);
  }

  private storeBlock(blockId: BlockId, block: B): void {
    const s = this.s!;
    const key = blockIdKey(blockId);
    if (key === "" || s.blocks.has(key) || s.blocks.size >= MAX_BLOCKS) return;
    s.blocks.set(key, block);
  }

  private onVote(vote: Vote, out: Out<B>): void {
    const s = this.s!;
    if (vote.type !== PREVOTE && vote.type !== PRECOMMIT) return;
    if (vote.height === s.height - 1n) {
      this.onLastCommitVote(vote);
      return;
    }
    if (vote.height !== s.height || !Number.isInteger(vote.round) || vote.round < 0) return;
    if (vote.round > s.round + this.maxRoundsAhead) return;
    const val = s.validators.validators[vote.validatorIndex];
    if (val === undefined || !equalBytes(val.address, vote.validatorAddress)) return;
    const rs = this.roundState(vote.round);
    const set = vote.type === PREVOTE ? rs.prevotes : rs.precommits;
    if (set.has(vote)) return;
    if (!this.verifySigned(vote, val.pubKey, () => voteSignBytes(this.cfg.chainId, vote), vote.signature)) return;
    const res = set.add(vote);
    if (res.kind === "conflict") this.reportConflict(res.existing, vote, val, out);
  }

  /** Late precommits for the previous height make the next LastCommit fuller (CometBFT does too). */
  private onLastCommitVote(vote: Vote): void {
    const set = this.s!.lastCommitVotes;
    if (set === undefined || vote.type !== PRECOMMIT || vote.round !== set.round) return;
    const val = set.validators.validators[vote.validatorIndex];
    if (val === undefined || !equalBytes(val.address, vote.validatorAddress) || set.has(vote)) return;
    if (!this.verifySigned(vote, val.pubKey, () => voteSignBytes(this.cfg.chainId, vote), vote.signature)) return;
    set.add(vote);
  }

  private verifySigned(msg: object, pubKey: Uint8Array, bytes: () => Uint8Array, sig: Uint8Array): boolean {
    const cache = this.cfg.verifiedMessages;
    const known = cache?.get(msg);
    if (known !== undefined && equalBytes(known, pubKey)) return true;
    if (!this.cfg.verify(pubKey, bytes(), sig)) return false;
    cache?.set(msg, pubKey);
    return true;
  }

  private reportConflict(a: Vote, b: Vote, val: Validator, out: Out<B>): void {
    const s = this.s!;
    const key = `${a.validatorIndex}/${a.round}/${a.type}`;
    if (s.evidenceSeen.has(key)) return;
    s.evidenceSeen.add(key);
    const [voteA, voteB] = blockIdKey(a.blockId) < blockIdKey(b.blockId) ? [a, b] : [b, a];
    const timestamp = compareTimestamps(a.timestamp, b.timestamp) > 0 ? a.timestamp : b.timestamp;
    out.push({ kind: "evidence", evidence: { voteA, voteB, totalVotingPower: s.totalPower, validatorPower: val.votingPower, timestamp } });
  }

  /** Our own vote goes into our vote set directly (it is also broadcast). */
  private addVote(vote: Vote, out: Out<B>): void {
    const s = this.s!;
    if (vote.height !== s.height) return;
    const rs = this.roundState(vote.round);
    const res = (vote.type === PREVOTE ? rs.prevotes : rs.precommits).add(vote);
    if (res.kind === "conflict") this.reportConflict(res.existing, vote, s.validators.validators[vote.validatorIndex]!, out);
  }

  private signVote(type: VoteType, r: number, blockId: BlockId, out: Out<B>, lockBlock?: B): void {
    const s = this.s!;
    const key = signKey(r, type);
    const done = s.signedVotes.get(key);
    if (done !== undefined) {
      // Signed before (possibly before a crash): send that one again, never a different one.
      out.push({ kind: "broadcastVote", vote: done });
      return;
    }
    const me = this.cfg.privValidator;
    if (me === undefined || s.myIndex < 0) return;
    const vote: Vote = {
      type,
      height: s.height,
      round: r,
      blockId,
      timestamp: timestampFromMs(this.now),
      validatorAddress: me.address,
      validatorIndex: s.myIndex,
      signature: new Uint8Array(0),
    };
    vote.signature = me.sign(voteSignBytes(this.cfg.chainId, vote));
    const step = type === PREVOTE ? "prevote" : "precommit";
    out.push({ kind: "walWrite", record: { kind: "vote", height: s.height, round: r, step, vote, block: lockBlock } });
    s.signedVotes.set(key, vote);
    this.addVote(vote, out);
    out.push({ kind: "broadcastVote", vote });
  }

  private onTimeout(height: bigint, r: number, step: TimeoutStep, out: Out<B>): void {
    const s = this.s!;
    if (height !== s.height || s.decided) return;
    switch (step) {
      case "propose": // L57
        if (r === s.round && s.step === "propose") {
          this.signVote(PREVOTE, r, zeroBlockId(), out);
          s.step = "prevote";
        }
        return;
      case "prevote": // L61
        if (r === s.round && s.step === "prevote") {
          this.signVote(PRECOMMIT, r, zeroBlockId(), out);
          s.step = "precommit";
        }
        return;
      case "precommit": // L65
        if (r === s.round && s.step !== "newHeight") this.startRound(r + 1, out);
        return;
      case "commit":
        if (s.step === "newHeight") this.startRound(0, out);
        return;
    }
  }

  private onCommit(height: bigint, block: B, blockId: BlockId, commit: Commit, out: Out<B>): void {
    const s = this.s!;
    if (height !== s.height || s.decided || commit.height !== height || !sameBlockId(commit.blockId, blockId)) return;
    try {
      verifyCommit(this.cfg.chainId, s.validators, blockId, height, commit, this.cfg.verify);
    } catch {
      return;
    }
    if (!this.isValid(blockId, block)) return;
    this.decide(commit.round, block, blockId, commit, undefined, out);
  }

  // ---------------------------------------------------------------- the algorithm

  /** valid(v): the host's checks plus a block time strictly after the previous block's. */
  private isValid(blockId: BlockId, block: B): boolean {
    const s = this.s!;
    const key = blockIdKey(blockId);
    let ok = s.validity.get(key);
    if (ok === undefined) {
      ok =
        compareTimestamps(this.cfg.hooks.blockTime(block), s.lastBlockTime) > 0 &&
        this.cfg.hooks.validateBlock(block, blockId, s.height);
      s.validity.set(key, ok);
    }
    return ok;
  }

  /** A new proposal must not be dated too far ahead of the local clock (re-proposals are exempt). */
  private isTimely(p: Proposal, block: B): boolean {
    const t = this.cfg.hooks.blockTime(block);
    return compareTimestamps(t, p.timestamp) === 0 && timestampToMs(t) <= this.now + this.cfg.maxClockDriftMs;
  }

  private proposalValue(r: number): { p: Proposal; block: B } | undefined {
    const s = this.s!;
    const p = s.rounds.get(r)?.proposal;
    if (p === undefined) return undefined;
    const block = s.blocks.get(blockIdKey(p.blockId));
    return block === undefined ? undefined : { p, block };
  }

  /** Applies every rule whose condition holds until none does (each fires at most once). */
  private progress(out: Out<B>): void {
    const s = this.s!;
    for (let guard = 0; guard < 64; guard++) {
      if (s.decided || s.step === "newHeight") return;
      if (this.tryDecide(out)) return;
      if (this.trySkipRound(out)) continue;
      if (!this.applyRoundRules(out)) return;
    }
  }

  /** L49: a proposal (here: the block of that id) and 2f+1 precommits for it in any round. */
  private tryDecide(out: Out<B>): boolean {
    const s = this.s!;
    for (const [r, rs] of s.rounds) {
      if (!rs.precommits.hasTwoThirdsAny()) continue;
      const id = rs.precommits.twoThirdsMajority();
      if (id === undefined || isZeroBlockId(id)) continue;
      const block = s.blocks.get(blockIdKey(id));
      if (block === undefined || !this.isValid(id, block)) continue;
      this.decide(r, block, id, rs.precommits.makeCommit(id), rs.precommits, out);
      return true;
    }
    return false;
  }

  private decide(r: number, block: B, blockId: BlockId, commit: Commit, votes: VoteSet | undefined, out: Out<B>): void {
    const s = this.s!;
    s.decided = { round: r, block, blockId, commit, votes };
    s.step = "commit";
    out.push({ kind: "decide", height: s.height, round: r, block, blockId, commit });
  }

  /** L55: f+1 of the power sent something for a higher round: go there. */
  private trySkipRound(out: Out<B>): boolean {
    const s = this.s!;
    let target = -1;
    for (const [r, rs] of s.rounds) {
      if (r <= s.round || r <= target) continue;
      let power = 0n;
      const proposerAddr = rs.proposal ? this.proposer(r).address : undefined;
      s.validators.validators.forEach((v, i) => {
        if (rs.prevotes.get(i) || rs.precommits.get(i) || (proposerAddr && equalBytes(v.address, proposerAddr))) {
          power += v.votingPower;
        }
      });
      if (power * 3n > s.totalPower) target = r;
    }
    if (target < 0) return false;
    this.startRound(target, out);
    return true;
  }

  /** The rules of the current round; true when the step changed (so others may now apply). */
  private applyRoundRules(out: Out<B>): boolean {
    const s = this.s!;
    const r = s.round;
    const rs = this.roundState(r);
    const pv = this.proposalValue(r);
    if (s.step === "propose" && pv) {
      const { p, block } = pv;
      const id = p.blockId;
      const isLocked = (vr: number) => s.lockedRound <= vr || (s.locked !== undefined && sameBlockId(s.locked.blockId, id));
      if (p.polRound === -1) {
        // L22
        const ok = this.isValid(id, block) && this.isTimely(p, block) && isLocked(-1);
        this.signVote(PREVOTE, r, ok ? id : zeroBlockId(), out);
        s.step = "prevote";
        return true;
      }
      const polc = s.rounds.get(p.polRound)?.prevotes.twoThirdsMajority();
      if (polc !== undefined && sameBlockId(polc, id)) {
        // L28: unlock on a proof-of-lock newer than our lock
        const ok = this.isValid(id, block) && isLocked(p.polRound);
        this.signVote(PREVOTE, r, ok ? id : zeroBlockId(), out);
        s.step = "prevote";
        return true;
      }
    }
    if (s.step === "prevote" && !rs.prevoteTimeoutScheduled && rs.prevotes.hasTwoThirdsAny()) {
      rs.prevoteTimeoutScheduled = true; // L34
      this.schedule("prevote", r, out);
    }
    if ((s.step === "prevote" || s.step === "precommit") && !rs.lockRuleDone && pv) {
      const maj = rs.prevotes.twoThirdsMajority();
      if (maj !== undefined && sameBlockId(maj, pv.p.blockId) && this.isValid(maj, pv.block)) {
        // L36: lock and precommit (only while in prevote); always remember the valid value
        rs.lockRuleDone = true;
        const value = { block: pv.block, blockId: pv.p.blockId };
        s.valid = value;
        s.validRound = r;
        if (s.step === "prevote") {
          s.locked = value;
          s.lockedRound = r;
          this.signVote(PRECOMMIT, r, value.blockId, out, value.block);
          s.step = "precommit";
          return true;
        }
      }
    }
    if (s.step === "prevote") {
      const maj = rs.prevotes.twoThirdsMajority();
      if (maj !== undefined && isZeroBlockId(maj)) {
        // L44
        this.signVote(PRECOMMIT, r, zeroBlockId(), out);
        s.step = "precommit";
        return true;
      }
    }
    if (!rs.precommitTimeoutScheduled && rs.precommits.hasTwoThirdsAny()) {
      rs.precommitTimeoutScheduled = true; // L47
      this.schedule("precommit", r, out);
    }
    return false;
  }
}

/** Exposed for tests: the signing type codes match chain/block's SignedMsgType. */
export const VOTE_TYPES = { prevote: SignedMsgType.Prevote, precommit: SignedMsgType.Precommit } as const;
