import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { sha256 } from "../../chain/crypto/hash.js";
import { parseAccAddress } from "../../chain/codec/address.js";
import { KeyringError } from "./errors.js";
import { verifyDigest } from "./hd.js";
import {
  KEYRING_PLAINTEXT_WARNING,
  addKey,
  deleteKey,
  exportMnemonic,
  keyFilePath,
  keyringWarning,
  listKeys,
  loadSigner,
  showKey,
  validateKeyName,
} from "./keyring.js";

const FAUCET =
  "economy stock theory fatal elder harbor betray wasp final emotion task crumble siren bottom lizard educate guess current outdoor pair theory focus wife stone";
const posix = process.platform !== "win32";

let home: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), "pogcs-keyring-"));
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
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

describe("file keyring", () => {
  it("imports a mnemonic: same address/pubkey as CosmJS, file 0600 in a 0700 dir, JSON format", async () => {
    const { key, mnemonic, generated } = addKey(home, "faucet", { mnemonic: FAUCET });
    expect(generated).toBe(false);
    expect(mnemonic).toBe(FAUCET);
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(FAUCET, { prefix: "gcs" });
    const [acct] = await wallet.getAccounts();
    expect(key.address).toBe(acct!.address);
    expect(key.pubkey).toBe(Buffer.from(acct!.pubkey).toString("base64"));
    expect(key.type).toBe("secp256k1");
    expect(key.hdPath).toBe("m/44'/118'/0'/0/0");
    expect(key.path).toBe(path.join(home, "keyring", "faucet.json"));

    if (posix) {
      expect(fs.statSync(key.path).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(home, "keyring")).mode & 0o777).toBe(0o700);
    }
    const json = JSON.parse(fs.readFileSync(key.path, "utf8"));
    expect(json).toEqual({
      name: "faucet",
      type: "secp256k1",
      address: acct!.address,
      pubkey: "A08EGB7ro1ORuFhjOnZcSgwYlpe0DSFjVNUIkNNQxwKQ",
      hd_path: "m/44'/118'/0'/0/0",
      mnemonic: FAUCET,
    });
    expect(fs.readdirSync(path.join(home, "keyring"))).toEqual(["faucet.json"]); // no temp files left
  });

  it("generates a 24-word mnemonic when none is given", () => {
    const r = addKey(home, "alice");
    expect(r.generated).toBe(true);
    expect(r.mnemonic.split(" ")).toHaveLength(24);
    expect(exportMnemonic(home, "alice")).toBe(r.mnemonic);
    expect(parseAccAddress(r.key.address)).toHaveLength(20);
    if (posix) expect(fs.statSync(r.key.path).mode & 0o777).toBe(0o600);
  });

  it("account index selects m/44'/118'/0'/0/{index}", async () => {
    const { key } = addKey(home, "faucet3", { mnemonic: FAUCET, index: 3 });
    expect(key.hdPath).toBe("m/44'/118'/0'/0/3");
    expect(key.pubkey).toBe("A3gOAlB6aiRTCPvWMQg2+ZbGYNsLd8qlvV28m8p2UhY2");
    expect(loadSigner(home, "faucet3").address).toBe(key.address);
  });

  it("refuses a duplicate name with a clear error and leaves the file alone", () => {
    const first = addKey(home, "alice");
    const before = fs.readFileSync(first.key.path, "utf8");
    const e = err(() => addKey(home, "alice", { mnemonic: FAUCET }));
    expect(e.code).toBe("KEY_EXISTS");
    expect(e.message).toBe(`key 'alice' exists; choose another name or delete ${first.key.path}`);
    expect(e.path).toBe(first.key.path);
    expect(fs.readFileSync(first.key.path, "utf8")).toBe(before);
  });

  it("refuses the same address under a second name", () => {
    addKey(home, "a", { mnemonic: FAUCET });
    const e = err(() => addKey(home, "b", { mnemonic: FAUCET }));
    expect(e.code).toBe("DUPLICATE_ADDRESS");
    expect(e.message).toMatch(/already stored as key 'a'/);
    expect(listKeys(home).map((k) => k.name)).toEqual(["a"]);
  });

  it("validates names", () => {
    for (const ok of ["a", "Alice_01", "x-y", "z".repeat(64)]) expect(() => validateKeyName(ok)).not.toThrow();
    for (const bad of ["", "z".repeat(65), "../x", "a b", "a/b", "a.json", "é", ".hidden"]) {
      expect(err(() => addKey(home, bad)).code).toBe("INVALID_NAME");
      expect(err(() => showKey(home, bad)).code).toBe("INVALID_NAME");
    }
    expect(fs.existsSync(path.join(home, "keyring"))).toBe(false);
  });

  it("invalid mnemonic is refused before anything is written", () => {
    const e = err(() => addKey(home, "bad", { mnemonic: FAUCET.replace("stone", "stones") }));
    expect(e.code).toBe("INVALID_MNEMONIC");
    expect(listKeys(home)).toEqual([]);
  });

  it("list, show, delete", () => {
    expect(listKeys(home)).toEqual([]);
    const b = addKey(home, "bob").key;
    const a = addKey(home, "alice", { mnemonic: FAUCET }).key;
    fs.writeFileSync(path.join(home, "keyring", "README.txt"), "ignored");
    expect(listKeys(home)).toEqual([a, b]);
    expect(showKey(home, "bob")).toEqual(b);
    expect(JSON.stringify(showKey(home, "alice"))).not.toContain("economy");

    const nf = err(() => showKey(home, "carol"));
    expect(nf.code).toBe("KEY_NOT_FOUND");
    expect(nf.message).toMatch(/key 'carol' not found/);

    deleteKey(home, "bob");
    expect(listKeys(home).map((k) => k.name)).toEqual(["alice"]);
    expect(err(() => deleteKey(home, "bob")).code).toBe("KEY_NOT_FOUND");
  });

  it("loadSigner signs verifiable, CosmJS-identical signatures", async () => {
    addKey(home, "faucet", { mnemonic: FAUCET });
    const s = loadSigner(home, "faucet");
    expect(s.name).toBe("faucet");
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(FAUCET, { prefix: "gcs" });
    const [acct] = await wallet.getAccounts();
    expect(s.address).toBe(acct!.address);
    const msg = new TextEncoder().encode("hello");
    const sig = s.signDirect(msg);
    expect(verifyDigest(sig, sha256(msg), s.pubKey)).toBe(true);
  });

  it("detects corrupt or tampered key files", () => {
    const { key } = addKey(home, "x", { mnemonic: FAUCET });
    const orig = JSON.parse(fs.readFileSync(key.path, "utf8"));

    fs.writeFileSync(key.path, "{not json");
    expect(err(() => showKey(home, "x")).code).toBe("CORRUPT_KEY_FILE");
    expect(err(() => listKeys(home)).code).toBe("CORRUPT_KEY_FILE");

    fs.writeFileSync(key.path, JSON.stringify({ ...orig, name: "y" }));
    expect(err(() => showKey(home, "x")).message).toMatch(/does not match the file name/);

    fs.writeFileSync(key.path, JSON.stringify({ ...orig, address: orig.address.slice(0, -1) + "x" }));
    expect(err(() => showKey(home, "x")).code).toBe("CORRUPT_KEY_FILE");

    // a different valid mnemonic with the old address/pubkey: caught on load
    const other = addKey(home, "other").mnemonic;
    fs.writeFileSync(key.path, JSON.stringify({ ...orig, mnemonic: other }));
    expect(showKey(home, "x").address).toBe(orig.address);
    expect(err(() => loadSigner(home, "x")).message).toMatch(/does not derive the stored address/);
  });

  it("warning text", () => {
    expect(KEYRING_PLAINTEXT_WARNING).toMatch(/UNENCRYPTED/);
    expect(KEYRING_PLAINTEXT_WARNING).toMatch(/--keyring-backend test/);
    expect(keyringWarning(home)).toContain(path.join(home, "keyring"));
    expect(keyFilePath(home, "a")).toBe(path.join(home, "keyring", "a.json"));
  });
});
