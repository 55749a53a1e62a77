#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so a fresh clone needs no build step (as pogcsd does).
// Signals sent to this wrapper go to the CLI too: a supervisor that stops only this pid must not
// leave an agent running on (a restart would then run two agents with one device key).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
const here = dirname(fileURLToPath(import.meta.url));
const child = spawn(process.execPath, ["--import", "tsx", join(here, "main.ts"), ...process.argv.slice(2)], { stdio: "inherit" });
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  });
}
child.on("error", (e) => {
  process.stderr.write(`pogcs-light: cannot start: ${e.message}\n`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  // Mirror the child's end: its exit code, or 128 + signal number as a shell reports it.
  const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15, SIGKILL: 9 };
  process.exit(code ?? (signal ? 128 + (signalNumbers[signal] ?? 1) : 1));
});
