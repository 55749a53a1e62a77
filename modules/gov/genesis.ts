import { Deposit, Proposal, ProposalStatus, Vote } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Context } from "../../chain/app/context.js";
import type { ReadCtx } from "../auth/keeper.js";
import { ErrInvalidGenesis } from "./errors.js";
import type { GovKeeper } from "./keeper.js";
import { govParamsFromJson, govParamsToJson, validateGovParams } from "./params.js";

/**
 * gov genesis: params in the SDK's snake_case JSON (durations "60s", decimals "0.5"); proposals,
 * deposits and votes in protobuf JSON (cosmjs-types toJSON, Any messages as type_url + base64).
 */
export interface GovGenesisJson {
  starting_proposal_id?: string;
  params?: Record<string, unknown>;
  proposals?: unknown[];
  deposits?: unknown[];
  votes?: unknown[];
}

export function defaultGovGenesis(): GovGenesisJson {
  return { starting_proposal_id: "1", params: govParamsToJson(govParamsFromJson(undefined)), proposals: [], deposits: [], votes: [] };
}

export function initGovGenesis(k: GovKeeper, ctx: Context, g: GovGenesisJson | undefined): void {
  const params = govParamsFromJson(g?.params);
  validateGovParams(params);
  k.setParams(ctx, params);
  const start = BigInt(g?.starting_proposal_id ?? "1");
  if (start < 1n) throw ErrInvalidGenesis.raise("starting_proposal_id must be at least 1");
  k.setNextProposalId(ctx, start);
  for (const raw of g?.proposals ?? []) {
    const p = Proposal.fromJSON(raw);
    if (p.id >= start) throw ErrInvalidGenesis.raise(`proposal ${p.id} is not below starting_proposal_id ${start}`);
    if (k.getProposal(ctx, p.id)) throw ErrInvalidGenesis.raise(`duplicate proposal ${p.id}`);
    k.setProposal(ctx, p);
    if (p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && p.depositEndTime) k.enqueue(ctx, "inactive", p.depositEndTime.seconds, p.id);
    if (p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD && p.votingEndTime) k.enqueue(ctx, "active", p.votingEndTime.seconds, p.id);
  }
  for (const raw of g?.deposits ?? []) {
    const d = Deposit.fromJSON(raw);
    if (!k.getProposal(ctx, d.proposalId)) throw ErrInvalidGenesis.raise(`deposit for unknown proposal ${d.proposalId}`);
    k.setDeposit(ctx, d);
  }
  for (const raw of g?.votes ?? []) {
    const v = Vote.fromJSON(raw);
    if (!k.getProposal(ctx, v.proposalId)) throw ErrInvalidGenesis.raise(`vote for unknown proposal ${v.proposalId}`);
    k.setVote(ctx, v);
  }
}

export function exportGovGenesis(k: GovKeeper, ctx: ReadCtx): GovGenesisJson {
  return {
    starting_proposal_id: k.nextProposalId(ctx).toString(),
    params: govParamsToJson(k.params(ctx)),
    proposals: [...k.iterateProposals(ctx)].map((p) => Proposal.toJSON(p)),
    deposits: [...k.iterateAllDeposits(ctx)].map((d) => Deposit.toJSON(d)),
    votes: [...k.iterateAllVotes(ctx)].map((v) => Vote.toJSON(v)),
  };
}
