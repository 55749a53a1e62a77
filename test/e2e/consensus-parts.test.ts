/**
 * Block parts: a proposal whose block is larger than one 64 KiB part travels as a proposal plus
 * separate part messages (each with its merkle proof), is reassembled byte for byte by the other
 * validators and committed by all 4 (in-memory P2P, one process).
 */
import { describe, it, expect, afterAll } from "vitest";
import { randomBytes } from "node:crypto";
import { memoryNetwork, waitFor } from "../support/memory-network.js";
import { makeSendTx, txHash } from "../support/chain-client.js";
import { signerFromPrivateKey } from "../../node/keyring/hd.js";
import { toHex } from "../../chain/crypto/bytes.js";
import { blockPartFromEnvelope, CS_BLOCK_PART, CS_PROPOSAL, decodeEnvelope, encodeBlockPart, serializeNodeBlock } from "../../node/consensus/host/codec.js";
import { BLOCK_PART_SIZE_BYTES } from "../../chain/block/part-set.js";
import type { Channel } from "../../node/p2p/types.js";

type Net = Awaited<ReturnType<typeof memoryNetwork>>;

const ACCOUNTS = 24;
const PER_ACCOUNT = 100; // 2,400 txs with 256-character memos: ~1.1 MB

describe("4 validators, blocks larger than one part", () => {
  let net: Net | undefined;
  afterAll(async () => {
    await net?.close();
  });

  it("propose, gossip as parts, reassemble and commit a block of > 200 KB of txs on all nodes", { timeout: 120_000 }, async () => {
    const signers = Array.from({ length: ACCOUNTS }, () => signerFromPrivateKey(new Uint8Array(randomBytes(32))));
    net = await memoryNetwork(4, {
      verbose: !!process.env.VERBOSE,
      accounts: signers.map((s) => ({ address: s.address, coins: [{ denom: "ugcs", amount: "1000000000000" }] })),
      // Slow blocks so that all txs are in the mempool when the next block is proposed.
      consensus: { blockIntervalMs: 2500, timeoutCommitMs: 2500, timeoutProposeMs: 3000 },
    });
    const net_ = net;
    // Count what travels on the consensus channel; corrupt the first block part ever sent (its
    // receiver must punish the sender and still get the block from the other copies).
    let tampered: { from: string; to: string } | undefined;
    let partMsgs = 0;
    let inlineProposals = 0;
    let largestConsensusMsg = 0;
    const deliver = net_.hub.deliver.bind(net_.hub);
    net_.hub.deliver = (from: string, to: string, ch: Channel, data: Uint8Array) => {
      if (ch === "consensus") {
        largestConsensusMsg = Math.max(largestConsensusMsg, data.length);
        const e = decodeEnvelope(data);
        if (e.kind === CS_BLOCK_PART) {
          partMsgs++;
          if (!tampered) {
            tampered = { from, to };
            const m = blockPartFromEnvelope(e);
            const bytes = new Uint8Array(m.part.bytes);
            bytes[7] ^= 0xff;
            data = encodeBlockPart({ ...m, part: { ...m.part, bytes } });
          }
        }
        if (e.kind === CS_PROPOSAL && e.b) inlineProposals++;
      }
      deliver(from, to, ch, data);
    };
    const nodes = net_.nodes;
    await waitFor(() => nodes.every((n) => n!.blocks.height >= 2n), 30_000, "height 2 on all");

    const accountNumber = new Map<string, bigint>();
    for (const a of (net_.genesis.app_state as { auth: { accounts: Array<{ address: string; account_number: string }> } }).auth.accounts) accountNumber.set(a.address, BigInt(a.account_number));
    const txs: Uint8Array[] = [];
    for (let seq = 0; seq < PER_ACCOUNT; seq++) {
      for (const s of signers) {
        const memo = `${s.address.slice(-8)}/${seq}/`.padEnd(256, "x");
        txs.push(makeSendTx(s, { chainId: "test-memnet", accountNumber: accountNumber.get(s.address)!, sequence: BigInt(seq), to: signers[0]!.address, amount: 1n, memo }));
      }
    }
    const total = txs.reduce((n, t) => n + t.length, 0);
    expect(total).toBeGreaterThan(200_000);
    const wanted = new Set(txs.map(txHash));
    const start = nodes[0]!.blocks.height;

    // Everything goes to node 0 only: it admits and relays to the others.
    const results = await Promise.all(txs.map((t) => nodes[0]!.submitTx(t)));
    expect(results.filter((r) => r.result.code !== 0).map((r) => r.result.log).slice(0, 3)).toEqual([]);

    // All txs committed (on node 0; then all nodes reach the same height).
    let committed = 0;
    let checked = start;
    await waitFor(async () => {
      const n0 = nodes[0]!;
      while (checked < n0.blocks.height) {
        checked++;
        const b = (await n0.blocks.getBlock(checked))!;
        for (const t of b.block.data.txs) if (wanted.has(txHash(t))) committed++;
      }
      return committed === txs.length;
    }, 60_000, `all ${txs.length} txs committed`);
    const top = nodes[0]!.blocks.height;
    await waitFor(() => nodes.every((n) => n!.blocks.height >= top), 30_000, "all nodes at the same height");

    // The largest block: many parts, identical on every node (same BlockID, same bytes + beacon).
    let big = { h: 0n, parts: 0, txs: 0, bytes: 0 };
    for (let h = start + 1n; h <= top; h++) {
      const b = (await nodes[0]!.blocks.getBlock(h))!;
      const parts = b.meta.blockId.partSetHeader.total;
      if (parts > big.parts) big = { h, parts, txs: b.block.data.txs.length, bytes: 0 };
    }
    const blocks = await Promise.all(nodes.map(async (n) => (await n!.blocks.getBlock(big.h))!));
    const beacons = await Promise.all(nodes.map(async (n) => (await n!.blocks.getBeacon(big.h))!));
    const serialized = blocks.map((b, i) => serializeNodeBlock({ block: b.block, beaconSig: beacons[i]!.signature }));
    big.bytes = serialized[0]!.length;
    if (process.env.VERBOSE) console.log("largest block", big, { partMsgs, inlineProposals, largestConsensusMsg });
    expect(big.bytes).toBeGreaterThan(200_000);
    expect(big.parts).toBe(Math.ceil(big.bytes / BLOCK_PART_SIZE_BYTES));
    expect(big.parts).toBeGreaterThanOrEqual(4);
    expect(new Set(blocks.map((b) => toHex(b.meta.blockId.hash))).size).toBe(1);
    expect(new Set(blocks.map((b) => toHex(b.meta.blockId.partSetHeader.hash))).size).toBe(1);
    expect(new Set(serialized.map((s) => toHex(s))).size).toBe(1);
    // The big block went as parts: at least its parts to each of the 3 other validators.
    expect(partMsgs).toBeGreaterThanOrEqual(3 * big.parts);
    // No consensus message carries more than one part (plus proof and envelope).
    expect(largestConsensusMsg).toBeLessThan(BLOCK_PART_SIZE_BYTES + 4096);
    // Small (single-part) blocks still travel inline in the proposal.
    expect(inlineProposals).toBeGreaterThan(0);
    // Only the sender of the corrupted part was punished, by its receiver; every node healthy.
    for (const n of nodes) expect(n!.isHealthy).toBe(true);
    expect(tampered).toBeDefined();
    for (const [id, h] of net_.hub.nodes) {
      if (id === tampered!.to) {
        expect(h.punished.length).toBe(1);
        expect(h.punished[0]!.peer).toBe(tampered!.from);
        expect(h.punished[0]!.reason).toMatch(/invalid block part/);
      } else expect(h.punished).toEqual([]);
    }
    for (const n of nodes.slice(1)) {
      let c = 0;
      for (let h = start + 1n; h <= top; h++) for (const t of (await n!.blocks.getBlock(h))!.block.data.txs) if (wanted.has(txHash(t))) c++;
      expect(c).toBe(txs.length);
    }
  });
});
