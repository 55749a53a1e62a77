/**
 * HD derivation and secp256k1 signing, byte-for-byte like CosmJS `DirectSecp256k1HdWallet`:
 * BIP-39 seed (empty passphrase by default), BIP-32 secp256k1 at m/44'/118'/0'/0/{index},
 * 33-byte compressed public keys, and signatures over a 32-byte digest that are deterministic
 * (RFC 6979), low-S and 64 bytes r||s.
 */
import { pbkdf2Sync } from "node:crypto";
import { HDKey } from "@scure/bip32";
import { secp256k1 } from "@noble/curves/secp256k1";
import { sha256 } from "../../chain/crypto/hash.js";
import { accAddress, addressFromSecp256k1PubKey, toBech32 } from "../../chain/codec/address.js";
import { KeyringError } from "./errors.js";
import { assertMnemonic } from "./mnemonic.js";

/** Cosmos coin type 118; CosmJS `makeCosmoshubPath(index)`. */
export const COSMOS_HD_PATH_PREFIX = "m/44'/118'/0'/0";

const MAX_INDEX = 0x7fffffff;

/** `m/44'/118'/0'/0/{index}`; index is a non-hardened BIP-32 child number 0..2^31-1. */
export function hdPath(index = 0): string {
  if (!Number.isSafeInteger(index) || index < 0 || index > MAX_INDEX) {
    throw new KeyringError("INVALID_HD_INDEX", `HD account index must be an integer 0..${MAX_INDEX}, got ${index}`);
  }
  return `${COSMOS_HD_PATH_PREFIX}/${index}`;
}

/** BIP-39 seed (PBKDF2-HMAC-SHA512, 2048 rounds) of a validated, normalized mnemonic. */
export function mnemonicToSeed(mnemonic: string, passphrase = ""): Uint8Array {
  const m = assertMnemonic(mnemonic);
  const salt = `mnemonic${passphrase}`.normalize("NFKD");
  return new Uint8Array(pbkdf2Sync(Buffer.from(m, "utf8"), Buffer.from(salt, "utf8"), 2048, 64, "sha512"));
}

/** 32-byte secp256k1 private key at m/44'/118'/0'/0/{index}. */
export function derivePrivateKey(mnemonic: string, index = 0, passphrase = ""): Uint8Array {
  const path = hdPath(index);
  const node = HDKey.fromMasterSeed(mnemonicToSeed(mnemonic, passphrase)).derive(path);
  if (!node.privateKey) throw new KeyringError("INVALID_KEY", `no private key at ${path}`);
  return node.privateKey;
}

function checkPrivateKey(priv: Uint8Array): void {
  if (!(priv instanceof Uint8Array) || priv.length !== 32 || !secp256k1.utils.isValidPrivateKey(priv)) {
    throw new KeyringError("INVALID_KEY", "secp256k1 private key must be 32 bytes in 1..n-1");
  }
}

/** 33-byte compressed public key of a private key. */
export function secp256k1PubKey(priv: Uint8Array): Uint8Array {
  checkPrivateKey(priv);
  return secp256k1.getPublicKey(priv, true);
}

/**
 * Signs a 32-byte digest (e.g. sha256(SignDoc bytes)) without hashing it again: RFC 6979
 * deterministic nonce, low-S, 64-byte r||s. Same bytes as CosmJS `Secp256k1.createSignature`.
 */
export function signDigest(digest: Uint8Array, priv: Uint8Array): Uint8Array {
  if (!(digest instanceof Uint8Array) || digest.length !== 32) {
    throw new KeyringError("INVALID_KEY", `digest to sign must be 32 bytes, got ${digest?.length}`);
  }
  checkPrivateKey(priv);
  return secp256k1.sign(digest, priv, { lowS: true, prehash: false }).toBytes("compact");
}

/** Verifies a 64-byte r||s signature over a 32-byte digest; high-S is rejected like the SDK does. */
export function verifyDigest(signature: Uint8Array, digest: Uint8Array, pub33: Uint8Array): boolean {
  if (signature.length !== 64 || digest.length !== 32) return false;
  try {
    return secp256k1.verify(signature, digest, pub33, { lowS: true, prehash: false, format: "compact" });
  } catch {
    return false;
  }
}

/** An in-memory secp256k1 account signer. */
export interface Secp256k1Signer {
  /** bech32 account address (gcs1... unless another prefix was asked for). */
  readonly address: string;
  /** 20-byte raw address ripemd160(sha256(pubKey)). */
  readonly addressBytes: Uint8Array;
  /** 33-byte compressed public key. */
  readonly pubKey: Uint8Array;
  /** Signs a 32-byte digest: 64-byte r||s, low-S, deterministic. */
  signDigest(digest: Uint8Array): Uint8Array;
  /** SIGN_MODE_DIRECT: signs sha256(signBytes) where signBytes = SignDoc protobuf bytes. */
  signDirect(signBytes: Uint8Array): Uint8Array;
  /** LEGACY_AMINO_JSON: signs sha256 of the already serialized (sorted, escaped) StdSignDoc bytes. */
  signAmino(signDocJsonBytes: Uint8Array): Uint8Array;
}

/** A signer over a raw private key (the key is kept in a closure, not exposed). */
export function signerFromPrivateKey(priv: Uint8Array, prefix?: string): Secp256k1Signer {
  const key = Uint8Array.from(priv);
  const pubKey = secp256k1PubKey(key);
  const addressBytes = addressFromSecp256k1PubKey(pubKey);
  const address = prefix === undefined ? accAddress(addressBytes) : toBech32(prefix, addressBytes);
  return {
    address,
    addressBytes,
    pubKey,
    signDigest: (d) => signDigest(d, key),
    signDirect: (b) => signDigest(sha256(b), key),
    signAmino: (b) => signDigest(sha256(b), key),
  };
}

/** Signer for the key at m/44'/118'/0'/0/{index} of a mnemonic. */
export function signerFromMnemonic(mnemonic: string, index = 0, opts: { passphrase?: string; prefix?: string } = {}): Secp256k1Signer {
  return signerFromPrivateKey(derivePrivateKey(mnemonic, index, opts.passphrase ?? ""), opts.prefix);
}
