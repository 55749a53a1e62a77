import { concatBytes, utf8 } from "../../chain/crypto/bytes.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { readU64be as readU64, u64be as u64 } from "../../chain/codec/u64.js";

export { readU64, u64 };

/** Store layout of the market module. Integers are 8-byte big endian so keys sort numerically. */
export const MARKET_STORE = "market";

export const PARAMS_KEY = Uint8Array.of(0x01);
export const NEXT_ID_KEY = Uint8Array.of(0x02);
export const CONTRACT_PREFIX = Uint8Array.of(0x03);
export const STATUS_PREFIX = Uint8Array.of(0x04);
export const REQUESTER_PREFIX = Uint8Array.of(0x05);
export const PROVIDER_PREFIX = Uint8Array.of(0x06);
export const POSITION_PREFIX = Uint8Array.of(0x07);
export const QUEUE_PREFIX = Uint8Array.of(0x08);
export const BURNED_PREFIX = Uint8Array.of(0x09);
export const DEVICE_ACTIVE_PREFIX = Uint8Array.of(0x0a);

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n);
  return b;
}

function lpAddr(addr: string): Uint8Array {
  const a = parseAccAddress(addr);
  return concatBytes(Uint8Array.of(a.length), a);
}

/** 0x03 | id -> Contract */
export function contractKey(id: bigint): Uint8Array {
  return concatBytes(CONTRACT_PREFIX, u64(id));
}

/** 0x04 | status | id -> marker: contracts by status in id order. */
export function statusPrefix(status: number): Uint8Array {
  return concatBytes(STATUS_PREFIX, Uint8Array.of(status));
}

export function statusKey(status: number, id: bigint): Uint8Array {
  return concatBytes(statusPrefix(status), u64(id));
}

/** 0x05 | len | requester | id -> marker */
export function requesterPrefix(addr: string): Uint8Array {
  return concatBytes(REQUESTER_PREFIX, lpAddr(addr));
}

export function requesterKey(addr: string, id: bigint): Uint8Array {
  return concatBytes(requesterPrefix(addr), u64(id));
}

/** 0x06 | len | provider | id -> marker (a provider with several positions on one contract: one entry). */
export function providerPrefix(addr: string): Uint8Array {
  return concatBytes(PROVIDER_PREFIX, lpAddr(addr));
}

export function providerKey(addr: string, id: bigint): Uint8Array {
  return concatBytes(providerPrefix(addr), u64(id));
}

/** 0x07 | contract id | index -> Position */
export function positionPrefix(contractId: bigint): Uint8Array {
  return concatBytes(POSITION_PREFIX, u64(contractId));
}

export function positionKey(contractId: bigint, index: number): Uint8Array {
  return concatBytes(positionPrefix(contractId), u32(index));
}

/** 0x08 | time | id -> marker: the next moment a contract times out (deadline or phase deadline). */
export function queueKey(time: bigint, id: bigint): Uint8Array {
  return concatBytes(QUEUE_PREFIX, u64(time), u64(id));
}

/** Exclusive end of the queue entries due at or before `time`. */
export function queueEnd(time: bigint): Uint8Array {
  return concatBytes(QUEUE_PREFIX, u64(time + 1n));
}

/** 0x09 | denom -> decimal amount burned from slashed bonds (the pogcs supply ledger counts it). */
export function burnedKey(denom: string): Uint8Array {
  return concatBytes(BURNED_PREFIX, utf8(denom));
}

/** 0x0a | device id | contract id -> marker: path-A contracts of a device while ACTIVE (capacity check). */
export function deviceActivePrefix(deviceId: bigint): Uint8Array {
  return concatBytes(DEVICE_ACTIVE_PREFIX, u64(deviceId));
}

export function deviceActiveKey(deviceId: bigint, contractId: bigint): Uint8Array {
  return concatBytes(deviceActivePrefix(deviceId), u64(contractId));
}

/** NFT id of a position: `mkt-<contract>-<index>` (x/nft id rules). */
export function positionNftId(contractId: bigint, index: number): string {
  return `mkt-${contractId}-${index}`;
}

export function parsePositionNftId(nftId: string): { contractId: bigint; index: number } | undefined {
  const m = /^mkt-([0-9]{1,20})-([0-9]{1,9})$/.exec(nftId);
  if (!m) return undefined;
  const contractId = BigInt(m[1]!);
  if (contractId >= 1n << 64n) return undefined;
  return { contractId, index: Number(m[2]!) };
}

export const POSITION_CLASS = "market-position";
export { INDEX_MARKER } from "../../chain/store/cache.js";
