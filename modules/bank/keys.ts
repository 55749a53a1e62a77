import { utf8, concatBytes } from "../../chain/crypto/bytes.js";

/** Store layout of the bank module (close to the SDK's collections prefixes). */
export const BANK = "bank";

export const SUPPLY_PREFIX = Uint8Array.of(0x00);
export const DENOM_METADATA_PREFIX = Uint8Array.of(0x01);
export const BALANCES_PREFIX = Uint8Array.of(0x02);
/** Reverse index denom -> holder, as the SDK's `DenomAddressPrefix`; never exported to genesis. */
export const HOLDERS_PREFIX = Uint8Array.of(0x03);
export const PARAMS_KEY = Uint8Array.of(0x05);

const join = concatBytes;

/** 0x02 | len(addr) | addr: all balances of one account, ordered by denom. */
export function balancesPrefix(addr: Uint8Array): Uint8Array {
  return join(BALANCES_PREFIX, Uint8Array.of(addr.length), addr);
}

export function balanceKey(addr: Uint8Array, denom: string): Uint8Array {
  return join(balancesPrefix(addr), utf8(denom));
}

export function supplyKey(denom: string): Uint8Array {
  return join(SUPPLY_PREFIX, utf8(denom));
}

export function denomMetadataKey(denom: string): Uint8Array {
  return join(DENOM_METADATA_PREFIX, utf8(denom));
}

/** Splits a balance key back into (address bytes, denom). */
export function parseBalanceKey(key: Uint8Array): { addr: Uint8Array; denom: string } {
  const len = key[1]!;
  return { addr: key.subarray(2, 2 + len), denom: new TextDecoder().decode(key.subarray(2 + len)) };
}

/** 0x03 | len(denom) | denom: every holder of one denom, in address-byte order. */
export function holdersPrefix(denom: string): Uint8Array {
  const d = utf8(denom);
  return join(HOLDERS_PREFIX, Uint8Array.of(d.length), d);
}

/** 0x03 | len(denom) | denom | len(addr) | addr -> 0x00 (one byte, like the SDK). */
export function holderKey(denom: string, addr: Uint8Array): Uint8Array {
  return join(holdersPrefix(denom), Uint8Array.of(addr.length), addr);
}

/** Splits a holder index key back into (denom, address bytes). */
export function parseHolderKey(key: Uint8Array): { denom: string; addr: Uint8Array } {
  const dlen = key[1]!;
  const denom = new TextDecoder().decode(key.subarray(2, 2 + dlen));
  const alen = key[2 + dlen]!;
  return { denom, addr: key.subarray(3 + dlen, 3 + dlen + alen) };
}
