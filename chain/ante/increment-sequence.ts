import { makeEvent } from "../events/types.js";
import type { AnteStep } from "./types.js";

/** Contract: runs last; every signer's sequence goes up by one and `tx.acc_seq` is emitted. */
export const incrementSequence: AnteStep = ({ ctx, deps, signerAccounts }) => {
  for (const acc of signerAccounts) {
    ctx.emit(makeEvent("tx", [["acc_seq", `${acc.address}/${acc.sequence}`]]));
    deps.accounts.setAccount(ctx, { ...acc, sequence: acc.sequence + 1n });
  }
};
