import { concatBytes, fromUtf8, utf8 } from "../../chain/crypto/bytes.js";
import { accAddress, parseAccAddress } from "../../chain/codec/address.js";

/** Store layout of the nft module. Variable-length parts are length-prefixed so prefixes never collide. */
export const NFT = "nft";

export const CLASS_PREFIX = Uint8Array.of(0x01);
export const NFT_PREFIX = Uint8Array.of(0x02);
export const OWNER_PREFIX = Uint8Array.of(0x03);
export const SUPPLY_PREFIX = Uint8Array.of(0x04);
export const APPROVAL_PREFIX = Uint8Array.of(0x05);
export const OPERATOR_PREFIX = Uint8Array.of(0x06);
export const USER_PREFIX = Uint8Array.of(0x07);

function lp(b: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(b.length), b);
}

/** 0x01 | classId */
export function classKey(classId: string): Uint8Array {
  return concatBytes(CLASS_PREFIX, utf8(classId));
}

/** 0x02 | len(classId) | classId | nftId: a class's NFTs in id order. */
export function nftClassPrefix(classId: string): Uint8Array {
  return concatBytes(NFT_PREFIX, lp(utf8(classId)));
}

export function nftKey(classId: string, id: string): Uint8Array {
  return concatBytes(nftClassPrefix(classId), utf8(id));
}

/** 0x03 | len(owner) | owner | len(classId) | classId | nftId -> empty. */
export function ownerPrefix(owner: string): Uint8Array {
  return concatBytes(OWNER_PREFIX, lp(parseAccAddress(owner)));
}

export function ownerClassPrefix(owner: string, classId: string): Uint8Array {
  return concatBytes(ownerPrefix(owner), lp(utf8(classId)));
}

export function ownerKey(owner: string, classId: string, id: string): Uint8Array {
  return concatBytes(ownerClassPrefix(owner, classId), utf8(id));
}

export function parseOwnerKey(k: Uint8Array): { owner: string; classId: string; id: string } {
  let i = 1;
  const alen = k[i]!;
  const owner = accAddress(k.subarray(i + 1, i + 1 + alen));
  i += 1 + alen;
  const clen = k[i]!;
  const classId = fromUtf8(k.subarray(i + 1, i + 1 + clen));
  i += 1 + clen;
  return { owner, classId, id: fromUtf8(k.subarray(i)) };
}

/** 0x04 | classId -> decimal count. */
export function supplyKey(classId: string): Uint8Array {
  return concatBytes(SUPPLY_PREFIX, utf8(classId));
}

/** 0x05 | len(classId) | classId | nftId -> spender. */
export function approvalKey(classId: string, id: string): Uint8Array {
  return concatBytes(APPROVAL_PREFIX, lp(utf8(classId)), utf8(id));
}

/** 0x06 | len(owner) | owner | operator -> empty. */
export function operatorKey(owner: string, operator: string): Uint8Array {
  return concatBytes(OPERATOR_PREFIX, lp(parseAccAddress(owner)), parseAccAddress(operator));
}

export function parseOperatorKey(k: Uint8Array): { owner: string; operator: string } {
  const alen = k[1]!;
  return { owner: accAddress(k.subarray(2, 2 + alen)), operator: accAddress(k.subarray(2 + alen)) };
}

/** 0x07 | len(classId) | classId | nftId -> UserInfo. */
export function userKey(classId: string, id: string): Uint8Array {
  return concatBytes(USER_PREFIX, lp(utf8(classId)), utf8(id));
}
