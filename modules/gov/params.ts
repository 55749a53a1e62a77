import { Params as ParamsProto } from "cosmjs-types/cosmos/gov/v1/gov";
import { coinsFromProto, coinToProto, validatePositiveCoins, type Coin } from "../../chain/codec/coins.js";
import { DEC_ONE, decFromJson, decToJson } from "../staking/dec.js";
import { ErrInvalidParams } from "./errors.js";

/**
 * x/gov v1 params this chain implements. Ratios are sdk.Dec atomics (18 decimals); periods are
 * whole seconds. Cancellation and dynamic deposits are not supported: their fields are stored at
 * neutral values and ignored when set.
 */
export interface GovParams {
  minDeposit: Coin[];
  maxDepositPeriodSeconds: bigint;
  votingPeriodSeconds: bigint;
  quorum: bigint;
  threshold: bigint;
  vetoThreshold: bigint;
  minInitialDepositRatio: bigint;
  burnVoteQuorum: boolean;
  burnProposalDepositPrevote: boolean;
  burnVoteVeto: boolean;
  /** Expedited proposals (SDK v0.50): shorter voting, higher threshold, larger deposit. */
  expeditedVotingPeriodSeconds: bigint;
  expeditedThreshold: bigint;
  expeditedMinDeposit: Coin[];
}

/**
 * The SDK defaults (x/gov/types/v1/params.go), with the staking denom and 10 GCS minimum deposit;
 * expedited: 24 h voting, threshold 0.667, deposit 5 × min_deposit (50 GCS).
 */
export const DEFAULT_GOV_PARAMS: GovParams = {
  minDeposit: [{ denom: "ugcs", amount: 10_000_000n }],
  maxDepositPeriodSeconds: 172_800n,
  votingPeriodSeconds: 172_800n,
  quorum: 334_000_000_000_000_000n,
  threshold: 500_000_000_000_000_000n,
  vetoThreshold: 334_000_000_000_000_000n,
  minInitialDepositRatio: 0n,
  burnVoteQuorum: false,
  burnProposalDepositPrevote: false,
  burnVoteVeto: true,
  expeditedVotingPeriodSeconds: 86_400n,
  expeditedThreshold: 667_000_000_000_000_000n,
  expeditedMinDeposit: [{ denom: "ugcs", amount: 50_000_000n }],
};

/** The deposit a proposal needs to enter its voting period (x/gov Proposal.GetMinDepositFromParams). */
export function minDepositFor(p: GovParams, expedited: boolean): Coin[] {
  return expedited ? p.expeditedMinDeposit : p.minDeposit;
}

/** Every coin of `need` is covered by `have` (sdk.Coins.IsAllGTE). */
export function isAllGte(have: Coin[], need: Coin[]): boolean {
  return need.every((n) => (have.find((h) => h.denom === n.denom)?.amount ?? 0n) >= n.amount);
}

export function validateGovParams(p: GovParams): void {
  const bad = (why: string) => {
    throw ErrInvalidParams.raise(why);
  };
  if (p.minDeposit.length === 0) bad("min_deposit must not be empty");
  try {
    validatePositiveCoins(p.minDeposit);
  } catch (e) {
    bad(`min_deposit: ${(e as Error).message}`);
  }
  if (p.maxDepositPeriodSeconds <= 0n) bad("max_deposit_period must be positive");
  if (p.votingPeriodSeconds <= 0n) bad("voting_period must be positive");
  if (p.expeditedVotingPeriodSeconds <= 0n) bad("expedited_voting_period must be positive");
  if (p.expeditedVotingPeriodSeconds >= p.votingPeriodSeconds) bad("expedited_voting_period must be strictly less than voting_period");
  if (p.expeditedMinDeposit.length === 0) bad("expedited_min_deposit must not be empty");
  try {
    validatePositiveCoins(p.expeditedMinDeposit);
  } catch (e) {
    bad(`expedited_min_deposit: ${(e as Error).message}`);
  }
  // sdk: invalid when expedited_min_deposit.IsAllLTE(min_deposit).
  if (isAllGte(p.minDeposit, p.expeditedMinDeposit)) bad("expedited_min_deposit must be greater than min_deposit");
  if (p.quorum < 0n || p.quorum > DEC_ONE) bad("quorum must be within [0, 1]");
  if (p.threshold <= 0n || p.threshold > DEC_ONE) bad("threshold must be within (0, 1]");
  if (p.expeditedThreshold <= 0n || p.expeditedThreshold > DEC_ONE) bad("expedited_threshold must be within (0, 1]");
  if (p.expeditedThreshold <= p.threshold) bad("expedited_threshold must be greater than threshold");
  if (p.vetoThreshold <= 0n || p.vetoThreshold > DEC_ONE) bad("veto_threshold must be within (0, 1]");
  if (p.minInitialDepositRatio < 0n || p.minInitialDepositRatio > DEC_ONE) bad("min_initial_deposit_ratio must be within [0, 1]");
}

const duration = (s: bigint) => ({ seconds: s, nanos: 0 });

export function govParamsToProto(p: GovParams): ParamsProto {
  return ParamsProto.fromPartial({
    minDeposit: p.minDeposit.map(coinToProto),
    maxDepositPeriod: duration(p.maxDepositPeriodSeconds),
    votingPeriod: duration(p.votingPeriodSeconds),
    quorum: decToJson(p.quorum),
    threshold: decToJson(p.threshold),
    vetoThreshold: decToJson(p.vetoThreshold),
    minInitialDepositRatio: decToJson(p.minInitialDepositRatio),
    proposalCancelRatio: decToJson(0n),
    proposalCancelDest: "",
    expeditedVotingPeriod: duration(p.expeditedVotingPeriodSeconds),
    expeditedThreshold: decToJson(p.expeditedThreshold),
    expeditedMinDeposit: p.expeditedMinDeposit.map(coinToProto),
    burnVoteQuorum: p.burnVoteQuorum,
    burnProposalDepositPrevote: p.burnProposalDepositPrevote,
    burnVoteVeto: p.burnVoteVeto,
    minDepositRatio: decToJson(0n),
  });
}

/** Reads params from a v1 Params message (MsgUpdateParams or the store); validates nothing. */
export function govParamsFromProto(m: ParamsProto): GovParams {
  const dec = (s: string, what: string) => (s === "" ? 0n : decFromJson(s, what));
  const secs = (d: { seconds: bigint; nanos: number } | undefined, what: string) => {
    if (!d) throw ErrInvalidParams.raise(`${what} is missing`);
    if (d.nanos !== 0) throw ErrInvalidParams.raise(`${what} must be whole seconds`);
    return d.seconds;
  };
  const coins = (list: Array<{ denom: string; amount: string }>, what: string) => {
    try {
      return coinsFromProto(list);
    } catch (e) {
      throw ErrInvalidParams.raise(`${what}: ${(e as Error).message}`);
    }
  };
  return {
    minDeposit: coins(m.minDeposit, "min_deposit"),
    maxDepositPeriodSeconds: secs(m.maxDepositPeriod, "max_deposit_period"),
    votingPeriodSeconds: secs(m.votingPeriod, "voting_period"),
    quorum: dec(m.quorum, "quorum"),
    threshold: dec(m.threshold, "threshold"),
    vetoThreshold: dec(m.vetoThreshold, "veto_threshold"),
    minInitialDepositRatio: dec(m.minInitialDepositRatio, "min_initial_deposit_ratio"),
    burnVoteQuorum: m.burnVoteQuorum,
    burnProposalDepositPrevote: m.burnProposalDepositPrevote,
    burnVoteVeto: m.burnVoteVeto,
    expeditedVotingPeriodSeconds: secs(m.expeditedVotingPeriod, "expedited_voting_period"),
    expeditedThreshold: dec(m.expeditedThreshold, "expedited_threshold"),
    expeditedMinDeposit: coins(m.expeditedMinDeposit, "expedited_min_deposit"),
  };
}

/** "172800s" (Go/proto-JSON duration, whole seconds) or a bare number of seconds. */
export function parseDurationSeconds(s: string, what: string): bigint {
  const m = /^([0-9]{1,15})s?$/.exec(s);
  if (!m) throw ErrInvalidParams.raise(`${what} ${JSON.stringify(s)} must be whole seconds like "60s"`);
  return BigInt(m[1]!);
}

/** Genesis JSON, snake_case as the SDK's: decimals as "0.334000000000000000", durations "172800s". */
export function govParamsToJson(p: GovParams): Record<string, unknown> {
  return {
    min_deposit: p.minDeposit.map(coinToProto),
    max_deposit_period: `${p.maxDepositPeriodSeconds}s`,
    voting_period: `${p.votingPeriodSeconds}s`,
    quorum: decToJson(p.quorum),
    threshold: decToJson(p.threshold),
    veto_threshold: decToJson(p.vetoThreshold),
    min_initial_deposit_ratio: decToJson(p.minInitialDepositRatio),
    burn_vote_quorum: p.burnVoteQuorum,
    burn_proposal_deposit_prevote: p.burnProposalDepositPrevote,
    burn_vote_veto: p.burnVoteVeto,
    expedited_voting_period: `${p.expeditedVotingPeriodSeconds}s`,
    expedited_threshold: decToJson(p.expeditedThreshold),
    expedited_min_deposit: p.expeditedMinDeposit.map(coinToProto),
  };
}

export function govParamsFromJson(j: Record<string, unknown> | undefined): GovParams {
  const d = DEFAULT_GOV_PARAMS;
  const str = (k: string) => (j && j[k] !== undefined ? String(j[k]) : undefined);
  const dec = (k: string, def: bigint) => (str(k) === undefined ? def : decFromJson(str(k)!, k));
  const dur = (k: string, def: bigint) => (str(k) === undefined ? def : parseDurationSeconds(str(k)!, k));
  const bool = (k: string, def: boolean) => (j && typeof j[k] === "boolean" ? (j[k] as boolean) : def);
  const coins = (k: string): Coin[] | undefined => {
    if (!j || !Array.isArray(j[k])) return undefined;
    try {
      return coinsFromProto(j[k] as Array<{ denom: string; amount: string }>);
    } catch (e) {
      throw ErrInvalidParams.raise(`${k}: ${(e as Error).message}`);
    }
  };
  const minDeposit = coins("min_deposit") ?? d.minDeposit;
  const votingPeriodSeconds = dur("voting_period", d.votingPeriodSeconds);
  // Omitted expedited fields follow the regular ones (a genesis written before they existed, or
  // one that only shortens voting_period, stays valid): 24 h or half of a shorter voting_period,
  // and 5 × min_deposit, as the SDK defaults relate.
  const expeditedDefault = d.expeditedVotingPeriodSeconds < votingPeriodSeconds ? d.expeditedVotingPeriodSeconds : votingPeriodSeconds / 2n;
  return {
    minDeposit,
    maxDepositPeriodSeconds: dur("max_deposit_period", d.maxDepositPeriodSeconds),
    votingPeriodSeconds,
    quorum: dec("quorum", d.quorum),
    threshold: dec("threshold", d.threshold),
    vetoThreshold: dec("veto_threshold", d.vetoThreshold),
    minInitialDepositRatio: dec("min_initial_deposit_ratio", d.minInitialDepositRatio),
    burnVoteQuorum: bool("burn_vote_quorum", d.burnVoteQuorum),
    burnProposalDepositPrevote: bool("burn_proposal_deposit_prevote", d.burnProposalDepositPrevote),
    burnVoteVeto: bool("burn_vote_veto", d.burnVoteVeto),
    expeditedVotingPeriodSeconds: dur("expedited_voting_period", expeditedDefault),
    expeditedThreshold: dec("expedited_threshold", d.expeditedThreshold),
    expeditedMinDeposit: coins("expedited_min_deposit") ?? minDeposit.map((c) => ({ denom: c.denom, amount: c.amount * 5n })),
  };
}
