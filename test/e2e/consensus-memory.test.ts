/**
 * BFT consensus inside one process: 4 validators over the in-memory P2P (the real network is
 * exercised by consensus.test.ts with separate processes).
 */
import { describe, it, expect, afterAll } from "vitest";
import { memoryNetwork, waitFor } from "../support/memory-network.js";
import { beaconSignBytes, beaconValue } from "../../node/consensus/host/beacon.js";
import { verifyEd25519 } from "../../node/keyring/validator-key.js";
import { toHex } from "../../chain/crypto/bytes.js";

type Net = Awaited<ReturnType<typeof memoryNetwork>>;

describe("4 validators in one process", () => {
  let net: Net | undefined;
  afterAll(async () => {
    await net?.close();
  });

  it("commit the same blocks with all signatures, carry the beacon, survive one stop and catch up", { timeout: 60_000 }, async () => {
    net = await memoryNetwork(4, { verbose: !!process.env.VERBOSE });
    const nodes = net.nodes;
    await waitFor(() => nodes.every((n) => n!.blocks.height >= 5n), 20_000, "height 5 on all");
    for (let h = 1n; h <= 5n; h++) {
      const ids = await Promise.all(nodes.map(async (n) => toHex((await n!.blocks.getBlock(h))!.meta.blockId.hash)));
      expect(new Set(ids).size, `block ${h}`).toBe(1);
      const beacons = await Promise.all(nodes.map(async (n) => (await n!.blocks.getBeacon(h))!));
      expect(new Set(beacons.map((b) => toHex(b.value))).size).toBe(1);
      expect(toHex(beaconValue(beacons[0]!.signature))).toBe(toHex(beacons[0]!.value));
    }
    // beacon chain: sig_h verifies under the proposer's key over (chain id, h, beacon_{h-1})
    const n0 = nodes[0]!;
    const b3 = (await n0.blocks.getBlock(3n))!.block;
    const prop = n0.validators.validators.find((v) => toHex(v.address) === toHex(b3.header.proposerAddress))!;
    const prev = (await n0.blocks.getBeacon(2n))!.value;
    expect(verifyEd25519(prop.pubKey, beaconSignBytes("test-memnet", 3n, prev), (await n0.blocks.getBeacon(3n))!.signature)).toBe(true);
    // LastCommit of block 4 = canonical commit of 3
    const b4 = (await n0.blocks.getBlock(4n))!.block;
    expect(b4.lastCommit!.signatures.filter((s) => s.blockIdFlag === 2).length).toBeGreaterThanOrEqual(3);

    // stop validator 3: the others continue
    await net.stopNode(3);
    const h0 = n0.blocks.height;
    await waitFor(() => n0.blocks.height >= h0 + 3n, 20_000, "3 more blocks without validator 3");
    // restart: it catches up and signs again
    const back = await net.startNode(3);
    const addr3 = toHex(back.validatorKey.address);
    const target = n0.blocks.height;
    await waitFor(() => back.blocks.height >= target, 20_000, "validator 3 catches up");
    await waitFor(async () => {
      const h = n0.blocks.height;
      const c = await n0.blocks.getCommit(h);
      return !!c && c.signatures.some((s) => s.blockIdFlag === 2 && toHex(s.validatorAddress) === addr3);
    }, 20_000, "validator 3's signature in a later commit");
    const hh = back.blocks.height - 1n;
    const [a, b] = await Promise.all([n0.blocks.getBlock(hh), back.blocks.getBlock(hh)]);
    expect(toHex(a!.meta.blockId.hash)).toBe(toHex(b!.meta.blockId.hash));
    expect(nodes.every((n) => n!.isHealthy)).toBe(true);
  });
});

describe("a validator run with the equivocation switch", () => {
  let net: Net | undefined;
  afterAll(async () => {
    await net?.close();
  });

  it("has its double prevote end up as DuplicateVoteEvidence in a block, recorded in block results", { timeout: 60_000 }, async () => {
    net = await memoryNetwork(4, { equivocate: [2], verbose: !!process.env.VERBOSE });
    const n0 = net.nodes[0]!;
    const bad = toHex(net.nodes[2]!.validatorKey.address).toUpperCase();
    let found: bigint | undefined;
    await waitFor(async () => {
      for (let h = 1n; h <= n0.blocks.height; h++) {
        const b = await n0.blocks.getBlock(h);
        if ((b?.block.evidence?.evidence.length ?? 0) > 0) {
          found = h;
          return true;
        }
      }
      return false;
    }, 30_000, "evidence in a block");
    const b = (await n0.blocks.getBlock(found!))!.block;
    const ev = b.evidence!.evidence[0]!.duplicateVoteEvidence!;
    expect(toHex(ev.voteA!.validatorAddress).toUpperCase()).toBe(bad);
    const r = (await n0.blocks.getResults(found!))!;
    const e = r.events.find((x) => x.type === "evidence")!;
    expect(e.attributes.find((a) => a.key === "validator")!.value).toBe(bad);
    // every node agrees on that block (once each has reached it)
    await waitFor(() => net!.nodes.every((n) => n!.blocks.height >= found!), 10_000, "every node at the evidence block");
    const ids = await Promise.all(net.nodes.map(async (n) => toHex((await n!.blocks.getBlock(found!))!.meta.blockId.hash)));
    expect(new Set(ids).size).toBe(1);
  });

  it("is refused on a chain id that is not a devnet or test chain", async () => {
    await expect(memoryNetwork(1, { chainId: "pogcs-1", equivocate: [0] })).rejects.toThrow(/refused/);
  });
});
