import { concatBytes, fromUtf8, utf8 } from "../../chain/crypto/bytes.js";
import { accAddress, parseAccAddress } from "../../chain/codec/address.js";
import { readU64be as readU64, u64be as u64 } from "../../chain/codec/u64.js";

export { readU64, u64 };

/** Store layout of the carbon module. Variable-length parts are length-prefixed; numbers are 8-byte big-endian. */
export const CARBON = "carbon";
/** The nft class owner name of the certificate class (the module name). */
export const CARBON_NFT_MODULE = CARBON;

export const REGION_PREFIX = Uint8Array.of(0x01);
export const CELL_PREFIX = Uint8Array.of(0x02);
export const BATCH_PREFIX = Uint8Array.of(0x03);
export const SUPPLY_PREFIX = Uint8Array.of(0x04);
export const BALANCE_PREFIX = Uint8Array.of(0x05);
export const HOLDER_PREFIX = Uint8Array.of(0x06);
export const SEGMENT_PREFIX = Uint8Array.of(0x07);
export const SERIAL_PREFIX = Uint8Array.of(0x08);
export const ISSUED_PREFIX = Uint8Array.of(0x09);
export const RETIREMENT_PREFIX = Uint8Array.of(0x0a);
export const BASKET_PREFIX = Uint8Array.of(0x0b);
export const BASKET_BALANCE_PREFIX = Uint8Array.of(0x0c);
export const SEQUENCE_PREFIX = Uint8Array.of(0x0d);
export const EPOCH_TIME_PREFIX = Uint8Array.of(0x0e);

function lp(b: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(b.length), b);
}

/** 0x01 | regionId -> Region */
export function regionKey(id: string): Uint8Array {
  return concatBytes(REGION_PREFIX, utf8(id));
}

/** 0x02 | cell -> regionId: every covering cell of every region, for O(resolution) lookups. */
export function cellKey(cell: bigint): Uint8Array {
  return concatBytes(CELL_PREFIX, u64(cell));
}

/** 0x03 | batchId -> Batch */
export function batchKey(id: string): Uint8Array {
  return concatBytes(BATCH_PREFIX, utf8(id));
}

/** 0x04 | batchId -> BatchSupply */
export function supplyKey(id: string): Uint8Array {
  return concatBytes(SUPPLY_PREFIX, utf8(id));
}

/** 0x05 | len(batchId) | batchId | holder -> Balance: a batch's holders in address order. */
export function balanceBatchPrefix(batchId: string): Uint8Array {
  return concatBytes(BALANCE_PREFIX, lp(utf8(batchId)));
}

export function balanceKey(batchId: string, holder: string): Uint8Array {
  return concatBytes(balanceBatchPrefix(batchId), parseAccAddress(holder));
}

/** 0x06 | len(holder) | holder | batchId -> empty: a holder's batches. */
export function holderPrefix(holder: string): Uint8Array {
  return concatBytes(HOLDER_PREFIX, lp(parseAccAddress(holder)));
}

export function holderKey(holder: string, batchId: string): Uint8Array {
  return concatBytes(holderPrefix(holder), utf8(batchId));
}

export function parseHolderKey(k: Uint8Array): { holder: string; batchId: string } {
  const n = k[1]!;
  return { holder: accAddress(k.subarray(2, 2 + n)), batchId: fromUtf8(k.subarray(2 + n)) };
}

/** 0x07 | len(batchId) | batchId | start -> Segment: a batch's serial ranges in serial order. */
export function segmentBatchPrefix(batchId: string): Uint8Array {
  return concatBytes(SEGMENT_PREFIX, lp(utf8(batchId)));
}

export function segmentKey(batchId: string, start: bigint): Uint8Array {
  return concatBytes(segmentBatchPrefix(batchId), u64(start));
}

/** 0x08 | len(creditType) | creditType | serialStart -> batchId */
export function serialTypePrefix(creditType: string): Uint8Array {
  return concatBytes(SERIAL_PREFIX, lp(utf8(creditType)));
}

export function serialKey(creditType: string, start: bigint): Uint8Array {
  return concatBytes(serialTypePrefix(creditType), u64(start));
}

/** 0x09 | deviceId | epoch -> batchId: the issued-report marker. */
export function issuedKey(deviceId: bigint, epoch: bigint): Uint8Array {
  return concatBytes(ISSUED_PREFIX, u64(deviceId), u64(epoch));
}

/** 0x0a | id -> Retirement */
export function retirementKey(id: bigint): Uint8Array {
  return concatBytes(RETIREMENT_PREFIX, u64(id));
}

/** 0x0b | basketId -> Basket */
export function basketKey(id: string): Uint8Array {
  return concatBytes(BASKET_PREFIX, utf8(id));
}

/** 0x0c | len(basketId) | basketId | vintageHour | vintageEpoch | batchId -> amount: oldest vintage first. */
export function basketBalancePrefix(basketId: string): Uint8Array {
  return concatBytes(BASKET_BALANCE_PREFIX, lp(utf8(basketId)));
}

export function basketBalanceKey(basketId: string, vintageHour: bigint, vintageEpoch: bigint, batchId: string): Uint8Array {
  return concatBytes(basketBalancePrefix(basketId), u64(vintageHour), u64(vintageEpoch), utf8(batchId));
}

/** 0x0d | name -> decimal counter */
export function sequenceKey(name: string): Uint8Array {
  return concatBytes(SEQUENCE_PREFIX, utf8(name));
}

/** 0x0e | epoch -> unix seconds of the epoch's first block */
export function epochTimeKey(epoch: bigint): Uint8Array {
  return concatBytes(EPOCH_TIME_PREFIX, u64(epoch));
}
