import { ProposalStatus, type Proposal } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Context } from "../../chain/app/context.js";
import type { MsgSpec } from "../../chain/app/module.js";
import { addCoins, coinToProto, formatCoins, type Coin } from "../../chain/codec/coins.js";
import { makeEvent } from "../../chain/events/types.js";
import { DEC_ONE } from "../staking/dec.js";
import {
  ErrInactiveProposal, ErrInvalidDepositDenom, ErrInvalidProposalMsg, ErrInvalidSigner, ErrMinDepositTooSmall, ErrUnroutableProposalMsg,
} from "./errors.js";
import { GOV_MODULE_ACCOUNT, govAuthority, type GovKeeper, type Time } from "./keeper.js";
import { isAllGte, minDepositFor } from "./params.js";
import { formatOptions, optionsToV1, validateWeightedOptions, type WeightedOption } from "./votes.js";

export interface SubmitProposalInput {
  messages: Any[];
  initialDeposit: Coin[];
  proposer: string;
  metadata: string;
  title: string;
  summary: string;
  /** Needs expedited_min_deposit, votes for expedited_voting_period against expedited_threshold. */
  expedited: boolean;
}

function nowOf(ctx: Context): Time {
  return { seconds: ctx.block.timeSeconds, nanos: ctx.block.timeNanos };
}

const after = (t: Time, seconds: bigint): Time => ({ seconds: t.seconds + seconds, nanos: t.nanos });

export function coinsOf(list: Array<{ denom: string; amount: string }>): Coin[] {
  return list.map((c) => ({ denom: c.denom, amount: BigInt(c.amount) }));
}

export { isAllGte };

/**
 * A proposal message as x/gov checks it at submission and again at execution: routable,
 * decodable, stateless-valid, and signed by exactly the gov module account.
 */
export function decodeProposalMessage(k: GovKeeper, any: Any): { spec: MsgSpec<unknown>; msg: unknown } {
  const spec = k.route(any.typeUrl);
  if (!spec) throw ErrUnroutableProposalMsg.raise(any.typeUrl);
  let msg: unknown;
  try {
    msg = spec.decode(any.value);
  } catch (e) {
    throw ErrInvalidProposalMsg.raise(`${any.typeUrl}: ${(e as Error).message}`);
  }
  const signers = spec.signers(msg);
  const gov = govAuthority();
  if (signers.length !== 1 || signers[0] !== gov) throw ErrInvalidSigner.raise(`${any.typeUrl} is signed by [${signers.join(", ")}], expected [${gov}]`);
  spec.validateBasic(msg);
  return { spec, msg };
}

function validateDepositDenoms(k: GovKeeper, ctx: Context, coins: Coin[]): void {
  const allowed = new Set(k.params(ctx).minDeposit.map((c) => c.denom));
  for (const c of coins) if (!allowed.has(c.denom)) throw ErrInvalidDepositDenom.raise(`${c.denom} is not one of the min_deposit denoms [${[...allowed].join(", ")}]`);
}

/** Submits a proposal (deposit period) and adds the initial deposit; returns its id. */
export function processSubmitProposal(k: GovKeeper, ctx: Context, m: SubmitProposalInput): bigint {
  for (const any of m.messages) decodeProposalMessage(k, any);
  const params = k.params(ctx);
  validateDepositDenoms(k, ctx, m.initialDeposit);
  const minInitial = minDepositFor(params, m.expedited).map((c) => ({ denom: c.denom, amount: (c.amount * params.minInitialDepositRatio) / DEC_ONE }));
  if (!isAllGte(m.initialDeposit, minInitial)) throw ErrMinDepositTooSmall.raise(`was (${formatCoins(m.initialDeposit)}), need (${formatCoins(minInitial)})`);

  const id = k.nextProposalId(ctx);
  k.setNextProposalId(ctx, id + 1n);
  const now = nowOf(ctx);
  const depositEnd = after(now, params.maxDepositPeriodSeconds);
  const proposal: Proposal = {
    id, messages: m.messages, status: ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD,
    finalTallyResult: { yesCount: "0", abstainCount: "0", noCount: "0", noWithVetoCount: "0" },
    submitTime: now, depositEndTime: depositEnd, totalDeposit: [], votingStartTime: undefined, votingEndTime: undefined,
    metadata: m.metadata, title: m.title, summary: m.summary, proposer: m.proposer, expedited: m.expedited, failedReason: "",
  };
  k.setProposal(ctx, proposal);
  k.enqueue(ctx, "inactive", depositEnd.seconds, id);
  ctx.emit(makeEvent("submit_proposal", [["proposal_id", id.toString()], ["proposal_messages", m.messages.map((a) => a.typeUrl).join(",")]]));
  if (m.initialDeposit.length > 0 && processAddDeposit(k, ctx, id, m.proposer, m.initialDeposit)) {
    ctx.emit(makeEvent("submit_proposal", [["voting_period_start", id.toString()]]));
  }
  return id;
}

/**
 * Starts the voting period: leaves the deposit queue, enters the voting queue for voting_period,
 * or expedited_voting_period for an expedited proposal (x/gov ActivateVotingPeriod).
 */
export function activateVotingPeriod(k: GovKeeper, ctx: Context, p: Proposal): void {
  const now = nowOf(ctx);
  const params = k.params(ctx);
  const end = after(now, p.expedited ? params.expeditedVotingPeriodSeconds : params.votingPeriodSeconds);
  if (p.depositEndTime) k.dequeue(ctx, "inactive", p.depositEndTime.seconds, p.id);
  k.setProposal(ctx, { ...p, status: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, votingStartTime: now, votingEndTime: end });
  k.enqueue(ctx, "active", end.seconds, p.id);
}

/**
 * Escrows a deposit in the gov module account (deposit or voting period only); the proposal
 * enters its voting period once the total covers min_deposit (expedited_min_deposit for an
 * expedited proposal). Returns whether it just did.
 */
export function processAddDeposit(k: GovKeeper, ctx: Context, id: bigint, depositor: string, coins: Coin[]): boolean {
  const p = k.requireProposal(ctx, id);
  if (p.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) {
    throw ErrInactiveProposal.raise(`proposal ${id} is not in its deposit or voting period`);
  }
  validateDepositDenoms(k, ctx, coins);
  k.bank.sendFromAccountToModule(ctx, depositor, GOV_MODULE_ACCOUNT, coins);
  const total = addCoins(coinsOf(p.totalDeposit), coins);
  const updated: Proposal = { ...p, totalDeposit: total.map(coinToProto) };
  const activated = p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && isAllGte(total, minDepositFor(k.params(ctx), p.expedited));
  if (activated) activateVotingPeriod(k, ctx, updated);
  else k.setProposal(ctx, updated);
  const prev = k.getDeposit(ctx, id, depositor);
  const amount = addCoins(prev ? coinsOf(prev.amount) : [], coins);
  k.setDeposit(ctx, { proposalId: id, depositor, amount: amount.map(coinToProto) });
  ctx.emit(makeEvent("proposal_deposit", [["amount", formatCoins(coins)], ["proposal_id", id.toString()], ["depositor", depositor]]));
  if (activated) ctx.emit(makeEvent("proposal_deposit", [["voting_period_start", id.toString()]]));
  return activated;
}

/** Records (or replaces) a vote; only during the voting period. */
export function processVote(k: GovKeeper, ctx: Context, id: bigint, voter: string, options: WeightedOption[], metadata: string): void {
  validateWeightedOptions(options);
  const p = k.requireProposal(ctx, id);
  if (p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) throw ErrInactiveProposal.raise(`proposal ${id} is not in its voting period`);
  k.setVote(ctx, { proposalId: id, voter, options: optionsToV1(options), metadata });
  ctx.emit(makeEvent("proposal_vote", [["option", formatOptions(options)], ["proposal_id", id.toString()], ["voter", voter]]));
}
