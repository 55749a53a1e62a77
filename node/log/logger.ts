/** Structured logs: one JSON object per line on stderr (or plain text for humans). */
export type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

function replacer(_k: string, v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString("hex").toUpperCase();
  return v;
}

let stderrGuarded = false;
let stderrBroken = false;

/**
 * Writes to stderr, never ending the process over it: when whatever reads our logs goes away (a
 * closed pipe, a log shipper restarting), the write fails with EPIPE as an "error" event on
 * process.stderr; unheard, that would end the node. The lines are then dropped; the node runs on.
 */
function writeStderr(s: string): void {
  if (!stderrGuarded) {
    stderrGuarded = true;
    process.stderr.on("error", () => {
      stderrBroken = true;
    });
  }
  if (!stderrBroken) process.stderr.write(s);
}

export function createLogger(opts: { level?: Level; format?: "json" | "plain"; base?: Record<string, unknown>; write?: (s: string) => void } = {}): Logger {
  const min = ORDER[opts.level ?? "info"];
  const write = opts.write ?? writeStderr;
  const base = opts.base ?? {};
  const log = (level: Level, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < min) return;
    const rec = { ts: new Date().toISOString(), level, msg, ...base, ...fields };
    if (opts.format === "plain") {
      const extra = Object.entries({ ...base, ...fields })
        .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v, replacer)}`)
        .join(" ");
      write(`${rec.ts} ${level.toUpperCase().padEnd(5)} ${msg}${extra ? " " + extra : ""}\n`);
    } else {
      write(JSON.stringify(rec, replacer) + "\n");
    }
  };
  return {
    debug: (m, f) => log("debug", m, f),
    info: (m, f) => log("info", m, f),
    warn: (m, f) => log("warn", m, f),
    error: (m, f) => log("error", m, f),
    child: (f) => createLogger({ ...opts, base: { ...base, ...f } }),
  };
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};
