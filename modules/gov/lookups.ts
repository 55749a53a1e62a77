import { ProposalStatus, type Proposal, type TallyResult } from "cosmjs-types/cosmos/gov/v1/gov";
import type { ReadCtx } from "../auth/keeper.js";
import { ErrInvalidRequest, ErrKeyNotFound } from "../../chain/errors/index.js";
import { validateAddress } from "../nft/keeper.js";
import { tallyProposal } from "./end-block.js";
import type { GovKeeper } from "./keeper.js";
import { countsToProto } from "./tally.js";

/** Lookups shared by the v1 and v1beta1 query services; not-found answers gRPC NotFound (code 22). */
export function proposalId(id: bigint): bigint {
  if (id === 0n) throw ErrInvalidRequest.raise("proposal id can not be 0");
  return id;
}

export function findProposal(k: GovKeeper, ctx: ReadCtx, id: bigint): Proposal {
  const p = k.getProposal(ctx, proposalId(id));
  if (!p) throw ErrKeyNotFound.raise(`proposal ${id} doesn't exist`);
  return p;
}

/** Proposals in id order, filtered like the SDK: status (0 = any), has a vote by, has a deposit by. */
export function filterProposals(k: GovKeeper, ctx: ReadCtx, f: { status: number; voter: string; depositor: string }): Proposal[] {
  if (f.voter !== "") validateAddress(f.voter, "voter");
  if (f.depositor !== "") validateAddress(f.depositor, "depositor");
  return [...k.iterateProposals(ctx)].filter(
    (p) =>
      (f.status === ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED || p.status === f.status) &&
      (f.voter === "" || k.getVote(ctx, p.id, f.voter) !== undefined) &&
      (f.depositor === "" || k.getDeposit(ctx, p.id, f.depositor) !== undefined),
  );
}

export function findVote(k: GovKeeper, ctx: ReadCtx, id: bigint, voter: string) {
  validateAddress(voter, "voter");
  const v = k.getVote(ctx, proposalId(id), voter);
  if (!v) throw ErrKeyNotFound.raise(`voter: ${voter} not found for proposal: ${id}`);
  return v;
}

export function findDeposit(k: GovKeeper, ctx: ReadCtx, id: bigint, depositor: string) {
  validateAddress(depositor, "depositor");
  const d = k.getDeposit(ctx, proposalId(id), depositor);
  if (!d) throw ErrKeyNotFound.raise(`depositer: ${depositor} not found for proposal: ${id}`);
  return d;
}

/** Final tally once decided, the live tally while voting, zeros before. */
export function currentTally(k: GovKeeper, ctx: ReadCtx, id: bigint): TallyResult {
  const p = findProposal(k, ctx, id);
  if (p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD) return { yesCount: "0", abstainCount: "0", noCount: "0", noWithVetoCount: "0" };
  if (p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) return countsToProto(tallyProposal(k, ctx, p).counts);
  return p.finalTallyResult ?? { yesCount: "0", abstainCount: "0", noCount: "0", noWithVetoCount: "0" };
}
