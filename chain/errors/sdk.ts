import { registerError } from "./error.js";

/**
 * The `sdk` codespace with the Cosmos SDK's numbers (types/errors/errors.go), because CosmJS
 * and wallets match on them (e.g. 4 unauthorized, 5 insufficient funds, 32 wrong sequence).
 */
export const SDK = "sdk";

export const ErrTxDecode = registerError(SDK, 2, "tx parse error");
export const ErrInvalidSequence = registerError(SDK, 3, "invalid sequence");
export const ErrUnauthorized = registerError(SDK, 4, "unauthorized");
export const ErrInsufficientFunds = registerError(SDK, 5, "insufficient funds");
export const ErrUnknownRequest = registerError(SDK, 6, "unknown request");
export const ErrInvalidAddress = registerError(SDK, 7, "invalid address");
export const ErrInvalidPubKey = registerError(SDK, 8, "invalid pubkey");
export const ErrUnknownAddress = registerError(SDK, 9, "unknown address");
export const ErrInvalidCoins = registerError(SDK, 10, "invalid coins");
export const ErrOutOfGas = registerError(SDK, 11, "out of gas");
export const ErrMemoTooLarge = registerError(SDK, 12, "memo too large");
export const ErrInsufficientFee = registerError(SDK, 13, "insufficient fee");
export const ErrTooManySignatures = registerError(SDK, 14, "maximum number of signatures exceeded");
export const ErrNoSignatures = registerError(SDK, 15, "no signatures supplied");
export const ErrJSONMarshal = registerError(SDK, 16, "failed to marshal JSON bytes");
export const ErrJSONUnmarshal = registerError(SDK, 17, "failed to unmarshal JSON bytes");
export const ErrInvalidRequest = registerError(SDK, 18, "invalid request");
export const ErrTxInMempoolCache = registerError(SDK, 19, "tx already in mempool");
export const ErrMempoolIsFull = registerError(SDK, 20, "mempool is full");
export const ErrTxTooLarge = registerError(SDK, 21, "tx too large");
export const ErrKeyNotFound = registerError(SDK, 22, "key not found");
export const ErrWrongPassword = registerError(SDK, 23, "invalid account password");
export const ErrorInvalidSigner = registerError(SDK, 24, "tx intended signer does not match the given signer");
export const ErrorInvalidGasAdjustment = registerError(SDK, 25, "invalid gas adjustment");
export const ErrInvalidHeight = registerError(SDK, 26, "invalid height");
export const ErrInvalidVersion = registerError(SDK, 27, "invalid version");
export const ErrInvalidChainID = registerError(SDK, 28, "invalid chain-id");
export const ErrInvalidType = registerError(SDK, 29, "invalid type");
export const ErrTxTimeoutHeight = registerError(SDK, 30, "tx timeout height");
export const ErrUnknownExtensionOptions = registerError(SDK, 31, "unknown extension options");
export const ErrWrongSequence = registerError(SDK, 32, "incorrect account sequence");
export const ErrPackAny = registerError(SDK, 33, "failed packing protobuf message to Any");
export const ErrUnpackAny = registerError(SDK, 34, "failed unpacking protobuf message from Any");
export const ErrLogic = registerError(SDK, 35, "internal logic error");
export const ErrConflict = registerError(SDK, 36, "conflict");
export const ErrNotSupported = registerError(SDK, 37, "feature not supported");
export const ErrNotFound = registerError(SDK, 38, "not found");
export const ErrIO = registerError(SDK, 39, "Internal IO error");
export const ErrInvalidGasLimit = registerError(SDK, 41, "invalid gas limit");
export const ErrTxTimeout = registerError(SDK, 42, "tx timeout");

/** Catch-all for a failure that is not a ChainError (a bug): codespace "undefined", code 1. */
export const ErrInternal = registerError("undefined", 1, "internal");
