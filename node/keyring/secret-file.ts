/** Writing and reading files that hold secrets: owner-only modes, atomic, never clobbering. */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { KeyringError } from "./errors.js";

export const SECRET_FILE_MODE = 0o600;
export const SECRET_DIR_MODE = 0o700;

/** Creates `dir` (and parents) if needed and sets it to 0700 (umask cannot widen or narrow it). */
export function ensureSecretDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: SECRET_DIR_MODE });
    fs.chmodSync(dir, SECRET_DIR_MODE);
  } catch (e) {
    throw new KeyringError("IO", `cannot create directory ${dir} with mode 0700: ${(e as Error).message}`, dir, { cause: e });
  }
}

/**
 * Writes `data` to `file` with mode 0600, atomically (temp file + fsync + hard link) and only if
 * `file` does not exist yet; returns false when it exists (nothing written). Parent must exist.
 */
export function writeSecretFileExclusive(file: string, data: string): boolean {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, "wx", SECRET_FILE_MODE);
    fs.fchmodSync(fd, SECRET_FILE_MODE);
    fs.writeFileSync(fd, data, "utf8");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    try {
      fs.linkSync(tmp, file); // atomic, fails with EEXIST instead of replacing
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return false;
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw e;
      // File systems without hard links: check, then rename (small race, acceptable here).
      if (fs.existsSync(file)) return false;
      fs.renameSync(tmp, file);
    }
    fsyncDir(dir);
    return true;
  } catch (e) {
    if (e instanceof KeyringError) throw e;
    throw new KeyringError("IO", `cannot write ${file}: ${(e as Error).message}`, file, { cause: e });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // not supported everywhere (e.g. Windows); the data itself was fsynced
  }
}

/** Reads and parses a JSON file; KeyringError CORRUPT_KEY_FILE / not-found code on failure. */
export function readJsonFile(file: string, notFound: () => KeyringError): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw notFound();
    throw new KeyringError("IO", `cannot read ${file}: ${(e as Error).message}`, file, { cause: e });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new KeyringError("CORRUPT_KEY_FILE", `${file} is not valid JSON (${(e as Error).message}); restore it from a backup`, file, {
      cause: e,
    });
  }
}
