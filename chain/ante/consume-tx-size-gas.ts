import type { AnteStep } from "./types.js";

/**
 * Contract: charges txSizeCostPerByte per byte of the tx. When simulating, adds the size a real
 * secp256k1 signature (64 bytes) would add per empty signature, so "auto" gas does not undershoot.
 */
export const consumeTxSizeGas: AnteStep = ({ ctx, tx, simulate, deps }) => {
  const perByte = deps.params(ctx).txSizeCostPerByte;
  let size = BigInt(tx.bytes.length);
  if (simulate) {
    for (const s of tx.raw.signatures) if (s.length === 0) size += 64n;
  }
  ctx.gasMeter.consume(size * perByte, "txSize");
};
