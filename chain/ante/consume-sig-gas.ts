import type { AnteStep } from "./types.js";

/** Contract: charges sigVerifyCostSecp256k1 per signer (also when simulating, so estimates hold). */
export const consumeSigGas: AnteStep = ({ ctx, tx, deps }) => {
  const cost = deps.params(ctx).sigVerifyCostSecp256k1;
  ctx.gasMeter.consume(cost * BigInt(tx.signers.length), "ante verify: secp256k1");
};
