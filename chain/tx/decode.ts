import { TxRaw, TxBody, AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { ErrTxDecode, ErrInvalidRequest, ErrUnauthorized, ChainError } from "../errors/index.js";
import { sha256 } from "../crypto/hash.js";
import { coinFromProto, type Coin } from "../codec/coins.js";
import type { MsgSpec } from "../app/module.js";

/** A message with its spec resolved from the router. */
export interface DecodedMsg {
  typeUrl: string;
  value: Uint8Array;
  msg: unknown;
  spec: MsgSpec<unknown>;
}

/** A tx decoded once and carried through ante, execution, mempool and the indexer. */
export interface DecodedTx {
  bytes: Uint8Array;
  hash: Uint8Array;
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  msgs: DecodedMsg[];
  fee: { amount: Coin[]; gasLimit: bigint; payer: string; granter: string };
  /** Unique signers in order of first appearance (the first pays the fee). */
  signers: string[];
}

export type MsgResolver = (typeUrl: string) => MsgSpec<unknown> | undefined;

export const MAX_MSGS_PER_TX = 256;

function decodeOrThrow<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ChainError) throw e;
    throw ErrTxDecode.raise(`cannot decode ${what}: ${(e as Error).message}`);
  }
}

/**
 * Decodes TxRaw -> TxBody + AuthInfo -> messages. Garbage gives ErrTxDecode (code 2) with a
 * message that says which layer failed; unknown message types are a decode error as in the SDK.
 */
export function decodeTx(bytes: Uint8Array, resolve: MsgResolver): DecodedTx {
  if (bytes.length === 0) throw ErrTxDecode.raise("empty tx");
  const raw = decodeOrThrow("TxRaw", () => TxRaw.decode(bytes));
  // A TxRaw must round-trip exactly; otherwise the bytes are not a canonical TxRaw (e.g. garbage
  // that protobuf happened to accept), and hashes would not bind what was signed.
  const reencoded = TxRaw.encode(raw).finish();
  if (reencoded.length !== bytes.length) throw ErrTxDecode.raise("tx bytes are not a canonical TxRaw");
  if (raw.bodyBytes.length === 0) throw ErrTxDecode.raise("tx has no body");
  if (raw.authInfoBytes.length === 0) throw ErrTxDecode.raise("tx has no auth info");
  const body = decodeOrThrow("TxBody", () => TxBody.decode(raw.bodyBytes));
  const authInfo = decodeOrThrow("AuthInfo", () => AuthInfo.decode(raw.authInfoBytes));
  if (body.messages.length === 0) throw ErrInvalidRequest.raise("tx must contain at least one message");
  if (body.messages.length > MAX_MSGS_PER_TX) throw ErrInvalidRequest.raise(`too many messages: ${body.messages.length}`);
  if (body.extensionOptions.length > 0 || body.nonCriticalExtensionOptions.length > 0) {
    throw ErrTxDecode.raise("extension options are not supported");
  }

  const msgs: DecodedMsg[] = body.messages.map((any, i) => {
    const spec = resolve(any.typeUrl);
    if (!spec) throw ErrTxDecode.raise(`unable to resolve type URL ${any.typeUrl} (message ${i})`);
    const msg = decodeOrThrow(any.typeUrl, () => spec.decode(any.value));
    return { typeUrl: any.typeUrl, value: any.value, msg, spec };
  });

  // Unique signers in first-seen order, in linear time: a message may list many addresses (a
  // MsgMultiSend with tens of thousands of inputs made the old quadratic scan take seconds).
  const seen = new Set<string>();
  for (const m of msgs) for (const s of m.spec.signers(m.msg)) seen.add(s);
  const signers = [...seen];

  const feeProto = authInfo.fee;
  const fee = {
    amount: (feeProto?.amount ?? []).map((c) => coinFromProto(c)),
    gasLimit: feeProto?.gasLimit ?? 0n,
    payer: feeProto?.payer ?? "",
    granter: feeProto?.granter ?? "",
  };
  if (fee.granter !== "") throw ErrInvalidRequest.raise("fee grants are not supported");
  if (fee.payer !== "" && fee.payer !== signers[0]) {
    throw ErrUnauthorized.raise("a fee payer other than the first signer is not supported");
  }

  return { bytes, hash: sha256(bytes), raw, body, authInfo, msgs, fee, signers };
}
