import { createHash } from "node:crypto";
import type { TxResult } from "cosmjs-types/tendermint/abci/types";
import type { PogcsNode } from "../node.js";

/** Resolves with the tx's record when a block includes it, or undefined after `timeoutMs`. */
export function waitForTx(node: PogcsNode, tx: Uint8Array, timeoutMs: number): { promise: Promise<TxResult | undefined>; cancel(): void } {
  const want = createHash("sha256").update(tx).digest("hex");
  let unsubscribe = () => {};
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<TxResult | undefined>((resolve) => {
    unsubscribe = node.bus.subscribe((e) => {
      if (e.kind === "Tx" && Buffer.from(e.hash).toString("hex") === want) {
        cleanup();
        resolve(e.tx);
      }
    });
    timer = setTimeout(() => {
      cleanup();
      resolve(undefined);
    }, timeoutMs);
  });
  function cleanup() {
    unsubscribe();
    if (timer) clearTimeout(timer);
  }
  return { promise, cancel: cleanup };
}
