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

/**
 * secp256k1 verification on worker threads, so CheckTx's dominant cost runs on every core while
 * the main thread executes the state machine. Jobs that arrive in the same tick travel together.
 */
export class VerifyPool {
  private readonly workers: Worker[] = [];
  private readonly inflight = new Map<number, (ok: boolean[]) => void>();
  private queue: Pending[] = [];
  private scheduled = false;
  private nextId = 1;
  private rr = 0;
  private closed = false;

  constructor(size = Math.max(1, availableParallelism())) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(WORKER_FILE);
      w.on("message", ({ id, ok }: { id: number; ok: boolean[] }) => {
        const done = this.inflight.get(id);
        this.inflight.delete(id);
        done?.(ok);
      });
      w.unref();
      this.workers.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  verify(jobs: VerifyJob[]): Promise<boolean[]> {
    if (jobs.length === 0) return Promise.resolve([]);
    if (this.closed) return Promise.resolve(jobs.map(() => false));
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
    // Split the tick's jobs evenly over the workers.
    const per = Math.ceil(batch.length / this.workers.length);
    for (let i = 0; i < batch.length; i += per) {
      const part = batch.slice(i, i + per);
      const id = this.nextId++;
      const items = part.flatMap((p) => p.jobs.map((j) => ({ pub: j.pubKey, msg: j.message, sig: j.signature })));
      this.inflight.set(id, (ok) => {
        let o = 0;
        for (const p of part) {
          p.resolve(ok.slice(o, o + p.jobs.length));
          o += p.jobs.length;
        }
      });
      this.workers[this.rr++ % this.workers.length]!.postMessage({ id, items });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    for (const done of this.inflight.values()) done([]);
    this.inflight.clear();
  }
}
