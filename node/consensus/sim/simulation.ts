import { verifyCommit } from "../../../chain/block/commit-verify.js";
import type { ValidatorSet } from "../../../chain/block/validator-set.js";
import { proposalSignBytes, voteSignBytes } from "../../../chain/block/vote.js";
import { zeroBlockId, type BlockId, type Commit } from "../../../chain/block/types.js";
import { equalBytes, toHex } from "../../../chain/crypto/bytes.js";
import { blockIdKey, sameBlockId, timestampFromMs } from "../block-id.js";
import { ConsensusEngine } from "../engine.js";
import { advanceValidatorSets, genesisValidatorSets, type ProposerSet, type ValidatorUpdate } from "../proposer.js";
import type { ConsensusOutput, Proposal, TimeoutConfig, TimeoutStep, Vote, WalRecord } from "../types.js";
import { EventQueue } from "./event-queue.js";
import { createSimKey, verifierFor, type KeyScheme, type SimKey } from "./keys.js";
import { Prng } from "./prng.js";
import { simBlockId, type SimBlock } from "./sim-block.js";

/**
 * An in-memory network of consensus engines in virtual time. Before GST the network loses,
 * delays, duplicates and reorders messages, partitions nodes and crashes them (restarting from
 * their WAL, block store and app state, which survive); after GST every node is up and every
 * message arrives within `postGstDelayMs`. One validator may be byzantine: it runs an honest
 * engine but sends conflicting proposals and votes to different halves of the network.
 */
export interface SimOptions {
  seed: number;
  validators: number;
  scheme: KeyScheme;
  byzantine: boolean;
  /** The app changes a power at height 2 and adds a validator at height 3 (H+2 rule). */
  validatorUpdates: boolean;
  gstMs: number;
  lossRate: number;
  dupRate: number;
  maxDelayMs: number;
  postGstDelayMs: number;
  crashes: number;
  partitions: number;
  /** Crash right after a WAL write, before the signed message leaves (tests replay). */
  crashAfterWalRate: number;
  timeouts: TimeoutConfig;
  gossipMs: number;
  /** Liveness: every honest node commits this many heights beyond the best height at GST... */
  heightsAfterGst: number;
  /** ...within this much virtual time after GST. */
  livenessMs: number;
  debug?: (line: string) => void;
}

export interface SimResult {
  seed: number;
  violations: string[];
  /** Highest height committed by an honest node. */
  heights: number;
  /** Decision round + 1 of each committed height (first honest decision). */
  roundsPerHeight: number[];
  evidence: number;
  restarts: number;
  virtualMs: number;
  events: number;
}

type Msg =
  | { kind: "proposal"; proposal: Proposal; block: SimBlock }
  | { kind: "vote"; vote: Vote }
  | { kind: "commit"; height: bigint; block: SimBlock; blockId: BlockId; commit: Commit }
  | { kind: "status"; from: number; height: bigint };

type Ev =
  | { kind: "deliver"; to: number; msg: Msg }
  | { kind: "timeout"; node: number; inc: number; height: bigint; round: number; step: TimeoutStep }
  | { kind: "gossip"; node: number; inc: number }
  | { kind: "crash"; node: number }
  | { kind: "restart"; node: number }
  | { kind: "partition"; groups: number[] | undefined };

interface Stored {
  block: SimBlock;
  blockId: BlockId;
  commit: Commit;
}

/** Durable state of a node (WAL, block store, app state) plus its volatile engine. */
interface SimNode {
  index: number;
  key: SimKey;
  byzantine: boolean;
  wal: WalRecord<SimBlock>[];
  store: Map<bigint, Stored>;
  tip: bigint;
  /** Validator set of each height this node knows (state DB). */
  sets: Map<bigint, ProposerSet>;
  engine: ConsensusEngine<SimBlock>;
  inc: number;
  up: boolean;
}

const CHAIN_ID = "pogcs-sim";
const GENESIS_MS = 1_700_000_000_000;
const POWER = 10n;

export function runSimulation(o: SimOptions): SimResult {
  const rng = new Prng(o.seed);
  const verify = verifierFor(o.scheme);
  const total = o.validators + (o.validatorUpdates ? 1 : 0);
  const keys = Array.from({ length: total }, (_, i) => createSimKey(o.scheme, `${o.scheme}/${i}`));
  const genesisVals = keys.slice(0, o.validators).map((k) => ({ address: k.address, pubKey: k.pubKey, votingPower: POWER, proposerPriority: 0n }));
  const genesis = genesisValidatorSets(genesisVals);
  const byzIndex = o.byzantine ? rng.int(0, o.validators - 1) : -1;
  const q = new EventQueue<Ev>();
  const verifiedMessages = new WeakMap<object, Uint8Array>();
  const violations: string[] = [];
  const committed = new Map<bigint, { key: string; round: number }>();
  const signedBy = new Map<string, string>();
  let evidence = 0;
  let restarts = 0;
  let now = GENESIS_MS;
  let groups: number[] | undefined;

  const updatesAt = (h: bigint): ValidatorUpdate[] => {
    if (!o.validatorUpdates) return [];
    const k = h === 2n ? keys[1]! : h === 3n ? keys[o.validators]! : undefined;
    return k ? [{ address: k.address, pubKey: k.pubKey, power: h === 2n ? 13n : POWER }] : [];
  };

  const newEngine = (n: Pick<SimNode, "index" | "key" | "store" | "sets">) =>
    new ConsensusEngine<SimBlock>({
      chainId: CHAIN_ID,
      privValidator: n.key,
      verify,
      verifiedMessages,
      timeouts: o.timeouts,
      maxClockDriftMs: 500,
      hooks: {
        createProposalBlock: (req) => {
          const block: SimBlock = {
            height: req.height,
            time: req.time,
            lastBlockId: n.store.get(req.height - 1n)?.blockId ?? zeroBlockId(),
            lastCommit: req.lastCommit,
            proposer: req.proposerAddress,
            payload: rng.int(0, 1_000_000),
          };
          return { block, blockId: simBlockId(block) };
        },
        validateBlock: (block, blockId, height) => validateSimBlock(n, block, blockId, height, verify),
        blockTime: (b) => b.time,
      },
    });

  const nodes: SimNode[] = keys.map((key, index) => {
    const n = { index, key, byzantine: index === byzIndex, wal: [], store: new Map(), tip: 0n, sets: new Map(), inc: 0, up: true } as unknown as SimNode;
    n.sets.set(1n, genesis.validators);
    n.sets.set(2n, genesis.nextValidators);
    n.engine = newEngine(n);
    return n;
  });

  const send = (from: number, to: number, msg: Msg): void => {
    if (from === to) return;
    const pre = now < GENESIS_MS + o.gstMs;
    if (pre && groups && groups[from] !== groups[to]) return;
    if (pre && rng.chance(o.lossRate)) return;
    const copies = rng.chance(o.dupRate) ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const delay = pre ? rng.int(0, o.maxDelayMs) : rng.int(1, o.postGstDelayMs);
      q.push(now + delay, { kind: "deliver", to, msg });
    }
  };
  const broadcast = (from: number, msg: Msg): void => {
    for (let to = 0; to < nodes.length; to++) send(from, to, msg);
  };

  /** The byzantine node's second, conflicting message, signed with its key behind its WAL's back. */
  const equivocate = (n: SimNode, msg: Msg): Msg | undefined => {
    if (msg.kind === "vote") {
      const v = msg.vote;
      const blockId = blockIdKey(v.blockId) === "" ? fakeBlockId(rng) : zeroBlockId();
      const alt: Vote = { ...v, blockId, signature: new Uint8Array(0) };
      alt.signature = n.key.sign(voteBytes(alt));
      return { kind: "vote", vote: alt };
    }
    if (msg.kind === "proposal") {
      const block: SimBlock = { ...msg.block, payload: msg.block.payload + 1 };
      const proposal: Proposal = { ...msg.proposal, blockId: simBlockId(block), signature: new Uint8Array(0) };
      proposal.signature = n.key.sign(proposalBytes(proposal));
      return { kind: "proposal", proposal, block };
    }
    return undefined;
  };

  const emit = (n: SimNode, msg: Msg): void => {
    const alt = n.byzantine ? equivocate(n, msg) : undefined;
    if (alt === undefined) return broadcast(n.index, msg);
    for (let to = 0; to < nodes.length; to++) send(n.index, to, rng.chance(0.5) ? msg : alt);
  };

  const process = (n: SimNode, outs: ConsensusOutput<SimBlock>[]): void => {
    for (const out of outs) {
      if (!n.up) return;
      switch (out.kind) {
        case "walWrite": {
          n.wal.push(out.record);
          if (!n.byzantine && out.record.kind === "vote") {
            const v = out.record.vote;
            const k = `${toHex(v.validatorAddress)}/${v.height}/${v.round}/${v.type}`;
            const prev = signedBy.get(k);
            if (prev !== undefined && prev !== blockIdKey(v.blockId)) violations.push(`double sign by node ${n.index} at ${k}`);
            signedBy.set(k, blockIdKey(v.blockId));
          }
          if (now < GENESIS_MS + o.gstMs && rng.chance(o.crashAfterWalRate)) crash(n);
          break;
        }
        case "broadcastProposal":
          emit(n, { kind: "proposal", proposal: out.proposal, block: out.block });
          break;
        case "broadcastVote":
          emit(n, { kind: "vote", vote: out.vote });
          break;
        case "scheduleTimeout":
          q.push(now + out.ms, { kind: "timeout", node: n.index, inc: n.inc, height: out.height, round: out.round, step: out.step });
          break;
        case "evidence":
          evidence++;
          if (!equalBytes(out.evidence.voteA.validatorAddress, keys[byzIndex]?.address ?? new Uint8Array(1))) {
            violations.push(`evidence against an honest validator at node ${n.index}`);
          }
          break;
        case "decide":
          onDecide(n, out.height, out.round, out.block, out.blockId, out.commit);
          break;
      }
    }
  };

  const onDecide = (n: SimNode, height: bigint, round: number, block: SimBlock, blockId: BlockId, commit: Commit): void => {
    const set = n.sets.get(height)!;
    try {
      verifyCommit(CHAIN_ID, set, blockId, height, commit, verify);
    } catch (e) {
      violations.push(`node ${n.index} decided height ${height} with a bad commit: ${(e as Error).message}`);
    }
    if (!n.byzantine) {
      const prev = committed.get(height);
      if (prev === undefined) committed.set(height, { key: blockIdKey(blockId), round });
      else if (prev.key !== blockIdKey(blockId)) violations.push(`SAFETY: two blocks committed at height ${height}`);
    }
    // Execute and persist atomically (applyBlock's single batch), then tell the engine.
    n.store.set(height, { block, blockId, commit });
    n.tip = height;
    const next = advanceValidatorSets(n.sets.get(height + 1n)!, updatesAt(height));
    n.sets.set(height + 2n, next.nextValidators);
    n.wal = n.wal.filter((r) => r.height > height);
    process(n, n.engine.handle({ kind: "blockApplied", now, height, validatorUpdates: updatesAt(height) }));
    const ev = n.engine.validators;
    if (ev && !sameSet(ev, n.sets.get(height + 1n)!)) {
      violations.push(`node ${n.index}: engine validator set differs from state at ${height + 1n}`);
    }
  };

  const startNode = (n: SimNode): void => {
    const h = n.tip + 1n;
    const last = n.store.get(n.tip);
    process(
      n,
      n.engine.handle({
        kind: "startHeight",
        now,
        height: h,
        validators: n.sets.get(h)!,
        nextValidators: n.sets.get(h + 1n)!,
        lastCommit: last?.commit,
        lastBlockTime: last ? last.block.time : timestampFromMs(GENESIS_MS),
        wal: n.wal,
      }),
    );
    q.push(now + rng.int(1, o.gossipMs), { kind: "gossip", node: n.index, inc: n.inc });
  };

  function crash(n: SimNode): void {
    if (!n.up) return;
    n.up = false;
    n.inc++;
    q.push(Math.max(now + 1, Math.min(GENESIS_MS + o.gstMs, now + rng.int(20, 400))), { kind: "restart", node: n.index });
  }

  // What each node already sent each peer (CometBFT's per-peer HasVote bits); reset when a
  // connection is lost (restart, GST heal), since anything in flight may have been dropped.
  let sent: WeakSet<object>[][] = [];
  const resetSent = (): void => {
    sent = nodes.map(() => nodes.map(() => new WeakSet<object>()));
  };
  // Last height each peer announced; votes are relayed only to peers at their height, as
  // CometBFT's gossip consults the peer's round state (a lagging peer would drop them).
  const peerHeight = nodes.map(() => nodes.map(() => 0n));
  const relay = (from: number, obj: object, msg: Msg, height: bigint): void => {
    for (let to = 0; to < nodes.length; to++) {
      if (to === from || peerHeight[from]![to] !== height || sent[from]![to]!.has(obj)) continue;
      sent[from]![to]!.add(obj);
      send(from, to, msg);
    }
  };

  const onGossip = (n: SimNode): void => {
    const g = n.engine.gossip();
    if (g.proposal) relay(n.index, g.proposal.proposal, { kind: "proposal", ...g.proposal }, g.proposal.proposal.height);
    for (const vote of g.votes) relay(n.index, vote, { kind: "vote", vote }, vote.height);
    broadcast(n.index, { kind: "status", from: n.index, height: n.tip + 1n });
    q.push(now + o.gossipMs, { kind: "gossip", node: n.index, inc: n.inc });
  };

  const deliver = (n: SimNode, msg: Msg): void => {
    switch (msg.kind) {
      case "status": {
        peerHeight[n.index]![msg.from] = msg.height;
        // Block sync in miniature: a peer behind us gets the decided block and commit it needs.
        const s = n.store.get(msg.height);
        if (s) send(n.index, msg.from, { kind: "commit", height: msg.height, ...s });
        return;
      }
      case "proposal":
        return process(n, n.engine.handle({ kind: "proposal", now, proposal: msg.proposal, block: msg.block }));
      case "vote":
        return process(n, n.engine.handle({ kind: "vote", now, vote: msg.vote }));
      case "commit":
        return process(n, n.engine.handle({ kind: "commit", now, height: msg.height, block: msg.block, blockId: msg.blockId, commit: msg.commit }));
    }
  };

  // Chaos schedule, all before GST; at GST every node is up and the network is whole.
  for (let i = 0; i < o.crashes; i++) q.push(GENESIS_MS + rng.int(0, o.gstMs), { kind: "crash", node: rng.int(0, nodes.length - 1) });
  for (let i = 0; i < o.partitions; i++) {
    const at = GENESIS_MS + rng.int(0, o.gstMs);
    q.push(at, { kind: "partition", groups: nodes.map(() => rng.int(0, 1)) });
    q.push(Math.min(GENESIS_MS + o.gstMs, at + rng.int(50, 600)), { kind: "partition", groups: undefined });
  }
  q.push(GENESIS_MS + o.gstMs, { kind: "partition", groups: undefined });
  resetSent();
  for (const n of nodes) startNode(n);

  const honest = nodes.filter((n) => !n.byzantine);
  let gstTarget: bigint | undefined;
  let events = 0;
  const deadline = GENESIS_MS + o.gstMs + o.livenessMs;
  while (q.size > 0) {
    const { time, ev } = q.pop()!;
    now = time;
    if (now > deadline) break;
    if (gstTarget === undefined && now >= GENESIS_MS + o.gstMs) {
      let best = 0n;
      for (const n of honest) if (n.tip > best) best = n.tip;
      gstTarget = best + BigInt(o.heightsAfterGst);
      resetSent();
    }
    if (gstTarget !== undefined && honest.every((n) => n.tip >= gstTarget!)) break;
    events++;
    const n = "node" in ev ? nodes[ev.node]! : ev.kind === "deliver" ? nodes[ev.to]! : undefined;
    switch (ev.kind) {
      case "deliver":
        if (n!.up) deliver(n!, ev.msg);
        break;
      case "timeout":
        if (n!.up && ev.inc === n!.inc) process(n!, n!.engine.handle({ kind: "timeout", now, height: ev.height, round: ev.round, step: ev.step }));
        break;
      case "gossip":
        if (n!.up && ev.inc === n!.inc) onGossip(n!);
        break;
      case "crash":
        crash(n!);
        break;
      case "restart":
        if (!n!.up) {
          n!.up = true;
          restarts++;
          n!.engine = newEngine(n!);
          for (let i = 0; i < nodes.length; i++) {
            sent[i]![n!.index] = new WeakSet();
            sent[n!.index]![i] = new WeakSet();
          }
          startNode(n!);
        }
        break;
      case "partition":
        groups = ev.groups;
        break;
    }
  }
  if (gstTarget === undefined || !honest.every((n) => n.tip >= gstTarget!)) {
    violations.push(`LIVENESS: tips ${honest.map((n) => n.tip).join(",")} below ${gstTarget} at GST+${o.livenessMs}ms`);
  }
  if (o.debug) {
    for (const n of nodes) {
      const e = n.engine;
      o.debug(`node ${n.index} up=${n.up} byz=${n.byzantine} tip=${n.tip} h=${e.height} r=${e.round} step=${e.step} locked=${e.lockedRound} valid=${e.validRound} ${e.debugRounds()}`);
    }
  }
  const heights = Number(honest.reduce((m, n) => (n.tip > m ? n.tip : m), 0n));
  const roundsPerHeight = [...committed.values()].map((c) => c.round + 1);
  return { seed: o.seed, violations, heights, roundsPerHeight, evidence, restarts, virtualMs: now - GENESIS_MS, events };
}

function sameSet(a: ValidatorSet, b: ValidatorSet): boolean {
  return (
    a.validators.length === b.validators.length &&
    a.validators.every((v, i) => {
      const w = b.validators[i]!;
      return equalBytes(v.address, w.address) && v.votingPower === w.votingPower && v.proposerPriority === w.proposerPriority;
    })
  );
}

/** LastCommits already verified: every node validates the same block object, so check it once. */
const verifiedCommits = new WeakSet<Commit>();

function validateSimBlock(
  n: Pick<SimNode, "store" | "sets">,
  block: SimBlock,
  blockId: BlockId,
  height: bigint,
  verify: (p: Uint8Array, m: Uint8Array, s: Uint8Array) => boolean,
): boolean {
  if (block.height !== height || !sameBlockId(simBlockId(block), blockId)) return false;
  const set = n.sets.get(height);
  if (!set || !set.validators.some((v) => equalBytes(v.address, block.proposer))) return false;
  if (height === 1n) return block.lastCommit === undefined;
  const prev = n.store.get(height - 1n);
  if (!prev || !sameBlockId(prev.blockId, block.lastBlockId) || !block.lastCommit) return false;
  if (verifiedCommits.has(block.lastCommit)) return true;
  try {
    verifyCommit(CHAIN_ID, n.sets.get(height - 1n)!, prev.blockId, height - 1n, block.lastCommit, verify);
    verifiedCommits.add(block.lastCommit);
    return true;
  } catch {
    return false;
  }
}

function fakeBlockId(rng: Prng): BlockId {
  const hash = Uint8Array.from({ length: 32 }, () => rng.int(0, 255));
  return { hash, partSetHeader: { total: 1, hash: hash.slice().reverse() } };
}

function voteBytes(v: Vote): Uint8Array {
  return voteSignBytes(CHAIN_ID, v);
}
function proposalBytes(p: Proposal): Uint8Array {
  return proposalSignBytes(CHAIN_ID, p);
}
