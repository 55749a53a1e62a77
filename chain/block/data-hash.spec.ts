import { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { describe, expect, it } from "vitest";
import { toHex, utf8 } from "../crypto/bytes.js";
import { hex } from "./fixtures/helpers.js";
import { LOCALNET_H12 } from "./fixtures/localnet-h12.fixture.js";
import { hashFromByteSlices, leafHash, verifyMerkleProof } from "./merkle.js";
import {
  dataHash,
  encodeDeterministicTxResult,
  evidenceHash,
  lastResultsHash,
  txHash,
  txProof,
} from "./data-hash.js";

describe("txHash / dataHash", () => {
  it("tx hash is sha256 of the tx (cosmjs tendermint-rpc hasher.spec.ts tx vector)", () => {
    const tx = Uint8Array.from(atob("YUpxZDY2NURaUDMxPWd2TzBPdnNrVWFWYg=="), (c) => c.charCodeAt(0));
    expect(toHex(txHash(tx)).toUpperCase()).toBe("5CB2CF94A1097A4BC19258BC2353C3E76102B6D528458BE45C855DC5563C1DB2");
  });
  it("no txs: the real localnet header's data_hash (freedomofpress/cometbft-ts commit-12.json)", () => {
    expect(toHex(dataHash([])).toUpperCase()).toBe(LOCALNET_H12.header.dataHash);
  });
  it("leaves are tx hashes, not txs (types/tx.go Txs.Hash)", () => {
    const txs = [utf8("a"), utf8("bb"), utf8("ccc")];
    expect(toHex(dataHash(txs))).toBe(toHex(hashFromByteSlices(txs.map(txHash))));
    expect(toHex(dataHash(txs))).not.toBe(toHex(hashFromByteSlices(txs)));
    const { root, proof } = txProof(txs, 1)!;
    expect(() => verifyMerkleProof(proof, root, txHash(txs[1]!))).not.toThrow();
    expect(txProof(txs, 3)).toBeUndefined();
  });
});

describe("lastResultsHash (abci MarshalTxResults / DeterministicExecTxResult)", () => {
  it("code 0, no data encodes to empty bytes (CometBFT types/results_test.go TestABCIResults)", () => {
    expect(encodeDeterministicTxResult({ code: 0, data: new Uint8Array(0), gasWanted: 0n, gasUsed: 0n })).toEqual(
      new Uint8Array(0),
    );
  });
  it("one such result hashes to the empty-leaf hash; no results to sha256('')", () => {
    const r = { code: 0, data: new Uint8Array(0), gasWanted: 0n, gasUsed: 0n };
    expect(toHex(lastResultsHash([r]))).toBe("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    expect(toHex(lastResultsHash([])).toUpperCase()).toBe(LOCALNET_H12.header.lastResultsHash);
  });
  it("matches cosmjs-types ExecTxResult.encode of the deterministic fields and ignores the rest", () => {
    const r = { code: 14, data: utf8("foo"), gasWanted: 1000n, gasUsed: 987n };
    const ref = ExecTxResult.encode(ExecTxResult.fromPartial({ ...r })).finish();
    expect(toHex(encodeDeterministicTxResult(r))).toBe(toHex(ref));
    expect(toHex(lastResultsHash([r]))).toBe(toHex(leafHash(ref)));
  });
});

describe("evidenceHash", () => {
  it("is the merkle root of the evidence protobufs; empty is sha256('')", () => {
    expect(toHex(evidenceHash([])).toUpperCase()).toBe(LOCALNET_H12.header.evidenceHash);
    const ev = [hex("0a00"), hex("1201ff")];
    expect(toHex(evidenceHash(ev))).toBe(toHex(hashFromByteSlices(ev)));
  });
});
