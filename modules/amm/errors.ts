import { registerError } from "../../chain/errors/index.js";

/** The amm codespace: one stable code per refusal (CONVENTIONS §3). */
export const AMM = "amm";

export const ErrZeroAmount = registerError(AMM, 2, "amount is zero or rounds to zero");
export const ErrInsufficientLiquidity = registerError(AMM, 3, "insufficient liquidity");
export const ErrSlippageExceeded = registerError(AMM, 4, "slippage limit exceeded");
export const ErrOverflow = registerError(AMM, 5, "amount above 2^128 - 1");
export const ErrPoolClosed = registerError(AMM, 6, "trading on this slot is closed");
export const ErrInvalidAmount = registerError(AMM, 7, "negative amount");
export const ErrInvalidFeeSchedule = registerError(AMM, 8, "invalid fee schedule");
export const ErrInvalidTime = registerError(AMM, 9, "time goes backwards or window is empty");
export const ErrSlotExpired = registerError(AMM, 10, "slot hour has ended");
export const ErrDeadlinePassed = registerError(AMM, 11, "deadline has passed");
export const ErrNotPositionOwner = registerError(AMM, 12, "not the owner of the position nft");
export const ErrUnknownPool = registerError(AMM, 13, "no pool for this slot denom");
export const ErrSlotUnbacked = registerError(AMM, 14, "slot is not fully backed by devices in good standing");
export const ErrInvalidSlotDenom = registerError(AMM, 15, "not a slot denom gch/<class>/<yyyymmddhh> nor a carbon basket denom carbon/<basket_id>");
export const ErrUnknownPosition = registerError(AMM, 16, "no such position");
export const ErrInvalidDenomIn = registerError(AMM, 17, "denom in is neither the slot nor the quote denom of the pool");
export const ErrUnknownSlot = registerError(AMM, 18, "slot was never minted");
export const ErrInvalidParams = registerError(AMM, 19, "invalid amm params");
export const ErrInsufficientShares = registerError(AMM, 20, "position holds fewer shares");
export const ErrUnknownClass = registerError(AMM, 21, "no price index for this class");
