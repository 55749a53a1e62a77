import { ErrTxTimeoutHeight } from "../errors/index.js";
import type { AnteStep } from "./types.js";

/** Contract: a tx with timeout_height > 0 is refused once the block height passes it (code 30). */
export const checkTimeoutHeight: AnteStep = ({ ctx, tx }) => {
  const timeout = tx.body.timeoutHeight;
  if (timeout > 0n && ctx.block.height > timeout) {
    throw ErrTxTimeoutHeight.raise(`block height: ${ctx.block.height}, timeout height: ${timeout}`);
  }
};
