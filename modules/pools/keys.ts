import { concatBytes, fromUtf8, utf8 } from "../../chain/crypto/bytes.js";
import { accAddress, parseAccAddress } from "../../chain/codec/address.js";
import { readU64be as readU64, u64be as u64 } from "../../chain/codec/u64.js";

export { readU64, u64 };

/** Store layout of the pools module: every key in one place; ids are 8-byte big-endian so keys sort numerically. */
export const POOLS = "pools";

export const PARAMS_KEY = Uint8Array.of(0x01);
export const NEXT_POOL_ID_KEY = Uint8Array.of(0x02);
export const NEXT_SEQ_KEY = Uint8Array.of(0x03);
export const NEXT_COMMITMENT_ID_KEY = Uint8Array.of(0x04);
export const POOL_PREFIX = Uint8Array.of(0x10);
export const MEMBER_PREFIX = Uint8Array.of(0x11);
export const DEVICE_POOL_PREFIX = Uint8Array.of(0x12);
export const APPLICATION_PREFIX = Uint8Array.of(0x13);
export const DEVICE_APPLICATION_PREFIX = Uint8Array.of(0x14);
export const SHARES_PREFIX = Uint8Array.of(0x20);
export const INVESTOR_PREFIX = Uint8Array.of(0x21);
export const WITHDRAWAL_PREFIX = Uint8Array.of(0x22);
export const COMMITMENT_PREFIX = Uint8Array.of(0x30);
export const SLOT_COMMITMENT_PREFIX = Uint8Array.of(0x31);
export const DEVICE_COMMITMENT_PREFIX = Uint8Array.of(0x32);
export const SLOT_LEDGER_PREFIX = Uint8Array.of(0x33);

const join = concatBytes;

function lp(b: Uint8Array): Uint8Array {
  return join(Uint8Array.of(b.length), b);
}

export const poolKey = (id: bigint): Uint8Array => join(POOL_PREFIX, u64(id));

/** 0x11 | pool | device -> Member */
export const membersPrefix = (pool: bigint): Uint8Array => join(MEMBER_PREFIX, u64(pool));
export const memberKey = (pool: bigint, device: bigint): Uint8Array => join(membersPrefix(pool), u64(device));

/** 0x12 | device -> pool id: a device is in at most one pool. */
export const devicePoolKey = (device: bigint): Uint8Array => join(DEVICE_POOL_PREFIX, u64(device));

/** 0x13 | pool | seq -> Application (FIFO by seq). */
export const applicationsPrefix = (pool: bigint): Uint8Array => join(APPLICATION_PREFIX, u64(pool));
export const applicationKey = (pool: bigint, seq: bigint): Uint8Array => join(applicationsPrefix(pool), u64(seq));

/** 0x14 | device -> pool | seq of its pending application. */
export const deviceApplicationKey = (device: bigint): Uint8Array => join(DEVICE_APPLICATION_PREFIX, u64(device));

/** 0x20 | pool | len(addr) | addr -> shares */
export const sharesPrefix = (pool: bigint): Uint8Array => join(SHARES_PREFIX, u64(pool));
export const sharesKey = (pool: bigint, investor: string): Uint8Array => join(sharesPrefix(pool), lp(parseAccAddress(investor)));
export function parseSharesKey(k: Uint8Array): { pool: bigint; investor: string } {
  return { pool: readU64(k, 1), investor: accAddress(k.subarray(10, 10 + k[9]!)) };
}

/** 0x21 | len(addr) | addr | pool -> empty: the pools an investor holds shares of. */
export const investorPrefix = (investor: string): Uint8Array => join(INVESTOR_PREFIX, lp(parseAccAddress(investor)));
export const investorKey = (investor: string, pool: bigint): Uint8Array => join(investorPrefix(investor), u64(pool));

/** 0x22 | pool | seq -> Withdrawal (paid FIFO). */
export const withdrawalsPrefix = (pool: bigint): Uint8Array => join(WITHDRAWAL_PREFIX, u64(pool));
export const withdrawalKey = (pool: bigint, seq: bigint): Uint8Array => join(withdrawalsPrefix(pool), u64(seq));

export const commitmentKey = (id: bigint): Uint8Array => join(COMMITMENT_PREFIX, u64(id));

/** 0x31 | hour | len(denom) | denom | id -> empty: by hour (the expiry sweep), then by slot, oldest first. */
export const hourPrefix = (hour: bigint): Uint8Array => join(SLOT_COMMITMENT_PREFIX, u64(hour));
export const slotCommitmentsPrefix = (hour: bigint, denom: string): Uint8Array => join(hourPrefix(hour), lp(utf8(denom)));
export const slotCommitmentKey = (hour: bigint, denom: string, id: bigint): Uint8Array => join(slotCommitmentsPrefix(hour, denom), u64(id));
export function parseSlotCommitmentKey(k: Uint8Array): { hour: bigint; denom: string; id: bigint } {
  const dlen = k[9]!;
  return { hour: readU64(k, 1), denom: fromUtf8(k.subarray(10, 10 + dlen)), id: readU64(k, 10 + dlen) };
}

/** 0x32 | device | hour | id -> empty: a device's commitments in hour order. */
export const deviceCommitmentsPrefix = (device: bigint): Uint8Array => join(DEVICE_COMMITMENT_PREFIX, u64(device));
export const deviceHourPrefix = (device: bigint, hour: bigint): Uint8Array => join(deviceCommitmentsPrefix(device), u64(hour));
export const deviceCommitmentKey = (device: bigint, hour: bigint, id: bigint): Uint8Array => join(deviceHourPrefix(device, hour), u64(id));
export function parseDeviceCommitmentKey(k: Uint8Array): { device: bigint; hour: bigint; id: bigint } {
  return { device: readU64(k, 1), hour: readU64(k, 9), id: readU64(k, 17) };
}

/** 0x33 | hour | denom -> SlotLedger: every live slot denom in hour order (the sweep reads the front). */
export const slotLedgerKey = (hour: bigint, denom: string): Uint8Array => join(SLOT_LEDGER_PREFIX, u64(hour), utf8(denom));
export function parseSlotLedgerKey(k: Uint8Array): { hour: bigint; denom: string } {
  return { hour: readU64(k, 1), denom: fromUtf8(k.subarray(9)) };
}
