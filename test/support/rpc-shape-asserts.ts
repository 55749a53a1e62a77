/** Assertions on CometBFT 0.38 JSON-RPC result shapes (research/cosmjs.md §2), shared by the RPC shape tests. */
import { expect } from "vitest";
import { b64, txHash } from "./chain-client.js";

export const INT_STR = /^-?[0-9]+$/;
export const UPPER_HEX = /^[0-9A-F]+$/;
export const HASH = /^[0-9A-F]{64}$/;
export const ADDR = /^[0-9A-F]{40}$/;
export const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export function expectIntString(v: unknown, what = "value"): void {
  expect(typeof v, `${what} should be a string`).toBe("string");
  expect(v as string, what).toMatch(INT_STR);
}

export function expectB64(v: unknown): void {
  expect(typeof v).toBe("string");
  expect(v as string).toMatch(B64);
  expect((v as string).length % 4).toBe(0);
}

export function expectBlockId(id: any, allowEmpty = false): void {
  if (allowEmpty && id.hash === "") {
    expect(id.parts).toEqual({ total: 0, hash: "" });
    return;
  }
  expect(id.hash).toMatch(HASH);
  expect(typeof id.parts.total).toBe("number");
  expect(id.parts.total).toBeGreaterThanOrEqual(1);
  expect(id.parts.hash).toMatch(HASH);
}

export function expectHeader(h: any, chainId: string): void {
  expect(typeof h.version.block).toBe("string");
  expect(h.chain_id).toBe(chainId);
  expectIntString(h.height, "header.height");
  expect(h.time).toMatch(RFC3339);
  expectBlockId(h.last_block_id, h.height === "1");
  for (const k of ["last_commit_hash", "data_hash", "validators_hash", "next_validators_hash", "consensus_hash", "app_hash", "last_results_hash", "evidence_hash"]) {
    expect(h, k).toHaveProperty(k);
    expect(typeof h[k], k).toBe("string");
    if (h[k] !== "") expect(h[k], k).toMatch(UPPER_HEX);
  }
  expect(h.proposer_address).toMatch(ADDR);
}

export function expectCommit(c: any, allowEmpty: boolean): void {
  expectIntString(c.height, "commit.height");
  expect(typeof c.round).toBe("number");
  expectBlockId(c.block_id, allowEmpty);
  expect(Array.isArray(c.signatures)).toBe(true);
  for (const s of c.signatures) {
    expect(typeof s.block_id_flag).toBe("number");
    expect([0, 1, 2, 3]).toContain(s.block_id_flag);
    if (s.validator_address) expect(s.validator_address).toMatch(ADDR);
    if (s.timestamp) expect(s.timestamp).toMatch(RFC3339);
    if (s.signature !== null) expectB64(s.signature);
  }
}

export function expectBlockResult(r: any, chainId: string): void {
  expectBlockId(r.block_id);
  expectHeader(r.block.header, chainId);
  expect(Array.isArray(r.block.data.txs)).toBe(true);
  for (const t of r.block.data.txs) expectB64(t);
  expectCommit(r.block.last_commit, r.block.header.height === "1");
  expect(r.block.evidence).toEqual({ evidence: [] });
}

export function expectExecTxResult(t: any): void {
  expect(typeof t.code).toBe("number");
  expect(typeof t.data).toBe("string");
  expectB64(t.data);
  expect(typeof t.log).toBe("string");
  expectIntString(t.gas_wanted, "gas_wanted");
  expectIntString(t.gas_used, "gas_used");
  expect(typeof t.codespace).toBe("string");
  expect(Array.isArray(t.events)).toBe(true);
  for (const e of t.events) {
    expect(typeof e.type).toBe("string");
    for (const a of e.attributes) {
      expect(typeof a.key).toBe("string");
      expect(a.key.length).toBeGreaterThan(0);
      expect(typeof a.value).toBe("string");
    }
  }
}

export function expectTxResponse(t: any, tx?: Uint8Array): void {
  expect(t.hash).toMatch(HASH);
  expectIntString(t.height, "tx.height");
  expect(typeof t.index).toBe("number");
  expectB64(t.tx);
  expectExecTxResult(t.tx_result);
  if (tx) {
    expect(t.tx).toBe(b64(tx));
    expect(t.hash).toBe(txHash(tx));
  }
}

