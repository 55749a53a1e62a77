import { registerError } from "../../chain/errors/index.js";

/** The staking codespace with the SDK's x/staking numbers (types/errors.go). */
const S = "staking";
export const ErrEmptyValidatorAddr = registerError(S, 2, "empty validator address");
export const ErrNoValidatorFound = registerError(S, 3, "validator does not exist");
export const ErrValidatorOwnerExists = registerError(S, 4, "validator already exist for this operator address; must use new validator operator address");
export const ErrValidatorPubKeyExists = registerError(S, 5, "validator already exist for this pubkey; must use new validator pubkey");
export const ErrValidatorPubKeyTypeNotSupported = registerError(S, 6, "validator pubkey type is not supported");
export const ErrValidatorJailed = registerError(S, 7, "validator for this address is currently jailed");
export const ErrCommissionNegative = registerError(S, 9, "commission must be positive");
export const ErrCommissionHuge = registerError(S, 10, "commission cannot be more than 100%");
export const ErrCommissionGTMaxRate = registerError(S, 11, "commission cannot be more than the max rate");
export const ErrCommissionUpdateTime = registerError(S, 12, "commission cannot be changed more than once in 24h");
export const ErrCommissionChangeRateNegative = registerError(S, 13, "commission change rate must be positive");
export const ErrCommissionChangeRateGTMaxRate = registerError(S, 14, "commission change rate cannot be more than the max rate");
export const ErrCommissionGTMaxChangeRate = registerError(S, 15, "commission cannot be changed more than max change rate");
export const ErrSelfDelegationBelowMinimum = registerError(S, 16, "validator's self delegation must be greater than their minimum self delegation");
export const ErrMinSelfDelegationDecreased = registerError(S, 17, "minimum self delegation cannot be decrease");
export const ErrEmptyDelegatorAddr = registerError(S, 18, "empty delegator address");
export const ErrNoDelegation = registerError(S, 19, "no delegation for (address, validator) tuple");
export const ErrNotEnoughDelegationShares = registerError(S, 24, "not enough delegation shares");
export const ErrNoUnbondingDelegation = registerError(S, 26, "no unbonding delegation found");
export const ErrMaxUnbondingDelegationEntries = registerError(S, 27, "too many unbonding delegation entries for (delegator, validator) tuple");
export const ErrNoRedelegation = registerError(S, 28, "no redelegation found");
export const ErrSelfRedelegation = registerError(S, 29, "cannot redelegate to the same validator");
export const ErrTinyRedelegationAmount = registerError(S, 30, "too few tokens to redelegate (truncates to zero tokens)");
export const ErrBadRedelegationDst = registerError(S, 31, "redelegation destination validator not found");
export const ErrTransitiveRedelegation = registerError(
  S,
  32,
  "redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation",
);
export const ErrMaxRedelegationEntries = registerError(S, 33, "too many redelegation entries for (delegator, src-validator, dst-validator) tuple");
export const ErrDelegatorShareExRateInvalid = registerError(S, 34, "cannot delegate to validators with invalid (zero) ex-rate");
export const ErrNoHistoricalInfo = registerError(S, 38, "no historical info found");
export const ErrEmptyValidatorPubKey = registerError(S, 39, "empty validator public key");
export const ErrCommissionLTMinRate = registerError(S, 40, "commission cannot be less than min rate");
export const ErrBadRedelegationSrc = registerError(S, 44, "redelegation source validator not found");

/** The slashing codespace with the SDK's x/slashing numbers. */
const SL = "slashing";
export const ErrNoValidatorForAddress = registerError(SL, 2, "address is not associated with any known validator");
export const ErrBadValidatorAddr = registerError(SL, 3, "validator does not exist for that address");
export const ErrValidatorStillJailed = registerError(SL, 4, "validator still jailed; cannot be unjailed");
export const ErrValidatorNotJailed = registerError(SL, 5, "validator not jailed; cannot be unjailed");
export const ErrMissingSelfDelegation = registerError(SL, 6, "validator has no self-delegation; cannot be unjailed");
export const ErrSelfDelegationTooLowToUnjail = registerError(SL, 7, "validator's self delegation less than minimum; cannot be unjailed");
export const ErrNoSigningInfoFound = registerError(SL, 8, "no validator signing info found");
export const ErrValidatorTombstoned = registerError(SL, 9, "validator already tombstoned");
