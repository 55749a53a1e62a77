import { registerError } from "../../chain/errors/index.js";

/** The devices codespace: one stable code per refusal (CONVENTIONS §3). */
export const DEVICES = "devices";

export const ErrUnknownMaker = registerError(DEVICES, 2, "unknown maker");
export const ErrBadCertificate = registerError(DEVICES, 3, "invalid maker certificate");
export const ErrClassNotAllowed = registerError(DEVICES, 4, "device class not allowed for this maker");
export const ErrInvalidLocation = registerError(DEVICES, 5, "invalid location address");
export const ErrLocationTaken = registerError(DEVICES, 6, "location address already taken");
export const ErrDeviceKeyTaken = registerError(DEVICES, 7, "device key already registered");
export const ErrInvalidCapacity = registerError(DEVICES, 8, "invalid capacity specs");
export const ErrDeviceNotFound = registerError(DEVICES, 9, "device not registered");
export const ErrNotOwner = registerError(DEVICES, 10, "sender is not the device owner");
export const ErrUnknownValidator = registerError(DEVICES, 11, "unknown validator");
export const ErrInvalidBond = registerError(DEVICES, 12, "invalid bond amount");
export const ErrInsufficientBond = registerError(DEVICES, 13, "bond smaller than the amount to unbond");
export const ErrInvalidReport = registerError(DEVICES, 14, "malformed report");
export const ErrWrongChain = registerError(DEVICES, 15, "signed for another chain");
export const ErrInvalidReportSignature = registerError(DEVICES, 16, "invalid device signature");
export const ErrFutureEpoch = registerError(DEVICES, 17, "report for a future epoch");
export const ErrStaleEpoch = registerError(DEVICES, 18, "report for an epoch that is closed");
export const ErrDuplicateReport = registerError(DEVICES, 19, "device already reported for this epoch");
export const ErrNonceNotIncreasing = registerError(DEVICES, 20, "report nonce not above the last one");
export const ErrDeviceFlagged = registerError(DEVICES, 21, "device flagged for fraud");
export const ErrNotConflicting = registerError(DEVICES, 22, "reports do not conflict");
export const ErrAlreadySlashed = registerError(DEVICES, 23, "double report already punished for this epoch");
export const ErrNoChallenge = registerError(DEVICES, 24, "no such challenge");
export const ErrChallengeState = registerError(DEVICES, 25, "challenge is not awaiting this step");
export const ErrChallengeLate = registerError(DEVICES, 26, "challenge deadline passed");
export const ErrInvalidCommitSignature = registerError(DEVICES, 27, "invalid challenge commit signature");
export const ErrInvalidReveal = registerError(DEVICES, 28, "malformed challenge reveal");
export const ErrInvalidParams = registerError(DEVICES, 29, "invalid devices params");
export const ErrInvalidDeviceSignature = registerError(DEVICES, 30, "invalid device proof of possession");
export const ErrInvalidGenesis = registerError(DEVICES, 31, "invalid devices genesis");
