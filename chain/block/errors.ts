import { registerError } from "../errors/index.js";

/**
 * The `block` codespace: failures of block hashing, proofs and commit verification.
 * Codes are stable; light clients and the node match on them.
 */
export const BLOCK = "block";

export const ErrInvalidProof = registerError(BLOCK, 2, "invalid merkle proof");
export const ErrInvalidPart = registerError(BLOCK, 3, "invalid block part");
export const ErrInvalidValidator = registerError(BLOCK, 4, "invalid validator");
export const ErrDuplicateValidator = registerError(BLOCK, 5, "duplicate validator");
export const ErrVotingPowerOverflow = registerError(BLOCK, 6, "total voting power overflows");
export const ErrWrongSignatureCount = registerError(BLOCK, 7, "commit signature count differs from validator set size");
export const ErrWrongHeight = registerError(BLOCK, 8, "commit has wrong height");
export const ErrWrongBlockId = registerError(BLOCK, 9, "commit has wrong block id");
export const ErrInvalidCommitSig = registerError(BLOCK, 10, "malformed commit signature");
export const ErrValidatorAddressMismatch = registerError(BLOCK, 11, "commit signature from unexpected validator");
export const ErrInvalidSignature = registerError(BLOCK, 12, "invalid signature");
export const ErrInsufficientVotingPower = registerError(BLOCK, 13, "insufficient voting power signed");
export const ErrInvalidTrustLevel = registerError(BLOCK, 14, "invalid trust level");
export const ErrIndexOutOfRange = registerError(BLOCK, 15, "index out of range");
export const ErrInvalidBlockIdFlag = registerError(BLOCK, 16, "unknown block id flag");
