import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ed25519 } from "@noble/curves/ed25519";
import { fromHex, toHex } from "../../chain/crypto/bytes.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { KeyringError } from "./errors.js";
import {
  NODE_KEY_FILE,
  PRIV_VALIDATOR_KEY_FILE,
  createNodeKeyFile,
  createValidatorKeyFile,
  loadNodeKey,
  loadOrCreateNodeKey,
  loadOrCreateValidatorKey,
  loadValidatorKey,
  nodeKeyFromSeed,
  validatorKeyFromSeed,
  verifyEd25519,
} from "./validator-key.js";

const posix = process.platform !== "win32";
const hex = (s: string): Uint8Array => fromHex(s)!;
const b64 = (b: Uint8Array): string => Buffer.from(b).toString("base64");

// RFC 8032 §7.1 TEST 1
const SEED = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
const PUB = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const SIG_EMPTY = hex(
  "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pogcs-valkey-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function err(fn: () => unknown): KeyringError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KeyringError) return e;
    throw e;
  }
  throw new Error("expected a KeyringError");
}

describe("ed25519 keys", () => {
  it("RFC 8032 vector via node:crypto", () => {
    const k = validatorKeyFromSeed(SEED);
    expect(k.pubKey).toEqual(PUB);
    expect(k.sign(new Uint8Array(0))).toEqual(SIG_EMPTY);
    expect(k.address).toEqual(sha256(PUB).slice(0, 20));
    expect(k.addressHex).toBe(toHex(sha256(PUB).slice(0, 20)).toUpperCase());
    expect(nodeKeyFromSeed(SEED).id).toBe(toHex(sha256(PUB).slice(0, 20)));
  });

  it("priv_validator_key.json: CometBFT shape, mode 0600, round trip, signatures verify with @noble", () => {
    const file = path.join(dir, "config", PRIV_VALIDATOR_KEY_FILE);
    const created = createValidatorKeyFile(file);
    if (posix) {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    }
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(Object.keys(json)).toEqual(["address", "pub_key", "priv_key"]);
    expect(json.address).toMatch(/^[0-9A-F]{40}$/);
    expect(json.pub_key).toEqual({ type: "tendermint/PubKeyEd25519", value: b64(created.pubKey) });
    expect(json.priv_key.type).toBe("tendermint/PrivKeyEd25519");
    const priv = Buffer.from(json.priv_key.value, "base64");
    expect(priv).toHaveLength(64);
    expect(new Uint8Array(priv.subarray(32))).toEqual(created.pubKey);
    expect(ed25519.getPublicKey(new Uint8Array(priv.subarray(0, 32)))).toEqual(created.pubKey);
    expect(json.address).toBe(toHex(sha256(created.pubKey).slice(0, 20)).toUpperCase());

    const loaded = loadValidatorKey(file);
    expect(loaded.pubKey).toEqual(created.pubKey);
    expect(loaded.addressHex).toBe(json.address);
    const msg = new TextEncoder().encode("vote");
    const sig = loaded.sign(msg);
    expect(sig).toHaveLength(64);
    expect(sig).toEqual(created.sign(msg)); // ed25519 is deterministic
    expect(ed25519.verify(sig, msg, loaded.pubKey)).toBe(true);
    expect(loaded.verify(msg, sig)).toBe(true);
    expect(verifyEd25519(loaded.pubKey, msg, sig)).toBe(true);
    expect(verifyEd25519(loaded.pubKey, new TextEncoder().encode("vote!"), sig)).toBe(false);
  });

  it("loads a hand-written CometBFT file", () => {
    const file = path.join(dir, PRIV_VALIDATOR_KEY_FILE);
    fs.writeFileSync(
      file,
      JSON.stringify({
        address: toHex(sha256(PUB).slice(0, 20)).toUpperCase(),
        pub_key: { type: "tendermint/PubKeyEd25519", value: b64(PUB) },
        priv_key: { type: "tendermint/PrivKeyEd25519", value: b64(new Uint8Array([...SEED, ...PUB])) },
      }),
    );
    const k = loadValidatorKey(file);
    expect(k.sign(new Uint8Array(0))).toEqual(SIG_EMPTY);
  });

  it("refuses to overwrite; loadOrCreate creates once then loads", () => {
    const file = path.join(dir, PRIV_VALIDATOR_KEY_FILE);
    const a = loadOrCreateValidatorKey(file);
    const b = loadOrCreateValidatorKey(file);
    expect(b.pubKey).toEqual(a.pubKey);
    const e = err(() => createValidatorKeyFile(file));
    expect(e.code).toBe("KEY_FILE_EXISTS");
    expect(e.message).toMatch(/refusing to overwrite/);
    expect(loadValidatorKey(file).pubKey).toEqual(a.pubKey);
  });

  it("detects inconsistent or missing files", () => {
    const file = path.join(dir, PRIV_VALIDATOR_KEY_FILE);
    expect(err(() => loadValidatorKey(file)).code).toBe("KEY_FILE_NOT_FOUND");
    createValidatorKeyFile(file, SEED);
    const orig = JSON.parse(fs.readFileSync(file, "utf8"));
    const other = validatorKeyFromSeed(new Uint8Array(32).fill(1));
    const cases = [
      { ...orig, address: other.addressHex },
      { ...orig, pub_key: { ...orig.pub_key, value: b64(other.pubKey) } },
      { ...orig, priv_key: { ...orig.priv_key, type: "tendermint/PrivKeySecp256k1" } },
      { ...orig, priv_key: { ...orig.priv_key, value: b64(SEED) } },
      { ...orig, priv_key: { ...orig.priv_key, value: b64(new Uint8Array([...SEED, ...other.pubKey])) } },
    ];
    for (const c of cases) {
      fs.writeFileSync(file, JSON.stringify(c));
      expect(err(() => loadValidatorKey(file)).code).toBe("CORRUPT_KEY_FILE");
    }
    fs.writeFileSync(file, "garbage");
    expect(err(() => loadValidatorKey(file)).code).toBe("CORRUPT_KEY_FILE");
  });

  it("node_key.json: shape, mode, id", () => {
    const file = path.join(dir, NODE_KEY_FILE);
    const created = createNodeKeyFile(file);
    if (posix) expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(Object.keys(json)).toEqual(["priv_key"]);
    expect(json.priv_key.type).toBe("tendermint/PrivKeyEd25519");
    expect(Buffer.from(json.priv_key.value, "base64")).toHaveLength(64);
    expect(created.id).toMatch(/^[0-9a-f]{40}$/);
    expect(created.id).toBe(toHex(sha256(created.pubKey).slice(0, 20)));
    const loaded = loadNodeKey(file);
    expect(loaded.id).toBe(created.id);
    expect(loadOrCreateNodeKey(file).id).toBe(created.id);
    const msg = new Uint8Array([1, 2, 3]);
    expect(ed25519.verify(loaded.sign(msg), msg, loaded.pubKey)).toBe(true);
    expect(err(() => createNodeKeyFile(file)).code).toBe("KEY_FILE_EXISTS");
    expect(err(() => loadNodeKey(path.join(dir, "nope.json"))).code).toBe("KEY_FILE_NOT_FOUND");
  });

  it("fresh keys differ", () => {
    const a = createValidatorKeyFile(path.join(dir, "a.json"));
    const b = createValidatorKeyFile(path.join(dir, "b.json"));
    expect(toHex(a.pubKey)).not.toBe(toHex(b.pubKey));
  });
});
