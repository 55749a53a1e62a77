import type { PogcsNode } from "../node.js";
import type { NodeEvent } from "../events/bus.js";

interface Series {
  help: string;
  type: "counter" | "gauge" | "histogram";
}

const SERIES: Record<string, Series> = {
  pogcs_block_height: { help: "Height of the latest committed block.", type: "gauge" },
  pogcs_blocks_total: { help: "Blocks committed since this process started.", type: "counter" },
  pogcs_txs_total: { help: "Transactions committed since this process started, by result.", type: "counter" },
  pogcs_block_interval_seconds: { help: "Time between consecutive committed blocks (block header times).", type: "histogram" },
  pogcs_block_txs: { help: "Transactions in the latest block.", type: "gauge" },
  pogcs_consensus_rounds: { help: "Round at which the previous height was committed (0 = first round).", type: "gauge" },
  pogcs_mempool_size: { help: "Transactions waiting in the mempool.", type: "gauge" },
  pogcs_mempool_bytes: { help: "Bytes waiting in the mempool.", type: "gauge" },
  pogcs_peers: { help: "Connected p2p peers.", type: "gauge" },
  pogcs_device_reports_total: { help: "Device epoch reports committed (MsgSubmitReport with code 0).", type: "counter" },
  pogcs_tx_per_second: { help: "Committed transactions per second over the last 10 blocks.", type: "gauge" },
  pogcs_consensus_rounds_per_height: { help: "Rounds each height needed to commit (1 = decided in its first round).", type: "histogram" },
  pogcs_psql_up: { help: "1 when the PostgreSQL event sink is connected and writing.", type: "gauge" },
  pogcs_psql_indexed_height: { help: "Last height written to PostgreSQL by the event sink.", type: "gauge" },
  pogcs_psql_lag_blocks: { help: "Committed blocks not yet in PostgreSQL.", type: "gauge" },
  pogcs_psql_errors_total: { help: "Failed PostgreSQL event sink attempts (connect or write).", type: "counter" },
};

const ROUND_BUCKETS = [1, 2, 3, 5, 10];

const BUCKETS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30];

/** Counts committed blocks and txs from the node's event bus; renders Prometheus text format 0.0.4. */
export class NodeMetrics {
  private blocks = 0;
  private txsOk = 0;
  private txsFailed = 0;
  private reports = 0;
  private lastTxs = 0;
  private lastRound = 0;
  private lastTime: number | undefined;
  private readonly interval = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
  private readonly rounds = { buckets: ROUND_BUCKETS.map(() => 0), sum: 0, count: 0 };
  private readonly recent: Array<{ t: number; txs: number }> = [];
  private readonly unsubscribe: () => void;

  constructor(private readonly node: PogcsNode) {
    this.unsubscribe = node.bus.subscribe((e) => this.observe(e));
  }

  close(): void {
    this.unsubscribe();
  }

  private observe(e: NodeEvent): void {
    if (e.kind === "Tx") {
      if (e.tx.result.code === 0) {
        this.txsOk++;
        const isReport = e.tx.result.events.some(
          (ev) => ev.type === "message" && ev.attributes.some((a) => a.key === "action" && a.value === "/pogcs.devices.v1.MsgSubmitReport"),
        );
        if (isReport) this.reports++;
      } else {
        this.txsFailed++;
      }
      return;
    }
    const h = e.block.header;
    const t = Number(h.time.seconds) + h.time.nanos / 1e9;
    if (this.lastTime !== undefined) {
      const d = t - this.lastTime;
      this.interval.sum += d;
      this.interval.count++;
      BUCKETS.forEach((b, i) => {
        if (d <= b) this.interval.buckets[i]!++;
      });
    }
    this.lastTime = t;
    this.blocks++;
    this.lastTxs = e.block.data.txs.length;
    this.lastRound = e.block.lastCommit?.round ?? 0;
    // Block H carries the commit of H-1, so this counts the rounds H-1 took (none for block 1).
    if (e.block.lastCommit && e.block.header.height > 1n) {
      const n = this.lastRound + 1;
      this.rounds.sum += n;
      this.rounds.count++;
      ROUND_BUCKETS.forEach((b, i) => {
        if (n <= b) this.rounds.buckets[i]!++;
      });
    }
    this.recent.push({ t, txs: this.lastTxs });
    if (this.recent.length > 11) this.recent.shift();
  }

  private txPerSecond(): number {
    if (this.recent.length < 2) return 0;
    const span = this.recent[this.recent.length - 1]!.t - this.recent[0]!.t;
    const txs = this.recent.slice(1).reduce((n, r) => n + r.txs, 0);
    return span > 0 ? txs / span : 0;
  }

  render(): string {
    const n = this.node;
    const chain = `chain_id="${n.genesis.chainId}"`;
    const lines: string[] = [];
    const head = (name: string) => {
      const s = SERIES[name]!;
      lines.push(`# HELP ${name} ${s.help}`, `# TYPE ${name} ${s.type}`);
    };
    const gauge = (name: string, v: number | bigint, labels = chain) => {
      head(name);
      lines.push(`${name}{${labels}} ${v}`);
    };
    gauge("pogcs_block_height", n.blocks.height);
    gauge("pogcs_blocks_total", this.blocks);
    head("pogcs_txs_total");
    lines.push(`pogcs_txs_total{${chain},result="ok"} ${this.txsOk}`, `pogcs_txs_total{${chain},result="failed"} ${this.txsFailed}`);
    head("pogcs_block_interval_seconds");
    BUCKETS.forEach((b, i) => lines.push(`pogcs_block_interval_seconds_bucket{${chain},le="${b}"} ${this.interval.buckets[i]}`));
    lines.push(`pogcs_block_interval_seconds_bucket{${chain},le="+Inf"} ${this.interval.count}`);
    lines.push(`pogcs_block_interval_seconds_sum{${chain}} ${this.interval.sum.toFixed(6)}`, `pogcs_block_interval_seconds_count{${chain}} ${this.interval.count}`);
    gauge("pogcs_block_txs", this.lastTxs);
    gauge("pogcs_consensus_rounds", this.lastRound);
    gauge("pogcs_mempool_size", n.mempool.size);
    gauge("pogcs_mempool_bytes", n.mempool.totalBytes);
    gauge("pogcs_peers", n.p2p?.peers().length ?? 0);
    gauge("pogcs_device_reports_total", this.reports);
    gauge("pogcs_tx_per_second", Number(this.txPerSecond().toFixed(3)));
    head("pogcs_consensus_rounds_per_height");
    ROUND_BUCKETS.forEach((b, i) => lines.push(`pogcs_consensus_rounds_per_height_bucket{${chain},le="${b}"} ${this.rounds.buckets[i]}`));
    lines.push(`pogcs_consensus_rounds_per_height_bucket{${chain},le="+Inf"} ${this.rounds.count}`);
    lines.push(`pogcs_consensus_rounds_per_height_sum{${chain}} ${this.rounds.sum}`, `pogcs_consensus_rounds_per_height_count{${chain}} ${this.rounds.count}`);
    const psql = n.psqlSink?.stats();
    if (psql) {
      gauge("pogcs_psql_up", psql.up ? 1 : 0);
      gauge("pogcs_psql_indexed_height", psql.indexedHeight);
      gauge("pogcs_psql_lag_blocks", psql.targetHeight > psql.indexedHeight ? psql.targetHeight - psql.indexedHeight : 0n);
      gauge("pogcs_psql_errors_total", psql.errors);
    }
    return lines.join("\n") + "\n";
  }
}
