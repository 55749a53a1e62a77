/** Peer addresses: `id@host:port` (CometBFT's form) and `host:port`, IPv6 hosts in brackets. */
import { P2PError } from "./errors.js";
import type { PeerId } from "./types.js";

export interface HostPort {
  host: string;
  port: number;
}

export interface PeerAddress extends HostPort {
  id: PeerId;
}

const NODE_ID = /^[0-9a-f]{40}$/;

export function isNodeId(s: string): boolean {
  return NODE_ID.test(s);
}

export function parseHostPort(s: string): HostPort {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:\s[\]@]+)):(\d{1,5})$/.exec(s.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new P2PError("CONFIG", `invalid address "${s}": expected host:port`);
  return { host: m[1] ?? m[2], port };
}

export function formatHostPort(host: string, port: number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

export function parsePeerAddress(s: string): PeerAddress {
  const at = s.indexOf("@");
  const id = s.slice(0, at).trim().toLowerCase();
  if (at < 0 || !isNodeId(id)) throw new P2PError("CONFIG", `invalid peer "${s}": expected <40 hex node id>@host:port`);
  return { id, ...parseHostPort(s.slice(at + 1)) };
}

/** Hosts that say "every interface": a peer advertising one is reached at the address it came from. */
export function isUnspecifiedHost(host: string): boolean {
  return host === "0.0.0.0" || host === "::" || host === "";
}
