import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

export interface VerifyJob {
  pubKey: Uint8Array;
  message: Uint8Array;
  signature: Uint8Array;
}

interface Pending {
  jobs: VerifyJob[];
  resolve: (ok: boolean[]) => void;
}

const WORKER_FILE = fileURLToPath(new URL("./verify-worker.mjs", import.meta.url));
/** Dead workers replaced over the pool's life before their slots are left empty. */
const MAX_RESPAWNS = 8;

/**
 * secp256k1 verification on worker threads, so CheckTx's dominant cost runs on every core while
 * the main thread executes the state machine. Jobs that arrive in the same tick travel together.
 */
export class VerifyPool {
  private readonly workers: Array<Worker | undefined> = [];
  /** Batch id -> its resolver and the worker slot it went to. */
  private readonly inflight = new Map<number, { done: (ok: boolean[]) => void; slot: number; size: number }>();
  private queue: Pending[] = [];
  private scheduled = false;
  private nextId = 1;
  private rr = 0;
  private closed = false;
  private respawns = 0;

  /**
   * `onWorkerFailure` hears a worker that died (out of memory, failed to load). Its batches are
   * answered "not verified", which only means CheckTx verifies those signatures itself on the main
   * thread; the worker is replaced up to MAX_RESPAWNS times, then its slot stays empty.
   */
  constructor(size = Math.max(1, availableParallelism()), private readonly onWorkerFailure: (err: Error) => void = () => undefined) {
    for (let i = 0; i < size; i++) this.workers.push(this.spawn(i));
  }

  private spawn(slot: number): Worker {
    const w = new Worker(WORKER_FILE);
    w.on("message", ({ id, ok }: { id: number; ok: boolean[] }) => {
      const b = this.inflight.get(id);
      this.inflight.delete(id);
      b?.done(ok);
    });
    let failed = false;
    const fail = (err: Error) => {
      if (failed || this.closed) return;
      failed = true;
      this.onWorkerFailure(err);
      for (const [id, b] of this.inflight) {
        if (b.slot !== slot) continue;
        this.inflight.delete(id);
        b.done(new Array<boolean>(b.size).fill(false));
      }
      this.workers[slot] = this.respawns < MAX_RESPAWNS ? (this.respawns++, this.spawn(slot)) : undefined;
    };
    w.on("error", fail);
    w.on("exit", (code) => fail(new Error(`verify worker exited with code ${code}`)));
    w.unref();
    return w;
  }

  get size(): number {
    return this.workers.filter((w) => w !== undefined).length;
  }

  verify(jobs: VerifyJob[]): Promise<boolean[]> {
    if (jobs.length === 0) return Promise.resolve([]);
    if (this.closed || this.size === 0) return Promise.resolve(jobs.map(() => false));
    return new Promise((resolve) => {
      this.queue.push({ jobs, resolve });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const live = this.workers.flatMap((w, slot) => (w ? [{ w, slot }] : []));
    if (live.length === 0) {
      for (const p of batch) p.resolve(p.jobs.map(() => false));
      return;
    }
    // Split the tick's jobs evenly over the workers.
    const per = Math.ceil(batch.length / live.length);
    for (let i = 0; i < batch.length; i += per) {
      const part = batch.slice(i, i + per);
      const id = this.nextId++;
      const items = part.flatMap((p) => p.jobs.map((j) => ({ pub: j.pubKey, msg: j.message, sig: j.signature })));
      const { w, slot } = live[this.rr++ % live.length]!;
      this.inflight.set(id, {
        slot,
        size: items.length,
        done: (ok) => {
          let o = 0;
          for (const p of part) {
            p.resolve(ok.slice(o, o + p.jobs.length));
            o += p.jobs.length;
          }
        },
      });
      w.postMessage({ id, items });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w?.terminate()));
    for (const b of this.inflight.values()) b.done([]);
    this.inflight.clear();
  }
}
