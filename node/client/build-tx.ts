import { TxRaw, TxBody, AuthInfo, SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";

export interface TxSigner {
  pubKey: Uint8Array;
  signDirect(signBytes: Uint8Array): Uint8Array;
}

export interface BuildTxOptions {
  messages: Any[];
  memo?: string;
  fee: Array<{ denom: string; amount: string }>;
  gasLimit: bigint;
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
  timeoutHeight?: bigint;
}

/** Builds and signs a SIGN_MODE_DIRECT TxRaw, byte for byte as CosmJS does. */
export function buildSignedTx(signer: TxSigner, o: BuildTxOptions): Uint8Array {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: o.messages, memo: o.memo ?? "", timeoutHeight: o.timeoutHeight ?? 0n })).finish();
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: [
        {
          publicKey: { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: PubKey.encode({ key: signer.pubKey }).finish() },
          modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
          sequence: o.sequence,
        },
      ],
      fee: { amount: o.fee, gasLimit: o.gasLimit },
    }),
  ).finish();
  const signBytes = SignDoc.encode({ bodyBytes, authInfoBytes, chainId: o.chainId, accountNumber: o.accountNumber }).finish();
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signer.signDirect(signBytes)] }).finish();
}
