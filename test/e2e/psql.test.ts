/**
 * The PostgreSQL event sink against Debian's PostgreSQL and a real pogcsd process started with
 * `--psql-conn`: rows match the node's RPC, a database outage does not stop the chain and is
 * caught up, and a restarted node resumes from PostgreSQL's last height without duplicates.
 * Skipped only outside CI when PostgreSQL is neither installed nor installable (not root).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SigningStargateClient, GasPrice } from "@cosmjs/stargate";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { TxResult } from "cosmjs-types/tendermint/abci/types";
import { tempDevnet } from "../support/devnet-fixture.js";
import { rpc } from "../support/chain-client.js";
import { parsePrometheus } from "../support/prometheus.js";
import { canHavePostgres, startTestPostgres, type TestPostgres } from "../support/postgres.js";

type Net = Awaited<ReturnType<typeof tempDevnet>>;
type RpcEvent = { type: string; attributes: Array<{ key: string; value: string; index: boolean }> };

const RECIPIENT = "oyster design unusual machine spread century engine gravity focus cave carry slot";
const runHere = Boolean(process.env.CI) || canHavePostgres();

async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 40_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!runHere)("PostgreSQL event sink (psql indexer)", () => {
  let pgsrv: TestPostgres;
  let net: Net;
  let url: string;
  let chainId: string;
  let client: SigningStargateClient;
  let faucet: string;
  let to: string;
  const sent: Array<{ hash: string; height: number }> = [];

  const nodeHeight = async () => Number((await rpc<{ sync_info: { latest_block_height: string } }>(url, "status")).sync_info.latest_block_height);
  const pgMax = async () => Number((await pgsrv.query<{ h: string | null }>("SELECT max(height)::text AS h FROM blocks WHERE chain_id = $1", [chainId]))[0]!.h ?? 0);
  const metrics = async () => {
    const samples = parsePrometheus(await (await fetch(`${url}/metrics`)).text());
    return (name: string) => samples.find((s) => s.name === name)?.value;
  };
  const send = async (amount: string) => {
    const r = await client.sendTokens(faucet, to, [{ denom: "ugcs", amount }], "auto", `psql ${amount}`);
    expect(r.code).toBe(0);
    sent.push({ hash: r.transactionHash, height: r.height });
  };
  /** Heights 1..max exactly once each. */
  const expectContiguous = async () => {
    const rows = await pgsrv.query<{ n: string; lo: string; hi: string; d: string }>(
      "SELECT count(*)::text AS n, min(height)::text AS lo, max(height)::text AS hi, count(DISTINCT height)::text AS d FROM blocks WHERE chain_id = $1",
      [chainId],
    );
    expect(rows[0]!.lo).toBe("1");
    expect(rows[0]!.n).toBe(rows[0]!.hi);
    expect(rows[0]!.d).toBe(rows[0]!.hi);
    const dupTx = await pgsrv.query("SELECT tx_hash FROM tx_results GROUP BY tx_hash HAVING count(*) > 1");
    expect(dupTx).toEqual([]);
  };

  beforeAll(async () => {
    pgsrv = await startTestPostgres();
    net = await tempDevnet({ blockIntervalMs: 300, nodeArgs: () => ["--psql-conn", pgsrv.url] });
    url = net.info.validators[0]!.rpc;
    chainId = net.info.chainId;
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(net.info.faucet.mnemonic, { prefix: "gcs" });
    faucet = (await wallet.getAccounts())[0]!.address;
    to = (await (await DirectSecp256k1HdWallet.fromMnemonic(RECIPIENT, { prefix: "gcs" })).getAccounts())[0]!.address;
    client = await SigningStargateClient.connectWithSigner(url, wallet, { gasPrice: GasPrice.fromString("0.025ugcs"), broadcastPollIntervalMs: 200 });
  }, 180_000);

  afterAll(async () => {
    client?.disconnect();
    await net?.close();
    pgsrv?.destroy();
  });

  it("writes every block, tx result and event, matching the node's RPC", async () => {
    for (const amount of ["101", "202", "303"]) await send(amount);
    const last = Math.max(...sent.map((s) => s.height));
    await waitFor("the sink to reach the last tx height", async () => ((await pgMax()) >= last ? true : undefined));
    await expectContiguous();

    for (const s of sent) {
      const r = await rpc<{ height: string; index: number; tx_result: { code: number; gas_used: string; events: RpcEvent[] } }>(url, "tx", { hash: Buffer.from(s.hash, "hex").toString("base64") });
      const [row] = await pgsrv.query<{ height: string; index: number; tx_result: Buffer }>(
        "SELECT b.height::text AS height, t.index, t.tx_result FROM tx_results t JOIN blocks b ON b.rowid = t.block_id WHERE t.tx_hash = $1 AND b.chain_id = $2",
        [s.hash, chainId],
      );
      expect(row, s.hash).toBeDefined();
      expect(row!.height).toBe(r.height);
      expect(row!.index).toBe(r.index);
      const decoded = TxResult.decode(new Uint8Array(row!.tx_result));
      expect(decoded.result.code).toBe(r.tx_result.code);
      expect(decoded.result.gasUsed.toString()).toBe(r.tx_result.gas_used);

      const types = await pgsrv.query<{ type: string }>("SELECT e.type FROM events e JOIN tx_results t ON t.rowid = e.tx_id WHERE t.tx_hash = $1 ORDER BY e.rowid", [s.hash]);
      expect(types.map((t) => t.type)).toEqual(["tx", "tx", ...r.tx_result.events.map((e) => e.type)]);
      expect(types.map((t) => t.type)).toContain("transfer");

      const attrs = await pgsrv.query<{ composite_key: string; value: string }>(
        "SELECT composite_key, value FROM tx_events WHERE chain_id = $1 AND height = $2 AND index = $3 AND key IS NOT NULL",
        [chainId, r.height, r.index],
      );
      const expected = [
        `tx.hash=${s.hash}`,
        `tx.height=${r.height}`,
        ...r.tx_result.events.flatMap((e) => e.attributes.filter((a) => a.index).map((a) => `${e.type}.${a.key}=${a.value}`)),
      ];
      expect(attrs.map((a) => `${a.composite_key}=${a.value}`).sort()).toEqual(expected.sort());
      expect(expected).toContain(`transfer.recipient=${to}`);

      const blk = await rpc<{ block_id: { hash: string }; block: { header: { time: string }; data: { txs: string[] } } }>(url, "block", { height: r.height });
      const [b] = await pgsrv.query<{ hash: string; num_txs: number; t: string }>(
        "SELECT hash, num_txs, to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') AS t FROM blocks WHERE chain_id = $1 AND height = $2",
        [chainId, r.height],
      );
      expect(b!.hash).toBe(blk.block_id.hash);
      expect(b!.num_txs).toBe(blk.block.data.txs.length);
      expect(blk.block.header.time.startsWith(b!.t)).toBe(true);

      const res = await rpc<{ finalize_block_events: RpcEvent[] }>(url, "block_results", { height: r.height });
      const blockTypes = await pgsrv.query<{ type: string }>(
        "SELECT type FROM events e JOIN blocks b ON b.rowid = e.block_id WHERE b.chain_id = $1 AND b.height = $2 AND e.tx_id IS NULL ORDER BY e.rowid",
        [chainId, r.height],
      );
      expect(blockTypes.map((t) => t.type)).toEqual(["block", ...res.finalize_block_events.filter((e) => e.type !== "").map((e) => e.type)]);
      const bh = await pgsrv.query<{ value: string }>("SELECT value FROM block_events WHERE chain_id = $1 AND height = $2 AND composite_key = 'block.height'", [chainId, r.height]);
      expect(bh.map((x) => x.value)).toEqual([r.height]);
    }
    const m = await metrics();
    expect(m("pogcs_psql_up")).toBe(1);
    expect(m("pogcs_psql_errors_total")).toBe(0);
  }, 120_000);

  it("keeps committing while PostgreSQL is down, reports it in /metrics, and catches up when it is back", async () => {
    pgsrv.stop();
    const h0 = await nodeHeight();
    await send("404");
    await waitFor("4 more blocks during the outage", async () => ((await nodeHeight()) >= h0 + 4 ? true : undefined));
    const down = await waitFor("psql errors in /metrics", async () => {
      const m = await metrics();
      return (m("pogcs_psql_errors_total") ?? 0) > 0 ? m : undefined;
    });
    expect(down("pogcs_psql_up")).toBe(0);
    expect(down("pogcs_psql_lag_blocks")!).toBeGreaterThanOrEqual(1);
    expect((await rpc<{ sync_info: { catching_up: boolean } }>(url, "status")).sync_info).toBeDefined();
    expect(net.processes[0]!.exitCode, "the node must outlive the database outage").toBeNull();

    pgsrv.start();
    const target = await nodeHeight();
    await waitFor("the sink to catch up after the outage", async () => ((await pgMax()) >= target ? true : undefined));
    await expectContiguous();
    const outageTx = sent[sent.length - 1]!;
    const rows = await pgsrv.query("SELECT 1 FROM tx_results WHERE tx_hash = $1", [outageTx.hash]);
    expect(rows.length).toBe(1);
    const up = await waitFor("pogcs_psql_up = 1", async () => {
      const m = await metrics();
      return m("pogcs_psql_up") === 1 ? m : undefined;
    });
    expect(up("pogcs_psql_indexed_height")!).toBeGreaterThanOrEqual(target);
  }, 120_000);

  it("a restarted node resumes from PostgreSQL's last height without duplicates", async () => {
    const child = net.processes[0]!;
    expect(child.exitCode, "the node must still be running before the restart").toBeNull();
    await new Promise<void>((res) => {
      child.once("exit", () => res());
      child.kill("SIGTERM");
    });
    const before = await pgMax();
    net.startNode(0);
    await waitFor("the restarted node to serve RPC and pass its old height", async () => ((await nodeHeight()) >= before + 3 ? true : undefined), 60_000);
    await send("505");
    const target = await nodeHeight();
    await waitFor("the sink to pass the restart", async () => ((await pgMax()) >= target ? true : undefined));
    await expectContiguous();
    const log = readFileSync(join(net.info.validators[0]!.home, "node.log"), "utf8");
    const connected = log.split("\n").filter((l) => l.includes("psql sink connected")).map((l) => JSON.parse(l) as { last_height: string });
    expect(connected.length).toBeGreaterThanOrEqual(2);
    expect(Number(connected[connected.length - 1]!.last_height)).toBeGreaterThanOrEqual(before);
    expect((await pgsrv.query("SELECT 1 FROM tx_results WHERE tx_hash = $1", [sent[sent.length - 1]!.hash])).length).toBe(1);
  }, 120_000);
});
