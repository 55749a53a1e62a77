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
