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
};

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
    return lines.join("\n") + "\n";
  }
}
