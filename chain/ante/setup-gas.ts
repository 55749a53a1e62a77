import { ErrInvalidGasLimit } from "../errors/index.js";
import type { AnteStep } from "./types.js";

/**
 * Contract: runs first. The app has already installed a meter limited to fee.gasLimit (or an
 * infinite one when simulating); this step refuses a zero or absurd gas limit up front, so
 * later steps fail with a clear code instead of an out-of-gas in the middle.
 */
export const MAX_TX_GAS = 100_000_000_000n;

export const setupGas: AnteStep = ({ tx, simulate }) => {
  if (simulate) return;
  if (tx.fee.gasLimit === 0n) throw ErrInvalidGasLimit.raise("gas limit is 0; set fee.gas_limit (CosmJS: use fee \"auto\")");
  if (tx.fee.gasLimit > MAX_TX_GAS) throw ErrInvalidGasLimit.raise(`gas limit ${tx.fee.gasLimit} exceeds ${MAX_TX_GAS}`);
};
