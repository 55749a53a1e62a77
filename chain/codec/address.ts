/**
 * Account and validator addresses (Cosmos SDK / CosmJS compatible).
 *
 * - An account address is `ripemd160(sha256(pubkey33))` of the 33-byte compressed secp256k1 key
 *   (CosmJS `rawSecp256k1PubkeyToRawAddress`, SDK `secp256k1.PubKey.Address`).
 * - Its text form is bech32 (BIP-173, not bech32m) with prefix `gcs` for accounts and
 *   `gcsvaloper` for validator operators (the same 20 bytes, another prefix).
 * - Decoding accepts 20-byte addresses (keys) and 32-byte addresses (module / derived accounts,
 *   ADR-028) only, and all-lowercase or all-uppercase text (BIP-173); mixed case is rejected.
 *
 * Pure: no node:* imports; errors are `ErrInvalidAddress` / `ErrInvalidPubKey`.
 */
import { bech32 } from "bech32";
import { ripemd160, sha256 } from "../crypto/hash.js";
import { ErrInvalidAddress, ErrInvalidPubKey } from "../errors/index.js";

export const ACCOUNT_PREFIX = "gcs";
export const VALOPER_PREFIX = "gcsvaloper";

/** Byte lengths an address may have: 20 (key hash) or 32 (module / derived account). */
export const ADDRESS_LENGTHS: readonly number[] = [20, 32];

/** BIP-173's 90-character limit; a 32-byte address under `gcsvaloper` is 69 characters. */
const BECH32_LIMIT = 90;

const PREFIX_RE = /^[a-z0-9]{1,83}$/;

function checkLength(bytes: Uint8Array, what: string): void {
  if (!ADDRESS_LENGTHS.includes(bytes.length)) {
    throw ErrInvalidAddress.raise(`${what} has ${bytes.length} bytes, expected 20 or 32`);
  }
}

/** 20-byte account address of a 33-byte compressed secp256k1 public key: ripemd160(sha256(pub)). */
export function addressFromSecp256k1PubKey(pub33: Uint8Array): Uint8Array {
  if (!(pub33 instanceof Uint8Array) || pub33.length !== 33 || (pub33[0] !== 0x02 && pub33[0] !== 0x03)) {
    throw ErrInvalidPubKey.raise(
      `secp256k1 public key must be 33 bytes compressed (0x02/0x03 prefix), got ${
        pub33 instanceof Uint8Array ? `${pub33.length} bytes` : typeof pub33
      }`,
    );
  }
  return ripemd160(sha256(pub33));
}

/** Bech32-encodes address bytes (20 or 32) under a lowercase prefix. */
export function toBech32(prefix: string, bytes: Uint8Array): string {
  if (!PREFIX_RE.test(prefix)) {
    throw ErrInvalidAddress.raise(`bech32 prefix ${JSON.stringify(prefix)} must be 1-83 lowercase letters or digits`);
  }
  checkLength(bytes, "address");
  return bech32.encode(prefix, bech32.toWords(bytes), BECH32_LIMIT);
}

/** Prefix and bytes of a bech32 address; checks checksum, case, padding and length. */
export function decodeBech32(str: string): { prefix: string; bytes: Uint8Array } {
  if (typeof str !== "string" || str.length === 0) {
    throw ErrInvalidAddress.raise("empty address string");
  }
  if (str.length > BECH32_LIMIT) {
    throw ErrInvalidAddress.raise(`address is ${str.length} characters, the bech32 limit is ${BECH32_LIMIT}`);
  }
  if (str !== str.toLowerCase() && str !== str.toUpperCase()) {
    throw ErrInvalidAddress.raise(`address ${JSON.stringify(str)} mixes upper and lower case`);
  }
  const decoded = bech32.decodeUnsafe(str, BECH32_LIMIT);
  if (decoded === undefined) {
    throw ErrInvalidAddress.raise(`${JSON.stringify(str)} is not valid bech32 (bad checksum, character or separator)`);
  }
  const data = bech32.fromWordsUnsafe(decoded.words);
  if (data === undefined) {
    throw ErrInvalidAddress.raise(`${JSON.stringify(str)} has invalid bech32 padding`);
  }
  const bytes = Uint8Array.from(data);
  checkLength(bytes, `address ${JSON.stringify(str)}`);
  return { prefix: decoded.prefix, bytes };
}

/**
 * Decodes a bech32 address to its bytes. With `expectedPrefix`, any other prefix is rejected
 * (e.g. a `gcsvaloper` address where an account is expected).
 */
export function fromBech32(str: string, expectedPrefix?: string): Uint8Array {
  const { prefix, bytes } = decodeBech32(str);
  if (expectedPrefix !== undefined && prefix !== expectedPrefix) {
    throw ErrInvalidAddress.raise(`address ${JSON.stringify(str)} has prefix "${prefix}", expected "${expectedPrefix}"`);
  }
  return bytes;
}

/** `gcs1...` text form of account address bytes. */
export function accAddress(bytes: Uint8Array): string {
  return toBech32(ACCOUNT_PREFIX, bytes);
}

/** `gcsvaloper1...` text form of validator operator address bytes. */
export function valAddress(bytes: Uint8Array): string {
  return toBech32(VALOPER_PREFIX, bytes);
}

const parsedAccounts = new Map<string, Uint8Array>();
const PARSED_CACHE_MAX = 50_000;

/**
 * Bytes of a `gcs1...` account address; throws ErrInvalidAddress otherwise. Every tx parses the
 * same few addresses several times, so valid results are memoised (bounded; callers must not
 * mutate the returned bytes).
 */
export function parseAccAddress(str: string): Uint8Array {
  const hit = parsedAccounts.get(str);
  if (hit) return hit;
  const bytes = fromBech32(str, ACCOUNT_PREFIX);
  if (parsedAccounts.size >= PARSED_CACHE_MAX) parsedAccounts.clear();
  parsedAccounts.set(str, bytes);
  return bytes;
}

/** Bytes of a `gcsvaloper1...` validator address; throws ErrInvalidAddress otherwise. */
export function parseValAddress(str: string): Uint8Array {
  return fromBech32(str, VALOPER_PREFIX);
}

/** True when `str` is a valid address (with `expectedPrefix`, only under that prefix). */
export function isValidBech32Address(str: string, expectedPrefix?: string): boolean {
  try {
    fromBech32(str, expectedPrefix);
    return true;
  } catch {
    return false;
  }
}
