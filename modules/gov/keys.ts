import { concatBytes } from "../../chain/crypto/bytes.js";
import { accAddress, parseAccAddress } from "../../chain/codec/address.js";
import { readU64be as readU64, u64be as u64 } from "../../chain/codec/u64.js";

export { readU64, u64 };

/** Store layout of the gov module (store and module account both named "gov"). */
export const GOV = "gov";

export const PARAMS_KEY = Uint8Array.of(0x00);
export const PROPOSAL_PREFIX = Uint8Array.of(0x01);
/** 0x02 | voting end seconds | id: proposals in their voting period. */
export const ACTIVE_QUEUE_PREFIX = Uint8Array.of(0x02);
/** 0x03 | deposit end seconds | id: proposals in their deposit period. */
export const INACTIVE_QUEUE_PREFIX = Uint8Array.of(0x03);
export const NEXT_ID_KEY = Uint8Array.of(0x04);
/** 0x05 | denom -> total burned from deposits (for the supply ledger of the pogcs module). */
export const BURNED_PREFIX = Uint8Array.of(0x05);
export const DEPOSIT_PREFIX = Uint8Array.of(0x10);
export const VOTE_PREFIX = Uint8Array.of(0x20);

export const burnedKey = (denom: string) => concatBytes(BURNED_PREFIX, new TextEncoder().encode(denom));

export const proposalKey = (id: bigint) => concatBytes(PROPOSAL_PREFIX, u64(id));

/** Queue keys sort by time, then id; negative times never occur (block times are after 1970). */
export const queueKey = (prefix: Uint8Array, seconds: bigint, id: bigint) => concatBytes(prefix, u64(seconds), u64(id));

export function parseQueueKey(k: Uint8Array): { seconds: bigint; id: bigint } {
  return { seconds: readU64(k, 1), id: readU64(k, 9) };
}

/** 0x10 | id | address bytes -> Deposit. */
export const depositPrefix = (id: bigint) => concatBytes(DEPOSIT_PREFIX, u64(id));
export const depositKey = (id: bigint, depositor: string) => concatBytes(depositPrefix(id), parseAccAddress(depositor));

/** 0x20 | id | address bytes -> Vote. */
export const votePrefix = (id: bigint) => concatBytes(VOTE_PREFIX, u64(id));
export const voteKey = (id: bigint, voter: string) => concatBytes(votePrefix(id), parseAccAddress(voter));

/** The address part of a deposit or vote key. */
export function addressOfKey(k: Uint8Array): string {
  return accAddress(k.subarray(9));
}
