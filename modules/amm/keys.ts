import { concatBytes, fromUtf8, utf8 } from "../../chain/crypto/bytes.js";

/** Store layout of the amm module (store, codespace and module account are all `amm`). */
export const AMM_STORE = "amm";
/** NFT class of LP positions, owned by this module. */
export const LP_CLASS_ID = "amm-lp";

export const POOL_PREFIX = Uint8Array.of(0x01);
export const EXPIRY_PREFIX = Uint8Array.of(0x02);
export const POSITION_PREFIX = Uint8Array.of(0x03);
export const NEXT_POSITION_KEY = Uint8Array.of(0x04);
export const PARAMS_KEY = Uint8Array.of(0x05);
export const CLASS_PREFIX = Uint8Array.of(0x06);
export const OBSERVATION_PREFIX = Uint8Array.of(0x07);
export const CLOCK_KEY = Uint8Array.of(0x08);

function u64(n: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n);
  return b;
}

function readU64(b: Uint8Array, at: number): bigint {
  return new DataView(b.buffer, b.byteOffset + at, 8).getBigUint64(0);
}

function lp(b: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(b.length), b);
}

/**
 * 0x01 | slot denom -> Pool. Slot denoms are `gch/<class>/<yyyymmddhh>`, so key order groups a
 * class's pools (prefix `gch/<class>/`, the slash ends the class) in hour order.
 */
export function poolKey(slotDenom: string): Uint8Array {
  return concatBytes(POOL_PREFIX, utf8(slotDenom));
}

export function poolClassPrefix(cls: string): Uint8Array {
  return concatBytes(POOL_PREFIX, utf8(`gch/${cls}/`));
}

/** 0x02 | hour start (u64 BE) | slot denom -> empty: live pools in expiry order. */
export function expiryKey(hourStart: bigint, slotDenom: string): Uint8Array {
  return concatBytes(EXPIRY_PREFIX, u64(hourStart), utf8(slotDenom));
}

export function parseExpiryKey(k: Uint8Array): { hourStart: bigint; slotDenom: string } {
  return { hourStart: readU64(k, 1), slotDenom: fromUtf8(k.subarray(9)) };
}

/** Upper bound (exclusive) of the expiry queue for hours starting before `hourStart`. */
export function expiryBound(hourStart: bigint): Uint8Array {
  return concatBytes(EXPIRY_PREFIX, u64(hourStart));
}

/** 0x03 | position id (u64 BE) -> Position. */
export function positionKey(id: bigint): Uint8Array {
  return concatBytes(POSITION_PREFIX, u64(id));
}

/** 0x06 | class -> ClassIndex. */
export function classKey(cls: string): Uint8Array {
  return concatBytes(CLASS_PREFIX, utf8(cls));
}

/** 0x07 | len(class) | class | ring slot (u64 BE) -> Observation. */
export function observationPrefix(cls: string): Uint8Array {
  return concatBytes(OBSERVATION_PREFIX, lp(utf8(cls)));
}

export function observationKey(cls: string, slot: bigint): Uint8Array {
  return concatBytes(observationPrefix(cls), u64(slot));
}

/** NFT id of position `id` (x/nft ids start with a letter). */
export function positionNftId(id: bigint): string {
  return `lp-${id}`;
}

/** Position id of an NFT id `lp-<n>`, or undefined. */
export function parsePositionNftId(nftId: string): bigint | undefined {
  const m = /^lp-([1-9][0-9]{0,19})$/.exec(nftId);
  return m ? BigInt(m[1]!) : undefined;
}

/** The module account holding every pool's reserves (burner: expired slot inventory). */
export const AMM_MODULE_ACCOUNT = "amm";
