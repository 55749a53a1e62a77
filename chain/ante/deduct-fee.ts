import { ErrInsufficientFee, ErrUnknownAddress } from "../errors/index.js";
import type { Coin } from "../codec/coins.js";
import { makeEvent } from "../events/types.js";
import { formatCoins } from "../codec/coins.js";
import type { AnteStep, GasPrice } from "./types.js";

/** Fee required by the validator's minimum gas prices for `gasLimit`, rounded up (in favour of the validator). */
export function requiredFees(minGasPrices: GasPrice[], gasLimit: bigint): Coin[] {
  return minGasPrices
    .filter((p) => p.numerator > 0n)
    .map((p) => ({ denom: p.denom, amount: (p.numerator * gasLimit + p.denominator - 1n) / p.denominator }));
}

/**
 * Contract: in CheckTx (not simulate, not in a block) the fee must cover the node's minimum gas
 * prices in at least one listed denom (code 13). The fee payer (first signer) must exist (code 9)
 * and is charged the whole fee, moved to the fee collector (code 5 when it cannot pay).
 */
export const deductFee: AnteStep = ({ ctx, tx, simulate, deps }) => {
  const isCheck = ctx.mode === "check" || ctx.mode === "recheck";
  if (isCheck && !simulate) {
    const required = requiredFees(deps.minGasPrices, tx.fee.gasLimit);
    if (required.length > 0) {
      const ok = required.some((r) => tx.fee.amount.some((f) => f.denom === r.denom && f.amount >= r.amount));
      if (!ok) {
        throw ErrInsufficientFee.raise(`got: ${formatCoins(tx.fee.amount) || "0"} required: ${formatCoins(required)}`);
      }
    }
  }
  const payer = tx.signers[0]!;
  if (!deps.accounts.getAccount(ctx, payer)) {
    throw ErrUnknownAddress.raise(`fee payer address: ${payer} does not exist`);
  }
  if (tx.fee.amount.length > 0) deps.fees.deductFee(ctx, payer, tx.fee.amount);
  ctx.emit(makeEvent("tx", [["fee", formatCoins(tx.fee.amount)], ["fee_payer", payer]]));
};
