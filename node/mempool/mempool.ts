import { createHash } from "node:crypto";
import type { App } from "../../chain/app/app.js";
import type { TxResult } from "../../chain/app/tx-result.js";
import { ErrMempoolIsFull, ErrTxInMempoolCache, ErrTxTooLarge } from "../../chain/errors/index.js";
import { errorResult } from "../../chain/app/tx-result.js";

export interface MempoolConfig {
  /** Max txs held. */
  size: number;
  /** Max total bytes held. */
  maxTxsBytes: number;
  /** Max bytes of one tx. */
  maxTxBytes: number;
  /** Hashes remembered after commit/eviction so a replay is refused cheaply. */
  cacheSize: number;
}

export const DEFAULT_MEMPOOL_CONFIG: MempoolConfig = {
  size: 20_000,
  maxTxsBytes: 64 * 1024 * 1024,
  maxTxBytes: 1024 * 1024,
  cacheSize: 100_000,
};

interface Entry {
  bytes: Uint8Array;
  hashHex: string;
  gasWanted: bigint;
  sender: string;
}

export interface AddResult {
  hash: Uint8Array;
  result: TxResult;
}

/**
 * FIFO mempool over the app's check state. CheckTx runs against state that already includes
 * every accepted tx, so a sender's txs are admitted only in sequence order and reaped in that
 * order. After each commit the committed txs leave and the rest are rechecked in order.
 */
export class Mempool {
  private readonly entries = new Map<string, Entry>();
  private readonly seen = new Set<string>();
  private bytes = 0;
  private readonly listeners: Array<() => void> = [];

  constructor(
    private readonly app: App,
    private readonly cfg: MempoolConfig = DEFAULT_MEMPOOL_CONFIG,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  onAdd(fn: () => void): void {
    this.listeners.push(fn);
  }

  /** The tx hash the mempool keys on; pass it to `refusesCheaply` and `add` to hash once. */
  static hashOf(tx: Uint8Array): Uint8Array {
    return new Uint8Array(createHash("sha256").update(tx).digest());
  }

  /** CheckTx and admission. Never throws: every refusal is a result with a code. */
  add(tx: Uint8Array, hash: Uint8Array = Mempool.hashOf(tx)): AddResult {
    const hashHex = Buffer.from(hash).toString("hex");
    const refused = this.cheapRefusal(tx, hash, hashHex);
    if (refused) return refused;
    const out = this.app.checkTx(tx, "check");
    if (out.result.code === 0 && out.tx) {
      this.entries.set(hashHex, { bytes: tx, hashHex, gasWanted: out.result.gasWanted, sender: out.tx.signers[0] ?? "" });
      this.bytes += tx.length;
      for (const l of this.listeners) l();
    }
    return { hash, result: out.result };
  }

  /**
   * Whether `add` would refuse the tx before CheckTx (too large, already seen, mempool full): the
   * node skips signature pre-verification for those, so a flood of them costs no worker time.
   */
  refusesCheaply(tx: Uint8Array, hash: Uint8Array = Mempool.hashOf(tx)): boolean {
    return this.cheapRefusal(tx, hash, Buffer.from(hash).toString("hex")) !== undefined;
  }

  private cheapRefusal(tx: Uint8Array, hash: Uint8Array, hashHex: string): AddResult | undefined {
    if (tx.length > this.cfg.maxTxBytes) {
      return { hash, result: errorResult(ErrTxTooLarge.raise(`tx size ${tx.length} exceeds max ${this.cfg.maxTxBytes}`), 0n, 0n) };
    }
    if (this.entries.has(hashHex) || this.seen.has(hashHex)) {
      return { hash, result: errorResult(ErrTxInMempoolCache.raise(), 0n, 0n) };
    }
    if (this.entries.size >= this.cfg.size || this.bytes + tx.length > this.cfg.maxTxsBytes) {
      return {
        hash,
        result: errorResult(ErrMempoolIsFull.raise(`mempool is full: ${this.entries.size} txs, ${this.bytes} bytes`), 0n, 0n),
      };
    }
    return undefined;
  }

  /** Txs for the next block, in admission order, within byte and gas limits (-1 = no gas limit). */
  reap(maxBytes: number, maxGas: bigint): Uint8Array[] {
    const out: Uint8Array[] = [];
    let bytes = 0;
    let gas = 0n;
    for (const e of this.entries.values()) {
      if (bytes + e.bytes.length > maxBytes) break;
      if (maxGas >= 0n && gas + e.gasWanted > maxGas) break;
      out.push(e.bytes);
      bytes += e.bytes.length;
      gas += e.gasWanted;
    }
    return out;
  }

  /** After a commit: drop the block's txs, reset the check state, recheck the rest in order. */
  update(committedHashes: readonly string[]): void {
    for (const h of committedHashes) {
      const e = this.entries.get(h);
      if (e) {
        this.entries.delete(h);
        this.bytes -= e.bytes.length;
      }
      this.remember(h);
    }
    this.app.resetCheckState();
    for (const [h, e] of [...this.entries]) {
      const out = this.app.checkTx(e.bytes, "recheck");
      if (out.result.code !== 0) {
        this.entries.delete(h);
        this.bytes -= e.bytes.length;
      }
    }
  }

  private remember(hashHex: string): void {
    this.seen.add(hashHex);
    if (this.seen.size > this.cfg.cacheSize) {
      const first = this.seen.values().next();
      if (!first.done) this.seen.delete(first.value);
    }
  }

  has(hashHex: string): boolean {
    return this.entries.has(hashHex.toLowerCase());
  }

  list(limit: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (const e of this.entries.values()) {
      if (out.length >= limit) break;
      out.push(e.bytes);
    }
    return out;
  }
}
