import { describe, it, expect } from "vitest";
import { appendFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WalFile } from "./wal-file.js";
import { parseNodeBlock, serializeNodeBlock, nodeBlockId, type NodeBlock } from "./codec.js";
import { buildBlock, emptyCommit } from "../../producer/build-block.js";
import { createValidatorSet, createValidator } from "../../../chain/block/validator-set.js";
import type { WalRecord } from "../types.js";

function sampleBlock(): NodeBlock {
  const set = createValidatorSet([createValidator(new Uint8Array(32).fill(7), 10n)]);
  const { block } = buildBlock({
    chainId: "test-wal",
    height: 3n,
    time: { seconds: 1_700_000_000n, nanos: 5 },
    lastBlockId: emptyCommit().blockId,
    lastCommit: undefined,
    txs: [new Uint8Array([1, 2, 3])],
    validators: set,
    nextValidators: set,
    consensusHash: new Uint8Array(32),
    appHash: new Uint8Array(32).fill(1),
    lastResultsHash: new Uint8Array(32).fill(2),
    proposer: set.validators[0]!.address,
  });
  return { block, beaconSig: new Uint8Array(64).fill(9) };
}

function voteRecord(round: number, nb?: NodeBlock): WalRecord<NodeBlock> {
  const blockId = nb ? nodeBlockId(nb) : { hash: new Uint8Array(), partSetHeader: { total: 0, hash: new Uint8Array() } };
  return {
    kind: "vote",
    height: 3n,
    round,
    step: "precommit",
    vote: { type: 2, height: 3n, round, blockId, timestamp: { seconds: 5n, nanos: 0 }, validatorAddress: new Uint8Array(20).fill(4), validatorIndex: 0, signature: new Uint8Array(64).fill(round) },
    block: nb,
  };
}

describe("consensus WAL file", () => {
  it("round-trips records (votes with and without a locked block, proposals)", () => {
    const path = join(mkdtempSync(join(tmpdir(), "wal-")), "cs.wal");
    const nb = sampleBlock();
    const w = WalFile.open(path);
    w.append(voteRecord(0));
    w.append(voteRecord(1, nb));
    w.append({ kind: "proposal", height: 3n, round: 2, step: "propose", proposal: { height: 3n, round: 2, polRound: -1, blockId: nodeBlockId(nb), timestamp: nb.block.header.time, signature: new Uint8Array(64).fill(3) }, block: nb });
    w.close();
    const r = WalFile.open(path);
    expect(r.records.length).toBe(3);
    expect(r.records[1]!.kind === "vote" && r.records[1]!.block && nodeBlockId(r.records[1]!.block).hash).toEqual(nodeBlockId(nb).hash);
    expect(r.records[2]!.kind).toBe("proposal");
    r.close();
  });

  it("cuts a torn or corrupt tail and keeps what precedes it", () => {
    const path = join(mkdtempSync(join(tmpdir(), "wal-")), "cs.wal");
    const w = WalFile.open(path);
    w.append(voteRecord(0));
    w.append(voteRecord(1));
    w.close();
    const good = statSync(path).size;
    appendFileSync(path, Buffer.from([0, 0, 0, 200, 1, 2, 3])); // length says 200, only 3 bytes follow
    let r = WalFile.open(path);
    expect(r.records.length).toBe(2);
    expect(statSync(path).size).toBe(good);
    r.append(voteRecord(2));
    r.close();
    // flip a byte inside the last record: its checksum fails, the first two survive
    const buf = readFileSync(path);
    buf[buf.length - 3] ^= 0xff;
    writeFileSync(path, buf);
    r = WalFile.open(path);
    expect(r.records.map((x) => x.round)).toEqual([0, 1]);
    r.truncate();
    r.close();
    expect(WalFile.open(path).records).toEqual([]);
  });

  it("serializes blocks canonically with the beacon signature in field 1000, which plain decoders skip", () => {
    const nb = sampleBlock();
    const bytes = serializeNodeBlock(nb);
    const back = parseNodeBlock(bytes);
    expect(back.beaconSig).toEqual(nb.beaconSig);
    expect(nodeBlockId(back)).toEqual(nodeBlockId(nb));
    // a different beacon signature changes the part set header, so commits bind it
    const other = nodeBlockId({ block: nb.block, beaconSig: new Uint8Array(64).fill(8) });
    expect(other.hash).toEqual(nodeBlockId(nb).hash);
    expect(other.partSetHeader.hash).not.toEqual(nodeBlockId(nb).partSetHeader.hash);
  });
});
