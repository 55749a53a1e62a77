import { createServer } from "node:net";

/**
 * Ports are drawn below Linux's ephemeral range (32768-60999): a port the kernel hands out for
 * `listen(0)` comes from that range, where the next outgoing connection of any process (fetch,
 * p2p dials) may take it before our node binds it. Below 32768 only listeners compete.
 */
const LOW = 20_000;
const HIGH = 32_000;

function tryListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.unref();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

const handedOut = new Set<number>();

/** A TCP port on 127.0.0.1 that was free a moment ago and not handed out before by this process. */
export async function freePort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (handedOut.has(port)) continue;
    if (await tryListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free TCP port found in ${LOW}-${HIGH} after 200 tries`);
}
