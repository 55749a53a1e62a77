import { VoteOption, type WeightedVoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { DEC_ONE, decFromJson, decToJson, parseDec } from "../staking/dec.js";
import { ErrInvalidVote } from "./errors.js";

export { VoteOption };

/** A vote option with its weight as sdk.Dec atomics (10^18 = the whole vote). */
export interface WeightedOption {
  option: VoteOption;
  weight: bigint;
}

const VALID = new Set<number>([VoteOption.VOTE_OPTION_YES, VoteOption.VOTE_OPTION_ABSTAIN, VoteOption.VOTE_OPTION_NO, VoteOption.VOTE_OPTION_NO_WITH_VETO]);

export function isValidVoteOption(o: number): boolean {
  return VALID.has(o);
}

/**
 * The SDK's weighted-vote rule: at least one option, each a real option at most once, every
 * weight in (0, 1], weights summing to exactly 1.
 */
export function validateWeightedOptions(options: WeightedOption[]): void {
  if (options.length === 0) throw ErrInvalidVote.raise("no vote options");
  const seen = new Set<number>();
  let sum = 0n;
  for (const o of options) {
    if (!isValidVoteOption(o.option)) throw ErrInvalidVote.raise(`invalid option ${o.option}`);
    if (seen.has(o.option)) throw ErrInvalidVote.raise(`duplicated vote option ${o.option}`);
    seen.add(o.option);
    if (o.weight <= 0n || o.weight > DEC_ONE) throw ErrInvalidVote.raise(`invalid weight ${decToJson(o.weight)}`);
    sum += o.weight;
  }
  if (sum !== DEC_ONE) throw ErrInvalidVote.raise(`total weight ${decToJson(sum)} is not 1`);
}

function weightOf(parse: (s: string, what: string) => bigint, s: string): bigint {
  try {
    return parse(s, "weight");
  } catch {
    throw ErrInvalidVote.raise(`invalid weight ${JSON.stringify(s)}`);
  }
}

/** v1 weights are decimal strings ("0.5", "1.000000000000000000"). */
export function optionsFromV1(list: WeightedVoteOption[]): WeightedOption[] {
  return list.map((o) => ({ option: o.option, weight: weightOf(decFromJson, o.weight) }));
}

/** v1beta1 weights are gogoproto Decs: atomics on the wire ("500000000000000000" = 0.5). */
export function optionsFromV1beta1(list: Array<{ option: number; weight: string }>): WeightedOption[] {
  return list.map((o) => ({ option: o.option, weight: weightOf(parseDec, o.weight) }));
}

export function singleOption(option: VoteOption): WeightedOption[] {
  return [{ option, weight: DEC_ONE }];
}

export function optionsToV1(list: WeightedOption[]): WeightedVoteOption[] {
  return list.map((o) => ({ option: o.option, weight: decToJson(o.weight) }));
}

const NAMES: Record<number, string> = {
  1: "VOTE_OPTION_YES",
  2: "VOTE_OPTION_ABSTAIN",
  3: "VOTE_OPTION_NO",
  4: "VOTE_OPTION_NO_WITH_VETO",
};

/** The `option` attribute of proposal_vote, as the SDK prints WeightedVoteOptions. */
export function formatOptions(list: WeightedOption[]): string {
  return list.map((o) => `option:${NAMES[o.option] ?? o.option} weight:"${decToJson(o.weight)}"`).join("\n");
}
