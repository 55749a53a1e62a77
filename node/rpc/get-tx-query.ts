import { GetTxRequest, GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { Tx, TxRaw, TxBody, AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { TxResult } from "cosmjs-types/tendermint/abci/types";
import { hex } from "./encode.js";
import { formatRfc3339 } from "./time.js";

export const GET_TX_PATH = "/cosmos.tx.v1beta1.Service/GetTx";

/** Decodes a GetTxRequest's hash (hex, any case); undefined when malformed. */
export function parseGetTxRequest(data: Uint8Array): Uint8Array | undefined {
  try {
    const h = GetTxRequest.decode(data).hash;
    if (!/^[0-9a-fA-F]{64}$/.test(h)) return undefined;
    return new Uint8Array(Buffer.from(h, "hex"));
  } catch {
    return undefined;
  }
}

/** GetTxResponse as the SDK's tx service returns it (served by the node: it owns the tx index). */
export function encodeGetTxResponse(rec: TxResult, hash: Uint8Array, time: { seconds: bigint; nanos: number }): Uint8Array {
  const raw = TxRaw.decode(rec.tx);
  const tx: Tx = { body: TxBody.decode(raw.bodyBytes), authInfo: AuthInfo.decode(raw.authInfoBytes), signatures: raw.signatures };
  const r = rec.result;
  return GetTxResponse.encode({
    tx,
    txResponse: {
      height: rec.height,
      txhash: hex(hash),
      codespace: r.codespace,
      code: r.code,
      data: hex(r.data),
      rawLog: r.log,
      logs: [],
      info: r.info,
      gasWanted: r.gasWanted,
      gasUsed: r.gasUsed,
      tx: { typeUrl: "/cosmos.tx.v1beta1.Tx", value: Tx.encode(tx).finish() },
      timestamp: formatRfc3339(time),
      events: r.events,
    },
  }).finish();
}
