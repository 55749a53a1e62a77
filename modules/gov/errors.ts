import { registerError } from "../../chain/errors/index.js";

/** The gov codespace: codes 2..23 are the Cosmos SDK x/gov v0.50 numbers; PoGCS additions from 100. */
export const ErrUnknownProposal = registerError("gov", 2, "unknown proposal");
export const ErrInactiveProposal = registerError("gov", 3, "inactive proposal");
export const ErrInvalidVote = registerError("gov", 7, "invalid vote option");
export const ErrInvalidGenesis = registerError("gov", 8, "invalid genesis state");
export const ErrUnroutableProposalMsg = registerError("gov", 10, "proposal message not recognized by router");
export const ErrInvalidProposalMsg = registerError("gov", 12, "invalid proposal message");
export const ErrInvalidSigner = registerError("gov", 13, "expected gov account as only signer for proposal message");
export const ErrMetadataTooLong = registerError("gov", 15, "metadata too long");
export const ErrMinDepositTooSmall = registerError("gov", 16, "minimum deposit is too small");
export const ErrInvalidProposer = registerError("gov", 18, "invalid proposer");
export const ErrInvalidProposal = registerError("gov", 21, "invalid proposal");
export const ErrSummaryTooLong = registerError("gov", 22, "summary too long");
export const ErrInvalidDepositDenom = registerError("gov", 23, "invalid deposit denom");
export const ErrTitleTooLong = registerError("gov", 100, "title too long");
export const ErrInvalidParams = registerError("gov", 101, "invalid gov params");
export const ErrEmptyDeposit = registerError("gov", 102, "deposit is empty");
export const ErrRouterNotSet = registerError("gov", 103, "gov message router not wired");
export const ErrInsufficientCommunityPool = registerError("gov", 104, "community pool balance too small");
