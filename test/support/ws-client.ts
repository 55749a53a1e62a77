import WebSocket from "ws";

/** A raw JSON-RPC WebSocket client that keeps every frame so tests can wait for any of them. */
export class WsClient {
  readonly frames: any[] = [];
  private waiters: Array<{ pred: (f: any) => boolean; resolve: (f: any) => void }> = [];
  private closed = false;

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (raw) => {
      let f: any;
      try {
        f = JSON.parse(raw.toString());
      } catch {
        f = { unparsable: raw.toString() };
      }
      this.frames.push(f);
      for (const w of [...this.waiters]) {
        if (w.pred(f)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(f);
        }
      }
    });
    socket.on("close", () => {
      this.closed = true;
    });
  }

  static connect(url: string, timeoutMs = 10_000): Promise<WsClient> {
    return new Promise((resolve, reject) => {
      const s = new WebSocket(url);
      const t = setTimeout(() => {
        s.terminate();
        reject(new Error(`websocket ${url}: no connection within ${timeoutMs} ms`));
      }, timeoutMs);
      s.once("open", () => {
        clearTimeout(t);
        resolve(new WsClient(s));
      });
      s.once("error", (e) => {
        clearTimeout(t);
        reject(e);
      });
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(o: unknown): void {
    this.socket.send(typeof o === "string" ? o : JSON.stringify(o));
  }

  /** Resolves with the first frame (already received after `fromIndex`, or future) matching `pred`. */
  next(pred: (f: any) => boolean, timeoutMs = 10_000, fromIndex = 0): Promise<any> {
    const old = this.frames.slice(fromIndex).find(pred);
    if (old) return Promise.resolve(old);
    return new Promise((resolve, reject) => {
      const w = {
        pred,
        resolve: (f: any) => {
          clearTimeout(t);
          resolve(f);
        },
      };
      const t = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        reject(new Error(`no matching websocket frame within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /** Sends a JSON-RPC request and waits for its reply (a frame with this id that is not a subscription event). */
  async call(method: string, params: Record<string, unknown>, id: string | number, timeoutMs = 10_000): Promise<any> {
    const from = this.frames.length;
    this.send({ jsonrpc: "2.0", id, method, params });
    return this.next((f) => f.id === id && !(f.result && typeof f.result === "object" && "query" in f.result), timeoutMs, from);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.socket.terminate();
        resolve();
      }, 2000);
      this.socket.once("close", () => {
        clearTimeout(t);
        resolve();
      });
      this.socket.close();
    });
  }
}
