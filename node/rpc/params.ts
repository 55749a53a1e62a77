import { invalidParams } from "./errors.js";

/**
 * Parameter readers accepting both JSON-RPC bodies (numbers or strings) and CometBFT URI
 * arguments (`height=5`, `query="tx.height=5"`, `hash=0xABCD`).
 */
export type Params = Record<string, unknown>;

function unquote(v: unknown): unknown {
  if (typeof v === "string" && v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1);
  return v;
}

export function optInt(p: Params, name: string): bigint | undefined {
  const v = unquote(p[name]);
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  if (typeof v === "string" && /^-?[0-9]+$/.test(v)) return BigInt(v);
  throw invalidParams(`${name}: expected an integer, got ${JSON.stringify(v)}`);
}

export function optString(p: Params, name: string): string | undefined {
  const v = unquote(p[name]);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw invalidParams(`${name}: expected a string`);
  return v;
}

export function reqString(p: Params, name: string): string {
  const v = optString(p, name);
  if (v === undefined) throw invalidParams(`${name}: required`);
  return v;
}

export function optBool(p: Params, name: string): boolean {
  const v = unquote(p[name]);
  if (v === undefined || v === null || v === "") return false;
  if (v === true || v === "true") return true;
  if (v === false || v === "false") return false;
  throw invalidParams(`${name}: expected true or false`);
}

/** Bytes given as hex (JSON-RPC abci_query data, URI `0x..`) or base64 (tx, tx hash). */
export function bytesParam(p: Params, name: string, enc: "hex" | "base64", required = true): Uint8Array | undefined {
  const raw = unquote(p[name]);
  if (raw === undefined || raw === null || raw === "") {
    if (required && raw === undefined) throw invalidParams(`${name}: required`);
    return raw === "" ? new Uint8Array() : undefined;
  }
  if (typeof raw !== "string") throw invalidParams(`${name}: expected a string`);
  if (raw.startsWith("0x") || raw.startsWith("0X")) return hexBytes(raw.slice(2), name);
  if (enc === "hex") return hexBytes(raw, name);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(raw) || raw.length % 4 !== 0) throw invalidParams(`${name}: invalid base64`);
  return new Uint8Array(Buffer.from(raw, "base64"));
}

function hexBytes(s: string, name: string): Uint8Array {
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) throw invalidParams(`${name}: invalid hex`);
  return new Uint8Array(Buffer.from(s, "hex"));
}

/** A 32-byte hash given as base64 (CometBFT JSON-RPC) or hex (URI / convenience). */
export function hashParam(p: Params, name: string): Uint8Array {
  const raw = unquote(p[name]);
  if (typeof raw !== "string" || raw === "") throw invalidParams(`${name}: required`);
  let b: Uint8Array | undefined;
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(raw)) b = new Uint8Array(Buffer.from(raw.replace(/^0x/, ""), "hex"));
  else if (/^[A-Za-z0-9+/]{43}=$/.test(raw)) b = new Uint8Array(Buffer.from(raw, "base64"));
  if (!b || b.length !== 32) throw invalidParams(`${name}: expected a 32-byte hash in base64 or hex`);
  return b;
}
