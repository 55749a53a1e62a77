import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { tempDevnet } from "../support/devnet-fixture.js";
import { parsePrometheus } from "../support/prometheus.js";
import { signerFromMnemonic } from "../../node/keyring/hd.js";
import { makeSendTx, rpc, getAccount } from "../support/chain-client.js";

type Net = Awaited<ReturnType<typeof tempDevnet>>;

describe("/metrics", () => {
  let net: Net;
  beforeAll(async () => {
    net = await tempDevnet({ blockIntervalMs: 300 });
  });
  afterAll(async () => net?.close());

  it("parses as Prometheus text and counts blocks and txs", async () => {
    const url = net.info.validators[0]!.rpc;
    const faucet = signerFromMnemonic(net.info.faucet.mnemonic, 0, { prefix: "gcs" });
    const acc = await getAccount(url, faucet.address);
    const tx = makeSendTx(faucet, { to: faucet.address, amount: 1n, accountNumber: acc.accountNumber, sequence: acc.sequence, chainId: net.info.chainId });
    const r = await rpc<{ tx_result: { code: number } }>(url, "broadcast_tx_commit", { tx: Buffer.from(tx).toString("base64") });
    expect(r.tx_result.code).toBe(0);
    await new Promise((res) => setTimeout(res, 700));
    const res = await fetch(`${url}/metrics`);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const samples = parsePrometheus(await res.text());
    const get = (name: string, labels: Record<string, string> = {}) =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
    expect(get("pogcs_block_height")).toBeGreaterThanOrEqual(2);
    expect(get("pogcs_blocks_total")).toBeGreaterThanOrEqual(1);
    expect(get("pogcs_txs_total", { result: "ok" })).toBeGreaterThanOrEqual(1);
    expect(get("pogcs_mempool_size")).toBe(0);
    expect(get("pogcs_block_interval_seconds_count")).toBeGreaterThanOrEqual(1);
    const buckets = samples.filter((s) => s.name === "pogcs_block_interval_seconds_bucket").map((s) => s.value);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]!).toBeGreaterThanOrEqual(buckets[i - 1]!);
    // Rounds per height (a histogram), peers, device reports and tx/s are always exported.
    expect(get("pogcs_consensus_rounds_per_height_count")).toBeGreaterThanOrEqual(1);
    expect(get("pogcs_consensus_rounds_per_height_bucket", { le: "+Inf" })).toBe(get("pogcs_consensus_rounds_per_height_count"));
    for (const name of ["pogcs_peers", "pogcs_device_reports_total", "pogcs_tx_per_second", "pogcs_consensus_rounds"]) expect(get(name), name).toBeDefined();
    // The PostgreSQL sink's series appear only when it is configured.
    expect(get("pogcs_psql_up")).toBeUndefined();
    expect(() => parsePrometheus("pogcs_x 1\n")).toThrow(/without # TYPE/);
  });
});
