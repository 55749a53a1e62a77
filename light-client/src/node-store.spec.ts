import { describe, it, expect, beforeEach, afterEach } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileAgentStateStore, FileStore, acquireAgentLock } from "./node.js";
import { isLightClientError } from "./errors.js";
import type { PersistedState } from "./store.js";
import type { AgentState } from "./agent.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pogcs-light-store-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const trusted = (i: number) => ({ chainId: "c", trustedHeight: String(i), filler: "x".repeat(2000 + i) }) as unknown as PersistedState;
const agentState = (i: number) => ({ lastSignedEpoch: String(i), nonce: String(i), pad: "y".repeat(3000 + i) }) as unknown as AgentState;

describe("light client files on disk", () => {
  it("stay valid JSON under concurrent saves (each write has its own temp file) and leave no temp files", async () => {
    const store = new FileStore(join(dir, "state.json"));
    const agent = new FileAgentStateStore(join(dir, "agent-state.json"));
    const results = await Promise.allSettled([
      ...Array.from({ length: 60 }, (_, i) => store.save(trusted(i))),
      ...Array.from({ length: 60 }, (_, i) => agent.save(agentState(i))),
    ]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const s = (await store.load()) as unknown as { trustedHeight: string; filler: string };
    expect(s.filler.length).toBe(2000 + Number(s.trustedHeight));
    const a = (await agent.load()) as unknown as { nonce: string; pad: string };
    expect(a.pad.length).toBe(3000 + Number(a.nonce));
    expect(readdirSync(dir).sort()).toEqual(["agent-state.json", "state.json"]);
  });

  it("refuse a corrupt file with a code and a way out, not a SyntaxError", async () => {
    writeFileSync(join(dir, "state.json"), '{"chainId": "c", "trus');
    const err = await new FileStore(join(dir, "state.json")).load().catch((e: unknown) => e);
    expect(isLightClientError(err, "invalid_argument")).toBe(true);
    expect((err as Error).message).toContain(join(dir, "state.json"));
    expect((err as Error).message).toContain("run init again");
    expect(await new FileStore(join(dir, "missing.json")).load()).toBeUndefined();
  });

  it("let one agent hold a home at a time, and take over a lock whose process is gone", async () => {
    const lock = join(dir, "agent-state.json.lock");
    const release = await acquireAgentLock(lock);
    expect(readFileSync(lock, "utf8").trim()).toBe(String(process.pid));
    const second = await acquireAgentLock(lock).catch((e: unknown) => e);
    expect(isLightClientError(second, "invalid_argument")).toBe(true);
    expect((second as Error).message).toContain(`pid ${process.pid}`);
    await release();
    expect(existsSync(lock)).toBe(false);

    // A lock left by a process that has exited.
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString();
    writeFileSync(lock, `${gone}\n`);
    const again = await acquireAgentLock(lock);
    expect(readFileSync(lock, "utf8").trim()).toBe(String(process.pid));
    await again();
  });
});
