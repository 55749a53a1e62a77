import { createPublicKey, verify as nodeVerify, type KeyObject } from "node:crypto";
import { chmod, mkdir, open, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { toHex } from "./bytes.js";
import type { PersistedState, TrustedStore } from "./store.js";
import type { AgentState, AgentStateStore, DeviceKeyStore } from "./agent.js";
import { fromHex } from "./bytes.js";
import { LightClientError } from "./errors.js";
import type { SignatureVerifier } from "./verifier-noble.js";

/**
 * Node-only adapters, in their own entry point so browser bundles never see `node:` imports:
 * an Ed25519 verifier on OpenSSL (about 10x faster than pure JS here) and a file store.
 * Note: OpenSSL applies RFC 8032 strict rules, CometBFT ZIP-215; they differ only on
 * non-canonical encodings that honest signers never produce.
 */
export * from "./agent-entry.js";

const SPKI_ED25519_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

export function createNodeVerifier(): SignatureVerifier {
  const keys = new Map<string, KeyObject>();
  return {
    name: "node:crypto-ed25519",
    verify(pubKey, msg, sig) {
      if (pubKey.length !== 32 || sig.length !== 64) return false;
      const k = toHex(pubKey);
      let key = keys.get(k);
      if (key === undefined) {
        const der = new Uint8Array(44);
        der.set(SPKI_ED25519_PREFIX);
        der.set(pubKey, 12);
        try {
          key = createPublicKey({ key: Buffer.from(der), format: "der", type: "spki" });
        } catch {
          return false;
        }
        if (keys.size >= 1024) keys.clear();
        keys.set(k, key);
      }
      return nodeVerify(null, msg, key, sig);
    },
  };
}

/** The trusted state in one JSON file, written to a temp file and renamed (atomic on POSIX). */
export class FileStore implements TrustedStore {
  constructor(readonly path: string) {}

  async load(): Promise<PersistedState | undefined> {
    try {
      return JSON.parse(await readFile(this.path, "utf8")) as PersistedState;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }

  async save(state: PersistedState): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    await writeFile(tmp, JSON.stringify(state, null, 1) + "\n");
    await rename(tmp, this.path);
  }
}

/** Writes a file durably: temp file (mode), fsync, rename. */
async function durableWrite(path: string, data: string, mode: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  const fh = await open(tmp, "w", mode);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await chmod(tmp, mode);
  await rename(tmp, path);
}

/**
 * The device's ed25519 key in a JSON file readable by its owner only (mode 0600). A key file that
 * group or others may read is refused. Use a secure element or OS keystore when the device has one
 * (implement `DeviceKeyStore`).
 */
export class FileDeviceKeyStore implements DeviceKeyStore {
  constructor(readonly path: string) {}

  async load(): Promise<Uint8Array | undefined> {
    let text: string;
    try {
      const st = await stat(this.path);
      if (process.platform !== "win32" && (st.mode & 0o077) !== 0) {
        throw new LightClientError("invalid_argument", `device key ${this.path} is readable by others (mode ${(st.mode & 0o777).toString(8)}); chmod 600 it`);
      }
      text = await readFile(this.path, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
    const k = fromHex(String((JSON.parse(text) as { ed25519_private_key?: string }).ed25519_private_key ?? ""));
    if (!k || k.length !== 32) throw new LightClientError("invalid_argument", `device key ${this.path} is malformed`);
    return k;
  }

  async save(privateKey: Uint8Array): Promise<void> {
    await durableWrite(this.path, JSON.stringify({ ed25519_private_key: toHex(privateKey) }) + "\n", 0o600);
  }
}

/** The agent's write-ahead state (last signed epoch, nonce, pending report) in a JSON file, fsynced. */
export class FileAgentStateStore implements AgentStateStore {
  constructor(readonly path: string) {}

  async load(): Promise<AgentState | undefined> {
    try {
      return JSON.parse(await readFile(this.path, "utf8")) as AgentState;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }

  async save(s: AgentState): Promise<void> {
    await durableWrite(this.path, JSON.stringify(s, null, 1) + "\n", 0o600);
  }
}
