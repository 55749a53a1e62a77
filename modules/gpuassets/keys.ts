import { concatBytes } from "../../chain/crypto/bytes.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { readU64be as readU64, u64be as u64 } from "../../chain/codec/u64.js";

export { readU64, u64 };

/** Store layout of the gpuassets module (all ids big-endian u64, so iteration is in id order). */
export const GPUASSETS = "gpuassets";
/** The NFT class of GPU assets, owned by this module. */
export const GPU_ASSET_CLASS = "gpu-asset";

export const PARAMS_KEY = Uint8Array.of(0x01);
export const ASSET_PREFIX = Uint8Array.of(0x02);
export const APPRAISER_PREFIX = Uint8Array.of(0x03);
export const APPRAISAL_PREFIX = Uint8Array.of(0x04);
export const LOAN_PREFIX = Uint8Array.of(0x05);
export const LOAN_SEQ_KEY = Uint8Array.of(0x06);
/** Last block time seen (unix seconds), for queries that have no clock. */
export const CLOCK_KEY = Uint8Array.of(0x07);

/** NFT ids must start with a letter (Cosmos x/nft), so the device id gets a fixed prefix. */
export function nftIdOf(assetId: bigint): string {
  return `device-${assetId}`;
}

/** Inverse of nftIdOf; undefined for ids not in that form. */
export function assetIdOfNft(nftId: string): bigint | undefined {
  const m = /^device-([1-9][0-9]{0,19})$/.exec(nftId);
  return m ? BigInt(m[1]!) : undefined;
}

export function assetKey(id: bigint): Uint8Array {
  return concatBytes(ASSET_PREFIX, u64(id));
}

export function appraiserKey(addr: string): Uint8Array {
  return concatBytes(APPRAISER_PREFIX, parseAccAddress(addr));
}

/** 0x04 | asset | seq: one asset's history in order. */
export function appraisalPrefix(asset: bigint): Uint8Array {
  return concatBytes(APPRAISAL_PREFIX, u64(asset));
}

export function appraisalKey(asset: bigint, seq: bigint): Uint8Array {
  return concatBytes(appraisalPrefix(asset), u64(seq));
}

export function loanKey(id: bigint): Uint8Array {
  return concatBytes(LOAN_PREFIX, u64(id));
}
