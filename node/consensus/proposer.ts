import { compareBytes, equalBytes } from "../../chain/crypto/bytes.js";
import { compareValidators, MAX_TOTAL_VOTING_POWER, type Validator, type ValidatorSet } from "../../chain/block/validator-set.js";
import { ConsensusError } from "./errors.js";

/**
 * CometBFT's weighted round-robin proposer selection (types/validator_set.go), on immutable copies.
 * A set carries the proposer chosen by its last increment, as CometBFT's `ValidatorSet.Proposer`
 * does: right after an increment that validator has just lost `total` priority, so the proposer
 * cannot be recomputed from the priorities alone.
 */
export interface ProposerSet extends ValidatorSet {
  readonly validators: readonly Validator[];
  readonly proposer: Validator;
}

/** `PriorityWindowSizeFactor`: priorities are kept within 2 * total power of each other. */
export const PRIORITY_WINDOW_SIZE_FACTOR = 2n;
const MAX_INT64 = (1n << 63n) - 1n;
const MIN_INT64 = -(1n << 63n);

function clip(v: bigint): bigint {
  return v > MAX_INT64 ? MAX_INT64 : v < MIN_INT64 ? MIN_INT64 : v;
}

function total(vals: readonly Validator[]): bigint {
  let s = 0n;
  for (const v of vals) s += v.votingPower;
  if (s > MAX_TOTAL_VOTING_POWER) throw ConsensusError.invalidValidatorSet("total voting power overflows");
  return s;
}

function copyVals(vals: readonly Validator[]): Validator[] {
  return vals.map((v) => ({ ...v }));
}

/** `CompareProposerPriority`: higher priority wins, ties go to the smaller address. */
function morePriority(a: Validator | undefined, b: Validator): Validator {
  if (a === undefined) return b;
  if (a.proposerPriority !== b.proposerPriority) return a.proposerPriority > b.proposerPriority ? a : b;
  return compareBytes(a.address, b.address) <= 0 ? a : b;
}

function mostPriority(vals: readonly Validator[]): Validator {
  let res: Validator | undefined;
  for (const v of vals) res = morePriority(res, v);
  if (res === undefined) throw ConsensusError.invalidValidatorSet("empty validator set");
  return res;
}

/** `RescalePriorities`: divide (truncating, as Go) so that max - min <= diffMax. */
function rescale(vals: Validator[], diffMax: bigint): void {
  if (diffMax <= 0n) return;
  let max = MIN_INT64;
  let min = MAX_INT64;
  for (const v of vals) {
    if (v.proposerPriority < min) min = v.proposerPriority;
    if (v.proposerPriority > max) max = v.proposerPriority;
  }
  let diff = max - min;
  if (diff < 0n) diff = -diff;
  const ratio = (diff + diffMax - 1n) / diffMax;
  if (diff > diffMax) for (const v of vals) v.proposerPriority /= ratio;
}

/** `shiftByAvgProposerPriority`; Go's big.Int Div is Euclidean, i.e. floor for a positive divisor. */
function centre(vals: Validator[]): void {
  let sum = 0n;
  for (const v of vals) sum += v.proposerPriority;
  const n = BigInt(vals.length);
  let avg = sum / n;
  if (sum % n !== 0n && sum < 0n) avg -= 1n;
  for (const v of vals) v.proposerPriority = clip(v.proposerPriority - avg);
}

/** `IncrementProposerPriority(times)` on a copy; returns the new set with its proposer. */
export function incrementProposerPriority(set: ValidatorSet, times: number): ProposerSet {
  if (!Number.isInteger(times) || times <= 0) throw ConsensusError.invalidValidatorSet("times must be positive");
  const vals = copyVals(set.validators);
  if (vals.length === 0) throw ConsensusError.invalidValidatorSet("empty validator set");
  const tot = total(vals);
  rescale(vals, PRIORITY_WINDOW_SIZE_FACTOR * tot);
  centre(vals);
  let proposer: Validator | undefined;
  for (let i = 0; i < times; i++) {
    for (const v of vals) v.proposerPriority = clip(v.proposerPriority + v.votingPower);
    proposer = mostPriority(vals);
    proposer.proposerPriority = clip(proposer.proposerPriority - tot);
  }
  return { validators: vals, proposer: proposer! };
}

/** A power change from the application: power 0 removes the validator. */
export interface ValidatorUpdate {
  pubKey: Uint8Array;
  address: Uint8Array;
  power: bigint;
}

/**
 * `UpdateWithChangeSet`: new validators start at -1.125 * (total after updates, before removals)
 * so that unbonding and re-bonding cannot reset a negative priority; then rescale, centre and sort
 * by power. The proposer field is kept (CometBFT's Copy keeps it) until the next increment.
 */
export function updateWithChangeSet(set: ProposerSet, changes: readonly ValidatorUpdate[], allowDeletes = true): ProposerSet {
  if (changes.length === 0) return set;
  const sorted = [...changes].sort((a, b) => compareBytes(a.address, b.address));
  for (let i = 1; i < sorted.length; i++) {
    if (equalBytes(sorted[i]!.address, sorted[i - 1]!.address)) throw ConsensusError.invalidValidatorSet("duplicate update");
  }
  const byAddr = new Map(set.validators.map((v) => [hexKey(v.address), v] as const));
  const updates = sorted.filter((c) => c.power > 0n);
  const deletes = sorted.filter((c) => c.power === 0n);
  for (const c of sorted) {
    if (c.power < 0n || c.power > MAX_TOTAL_VOTING_POWER) throw ConsensusError.invalidValidatorSet(`bad power ${c.power}`);
  }
  if (!allowDeletes && deletes.length > 0) throw ConsensusError.invalidValidatorSet("deletes not allowed");
  let removed = 0n;
  for (const d of deletes) {
    const v = byAddr.get(hexKey(d.address));
    if (v === undefined) throw ConsensusError.invalidValidatorSet("removing an unknown validator");
    removed += v.votingPower;
  }
  let tvp = total(set.validators) - removed;
  for (const u of updates) tvp += u.power - (byAddr.get(hexKey(u.address))?.votingPower ?? 0n);
  if (tvp > MAX_TOTAL_VOTING_POWER) throw ConsensusError.invalidValidatorSet("total voting power overflows");
  const tvpBeforeRemovals = tvp + removed;
  const next = new Map(set.validators.map((v) => [hexKey(v.address), { ...v }] as const));
  for (const u of updates) {
    const old = byAddr.get(hexKey(u.address));
    next.set(hexKey(u.address), {
      address: u.address,
      pubKey: u.pubKey,
      votingPower: u.power,
      proposerPriority: old ? old.proposerPriority : -(tvpBeforeRemovals + (tvpBeforeRemovals >> 3n)),
    });
  }
  for (const d of deletes) next.delete(hexKey(d.address));
  const vals = [...next.values()];
  if (vals.length === 0) throw ConsensusError.invalidValidatorSet("update would empty the set");
  rescale(vals, PRIORITY_WINDOW_SIZE_FACTOR * total(vals));
  centre(vals);
  vals.sort(compareValidators);
  return { validators: vals, proposer: set.proposer };
}

/** `NewValidatorSet(vals)`: all priorities start equal (hence 0 after centring), then one increment. */
export function createProposerSet(vals: readonly Validator[]): ProposerSet {
  const empty: ProposerSet = { validators: [], proposer: undefined as unknown as Validator };
  const withVals = updateWithChangeSet(
    empty,
    vals.map((v) => ({ address: v.address, pubKey: v.pubKey, power: v.votingPower })),
    false,
  );
  return incrementProposerPriority(withVals, 1);
}

/** Genesis state: `Validators = NewValidatorSet(vals)`, `NextValidators = Validators.CopyIncrement(1)`. */
export function genesisValidatorSets(vals: readonly Validator[]): { validators: ProposerSet; nextValidators: ProposerSet } {
  const validators = createProposerSet(vals);
  return { validators, nextValidators: incrementProposerPriority(validators, 1) };
}

/**
 * State transition after block H with the app's updates (state/execution.go `updateState`):
 * H+1 uses today's NextValidators; the updates land in the set for H+2, which is also incremented
 * once per height.
 */
export function advanceValidatorSets(
  nextValidators: ProposerSet,
  updates: readonly ValidatorUpdate[],
): { validators: ProposerSet; nextValidators: ProposerSet } {
  return { validators: nextValidators, nextValidators: incrementProposerPriority(updateWithChangeSet(nextValidators, updates), 1) };
}

/**
 * The proposer of `round` at a height whose set is `set`: the set's own proposer in round 0, else
 * the proposer after `round` more increments, always counted from the height's set so that every
 * node agrees whatever rounds it skipped.
 */
export function proposerForRound(set: ProposerSet, round: number): Validator {
  return round === 0 ? set.proposer : incrementProposerPriority(set, round).proposer;
}

function hexKey(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += (b[i]! < 16 ? "0" : "") + b[i]!.toString(16);
  return s;
}
