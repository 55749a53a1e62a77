import { Block } from "cosmjs-types/tendermint/types/block";
import { Commit as CommitProto, Part as PartProto, Proposal as ProposalProto, Vote as VoteProto } from "cosmjs-types/tendermint/types/types";
import { DuplicateVoteEvidence as DveProto } from "cosmjs-types/tendermint/types/evidence";
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import type { Commit } from "../../../chain/block/types.js";
import { hashHeader } from "../../../chain/block/header.js";
import { makePartSet, type Part } from "../../../chain/block/part-set.js";
import { equalBytes } from "../../../chain/crypto/bytes.js";
import type { BlockId } from "../../../chain/block/types.js";
import type { DuplicateVoteEvidence, Proposal, Vote, WalRecord } from "../types.js";

/**
 * Wire and disk formats of the consensus host. The engine's block type is `NodeBlock`: a
 * CometBFT block plus the proposer's beacon signature. Serialized, the signature is appended to
 * the block's protobuf as field 1000 (bytes), which every protobuf decoder (CosmJS, CometBFT's
 * gogoproto) skips as unknown; the part set header of the BlockID is computed over these bytes,
 * so every precommit (and hence the commit) binds the beacon signature to the block.
 */
export interface NodeBlock {
  block: Block;
  beaconSig: Uint8Array;
}

export const BEACON_FIELD = 1000;

export function serializeNodeBlock(nb: NodeBlock): Uint8Array {
  const body = Block.encode(nb.block).finish();
  const tail = new BinaryWriter().uint32((BEACON_FIELD << 3) | 2).bytes(nb.beaconSig).finish();
  const out = new Uint8Array(body.length + tail.length);
  out.set(body);
  out.set(tail, body.length);
  return out;
}

/** Decodes serialized block bytes; throws on malformed input or non-canonical encoding. */
export function parseNodeBlock(bytes: Uint8Array): NodeBlock {
  const block = Block.decode(bytes);
  let beaconSig: Uint8Array | undefined;
  const r = new BinaryReader(bytes);
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === BEACON_FIELD && (tag & 7) === 2) beaconSig = r.bytes();
    else r.skipType(tag & 7);
  }
  if (beaconSig === undefined || block.header === undefined) throw new Error("block without header or beacon signature");
  const nb = { block, beaconSig };
  if (!equalBytes(serializeNodeBlock(nb), bytes)) throw new Error("non-canonical block encoding");
  return nb;
}

/** BlockID: header hash + part set header of the serialized block (with its beacon field). */
export function nodeBlockId(nb: NodeBlock, bytes = serializeNodeBlock(nb)): BlockId {
  const hash = hashHeader(nb.block.header);
  if (hash === undefined) throw new Error("block header has no hash");
  const ps = makePartSet(bytes).header;
  return { hash, partSetHeader: { total: ps.total, hash: ps.hash } };
}

// ------------------------------------------------------------------ votes, proposals, evidence

export function voteToProto(v: Vote): VoteProto {
  return {
    type: v.type,
    height: v.height,
    round: v.round,
    blockId: v.blockId,
    timestamp: v.timestamp,
    validatorAddress: v.validatorAddress,
    validatorIndex: v.validatorIndex,
    signature: v.signature,
    extension: new Uint8Array(),
    extensionSignature: new Uint8Array(),
  };
}

/**
 * Field lengths every honest vote, proposal and block id has, checked when decoding so a peer's
 * padded field (a 1 MB "hash") costs nothing and gets it punished, instead of being hashed and
 * hex-keyed before the signature check refuses it.
 */
function checkBlockIdShape(id: { hash: Uint8Array; partSetHeader: { hash: Uint8Array } }, what: string, allowNil: boolean): void {
  const okLen = (b: Uint8Array) => b.length === 32 || (allowNil && b.length === 0);
  if (!okLen(id.hash) || !okLen(id.partSetHeader.hash)) throw new Error(`malformed ${what}: block id hashes must be 32 bytes${allowNil ? " or empty" : ""}`);
}

export function voteFromProto(p: VoteProto): Vote {
  if ((p.type !== 1 && p.type !== 2) || !p.blockId || !p.timestamp) throw new Error("malformed vote");
  checkBlockIdShape(p.blockId, "vote", true);
  if (p.validatorAddress.length !== 20) throw new Error("malformed vote: validator address must be 20 bytes");
  if (p.signature.length !== 64) throw new Error("malformed vote: signature must be 64 bytes");
  return {
    type: p.type,
    height: p.height,
    round: p.round,
    blockId: { hash: p.blockId.hash, partSetHeader: { total: p.blockId.partSetHeader.total, hash: p.blockId.partSetHeader.hash } },
    timestamp: { seconds: p.timestamp.seconds, nanos: p.timestamp.nanos },
    validatorAddress: p.validatorAddress,
    validatorIndex: p.validatorIndex,
    signature: p.signature,
  };
}

export function encodeVote(v: Vote): Uint8Array {
  return VoteProto.encode(voteToProto(v)).finish();
}

export function decodeVote(b: Uint8Array): Vote {
  return voteFromProto(VoteProto.decode(b));
}

export function encodeProposal(p: Proposal): Uint8Array {
  return ProposalProto.encode({ type: 32, height: p.height, round: p.round, polRound: p.polRound, blockId: p.blockId, timestamp: p.timestamp, signature: p.signature }).finish();
}

export function decodeProposal(b: Uint8Array): Proposal {
  const p = ProposalProto.decode(b);
  if (p.type !== 32 || !p.blockId || !p.timestamp) throw new Error("malformed proposal");
  checkBlockIdShape(p.blockId, "proposal", false);
  if (p.signature.length !== 64) throw new Error("malformed proposal: signature must be 64 bytes");
  return {
    height: p.height,
    round: p.round,
    polRound: p.polRound,
    blockId: { hash: p.blockId.hash, partSetHeader: { total: p.blockId.partSetHeader.total, hash: p.blockId.partSetHeader.hash } },
    timestamp: { seconds: p.timestamp.seconds, nanos: p.timestamp.nanos },
    signature: p.signature,
  };
}

export function evidenceToProto(e: DuplicateVoteEvidence): DveProto {
  return {
    voteA: voteToProto(e.voteA),
    voteB: voteToProto(e.voteB),
    totalVotingPower: e.totalVotingPower,
    validatorPower: e.validatorPower,
    timestamp: e.timestamp,
  };
}

export function evidenceFromProto(p: DveProto): DuplicateVoteEvidence {
  if (!p.voteA || !p.voteB || !p.timestamp) throw new Error("malformed evidence");
  return {
    voteA: voteFromProto(p.voteA),
    voteB: voteFromProto(p.voteB),
    totalVotingPower: p.totalVotingPower,
    validatorPower: p.validatorPower,
    timestamp: { seconds: p.timestamp.seconds, nanos: p.timestamp.nanos },
  };
}

export function encodeEvidence(e: DuplicateVoteEvidence): Uint8Array {
  return DveProto.encode(evidenceToProto(e)).finish();
}

export function decodeEvidence(b: Uint8Array): DuplicateVoteEvidence {
  return evidenceFromProto(DveProto.decode(b));
}

export function encodeCommit(c: Commit): Uint8Array {
  return CommitProto.encode(c).finish();
}

export function decodeCommit(b: Uint8Array): Commit {
  const c = CommitProto.decode(b);
  if (!c.blockId) throw new Error("malformed commit");
  return c as Commit;
}

// ------------------------------------------------------------------ block parts

export interface BlockPartMsg {
  height: bigint;
  round: number;
  /** Hash of the part set header the part claims to belong to (its total is `part.proof.total`). */
  partSetHash: Uint8Array;
  part: Part;
}

export function encodeBlockPart(m: BlockPartMsg): Uint8Array {
  const p = m.part;
  const a = PartProto.encode({
    index: p.index,
    bytes: p.bytes,
    proof: { total: BigInt(p.proof.total), index: BigInt(p.proof.index), leafHash: p.proof.leafHash, aunts: p.proof.aunts },
  }).finish();
  return encodeEnvelope({ kind: CS_BLOCK_PART, h: m.height, r: m.round, a, b: m.partSetHash });
}

/** From a decoded CS_BLOCK_PART envelope; throws on a malformed one. */
export function blockPartFromEnvelope(e: Envelope): BlockPartMsg {
  if (e.kind !== CS_BLOCK_PART || !e.a || !e.b || e.h === undefined || e.r === undefined) throw new Error("malformed block part");
  const p = PartProto.decode(e.a);
  if (!p.proof) throw new Error("block part without proof");
  const total = p.proof.total;
  const index = p.proof.index;
  if (total < 1n || total > 0x7fffffffn || index < 0n || index >= total) throw new Error("block part proof out of range");
  return {
    height: e.h,
    round: e.r,
    partSetHash: e.b,
    part: { index: p.index, bytes: p.bytes, proof: { total: Number(total), index: Number(index), leafHash: p.proof.leafHash, aunts: p.proof.aunts } },
  };
}

// ------------------------------------------------------------------ envelopes

/** A small tagged envelope: field 1 = kind, 2..6 = payload fields. */
export interface Envelope {
  kind: number;
  a?: Uint8Array;
  b?: Uint8Array;
  c?: Uint8Array;
  h?: bigint;
  r?: number;
}

export function encodeEnvelope(e: Envelope): Uint8Array {
  const w = new BinaryWriter();
  w.uint32(8).uint32(e.kind);
  if (e.a) w.uint32(18).bytes(e.a);
  if (e.b) w.uint32(26).bytes(e.b);
  if (e.c) w.uint32(34).bytes(e.c);
  if (e.h !== undefined) w.uint32(40).uint64(e.h);
  if (e.r !== undefined) w.uint32(48).uint32(e.r);
  return w.finish();
}

export function decodeEnvelope(bytes: Uint8Array): Envelope {
  const r = new BinaryReader(bytes);
  const e: Envelope = { kind: 0 };
  while (r.pos < r.len) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1: e.kind = r.uint32(); break;
      case 2: e.a = r.bytes(); break;
      case 3: e.b = r.bytes(); break;
      case 4: e.c = r.bytes(); break;
      case 5: e.h = r.uint64(); break;
      case 6: e.r = r.uint32(); break;
      default: r.skipType(tag & 7);
    }
  }
  return e;
}

/**
 * Consensus channel kinds. CS_PROPOSAL: a = Proposal, b = the whole serialized block, only for a
 * single-part block (larger blocks travel as CS_BLOCK_PART messages). CS_BLOCK_PART: h, r, a =
 * `tendermint.types.Part` (index, bytes, merkle proof), b = the part set header hash it belongs to
 * (the header's total is the proof's). CS_HAS_BLOCK: h, r, b = part set header hash: the sender
 * holds that whole block, so peers stop re-sending its parts.
 */
export const CS_PROPOSAL = 1;
export const CS_VOTE = 2;
export const CS_BLOCK_PART = 3;
export const CS_HAS_BLOCK = 4;
/** Block sync channel kinds. */
export const BS_STATUS = 1;
export const BS_REQUEST = 2;
export const BS_RESPONSE = 3;
export const BS_NO_BLOCK = 4;

// ------------------------------------------------------------------ WAL records

export function encodeWalRecord(r: WalRecord<NodeBlock>): Uint8Array {
  if (r.kind === "proposal") return encodeEnvelope({ kind: 1, a: encodeProposal(r.proposal), b: serializeNodeBlock(r.block) });
  return encodeEnvelope({ kind: 2, a: encodeVote(r.vote), b: r.block ? serializeNodeBlock(r.block) : undefined });
}

export function decodeWalRecord(bytes: Uint8Array): WalRecord<NodeBlock> {
  const e = decodeEnvelope(bytes);
  if (e.kind === 1 && e.a && e.b) {
    const proposal = decodeProposal(e.a);
    return { kind: "proposal", height: proposal.height, round: proposal.round, step: "propose", proposal, block: parseNodeBlock(e.b) };
  }
  if (e.kind === 2 && e.a) {
    const vote = decodeVote(e.a);
    return {
      kind: "vote",
      height: vote.height,
      round: vote.round,
      step: vote.type === 1 ? "prevote" : "precommit",
      vote,
      block: e.b ? parseNodeBlock(e.b) : undefined,
    };
  }
  throw new Error(`bad WAL record kind ${e.kind}`);
}
