import { Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { ErrInvalidRequest } from "../../chain/errors/index.js";

/** x/auth parameters with the SDK defaults (memo 256 chars, 7 signatures, 10 gas/byte, 1000 gas/secp sig). */
export type AuthParams = Params;

export const DEFAULT_AUTH_PARAMS: AuthParams = {
  maxMemoCharacters: 256n,
  txSigLimit: 7n,
  txSizeCostPerByte: 10n,
  sigVerifyCostEd25519: 590n,
  sigVerifyCostSecp256k1: 1000n,
};

export function validateAuthParams(p: AuthParams): void {
  for (const [k, v] of Object.entries(p)) {
    if (typeof v !== "bigint" || v <= 0n) throw ErrInvalidRequest.raise(`auth param ${k} must be a positive integer`);
  }
}

export function authParamsFromJson(j: Record<string, unknown> | undefined): AuthParams {
  if (!j) return DEFAULT_AUTH_PARAMS;
  const get = (k: string, d: bigint) => (j[k] === undefined ? d : BigInt(String(j[k])));
  return {
    maxMemoCharacters: get("max_memo_characters", DEFAULT_AUTH_PARAMS.maxMemoCharacters),
    txSigLimit: get("tx_sig_limit", DEFAULT_AUTH_PARAMS.txSigLimit),
    txSizeCostPerByte: get("tx_size_cost_per_byte", DEFAULT_AUTH_PARAMS.txSizeCostPerByte),
    sigVerifyCostEd25519: get("sig_verify_cost_ed25519", DEFAULT_AUTH_PARAMS.sigVerifyCostEd25519),
    sigVerifyCostSecp256k1: get("sig_verify_cost_secp256k1", DEFAULT_AUTH_PARAMS.sigVerifyCostSecp256k1),
  };
}

export function authParamsToJson(p: AuthParams): Record<string, string> {
  return {
    max_memo_characters: p.maxMemoCharacters.toString(),
    tx_sig_limit: p.txSigLimit.toString(),
    tx_size_cost_per_byte: p.txSizeCostPerByte.toString(),
    sig_verify_cost_ed25519: p.sigVerifyCostEd25519.toString(),
    sig_verify_cost_secp256k1: p.sigVerifyCostSecp256k1.toString(),
  };
}
