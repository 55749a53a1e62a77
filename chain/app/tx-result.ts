import type { AbciEvent } from "../events/types.js";
import { ChainError, ErrInternal } from "../errors/index.js";

/** The outcome of CheckTx / DeliverTx as CometBFT's ExecTxResult. Only code is consensus. */
export interface TxResult {
  code: number;
  codespace: string;
  log: string;
  info: string;
  /** Encoded cosmos.base.abci.v1beta1.TxMsgData (empty when the tx failed). */
  data: Uint8Array;
  gasWanted: bigint;
  gasUsed: bigint;
  events: AbciEvent[];
}

/** Turns a thrown value into a failed result; a non-ChainError is a bug and reported as internal. */
export function errorResult(err: unknown, gasWanted: bigint, gasUsed: bigint, events: AbciEvent[] = []): TxResult {
  const e = err instanceof ChainError ? err : ErrInternal.raise(err instanceof Error ? err.message : String(err));
  return { code: e.code, codespace: e.codespace, log: e.message, info: "", data: new Uint8Array(), gasWanted, gasUsed, events };
}
