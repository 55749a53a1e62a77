import {
  MsgDeposit, MsgDepositResponse, MsgSubmitProposal, MsgSubmitProposalResponse, MsgUpdateParams, MsgUpdateParamsResponse,
  MsgVote, MsgVoteResponse, MsgVoteWeighted, MsgVoteWeightedResponse,
} from "cosmjs-types/cosmos/gov/v1/tx";
import * as B from "cosmjs-types/cosmos/gov/v1beta1/tx";
import type { MsgSpec } from "../../chain/app/module.js";
import { aminoMsgOf } from "../../chain/tx/amino-sign-doc.js";
import { coinsFromProto, validatePositiveCoins, type Coin } from "../../chain/codec/coins.js";
import { ErrUnauthorized } from "../../chain/errors/index.js";
import { validateAddress } from "../nft/keeper.js";
import { decToJson } from "../staking/dec.js";
import { ErrEmptyDeposit, ErrInvalidProposal, ErrInvalidVote, ErrMetadataTooLong, ErrSummaryTooLong, ErrTitleTooLong } from "./errors.js";
import { govAuthority, type GovKeeper } from "./keeper.js";
import { govParamsFromProto, validateGovParams } from "./params.js";
import { processAddDeposit, processSubmitProposal, processVote } from "./proposals.js";
import { optionsFromV1, optionsFromV1beta1, singleOption, validateWeightedOptions, isValidVoteOption } from "./votes.js";
import { msgDecoder } from "../../chain/app/msg-decoder.js";

/** The SDK's default length limits (x/gov config: MaxMetadataLen, MaxTitleLen 255, MaxSummaryLen 10200). */
export const MAX_METADATA_LEN = 255;
export const MAX_TITLE_LEN = 255;
export const MAX_SUMMARY_LEN = 10_200;


function metadata(s: string): void {
  if (s.length > MAX_METADATA_LEN) throw ErrMetadataTooLong.raise(`metadata is ${s.length} characters, limit ${MAX_METADATA_LEN}`);
}

/** A deposit: non-empty, positive, sorted coins. */
export function depositCoins(list: Array<{ denom: string; amount: string }>): Coin[] {
  const coins = coinsFromProto(list);
  if (coins.length === 0) throw ErrEmptyDeposit.raise();
  validatePositiveCoins(coins);
  return coins;
}

function initialDeposit(list: Array<{ denom: string; amount: string }>): Coin[] {
  const coins = coinsFromProto(list);
  validatePositiveCoins(coins);
  return coins;
}

const res = (typeUrl: string, value: Uint8Array) => ({ typeUrl, value });

/** Amino JSON of a proposal's messages: each inner message by its own amino form. */
function innerAmino(k: GovKeeper, m: MsgSubmitProposal): unknown[] {
  return m.messages.map((any) => aminoMsgOf(k.route(any.typeUrl), any.typeUrl, any.value));
}

/** cosmos.gov.v1 messages (the SDK v0.50 Msg service) plus v1beta1 votes and deposits. */
export function govMsgs(k: GovKeeper): MsgSpec<any>[] {
  const submit: MsgSpec<MsgSubmitProposal> = {
    typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
    decode: msgDecoder(MsgSubmitProposal),
    signers: (m) => [m.proposer],
    aminoJson: (m) => ({
      type: "cosmos-sdk/v1/MsgSubmitProposal",
      value: { messages: innerAmino(k, m), initial_deposit: m.initialDeposit, proposer: m.proposer, metadata: m.metadata || undefined, title: m.title || undefined, summary: m.summary || undefined, expedited: m.expedited || undefined },
    }),
    validateBasic(m) {
      validateAddress(m.proposer, "proposer");
      initialDeposit(m.initialDeposit);
      if (m.title.trim() === "") throw ErrInvalidProposal.raise("proposal title cannot be empty");
      if (m.summary.trim() === "") throw ErrInvalidProposal.raise("proposal summary cannot be empty");
      if (m.title.length > MAX_TITLE_LEN) throw ErrTitleTooLong.raise(`title is ${m.title.length} characters, limit ${MAX_TITLE_LEN}`);
      if (m.summary.length > MAX_SUMMARY_LEN) throw ErrSummaryTooLong.raise(`summary is ${m.summary.length} characters, limit ${MAX_SUMMARY_LEN}`);
      metadata(m.metadata);
    },
    handle(ctx, m) {
      const id = processSubmitProposal(k, ctx, { messages: m.messages, initialDeposit: initialDeposit(m.initialDeposit), proposer: m.proposer, metadata: m.metadata, title: m.title, summary: m.summary, expedited: m.expedited });
      return res("/cosmos.gov.v1.MsgSubmitProposalResponse", MsgSubmitProposalResponse.encode({ proposalId: id }).finish());
    },
  };

  const deposit: MsgSpec<MsgDeposit> = {
    typeUrl: "/cosmos.gov.v1.MsgDeposit",
    decode: msgDecoder(MsgDeposit),
    signers: (m) => [m.depositor],
    aminoJson: (m) => ({ type: "cosmos-sdk/v1/MsgDeposit", value: { proposal_id: m.proposalId.toString(), depositor: m.depositor, amount: m.amount } }),
    validateBasic(m) {
      validateAddress(m.depositor, "depositor");
      depositCoins(m.amount);
    },
    handle(ctx, m) {
      processAddDeposit(k, ctx, m.proposalId, m.depositor, depositCoins(m.amount));
      return res("/cosmos.gov.v1.MsgDepositResponse", MsgDepositResponse.encode({}).finish());
    },
  };

  const vote: MsgSpec<MsgVote> = {
    typeUrl: "/cosmos.gov.v1.MsgVote",
    decode: msgDecoder(MsgVote),
    signers: (m) => [m.voter],
    aminoJson: (m) => ({ type: "cosmos-sdk/v1/MsgVote", value: { proposal_id: m.proposalId.toString(), voter: m.voter, option: m.option, metadata: m.metadata || undefined } }),
    validateBasic(m) {
      validateAddress(m.voter, "voter");
      if (!isValidVoteOption(m.option)) throw ErrInvalidVote.raise(`invalid option ${m.option}`);
      metadata(m.metadata);
    },
    handle(ctx, m) {
      processVote(k, ctx, m.proposalId, m.voter, singleOption(m.option), m.metadata);
      return res("/cosmos.gov.v1.MsgVoteResponse", MsgVoteResponse.encode({}).finish());
    },
  };

  const voteWeighted: MsgSpec<MsgVoteWeighted> = {
    typeUrl: "/cosmos.gov.v1.MsgVoteWeighted",
    decode: msgDecoder(MsgVoteWeighted),
    signers: (m) => [m.voter],
    aminoJson: (m) => ({
      type: "cosmos-sdk/v1/MsgVoteWeighted",
      value: { proposal_id: m.proposalId.toString(), voter: m.voter, options: optionsFromV1(m.options).map((o) => ({ option: o.option, weight: decToJson(o.weight) })), metadata: m.metadata || undefined },
    }),
    validateBasic(m) {
      validateAddress(m.voter, "voter");
      validateWeightedOptions(optionsFromV1(m.options));
      metadata(m.metadata);
    },
    handle(ctx, m) {
      processVote(k, ctx, m.proposalId, m.voter, optionsFromV1(m.options), m.metadata);
      return res("/cosmos.gov.v1.MsgVoteWeightedResponse", MsgVoteWeightedResponse.encode({}).finish());
    },
  };

  const updateParams: MsgSpec<MsgUpdateParams> = {
    typeUrl: "/cosmos.gov.v1.MsgUpdateParams",
    decode: msgDecoder(MsgUpdateParams),
    signers: (m) => [m.authority],
    aminoJson: (m) => ({ type: "cosmos-sdk/x/gov/v1/MsgUpdateParams", value: { authority: m.authority, params: m.params } }),
    validateBasic(m) {
      validateAddress(m.authority, "authority");
      validateGovParams(govParamsFromProto(m.params));
    },
    handle(ctx, m) {
      if (m.authority !== govAuthority()) throw ErrUnauthorized.raise(`invalid authority; expected ${govAuthority()}, got ${m.authority}`);
      k.setParams(ctx, govParamsFromProto(m.params));
      return res("/cosmos.gov.v1.MsgUpdateParamsResponse", MsgUpdateParamsResponse.encode({}).finish());
    },
  };

  // v1beta1: what Keplr and CosmJS's amino converters send for votes and deposits.
  const depositBeta: MsgSpec<B.MsgDeposit> = {
    typeUrl: "/cosmos.gov.v1beta1.MsgDeposit",
    decode: msgDecoder(B.MsgDeposit),
    signers: (m) => [m.depositor],
    aminoJson: (m) => ({ type: "cosmos-sdk/MsgDeposit", value: { amount: m.amount, depositor: m.depositor, proposal_id: m.proposalId.toString() } }),
    validateBasic(m) {
      validateAddress(m.depositor, "depositor");
      depositCoins(m.amount);
    },
    handle(ctx, m) {
      processAddDeposit(k, ctx, m.proposalId, m.depositor, depositCoins(m.amount));
      return res("/cosmos.gov.v1beta1.MsgDepositResponse", B.MsgDepositResponse.encode({}).finish());
    },
  };

  const voteBeta: MsgSpec<B.MsgVote> = {
    typeUrl: "/cosmos.gov.v1beta1.MsgVote",
    decode: msgDecoder(B.MsgVote),
    signers: (m) => [m.voter],
    aminoJson: (m) => ({ type: "cosmos-sdk/MsgVote", value: { option: m.option, proposal_id: m.proposalId.toString(), voter: m.voter } }),
    validateBasic(m) {
      validateAddress(m.voter, "voter");
      if (!isValidVoteOption(m.option)) throw ErrInvalidVote.raise(`invalid option ${m.option}`);
    },
    handle(ctx, m) {
      processVote(k, ctx, m.proposalId, m.voter, singleOption(m.option), "");
      return res("/cosmos.gov.v1beta1.MsgVoteResponse", B.MsgVoteResponse.encode({}).finish());
    },
  };

  const voteWeightedBeta: MsgSpec<B.MsgVoteWeighted> = {
    typeUrl: "/cosmos.gov.v1beta1.MsgVoteWeighted",
    decode: msgDecoder(B.MsgVoteWeighted),
    signers: (m) => [m.voter],
    aminoJson: (m) => ({
      type: "cosmos-sdk/MsgVoteWeighted",
      value: { options: optionsFromV1beta1(m.options).map((o) => ({ option: o.option, weight: decToJson(o.weight) })), proposal_id: m.proposalId.toString(), voter: m.voter },
    }),
    validateBasic(m) {
      validateAddress(m.voter, "voter");
      validateWeightedOptions(optionsFromV1beta1(m.options));
    },
    handle(ctx, m) {
      processVote(k, ctx, m.proposalId, m.voter, optionsFromV1beta1(m.options), "");
      return res("/cosmos.gov.v1beta1.MsgVoteWeightedResponse", B.MsgVoteWeightedResponse.encode({}).finish());
    },
  };

  return [submit, deposit, vote, voteWeighted, updateParams, depositBeta, voteBeta, voteWeightedBeta];
}
