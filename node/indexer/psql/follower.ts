import type { Block } from "cosmjs-types/tendermint/types/block";
import type { BlockMeta } from "cosmjs-types/tendermint/types/types";
import type { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import type { Logger } from "../../log/logger.js";
import { NodeError } from "../../errors.js";
import { computeBlockRows } from "./rows.js";
import type { SinkWriter } from "./writer.js";

/** The committed blocks the sink copies from (the node's BlockStore fits). */
export interface BlockSource {
  readonly height: bigint;
  getBlock(height: bigint): Promise<{ block: Block; meta: BlockMeta } | undefined>;
  getResults(height: bigint): Promise<ResponseFinalizeBlock | undefined>;
}

export interface PsqlSinkStats {
  /** Last height known to be in PostgreSQL (0 before the first successful contact). */
  indexedHeight: bigint;
  /** The node's committed height. */
  targetHeight: bigint;
  errors: number;
  /** Blocks written by this process. */
  written: number;
  up: boolean;
  lastError: string;
}

export interface PsqlFollowerOptions {
  chainId: string;
  writer: SinkWriter;
  source: BlockSource;
  log: Logger;
  /** First height of the chain (genesis initial_height). */
  firstHeight?: bigint;
  retryMinMs?: number;
  retryMaxMs?: number;
  /** Safety poll when no commit notification arrives. */
  pollMs?: number;
}

/**
 * Copies committed blocks into PostgreSQL, one SQL transaction per block, strictly after the block
 * is committed locally. It runs beside consensus and never blocks it: the work queue is the span
 * between the last height in PostgreSQL and the block store's height, so memory stays bounded
 * however long the database is down, and nothing is lost. On any error it backs off exponentially
 * and, on the next try, asks PostgreSQL again where it stands (so restarts and lost COMMIT
 * acknowledgements resume exactly; inserts of a height already present are skipped).
 */
export class PsqlFollower {
  /** Where PostgreSQL stands; undefined = ask it again before writing. */
  private indexed: bigint | undefined;
  /** Last height known to be written, kept through outages for the lag metric. */
  private known = 0n;
  private errors = 0;
  private written = 0;
  private lastError = "";
  private failures = 0;
  private closed = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;

  constructor(private readonly o: PsqlFollowerOptions) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** Called after a block is committed; wakes the copy loop. */
  notify(): void {
    this.wake?.();
  }

  stats(): PsqlSinkStats {
    return {
      indexedHeight: this.known,
      targetHeight: this.o.source.height,
      errors: this.errors,
      written: this.written,
      up: this.indexed !== undefined && this.failures === 0,
      lastError: this.lastError,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    // A write stuck on a hung server must not hold up the node's shutdown for its query timeout.
    await Promise.race([this.loop, new Promise((res) => setTimeout(res, 3000).unref())]);
    await Promise.race([this.o.writer.close().catch(() => undefined), new Promise((res) => setTimeout(res, 1000).unref())]);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((res) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        res();
      }
      this.wake = done;
    }).then(() => {
      this.wake = undefined;
    });
  }

  private async run(): Promise<void> {
    const log = this.o.log;
    while (!this.closed) {
      try {
        if (this.indexed === undefined) {
          await this.o.writer.ensureSchema();
          this.indexed = await this.o.writer.lastHeight(this.o.chainId);
          this.known = this.indexed;
          log.info("psql sink connected", { last_height: this.indexed.toString(), node_height: this.o.source.height.toString() });
          if (this.failures > 0) log.info("psql sink recovered", { after_failures: this.failures });
          this.failures = 0;
        }
        const next = this.indexed + 1n > (this.o.firstHeight ?? 1n) ? this.indexed + 1n : this.o.firstHeight ?? 1n;
        if (next > this.o.source.height) {
          await this.sleep(this.o.pollMs ?? 1000);
          continue;
        }
        await this.copy(next);
        this.indexed = this.known = next;
      } catch (e) {
        if (this.closed) break;
        this.errors++;
        this.failures++;
        this.lastError = (e as Error)?.message ?? String(e);
        this.indexed = undefined;
        const wait = Math.min(this.o.retryMaxMs ?? 10_000, (this.o.retryMinMs ?? 250) * 2 ** Math.min(this.failures - 1, 16));
        // Loud on the first failure, then once in a while: a long outage must not flood the log.
        if (this.failures === 1 || this.failures % 20 === 0) {
          log.warn("psql sink cannot write; the node keeps committing and the sink will catch up", {
            error: this.lastError,
            failures: this.failures,
            retry_ms: wait,
            lag_blocks: (this.o.source.height - this.known).toString(),
          });
        }
        await this.sleep(wait);
      }
    }
  }

  private async copy(height: bigint): Promise<void> {
    const [b, results] = await Promise.all([this.o.source.getBlock(height), this.o.source.getResults(height)]);
    if (!b || !results) {
      throw new NodeError("PSQL_SINK_SOURCE", `block ${height} or its results are missing from the block store`);
    }
    if (await this.o.writer.writeBlock(computeBlockRows(this.o.chainId, b.block, b.meta, results))) this.written++;
  }
}
