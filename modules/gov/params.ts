import { Params as ParamsProto } from "cosmjs-types/cosmos/gov/v1/gov";
import { coinsFromProto, coinToProto, validatePositiveCoins, type Coin } from "../../chain/codec/coins.js";
import { DEC_ONE, decFromJson, decToJson } from "../staking/dec.js";
import { ErrInvalidParams } from "./errors.js";

/**
 * x/gov v1 params this chain implements. Ratios are sdk.Dec atomics (18 decimals); periods are
 * whole seconds. Expedited proposals, cancellation and dynamic deposits are not supported, so
 * their fields are stored at neutral values and refused when set.
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
}

/** The SDK defaults (x/gov/types/v1/params.go), with the staking denom and 10 GCS minimum deposit. */
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
};

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
  if (p.quorum < 0n || p.quorum > DEC_ONE) bad("quorum must be within [0, 1]");
  if (p.threshold <= 0n || p.threshold > DEC_ONE) bad("threshold must be within (0, 1]");
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
    expeditedVotingPeriod: duration(p.votingPeriodSeconds),
    expeditedThreshold: decToJson(DEC_ONE),
    expeditedMinDeposit: p.minDeposit.map(coinToProto),
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
  let minDeposit: Coin[];
  try {
    minDeposit = coinsFromProto(m.minDeposit);
  } catch (e) {
    throw ErrInvalidParams.raise(`min_deposit: ${(e as Error).message}`);
  }
  return {
    minDeposit,
    maxDepositPeriodSeconds: secs(m.maxDepositPeriod, "max_deposit_period"),
    votingPeriodSeconds: secs(m.votingPeriod, "voting_period"),
    quorum: dec(m.quorum, "quorum"),
    threshold: dec(m.threshold, "threshold"),
    vetoThreshold: dec(m.vetoThreshold, "veto_threshold"),
    minInitialDepositRatio: dec(m.minInitialDepositRatio, "min_initial_deposit_ratio"),
    burnVoteQuorum: m.burnVoteQuorum,
    burnProposalDepositPrevote: m.burnProposalDepositPrevote,
    burnVoteVeto: m.burnVoteVeto,
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
  };
}

export function govParamsFromJson(j: Record<string, unknown> | undefined): GovParams {
  const d = DEFAULT_GOV_PARAMS;
  const str = (k: string) => (j && j[k] !== undefined ? String(j[k]) : undefined);
  const dec = (k: string, def: bigint) => (str(k) === undefined ? def : decFromJson(str(k)!, k));
  const dur = (k: string, def: bigint) => (str(k) === undefined ? def : parseDurationSeconds(str(k)!, k));
  const bool = (k: string, def: boolean) => (j && typeof j[k] === "boolean" ? (j[k] as boolean) : def);
  let minDeposit = d.minDeposit;
  if (j && Array.isArray(j["min_deposit"])) {
    try {
      minDeposit = coinsFromProto(j["min_deposit"] as Array<{ denom: string; amount: string }>);
    } catch (e) {
      throw ErrInvalidParams.raise(`min_deposit: ${(e as Error).message}`);
    }
  }
  return {
    minDeposit,
    maxDepositPeriodSeconds: dur("max_deposit_period", d.maxDepositPeriodSeconds),
    votingPeriodSeconds: dur("voting_period", d.votingPeriodSeconds),
    quorum: dec("quorum", d.quorum),
    threshold: dec("threshold", d.threshold),
    vetoThreshold: dec("veto_threshold", d.vetoThreshold),
    minInitialDepositRatio: dec("min_initial_deposit_ratio", d.minInitialDepositRatio),
    burnVoteQuorum: bool("burn_vote_quorum", d.burnVoteQuorum),
    burnProposalDepositPrevote: bool("burn_proposal_deposit_prevote", d.burnProposalDepositPrevote),
    burnVoteVeto: bool("burn_vote_veto", d.burnVoteVeto),
  };
}
