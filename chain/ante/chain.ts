import type { AnteRun, AnteStep } from "./types.js";
import { setupGas } from "./setup-gas.js";
import { validateBasic } from "./validate-basic.js";
import { checkTimeoutHeight } from "./timeout-height.js";
import { validateMemo } from "./validate-memo.js";
import { consumeTxSizeGas } from "./consume-tx-size-gas.js";
import { deductFee } from "./deduct-fee.js";
import { setPubKey } from "./set-pubkey.js";
import { validateSigCount } from "./validate-sig-count.js";
import { consumeSigGas } from "./consume-sig-gas.js";
import { verifySignatures } from "./sig-verify.js";
import { incrementSequence } from "./increment-sequence.js";

/** The ante chain in the Cosmos SDK's order: gas first, sequence increment last. */
export const ANTE_CHAIN: readonly AnteStep[] = [
  setupGas,
  validateBasic,
  checkTimeoutHeight,
  validateMemo,
  consumeTxSizeGas,
  deductFee,
  setPubKey,
  validateSigCount,
  consumeSigGas,
  verifySignatures,
  incrementSequence,
];

export function runAnte(run: AnteRun, steps: readonly AnteStep[] = ANTE_CHAIN): void {
  for (const step of steps) step(run);
}
