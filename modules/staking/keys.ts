import { concatBytes } from "../../chain/crypto/bytes.js";
import { readU64be as readU64, u64be as u64 } from "../../chain/codec/u64.js";

export { readU64, u64 };

/**
 * Store layout of the staking module (x/staking and x/slashing's signing info share one store,
 * named "staking"). One-byte prefixes; addresses are length-prefixed so keys split unambiguously
 * and prefix iteration by delegator or validator is exact.
 */
export const STAKING = "staking";

export const BONDED_POOL = "bonded_tokens_pool";
export const NOT_BONDED_POOL = "not_bonded_tokens_pool";

// x/staking
export const LAST_VALIDATOR_POWER_PREFIX = Uint8Array.of(0x11);
export const LAST_TOTAL_POWER_KEY = Uint8Array.of(0x12);
export const VALIDATOR_PREFIX = Uint8Array.of(0x21);
export const VALIDATOR_BY_CONS_PREFIX = Uint8Array.of(0x22);
export const DELEGATION_PREFIX = Uint8Array.of(0x31);
export const UBD_PREFIX = Uint8Array.of(0x32);
export const UBD_BY_VAL_PREFIX = Uint8Array.of(0x33);
export const RED_PREFIX = Uint8Array.of(0x34);
export const RED_BY_SRC_PREFIX = Uint8Array.of(0x35);
export const RED_BY_DST_PREFIX = Uint8Array.of(0x36);
export const UBD_QUEUE_PREFIX = Uint8Array.of(0x41);
export const RED_QUEUE_PREFIX = Uint8Array.of(0x42);
export const PARAMS_KEY = Uint8Array.of(0x51);
export const EPOCH_LENGTH_KEY = Uint8Array.of(0x52);

// x/slashing
export const SIGNING_INFO_PREFIX = Uint8Array.of(0x61);
export const MISSED_BLOCK_PREFIX = Uint8Array.of(0x62);
export const SLASHING_PARAMS_KEY = Uint8Array.of(0x63);
export const EVIDENCE_PARAMS_KEY = Uint8Array.of(0x64);

export function lp(addr: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(addr.length), addr);
}

/** Splits a run of length-prefixed addresses (after the one-byte prefix). */
export function splitLp(key: Uint8Array, from = 1): Uint8Array[] {
  const out: Uint8Array[] = [];
  let o = from;
  while (o < key.length) {
    const n = key[o]!;
    out.push(key.subarray(o + 1, o + 1 + n));
    o += 1 + n;
  }
  return out;
}

export const validatorKey = (val: Uint8Array) => concatBytes(VALIDATOR_PREFIX, lp(val));
export const validatorByConsKey = (cons: Uint8Array) => concatBytes(VALIDATOR_BY_CONS_PREFIX, lp(cons));
export const lastPowerKey = (val: Uint8Array) => concatBytes(LAST_VALIDATOR_POWER_PREFIX, lp(val));
export const delegationKey = (del: Uint8Array, val: Uint8Array) => concatBytes(DELEGATION_PREFIX, lp(del), lp(val));
export const delegationsByDelegatorPrefix = (del: Uint8Array) => concatBytes(DELEGATION_PREFIX, lp(del));
export const ubdKey = (del: Uint8Array, val: Uint8Array) => concatBytes(UBD_PREFIX, lp(del), lp(val));
export const ubdsByDelegatorPrefix = (del: Uint8Array) => concatBytes(UBD_PREFIX, lp(del));
export const ubdByValKey = (val: Uint8Array, del: Uint8Array) => concatBytes(UBD_BY_VAL_PREFIX, lp(val), lp(del));
export const ubdByValPrefix = (val: Uint8Array) => concatBytes(UBD_BY_VAL_PREFIX, lp(val));
export const redKey = (del: Uint8Array, src: Uint8Array, dst: Uint8Array) => concatBytes(RED_PREFIX, lp(del), lp(src), lp(dst));
export const redsByDelegatorPrefix = (del: Uint8Array) => concatBytes(RED_PREFIX, lp(del));
export const redBySrcKey = (src: Uint8Array, del: Uint8Array, dst: Uint8Array) => concatBytes(RED_BY_SRC_PREFIX, lp(src), lp(del), lp(dst));
export const redBySrcPrefix = (src: Uint8Array) => concatBytes(RED_BY_SRC_PREFIX, lp(src));
export const redByDstKey = (dst: Uint8Array, del: Uint8Array, src: Uint8Array) => concatBytes(RED_BY_DST_PREFIX, lp(dst), lp(del), lp(src));
export const redByDstDelPrefix = (dst: Uint8Array, del: Uint8Array) => concatBytes(RED_BY_DST_PREFIX, lp(dst), lp(del));
/** 0x41 | completion seconds (u64 BE) | del | val: key order = maturity order. */
export const ubdQueueKey = (t: bigint, del: Uint8Array, val: Uint8Array) => concatBytes(UBD_QUEUE_PREFIX, u64(t), lp(del), lp(val));
export const redQueueKey = (t: bigint, del: Uint8Array, src: Uint8Array, dst: Uint8Array) =>
  concatBytes(RED_QUEUE_PREFIX, u64(t), lp(del), lp(src), lp(dst));
export const signingInfoKey = (cons: Uint8Array) => concatBytes(SIGNING_INFO_PREFIX, lp(cons));
export const missedBlockKey = (cons: Uint8Array, index: bigint) => concatBytes(MISSED_BLOCK_PREFIX, lp(cons), u64(index));
export const missedBlockPrefix = (cons: Uint8Array) => concatBytes(MISSED_BLOCK_PREFIX, lp(cons));
