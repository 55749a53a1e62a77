/**
 * File keyring for account keys (secp256k1), one JSON file per key in `<home>/keyring/<name>.json`.
 *
 * SECURITY: like the Cosmos SDK's `--keyring-backend test`, the mnemonic is stored IN PLAIN TEXT.
 * Files are 0600 and the directory 0700, which protects against other local users only. Use it
 * for development, devnets and test networks; keep mainnet funds in a hardware wallet or an
 * encrypted keyring. The CLI should show `KEYRING_PLAINTEXT_WARNING` (or `keyringWarning(home)`).
 *
 * File format (UTF-8 JSON, 2-space indent):
 *   { "name": "alice", "type": "secp256k1", "address": "gcs1...",
 *     "pubkey": "<base64 of the 33-byte compressed key>", "hd_path": "m/44'/118'/0'/0/0",
 *     "mnemonic": "<24 words>" }
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { accAddress, addressFromSecp256k1PubKey } from "../../chain/codec/address.js";
import { KeyringError } from "./errors.js";
import { COSMOS_HD_PATH_PREFIX, derivePrivateKey, hdPath, signerFromPrivateKey, type Secp256k1Signer } from "./hd.js";
import { assertMnemonic, generateMnemonic } from "./mnemonic.js";
import { ensureSecretDir, readJsonFile, writeSecretFileExclusive } from "./secret-file.js";

export const KEYRING_DIR = "keyring";
export const KEY_NAME_RE = /^[a-zA-Z0-9_-]{1,64}$/;
export const KEY_TYPE = "secp256k1";

export const KEYRING_PLAINTEXT_WARNING =
  "WARNING: this keyring stores mnemonics UNENCRYPTED (like Cosmos --keyring-backend test). " +
  "Anyone who can read the keyring directory can spend from these accounts. " +
  "Use it only for development and test networks, and back up the mnemonic somewhere safe.";

/** The warning with the concrete directory, for the CLI. */
export function keyringWarning(home: string): string {
  return `${KEYRING_PLAINTEXT_WARNING} Keyring directory: ${keyringDir(home)}`;
}

/** Public information about a key (never the mnemonic). */
export interface KeyInfo {
  name: string;
  type: typeof KEY_TYPE;
  /** bech32 account address, gcs1... */
  address: string;
  /** base64 of the 33-byte compressed secp256k1 public key. */
  pubkey: string;
  /** BIP-32 path, m/44'/118'/0'/0/{index}. */
  hdPath: string;
  /** Absolute path of the key file. */
  path: string;
}

/** On-disk JSON. */
interface KeyFile {
  name: string;
  type: string;
  address: string;
  pubkey: string;
  hd_path: string;
  mnemonic: string;
}

export interface AddKeyOptions {
  /** Import this mnemonic; without it a new 24-word mnemonic is generated. */
  mnemonic?: string;
  /** Account index in m/44'/118'/0'/0/{index}; default 0. */
  index?: number;
}

export interface AddKeyResult {
  key: KeyInfo;
  /** The (normalized) mnemonic: show a generated one to the user once, then it lives only in the file. */
  mnemonic: string;
  /** True when the mnemonic was generated rather than imported. */
  generated: boolean;
}

/** A keyring signer: the account signer plus the key's name. */
export interface KeyringSigner extends Secp256k1Signer {
  readonly name: string;
}

export function keyringDir(home: string): string {
  return path.resolve(home, KEYRING_DIR);
}

/** Throws KeyringError INVALID_NAME unless the name is 1-64 of [a-zA-Z0-9_-]. */
export function validateKeyName(name: string): void {
  if (typeof name !== "string" || !KEY_NAME_RE.test(name)) {
    throw new KeyringError(
      "INVALID_NAME",
      `invalid key name ${JSON.stringify(name)}: use 1-64 characters from letters, digits, '_' and '-'`,
    );
  }
}

export function keyFilePath(home: string, name: string): string {
  validateKeyName(name);
  return path.join(keyringDir(home), `${name}.json`);
}

function toBase64(b: Uint8Array): string {
  return Buffer.from(b).toString("base64");
}

function notFound(home: string, name: string, file: string): KeyringError {
  return new KeyringError(
    "KEY_NOT_FOUND",
    `key '${name}' not found in ${keyringDir(home)}; list keys with 'keys list' or add it with 'keys add ${name}'`,
    file,
  );
}

function corrupt(file: string, what: string): KeyringError {
  return new KeyringError("CORRUPT_KEY_FILE", `key file ${file} is invalid: ${what}; restore it from a backup or delete it and re-import the mnemonic`, file);
}

function parseKeyFile(file: string, expectedName: string, raw: unknown): KeyFile {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw corrupt(file, "not a JSON object");
  const o = raw as Record<string, unknown>;
  for (const f of ["name", "type", "address", "pubkey", "hd_path", "mnemonic"] as const) {
    if (typeof o[f] !== "string") throw corrupt(file, `field "${f}" is missing or not a string`);
  }
  const k = o as unknown as KeyFile;
  if (k.name !== expectedName) throw corrupt(file, `name "${k.name}" does not match the file name`);
  if (k.type !== KEY_TYPE) throw corrupt(file, `unsupported key type "${k.type}" (only ${KEY_TYPE})`);
  if (
    !k.hd_path.startsWith(`${COSMOS_HD_PATH_PREFIX}/`) ||
    !/^\d{1,10}$/.test(k.hd_path.slice(COSMOS_HD_PATH_PREFIX.length + 1)) ||
    Number(k.hd_path.slice(COSMOS_HD_PATH_PREFIX.length + 1)) > 0x7fffffff
  ) {
    throw corrupt(file, `unsupported hd_path "${k.hd_path}" (expected ${COSMOS_HD_PATH_PREFIX}/<index>)`);
  }
  let pub: Uint8Array;
  try {
    pub = new Uint8Array(Buffer.from(k.pubkey, "base64"));
    if (toBase64(pub) !== k.pubkey) throw new Error("not canonical base64");
    if (accAddress(addressFromSecp256k1PubKey(pub)) !== k.address) throw new Error("address does not match pubkey");
  } catch (e) {
    throw corrupt(file, `pubkey/address: ${(e as Error).message}`);
  }
  return k;
}

function infoOf(file: string, k: KeyFile): KeyInfo {
  return { name: k.name, type: KEY_TYPE, address: k.address, pubkey: k.pubkey, hdPath: k.hd_path, path: file };
}

function readKey(home: string, name: string): { file: string; key: KeyFile } {
  const file = keyFilePath(home, name);
  const raw = readJsonFile(file, () => notFound(home, name, file));
  return { file, key: parseKeyFile(file, name, raw) };
}

/**
 * Adds a key: imports `opts.mnemonic` or generates a 24-word one. Refuses a name that exists
 * (KEY_EXISTS) and an address already stored under another name (DUPLICATE_ADDRESS).
 */
export function addKey(home: string, name: string, opts: AddKeyOptions = {}): AddKeyResult {
  const file = keyFilePath(home, name);
  const exists = () =>
    new KeyringError("KEY_EXISTS", `key '${name}' exists; choose another name or delete ${file}`, file);
  if (fs.existsSync(file)) throw exists();

  const generated = opts.mnemonic === undefined;
  const mnemonic = generated ? generateMnemonic(24) : assertMnemonic(opts.mnemonic!);
  const index = opts.index ?? 0;
  const signer = signerFromPrivateKey(derivePrivateKey(mnemonic, index));

  ensureSecretDir(keyringDir(home));
  // A corrupt unrelated file must not block adding keys, so this scan skips unreadable files.
  const other = scanKeys(home, true).find((k) => k.address === signer.address);
  if (other) {
    throw new KeyringError(
      "DUPLICATE_ADDRESS",
      `address ${signer.address} is already stored as key '${other.name}' (${other.path}); use that key or delete it first`,
      other.path,
    );
  }

  const body: KeyFile = {
    name,
    type: KEY_TYPE,
    address: signer.address,
    pubkey: toBase64(signer.pubKey),
    hd_path: hdPath(index),
    mnemonic,
  };
  if (!writeSecretFileExclusive(file, `${JSON.stringify(body, null, 2)}\n`)) throw exists();
  return { key: infoOf(file, body), mnemonic, generated };
}

/**
 * All keys, sorted by name. An absent keyring directory means no keys; a corrupt key file throws
 * CORRUPT_KEY_FILE naming the file (fix or delete it).
 */
export function listKeys(home: string): KeyInfo[] {
  return scanKeys(home, false);
}

function scanKeys(home: string, skipCorrupt: boolean): KeyInfo[] {
  const dir = keyringDir(home);
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new KeyringError("IO", `cannot read keyring directory ${dir}: ${(e as Error).message}`, dir, { cause: e });
  }
  const out: KeyInfo[] = [];
  for (const entry of entries.sort()) {
    if (!entry.endsWith(".json")) continue;
    const name = entry.slice(0, -".json".length);
    if (!KEY_NAME_RE.test(name)) continue; // temp files and foreign files
    try {
      const { file, key } = readKey(home, name);
      out.push(infoOf(file, key));
    } catch (e) {
      if (!(skipCorrupt && e instanceof KeyringError)) throw e;
    }
  }
  return out;
}

/** Public information of one key; KEY_NOT_FOUND if absent. */
export function showKey(home: string, name: string): KeyInfo {
  const { file, key } = readKey(home, name);
  return infoOf(file, key);
}

/** The stored mnemonic (for `keys export`-style commands); handle with care. */
export function exportMnemonic(home: string, name: string): string {
  return readKey(home, name).key.mnemonic;
}

/** Deletes a key file; KEY_NOT_FOUND if absent. */
export function deleteKey(home: string, name: string): void {
  const { file } = readKey(home, name);
  fs.rmSync(file);
}

/**
 * A signer for a stored key. Re-derives the key from the mnemonic and checks it against the
 * stored pubkey/address (CORRUPT_KEY_FILE if they differ).
 */
export function loadSigner(home: string, name: string): KeyringSigner {
  const { file, key } = readKey(home, name);
  let mnemonic: string;
  try {
    mnemonic = assertMnemonic(key.mnemonic);
  } catch (e) {
    throw corrupt(file, `stored mnemonic: ${(e as Error).message}`);
  }
  const index = Number(key.hd_path.slice(COSMOS_HD_PATH_PREFIX.length + 1));
  const signer = signerFromPrivateKey(derivePrivateKey(mnemonic, index));
  if (signer.address !== key.address || toBase64(signer.pubKey) !== key.pubkey) {
    throw corrupt(file, "the mnemonic does not derive the stored address/pubkey");
  }
  return { ...signer, name };
}
