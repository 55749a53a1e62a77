import { ErrInsufficientFee, ErrUnknownAddress } from "../errors/index.js";
import type { Coin } from "../codec/coins.js";
import { makeEvent } from "../events/types.js";
import { formatCoins } from "../codec/coins.js";
import type { AnteStep, GasPrice } from "./types.js";

/** Gas charged for moving the fee to the fee collector, whatever it costs in store access. */
export const FEE_DEDUCTION_GAS = 15_000n;

/** Fee required by the validator's minimum gas prices for `gasLimit`, rounded up (in favour of the validator). */
export function requiredFees(minGasPrices: GasPrice[], gasLimit: bigint): Coin[] {
  return minGasPrices
    .filter((p) => p.numerator > 0n)
    .map((p) => ({ denom: p.denom, amount: (p.numerator * gasLimit + p.denominator - 1n) / p.denominator }));
}

/**
 * Contract: in CheckTx (not simulate, not in a block) the fee must cover the node's minimum gas
 * prices in at least one listed denom (code 13). The fee payer (first signer) must exist (code 9)
 * and is charged the whole fee, moved to the fee collector (code 5 when it cannot pay). The
 * deduction costs FEE_DEDUCTION_GAS, simulated or not.
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
  // A flat price instead of metered store access: CosmJS simulates with an empty fee, so a
  // metered transfer would be missing from every estimate; this way "auto" gas is exact.
  ctx.gasMeter.consume(FEE_DEDUCTION_GAS, "fee deduction");
  if (tx.fee.amount.length > 0) deps.fees.deductFee(ctx.unmetered(), payer, tx.fee.amount);
  ctx.emit(makeEvent("tx", [["fee", formatCoins(tx.fee.amount)], ["fee_payer", payer]]));
};
