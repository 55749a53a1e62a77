import { describe, it, expect } from "vitest";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const LOGGER = fileURLToPath(new URL("./logger.ts", import.meta.url));

describe("logger on stderr", () => {
  it("keeps the process alive when the reader of its stderr goes away (EPIPE)", async () => {
    // The child logs; we close our end of its stderr pipe and tell it (stdin) to log again; then it
    // reports and exits on its own.
    const script = `
      const { createLogger } = await import(${JSON.stringify(LOGGER)});
      const log = createLogger();
      log.info("first");
      process.stdout.write("ready\\n");
      process.stdin.once("data", () => {
        for (let i = 0; i < 2000; i++) log.info("after the reader left", { i });
        setTimeout(() => { process.stdout.write("alive\\n"); process.exit(0); }, 300);
      });
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("ready") && !child.stderr.destroyed) {
        child.stderr.destroy();
        child.stdin.write("go\n");
      }
    });
    const code = await new Promise<number | null>((res) => child.on("exit", (c) => res(c)));
    expect(out).toContain("alive");
    expect(code).toBe(0);
  }, 20_000);
});
