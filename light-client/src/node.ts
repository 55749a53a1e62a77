import { createPublicKey, verify as nodeVerify, type KeyObject } from "node:crypto";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, open, readFile, rename, stat, unlink } from "node:fs/promises";
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

/** The trusted state in one JSON file, written durably (see `durableWrite`). */
export class FileStore implements TrustedStore {
  constructor(readonly path: string) {}

  async load(): Promise<PersistedState | undefined> {
    return readJsonFile<PersistedState>(this.path, "trusted state", "run init again from a hash you trust");
  }

  async save(state: PersistedState): Promise<void> {
    await durableWrite(this.path, JSON.stringify(state, null, 1) + "\n", 0o644);
  }
}

/** A JSON file, or undefined when it does not exist; unreadable JSON is a clear error, not a SyntaxError. */
async function readJsonFile<T>(path: string, what: string, fix: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new LightClientError("invalid_argument", `${what} file ${path} is not valid JSON; move it away and ${fix}`);
  }
}

/**
 * Writes a file durably and atomically: a temp file of its own (so two processes saving the same
 * file never write into one temp file), fsync, rename over the old file, fsync of the directory
 * (so the rename survives a power cut). A reader sees the old or the new file, never a mix.
 */
async function durableWrite(path: string, data: string, mode: number): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const fh = await open(tmp, "wx", mode);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await chmod(tmp, mode);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === "win32") return;
  const dh = await open(dir, "r");
  try {
    await dh.sync();
  } catch (e) {
    // Some file systems cannot fsync a directory; the rename is still atomic there.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EINVAL" && code !== "EISDIR" && code !== "ENOTSUP") throw e;
  } finally {
    await dh.close();
  }
}

/**
 * An exclusive lock held by a running agent (a file with its pid, created with O_EXCL): a second
 * agent on the same home would sign different reports for the same epoch with the same device key
 * (a double report) and interleave writes of its state. A lock left by a process that is gone is
 * taken over.
 */
export async function acquireAgentLock(path: string): Promise<() => Promise<void>> {
  await mkdir(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, "wx", 0o600);
      try {
        await fh.writeFile(`${process.pid}\n`);
        await fh.sync();
      } finally {
        await fh.close();
      }
      return async () => {
        await unlink(path).catch(() => undefined);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (Number.isSafeInteger(pid) && pid > 0 && pidAlive(pid)) {
        throw new LightClientError("invalid_argument", `another agent (pid ${pid}) runs on this home (${path}); stop it first, or remove the file if that process is not an agent`);
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new LightClientError("invalid_argument", `cannot take the agent lock ${path}`);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
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
    return readJsonFile<AgentState>(this.path, "agent state", "check the chain for this device's last report before starting again");
  }

  async save(s: AgentState): Promise<void> {
    await durableWrite(this.path, JSON.stringify(s, null, 1) + "\n", 0o600);
  }
}
