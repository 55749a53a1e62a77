/**
 * Issue 2 acceptance: a validator started with --test-equivocate signs two different prevotes in
 * a round; the others detect it, gossip the evidence, and a proposer includes it in a block as
 * CometBFT DuplicateVoteEvidence; CosmJS still decodes that block, and block_results records it.
 * Also: the switch is refused on a chain id that is not a devnet/test chain.
 */
import { describe, it, expect, afterAll } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StargateClient } from "@cosmjs/stargate";
import { startDevnet, type RunningDevnet } from "../../devnet/devnet.js";
import { rpc } from "../support/chain-client.js";
import { runCli } from "../support/cli.js";
import { TIMEOUTS, height, until, waitExit } from "../support/bft.js";

describe("equivocation becomes evidence in a block", () => {
  const dir = mkdtempSync(join(tmpdir(), "pogcs-evidence-"));
  let net: RunningDevnet | undefined;

  afterAll(async () => {
    if (net) {
      for (const p of net.processes) if (p && p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
      await Promise.all(net.processes.map((p) => p && waitExit(p)));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("double prevote → DuplicateVoteEvidence in a block, getBlock works, evidence event recorded", { timeout: 85_000 }, async () => {
    net = await startDevnet({
      home: dir,
      validators: 4,
      blockIntervalMs: 200,
      timeouts: TIMEOUTS,
      waitHeight: 1,
      nodeArgs: (i) => (i === 1 ? ["--test-equivocate"] : []),
      log: () => {},
    });
    const url = net.info.validators[0]!.rpc;
    const bad = (await rpc(net.info.validators[1]!.rpc, "status")).validator_info.address as string;
    let scanned = 0;
    const h = await until(async () => {
      const top = await height(url);
      for (let x = scanned + 1; x <= top; x++) {
        const b = await rpc(url, "block", { height: String(x) });
        scanned = x;
        if (b.block.evidence.evidence.length > 0) return x;
      }
      return undefined;
    }, 40_000, "a block with evidence");
    const b = await rpc(url, "block", { height: String(h) });
    const ev = b.block.evidence.evidence[0];
    expect(ev.type).toBe("tendermint/DuplicateVoteEvidence");
    expect(ev.value.vote_a.validator_address).toBe(bad);
    expect(ev.value.vote_a.type).toBe(1);
    expect(ev.value.vote_a.block_id.hash).not.toBe(ev.value.vote_b.block_id.hash);
    const client = await StargateClient.connect(url);
    const got = await client.getBlock(h);
    expect(got.header.height).toBe(h);
    client.disconnect();
    const r = await rpc(url, "block_results", { height: String(h) });
    const e = r.finalize_block_events.find((x: any) => x.type === "evidence");
    expect(e.attributes.find((a: any) => a.key === "validator").value).toBe(bad);
    expect(r.finalize_block_events.some((x: any) => x.type === "beacon")).toBe(true);
    // all validators hold the same block (once they all have it: one may still be a block behind)
    await until(async () => (await Promise.all(net!.info.validators.map((v) => height(v.rpc)))).every((x) => x >= h), 20_000, "all validators at the evidence block");
    const ids = await Promise.all(net.info.validators.map((v) => rpc(v.rpc, "block", { height: String(h) }).then((x) => x.block_id.hash)));
    expect(new Set(ids).size).toBe(1);
  });

  it("refuses --test-equivocate on a chain that is not a devnet or test chain", async () => {
    const home = join(dir, "prod");
    await runCli(["init", "--home", home, "--chain-id", "pogcs-1"]);
    const r = await runCli(["start", "--home", home, "--rpc.laddr", "127.0.0.1:0", "--test-equivocate"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/EQUIVOCATE_REFUSED/);
  });
});
