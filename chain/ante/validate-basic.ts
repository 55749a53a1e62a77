import { ErrNoSignatures, ErrUnauthorized } from "../errors/index.js";
import type { AnteStep } from "./types.js";

/**
 * Contract: stateless. Every message passes its own validateBasic; there is one signer info and
 * one signature per required signer (simulation may carry empty signatures).
 */
export const validateBasic: AnteStep = ({ tx, simulate }) => {
  for (const m of tx.msgs) m.spec.validateBasic(m.msg);
  const sigs = tx.raw.signatures;
  if (!simulate && sigs.length === 0) throw ErrNoSignatures.raise();
  if (tx.authInfo.signerInfos.length !== tx.signers.length) {
    throw ErrUnauthorized.raise(`wrong number of signers; expected ${tx.signers.length}, got ${tx.authInfo.signerInfos.length}`);
  }
  if (sigs.length !== tx.signers.length) {
    throw ErrUnauthorized.raise(`invalid number of signatures; expected ${tx.signers.length}, got ${sigs.length}`);
  }
};
