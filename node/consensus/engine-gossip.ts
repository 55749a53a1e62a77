import { blockIdKey } from "./block-id.js";
import type { HeightState } from "./engine-state.js";
import type { Proposal, Vote } from "./types.js";

// Read-only views of the engine's state for the host: what to gossip, and a debug line.

/** One line per round: proposal, prevote and precommit power by block id (for debugging). */
export function debugRounds<B>(s: HeightState<B> | undefined): string {
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
export function gossipView<B>(s: HeightState<B> | undefined): { proposal?: { proposal: Proposal; block: B }; votes: Vote[] } {
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
