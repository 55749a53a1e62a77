import { spawn } from "node:child_process";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `pogcsd <args>` as a child process (node --import tsx node/cli/main.ts) from the repo
 * root. stdin gets `input` (if any) and is then closed. The child is killed (by its pid) after
 * `timeoutMs`.
 */
export function runCli(args: string[], o: { input?: string; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, ...o.env };
  if (!o.env?.POGCSD_HOME) delete env.POGCSD_HOME;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "node/cli/main.ts", ...args], {
      cwd: REPO_ROOT,
      stdio: ["pipe", "pipe", "pipe"],
      env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), o.timeoutMs ?? 30_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    if (o.input !== undefined) child.stdin.write(o.input);
    child.stdin.end();
  });
}
