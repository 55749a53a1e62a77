import { existsSync } from "node:fs";
import { join } from "node:path";
import { NodeError, isNodeError } from "../errors.js";

/**
 * Turns the failures an operator meets first into a one-line cause and a one-line fix:
 * a port already taken, a home that was never initialized, a database already open.
 */

/** Before opening anything: the home and its genesis must exist. */
export function checkHome(home: string): void {
  const init = `pogcsd init --chain-id <chain-id> --home ${home}`;
  if (!existsSync(home)) {
    throw new NodeError("HOME_MISSING", `node home ${home} does not exist`, `run \`${init}\`, or point --home (or POGCSD_HOME) at an initialized home`);
  }
  if (!existsSync(join(home, "config", "genesis.json"))) {
    throw new NodeError("GENESIS_MISSING", `${join(home, "config", "genesis.json")} not found: ${home} is not an initialized node home`, `run \`${init}\`, or copy the network's genesis.json there`);
  }
}

export interface ListenTarget {
  /** "RPC", "REST API", "P2P". */
  what: string;
  /** The flag that sets it, without dashes. */
  flag: string;
  /** The config.json key that sets it. */
  configKey: string;
  addr: string;
}

/** Listen failures (EADDRINUSE, EACCES, EADDRNOTAVAIL) as NodeErrors with a fix; anything else unchanged. */
export function explainListenError(e: unknown, t: ListenTarget): unknown {
  if (isNodeError(e)) return e;
  const code = (e as { code?: string })?.code;
  const host = t.addr.split(":")[0] || "127.0.0.1";
  const other = `--${t.flag} ${host}:<another port> (or ${t.configKey} in config.json)`;
  if (code === "EADDRINUSE") {
    return new NodeError("PORT_IN_USE", `${t.what} address ${t.addr} is already in use by another process (another pogcsd?)`, `stop that process, or pass ${other}`);
  }
  if (code === "EACCES") {
    return new NodeError("PORT_DENIED", `not allowed to listen on ${t.addr} for ${t.what} (ports below 1024 need root)`, `pass ${other} with a port of 1024 or more`);
  }
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") {
    return new NodeError("ADDRESS_INVALID", `${t.what} address ${t.addr}: ${host} is not an address of this machine`, `pass --${t.flag} 127.0.0.1:<port> or 0.0.0.0:<port>`);
  }
  return e;
}

/** Awaits a listen step and rewrites its failure with explainListenError. */
export async function listenOrExplain<T>(t: ListenTarget, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw explainListenError(e, t);
  }
}

/** The lines the CLI prints for a failure: `error [CODE]: cause` and, when known, `  fix: ...`. */
export function formatNodeError(e: NodeError | (Error & { code: string; fix?: string })): string {
  return `error [${e.code}]: ${e.message}\n${e.fix ? `  fix: ${e.fix}\n` : ""}`;
}
