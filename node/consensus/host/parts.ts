import { joinParts, verifyPart, type Part } from "../../../chain/block/part-set.js";
import type { PartSetHeader } from "../../../chain/block/types.js";
import { equalBytes } from "../../../chain/crypto/bytes.js";

/**
 * Reassembles proposal blocks from gossiped parts (CometBFT's ProposalBlockParts): one part set per
 * (height, round), created from the part set header of that round's (signature-checked) proposal.
 * A part for a (height, round) without a proposal, or claiming another part set header (an
 * equivocating proposer's other block, relayed by an honest peer), is ignored; a part that claims
 * the expected header but fails its checks (size, index, merkle proof) is `invalid` — the sender
 * made it up, the caller punishes it. Duplicates are ignored. When the last part arrives the exact
 * serialized block is returned once (`complete`).
 */
export type AddPartResult =
  | { kind: "added"; have: number; total: number }
  | { kind: "complete"; bytes: Uint8Array }
  | { kind: "duplicate" }
  | { kind: "ignored"; why: string }
  | { kind: "invalid"; why: string };

export type SetProposalResult = "new" | "same" | "conflict" | "refused";

interface Assembly {
  height: bigint;
  round: number;
  header: PartSetHeader;
  parts: Array<Part | undefined>;
  have: number;
  done: boolean;
}

export class PartAssembler {
  private readonly sets = new Map<string, Assembly>();

  /**
   * @param maxTotal largest part count accepted (ceil(max block bytes / part size)).
   * @param maxSets part sets held at once; when full, the oldest (height, round) gives way to a newer one.
   */
  constructor(
    private readonly maxTotal: number,
    private readonly maxSets = 8,
  ) {}

  private static key(height: bigint, round: number): string {
    return `${height}/${round}`;
  }

  /** Registers the part set header of the proposal of (height, round); the first one wins. */
  setProposal(height: bigint, round: number, header: PartSetHeader): SetProposalResult {
    const k = PartAssembler.key(height, round);
    const cur = this.sets.get(k);
    if (cur) return sameHeader(cur.header, header) ? "same" : "conflict";
    if (!Number.isInteger(header.total) || header.total < 1 || header.total > this.maxTotal || header.hash.length !== 32) return "refused";
    if (this.sets.size >= this.maxSets) {
      // A long height with many rounds: drop the oldest round's set (its block, if it comes back
      // as a later round's proposal, is assembled again under that round).
      let oldest: [string, Assembly] | undefined;
      for (const e of this.sets) if (!oldest || e[1].height < oldest[1].height || (e[1].height === oldest[1].height && e[1].round < oldest[1].round)) oldest = e;
      if (!oldest || oldest[1].height > height || (oldest[1].height === height && oldest[1].round > round)) return "refused";
      this.sets.delete(oldest[0]);
    }
    this.sets.set(k, { height, round, header, parts: new Array(header.total), have: 0, done: false });
    return "new";
  }

  /** Marks (height, round) complete without parts (we hold the block already: own or inline proposal). */
  markComplete(height: bigint, round: number): void {
    const a = this.sets.get(PartAssembler.key(height, round));
    if (a && !a.done) {
      a.done = true;
      a.parts = [];
    }
  }

  header(height: bigint, round: number): PartSetHeader | undefined {
    return this.sets.get(PartAssembler.key(height, round))?.header;
  }

  isComplete(height: bigint, round: number): boolean {
    return this.sets.get(PartAssembler.key(height, round))?.done ?? false;
  }

  /** Indexes still missing for (height, round) (empty when complete or unknown). */
  missing(height: bigint, round: number): number[] {
    const a = this.sets.get(PartAssembler.key(height, round));
    if (!a || a.done) return [];
    const out: number[] = [];
    for (let i = 0; i < a.header.total; i++) if (a.parts[i] === undefined) out.push(i);
    return out;
  }

  addPart(height: bigint, round: number, header: PartSetHeader, part: Part): AddPartResult {
    const a = this.sets.get(PartAssembler.key(height, round));
    if (!a) return { kind: "ignored", why: "no proposal for this height and round" };
    if (!sameHeader(a.header, header)) return { kind: "ignored", why: "part of another part set" };
    if (a.done) return { kind: "duplicate" };
    if (!Number.isInteger(part.index) || part.index < 0 || part.index >= a.header.total) return { kind: "invalid", why: `part index ${part.index} out of range` };
    if (a.parts[part.index] !== undefined) return { kind: "duplicate" };
    try {
      verifyPart(a.header, part);
    } catch (e) {
      return { kind: "invalid", why: (e as Error).message };
    }
    a.parts[part.index] = part;
    a.have++;
    if (a.have < a.header.total) return { kind: "added", have: a.have, total: a.header.total };
    const bytes = joinParts(a.header, a.parts as Part[]);
    a.done = true;
    a.parts = [];
    return { kind: "complete", bytes };
  }

  /** Drops every part set below `height`. */
  prune(height: bigint): void {
    for (const [k, a] of [...this.sets]) if (a.height < height) this.sets.delete(k);
  }

  get size(): number {
    return this.sets.size;
  }
}

function sameHeader(a: PartSetHeader, b: PartSetHeader): boolean {
  return a.total === b.total && equalBytes(a.hash, b.hash);
}
