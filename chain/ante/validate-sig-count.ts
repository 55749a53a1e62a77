import { ErrTooManySignatures } from "../errors/index.js";
import type { AnteStep } from "./types.js";

/** Contract: at most params.txSigLimit signatures (code 14). */
export const validateSigCount: AnteStep = ({ ctx, tx, deps }) => {
  const limit = deps.params(ctx).txSigLimit;
  if (BigInt(tx.raw.signatures.length) > limit) {
    throw ErrTooManySignatures.raise(`signatures: ${tx.raw.signatures.length}, limit: ${limit}`);
  }
};
