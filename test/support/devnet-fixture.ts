import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDevnet, type RunningDevnet, type DevnetOptions } from "../../devnet/devnet.js";

/** A throwaway devnet in a temp dir; `close()` stops its processes (by pid) and removes the dir. */
export async function tempDevnet(opts: Partial<DevnetOptions> = {}): Promise<RunningDevnet & { dir: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "pogcs-e2e-"));
  const net = await startDevnet({ home: dir, blockIntervalMs: 300, log: () => {}, ...opts });
  return {
    ...net,
    dir,
    async close() {
      await net.stop();
      if (!opts.home) rmSync(dir, { recursive: true, force: true });
    },
  };
}
