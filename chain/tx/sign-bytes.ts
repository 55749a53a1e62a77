import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";

/** SIGN_MODE_DIRECT sign bytes: the protobuf SignDoc over the exact body and auth-info bytes received. */
export function makeSignBytes(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  return SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish();
}
