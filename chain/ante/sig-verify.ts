import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { ErrUnauthorized, ErrWrongSequence } from "../errors/index.js";
import { makeSignBytes } from "../tx/sign-bytes.js";
import { makeAminoSignBytes } from "../tx/amino-sign-doc.js";
import type { DecodedTx } from "../tx/decode.js";
import type { AnteStep } from "./types.js";

/** secp256k1 group order / 2: the SDK refuses high-S signatures (malleability). */
const HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

function isLowS(sig: Uint8Array): boolean {
  let s = 0n;
  for (let i = 32; i < 64; i++) s = (s << 8n) | BigInt(sig[i]!);
  return s !== 0n && s <= HALF_N;
}

/** The bytes signer `i` signed, by its sign mode (DIRECT or LEGACY_AMINO_JSON); code 4 otherwise. */
export function signBytesFor(tx: DecodedTx, i: number, chainId: string, accountNumber: bigint, sequence: bigint): Uint8Array {
  const mode = tx.authInfo.signerInfos[i]?.modeInfo?.single?.mode;
  if (mode === SignMode.SIGN_MODE_DIRECT) return makeSignBytes(tx.raw.bodyBytes, tx.raw.authInfoBytes, chainId, accountNumber);
  if (mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON) return makeAminoSignBytes(tx, chainId, accountNumber, sequence);
  throw ErrUnauthorized.raise(
    `signature verification failed; unsupported sign mode ${String(mode ?? "multi")} (SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON)`,
  );
}

/**
 * Contract: each signer's sequence equals the signer info's (code 32), the sign mode is DIRECT,
 * and the signature verifies over the SignDoc (SIGN_MODE_DIRECT) or the StdSignDoc
 * (SIGN_MODE_LEGACY_AMINO_JSON) with this chain id and the account number (code 4).
 * Simulation checks sequences only. Verification is delegated to the injected verifier, which
 * node/ backs with node:crypto and a cache so a tx checked in the mempool is not verified again.
 */
export const verifySignatures: AnteStep = ({ ctx, tx, simulate, deps, signerAccounts }) => {
  signerAccounts.forEach((acc, i) => {
    const info = tx.authInfo.signerInfos[i]!;
    if (info.sequence !== acc.sequence) {
      throw ErrWrongSequence.raise(`account sequence mismatch, expected ${acc.sequence}, got ${info.sequence}`);
    }
    if (simulate) return;
    const signBytes = signBytesFor(tx, i, ctx.block.chainId, acc.accountNumber, acc.sequence);
    const sig = tx.raw.signatures[i]!;
    const key = acc.pubKey;
    const ok = key !== undefined && sig.length === 64 && isLowS(sig) && deps.verifier.verify(key, signBytes, sig);
    if (!ok) {
      throw ErrUnauthorized.raise(
        `signature verification failed; please verify account number (${acc.accountNumber}) and chain-id (${ctx.block.chainId})`,
      );
    }
  });
};
