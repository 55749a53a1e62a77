/**
 * ed25519 validator (consensus) key and p2p node key, in CometBFT's JSON file formats so that
 * existing tooling (tmkms import, `cometbft show-node-id`, genesis tools) can read them.
 *
 * priv_validator_key.json (mode 0600, 2-space indent):
 *   { "address": "<UPPER hex of sha256(pub)[:20]>",
 *     "pub_key":  { "type": "tendermint/PubKeyEd25519",  "value": "<base64 32-byte pub>" },
 *     "priv_key": { "type": "tendermint/PrivKeyEd25519", "value": "<base64 64 bytes: seed || pub>" } }
 *
 * node_key.json (mode 0600):
 *   { "priv_key": { "type": "tendermint/PrivKeyEd25519", "value": "<base64 seed || pub>" } }
 *   node id = lowercase hex of sha256(pub)[:20].
 *
 * Keys are generated with node:crypto randomBytes and sign with node:crypto ed25519 (RFC 8032,
 * pure Ed25519, no prehash). Both files are unencrypted, as in CometBFT.
 */
import { createPrivateKey, createPublicKey, randomBytes, sign as nodeSign, verify as nodeVerify, type KeyObject } from "node:crypto";
import * as path from "node:path";
import { sha256 } from "../../chain/crypto/hash.js";
import { KeyringError } from "./errors.js";
import { ensureSecretDir, readJsonFile, writeSecretFileExclusive } from "./secret-file.js";

export const PRIV_VALIDATOR_KEY_FILE = "priv_validator_key.json";
export const NODE_KEY_FILE = "node_key.json";
export const ED25519_PUBKEY_TYPE = "tendermint/PubKeyEd25519";
export const ED25519_PRIVKEY_TYPE = "tendermint/PrivKeyEd25519";

/** An ed25519 key pair; the private key stays inside node:crypto's KeyObject. */
export interface Ed25519Key {
  /** 32-byte public key. */
  readonly pubKey: Uint8Array;
  /** 20-byte address sha256(pubKey)[:20] (CometBFT validator address / node id bytes). */
  readonly address: Uint8Array;
  /** 64-byte ed25519 signature of msg (the message itself, not a hash). */
  sign(msg: Uint8Array): Uint8Array;
  verify(msg: Uint8Array, signature: Uint8Array): boolean;
}

export interface ValidatorKey extends Ed25519Key {
  /** Upper-case hex of `address`, as in priv_validator_key.json and CometBFT's RPC. */
  readonly addressHex: string;
}

export interface NodeKey extends Ed25519Key {
  /** Lower-case hex of `address`: the p2p node id used in `id@host:port`. */
  readonly id: string;
}

interface TypedValue {
  type: string;
  value: string;
}

export interface PrivValidatorKeyJson {
  address: string;
  pub_key: TypedValue;
  priv_key: TypedValue;
}

export interface NodeKeyJson {
  priv_key: TypedValue;
}

const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString("hex");
}

function b64(b: Uint8Array): string {
  return Buffer.from(b).toString("base64");
}

/** An ed25519 key from its 32-byte seed (RFC 8032 private key). */
export function ed25519KeyFromSeed(seed: Uint8Array): Ed25519Key {
  if (!(seed instanceof Uint8Array) || seed.length !== 32) {
    throw new KeyringError("INVALID_KEY", `ed25519 seed must be 32 bytes, got ${seed?.length}`);
  }
  const priv: KeyObject = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: "der",
    type: "pkcs8",
  });
  const pubObj = createPublicKey(priv);
  const spki = pubObj.export({ format: "der", type: "spki" });
  const pubKey = new Uint8Array(spki.subarray(SPKI_ED25519_PREFIX.length));
  const address = sha256(pubKey).slice(0, 20);
  return {
    pubKey,
    address,
    sign: (msg) => new Uint8Array(nodeSign(null, msg, priv)),
    verify: (msg, sig) => sig.length === 64 && nodeVerify(null, msg, pubObj, sig),
  };
}

/** Imported public keys by hex (validator sets are small; the cache is cleared if it ever grows past 4096). */
const importedKeys = new Map<string, KeyObject>();

/** Verifies an ed25519 signature with a raw 32-byte public key (imported once per key, then cached). */
export function verifyEd25519(pubKey: Uint8Array, msg: Uint8Array, signature: Uint8Array): boolean {
  if (pubKey.length !== 32 || signature.length !== 64) return false;
  try {
    const k = Buffer.from(pubKey).toString("hex");
    let key = importedKeys.get(k);
    if (key === undefined) {
      key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, pubKey]), format: "der", type: "spki" });
      if (importedKeys.size >= 4096) importedKeys.clear();
      importedKeys.set(k, key);
    }
    return nodeVerify(null, msg, key, signature);
  } catch {
    return false;
  }
}

export function validatorKeyFromSeed(seed: Uint8Array): ValidatorKey {
  const k = ed25519KeyFromSeed(seed);
  return { ...k, addressHex: hex(k.address).toUpperCase() };
}

export function nodeKeyFromSeed(seed: Uint8Array): NodeKey {
  const k = ed25519KeyFromSeed(seed);
  return { ...k, id: hex(k.address) };
}

/** The CometBFT JSON of a validator key with this seed. */
export function privValidatorKeyJson(seed: Uint8Array): PrivValidatorKeyJson {
  const k = validatorKeyFromSeed(seed);
  return {
    address: k.addressHex,
    pub_key: { type: ED25519_PUBKEY_TYPE, value: b64(k.pubKey) },
    priv_key: { type: ED25519_PRIVKEY_TYPE, value: b64(Buffer.concat([seed, k.pubKey])) },
  };
}

export function nodeKeyJson(seed: Uint8Array): NodeKeyJson {
  const k = nodeKeyFromSeed(seed);
  return { priv_key: { type: ED25519_PRIVKEY_TYPE, value: b64(Buffer.concat([seed, k.pubKey])) } };
}

function corrupt(file: string, what: string): KeyringError {
  return new KeyringError("CORRUPT_KEY_FILE", `${file} is invalid: ${what}; restore it from a backup`, file);
}

function isTyped(v: unknown): v is TypedValue {
  return typeof v === "object" && v !== null && typeof (v as TypedValue).type === "string" && typeof (v as TypedValue).value === "string";
}

/** Seed of a `tendermint/PrivKeyEd25519` value; checks the embedded public key. */
function seedOfPrivKey(file: string, v: unknown): Uint8Array {
  if (!isTyped(v)) throw corrupt(file, `"priv_key" must be {"type","value"}`);
  if (v.type !== ED25519_PRIVKEY_TYPE) throw corrupt(file, `priv_key type "${v.type}" is not ${ED25519_PRIVKEY_TYPE}`);
  const raw = new Uint8Array(Buffer.from(v.value, "base64"));
  if (raw.length !== 64 || b64(raw) !== v.value) throw corrupt(file, "priv_key value must be base64 of 64 bytes (seed || pubkey)");
  const seed = raw.slice(0, 32);
  const pub = ed25519KeyFromSeed(seed).pubKey;
  if (hex(pub) !== hex(raw.subarray(32))) throw corrupt(file, "the public half of priv_key does not match its seed");
  return seed;
}

function writeNew(file: string, json: unknown, what: string): void {
  ensureSecretDir(path.dirname(file));
  if (!writeSecretFileExclusive(file, `${JSON.stringify(json, null, 2)}\n`)) {
    throw new KeyringError(
      "KEY_FILE_EXISTS",
      `${what} ${file} exists; refusing to overwrite it (a validator that loses its key cannot sign; move it away first if you really mean to replace it)`,
      file,
    );
  }
}

/**
 * Generates a new validator key and writes `file` (mode 0600, parent created 0700 if missing).
 * Refuses to overwrite (KEY_FILE_EXISTS). `seed` is for deterministic devnets/tests only.
 */
export function createValidatorKeyFile(file: string, seed: Uint8Array = new Uint8Array(randomBytes(32))): ValidatorKey {
  const json = privValidatorKeyJson(seed);
  writeNew(file, json, "validator key");
  return validatorKeyFromSeed(seed);
}

/** Loads priv_validator_key.json and checks that address, pub_key and priv_key agree. */
export function loadValidatorKey(file: string): ValidatorKey {
  const raw = readJsonFile(
    file,
    () => new KeyringError("KEY_FILE_NOT_FOUND", `validator key ${file} not found; run 'pogcsd init' to create one`, file),
  );
  if (typeof raw !== "object" || raw === null) throw corrupt(file, "not a JSON object");
  const o = raw as Record<string, unknown>;
  const seed = seedOfPrivKey(file, o.priv_key);
  const key = validatorKeyFromSeed(seed);
  if (!isTyped(o.pub_key) || o.pub_key.type !== ED25519_PUBKEY_TYPE) throw corrupt(file, `"pub_key" must be {"type":"${ED25519_PUBKEY_TYPE}","value"}`);
  if (o.pub_key.value !== b64(key.pubKey)) throw corrupt(file, "pub_key does not match priv_key");
  if (typeof o.address !== "string" || o.address.toUpperCase() !== key.addressHex) {
    throw corrupt(file, `address must be ${key.addressHex} (upper hex of sha256(pub_key)[:20])`);
  }
  return key;
}

export function loadOrCreateValidatorKey(file: string): ValidatorKey {
  try {
    return loadValidatorKey(file);
  } catch (e) {
    if (e instanceof KeyringError && e.code === "KEY_FILE_NOT_FOUND") return createValidatorKeyFile(file);
    throw e;
  }
}

/** Generates node_key.json (mode 0600); refuses to overwrite. */
export function createNodeKeyFile(file: string, seed: Uint8Array = new Uint8Array(randomBytes(32))): NodeKey {
  writeNew(file, nodeKeyJson(seed), "node key");
  return nodeKeyFromSeed(seed);
}

export function loadNodeKey(file: string): NodeKey {
  const raw = readJsonFile(
    file,
    () => new KeyringError("KEY_FILE_NOT_FOUND", `node key ${file} not found; run 'pogcsd init' to create one`, file),
  );
  if (typeof raw !== "object" || raw === null) throw corrupt(file, "not a JSON object");
  return nodeKeyFromSeed(seedOfPrivKey(file, (raw as Record<string, unknown>).priv_key));
}

export function loadOrCreateNodeKey(file: string): NodeKey {
  try {
    return loadNodeKey(file);
  } catch (e) {
    if (e instanceof KeyringError && e.code === "KEY_FILE_NOT_FOUND") return createNodeKeyFile(file);
    throw e;
  }
}
