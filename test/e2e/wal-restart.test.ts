/**
 * Double-sign safety across crashes: a validator is SIGKILLed at random moments and restarted
 * on the same home (consensus WAL replay). If it ever signed two different votes for one height
 * and round, the other validators would turn them into evidence; no block may carry any.
 */
import { describe, it, expect, afterAll } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDevnet, type RunningDevnet } from "../../devnet/devnet.js";
import { rpc, sleep } from "../support/chain-client.js";
import { TIMEOUTS, height, until, waitExit } from "../support/bft.js";

const KILLS = 4;

describe("kill -9 a validator at random instants", () => {
  const dir = mkdtempSync(join(tmpdir(), "pogcs-walkill-"));
  let net: RunningDevnet | undefined;

  afterAll(async () => {
    if (net) {
      for (const p of net.processes) if (p && p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
      await Promise.all(net.processes.map((p) => p && waitExit(p)));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it(`never double-signs over ${KILLS} crashes and signs again afterwards`, { timeout: 85_000 }, async () => {
    // A long downtime window: this test kills one validator repeatedly and must not see it jailed.
    net = await startDevnet({ home: dir, validators: 4, blockIntervalMs: 200, timeouts: TIMEOUTS, waitHeight: 2, downtimeWindow: 100_000, log: () => {} });
    const urls = net.info.validators.map((v) => v.rpc);
    const addr0 = ((await rpc(urls[0]!, "status")).validator_info.address as string).toUpperCase();
    for (let k = 0; k < KILLS; k++) {
      await sleep(700 + Math.floor(Math.random() * 1500));
      const p = net.processes[0]!;
      p.kill("SIGKILL");
      await waitExit(p);
      await sleep(Math.floor(Math.random() * 300));
      net.startNode(0);
      await until(async () => (await height(urls[0]!)) > 0 && !(await rpc(urls[0]!, "status")).sync_info.catching_up, 25_000, `restart ${k + 1}`);
    }
    await until(async () => {
      const h = await height(urls[1]!);
      const c = await rpc(urls[1]!, "commit", { height: String(h) });
      return c.signed_header.commit.signatures.some((s: any) => s.block_id_flag === 2 && s.validator_address === addr0);
    }, 20_000, "validator 0 signs after its last restart");
    const top = await height(urls[1]!);
    let evidence = 0;
    for (let h = 1; h <= top; h++) {
      const b = await rpc(urls[1]!, "block", { height: String(h) });
      evidence += b.block.evidence.evidence.length;
    }
    expect(evidence).toBe(0);
    const log = readFileSync(join(net.info.validators[0]!.home, "node.log"), "utf8");
    expect(log).toMatch(/consensus started/);
  });
});
