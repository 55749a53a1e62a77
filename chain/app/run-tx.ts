import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { CacheMultiStore } from "../store/types.js";
import { createGasMeter, createInfiniteGasMeter } from "../gas/meter.js";
import type { KVGasConfig } from "../gas/config.js";
import { decodeTx, type DecodedTx } from "../tx/decode.js";
import { runAnte } from "../ante/chain.js";
import type { AnteDeps } from "../ante/types.js";
import { makeEvent, type AbciEvent } from "../events/types.js";
import type { BlockInfo, ExecMode } from "./context.js";
import { createContext } from "./create-context.js";
import type { Router } from "./router.js";
import { errorResult, type TxResult } from "./tx-result.js";

export interface TxEnv {
  router: Router;
  ante: AnteDeps;
  kvGas: KVGasConfig;
}

export interface RunTxOutcome {
  result: TxResult;
  /** Present when the tx decoded (failed or not), for the mempool and indexer. */
  tx?: DecodedTx;
  /** Per-message responses, for Simulate. */
  msgResponses: Array<{ typeUrl: string; value: Uint8Array }>;
}

/**
 * Runs one tx on `parent`: ante on its own branch (written even when messages fail, so fees
 * and sequences stick, as in the SDK), then, unless this is CheckTx, the messages on a second
 * branch written only if every message succeeds. Never throws.
 */
export function runTx(env: TxEnv, mode: ExecMode, block: BlockInfo, bytes: Uint8Array, parent: CacheMultiStore): RunTxOutcome {
  let tx: DecodedTx;
  try {
    tx = decodeTx(bytes, (u) => env.router.msg(u));
  } catch (e) {
    return { result: errorResult(e, 0n, 0n), msgResponses: [] };
  }
  const simulate = mode === "simulate";
  const meter = simulate ? createInfiniteGasMeter() : createGasMeter(tx.fee.gasLimit);
  const gasWanted = simulate ? meter.limit : tx.fee.gasLimit;

  const anteStore = parent.branch();
  const anteCtx = createContext({ block, mode, store: anteStore, gasMeter: meter, kvGas: env.kvGas });
  try {
    runAnte({ ctx: anteCtx, tx, simulate, deps: env.ante, signerAccounts: [] });
  } catch (e) {
    return { result: errorResult(e, gasWanted, meter.consumed), tx, msgResponses: [] };
  }
  anteStore.write();
  const anteEvents = [...anteCtx.events];

  if (mode === "check" || mode === "recheck") {
    return {
      result: { code: 0, codespace: "", log: "", info: "", data: new Uint8Array(), gasWanted, gasUsed: meter.consumed, events: anteEvents },
      tx,
      msgResponses: [],
    };
  }

  const msgStore = parent.branch();
  const msgCtx = createContext({ block, mode, store: msgStore, gasMeter: meter, kvGas: env.kvGas });
  const msgResponses: Array<{ typeUrl: string; value: Uint8Array }> = [];
  try {
    for (const m of tx.msgs) {
      const sender = m.spec.signers(m.msg)[0] ?? "";
      msgCtx.emit(makeEvent("message", [["action", m.typeUrl], ["sender", sender], ["module", env.router.moduleOf(m.typeUrl)]]));
      msgResponses.push(m.spec.handle(msgCtx, m.msg));
    }
  } catch (e) {
    return { result: errorResult(e, gasWanted, meter.consumed, anteEvents), tx, msgResponses: [] };
  }
  msgStore.write();
  const data = TxMsgData.encode({ data: [], msgResponses }).finish();
  const events: AbciEvent[] = [...anteEvents, ...msgCtx.events];
  return {
    result: { code: 0, codespace: "", log: "", info: "", data, gasWanted, gasUsed: meter.consumed, events },
    tx,
    msgResponses,
  };
}
