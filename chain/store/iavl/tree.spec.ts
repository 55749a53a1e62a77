import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareBytes, concatBytes, encodeUvarint, encodeVarint, fromHex, toHex, utf8 } from "../../crypto/bytes.js";
import { sha256 } from "../../crypto/hash.js";
import { Slab } from "./codec.js";
import { type Node, emptyRootHash, rootHash } from "./node.js";
import { saveWorkingTree } from "./save.js";
import { MutableTree, getFromTree, indexOfKey, iterateTree, leafAtIndex } from "./tree.js";

const hex = (s: string) => fromHex(s)!;

/** Checks AVL balance, heights, sizes, ordering and the inner-key rule; returns min key. */
function checkNode(n: Node): { min: Uint8Array; max: Uint8Array } {
  if (n.height === 0) {
    expect(n.size).toBe(1);
    expect(n.left).toBeUndefined();
    return { min: n.key, max: n.key };
  }
  const l = checkNode(n.left!);
  const r = checkNode(n.right!);
  expect(n.height).toBe(Math.max(n.left!.height, n.right!.height) + 1);
  expect(Math.abs(n.left!.height - n.right!.height)).toBeLessThanOrEqual(1);
  expect(n.size).toBe(n.left!.size + n.right!.size);
  expect(compareBytes(n.key, r.min)).toBe(0);
  expect(compareBytes(l.max, n.key)).toBeLessThan(0);
  return { min: l.min, max: r.max };
}

type Op = { del: boolean; key: Uint8Array; value: Uint8Array };
const opArb = fc.record({
  del: fc.boolean(),
  key: fc.uint8Array({ minLength: 1, maxLength: 3, max: 7 }),
  value: fc.uint8Array({ minLength: 1, maxLength: 4 }),
});

function apply(tree: MutableTree, model: Map<string, Uint8Array>, op: Op): void {
  const k = toHex(op.key);
  if (op.del) {
    expect(tree.remove(op.key)).toBe(model.has(k));
    model.delete(k);
  } else {
    expect(tree.set(op.key, op.value)).toBe(model.has(k));
    model.set(k, op.value);
  }
}

describe("iavl tree", () => {
  it("stays a balanced, sorted IAVL tree matching a model under random ops and commits", () => {
    fc.assert(
      fc.property(fc.array(fc.array(opArb, { maxLength: 40 }), { minLength: 1, maxLength: 6 }), (batches) => {
        const tree = new MutableTree(undefined, 0);
        const model = new Map<string, Uint8Array>();
        const committed: Array<{ root: Node | undefined; entries: Array<[string, string]> }> = [];
        for (const batch of batches) {
          for (const op of batch) apply(tree, model, op);
          if (tree.root) checkNode(tree.root);
          const saved = saveWorkingTree(tree, new Uint8Array(0), new Slab(), []);
          const entries = [...model].map(([k, v]) => [k, toHex(v)] as [string, string]).sort();
          committed.push({ root: saved.root, entries });
          expect(tree.root?.size ?? 0).toBe(model.size);
          for (const [k, v] of model) expect(toHex(getFromTree(tree.root, hex(k))!)).toBe(toHex(v));
        }
        // every committed version is still intact after later mutations (path copying)
        for (const c of committed) {
          const got = [...iterateTree(c.root)].map(([k, v]) => [toHex(k), toHex(v)]);
          expect(got).toEqual(c.entries);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("iterates ranges ascending and reverse, and indexes keys", () => {
    const tree = new MutableTree(undefined, 0);
    for (let i = 0; i < 200; i += 2) tree.set(Uint8Array.of(i), Uint8Array.of(1));
    const keys = (it: Iterable<[Uint8Array, Uint8Array]>) => [...it].map(([k]) => k[0]);
    expect(keys(iterateTree(tree.root, Uint8Array.of(10), Uint8Array.of(20)))).toEqual([10, 12, 14, 16, 18]);
    expect(keys(iterateTree(tree.root, Uint8Array.of(11), Uint8Array.of(19), true))).toEqual([18, 16, 14, 12]);
    expect(keys(iterateTree(tree.root, undefined, Uint8Array.of(3)))).toEqual([0, 2]);
    expect(keys(iterateTree(tree.root, Uint8Array.of(197)))).toEqual([198]);
    expect(indexOfKey(tree.root, Uint8Array.of(11)).index).toBe(6);
    expect(indexOfKey(tree.root, Uint8Array.of(12))).toMatchObject({ index: 6 });
    expect(leafAtIndex(tree.root!, 6).key[0]).toBe(12);
  });

  it("hashes a leaf and an inner node exactly as cosmos/iavl (hand-computed)", () => {
    const tree = new MutableTree(undefined, 0);
    tree.set(utf8("a"), utf8("1"));
    expect(saveWorkingTree(tree, new Uint8Array(0), new Slab(), []).rootHash).toEqual(
      sha256(concatBytes(encodeVarint(0), encodeVarint(1), encodeVarint(1), encodeUvarint(1), utf8("a"), encodeUvarint(32), sha256(utf8("1")))),
    );
    tree.set(utf8("b"), utf8("2"));
    const saved = saveWorkingTree(tree, new Uint8Array(0), new Slab(), []);
    const leafA = sha256(concatBytes(encodeVarint(0), encodeVarint(1), encodeVarint(1), encodeUvarint(1), utf8("a"), encodeUvarint(32), sha256(utf8("1"))));
    const leafB = sha256(concatBytes(encodeVarint(0), encodeVarint(1), encodeVarint(2), encodeUvarint(1), utf8("b"), encodeUvarint(32), sha256(utf8("2"))));
    const inner = sha256(concatBytes(encodeVarint(1), encodeVarint(2), encodeVarint(2), encodeUvarint(32), leafA, encodeUvarint(32), leafB));
    expect(toHex(saved.rootHash)).toBe(toHex(inner));
    // the inner node's key is the leftmost key of its right subtree
    expect(saved.root!.key).toEqual(utf8("b"));
    expect(saved.orphans).toHaveLength(0);
    expect(toHex(rootHash(undefined))).toBe(toHex(emptyRootHash()));
    expect(toHex(emptyRootHash())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("replaying the same ops gives the same hashes; commits hash each new node once", () => {
    const run = () => {
      const tree = new MutableTree(undefined, 0);
      const hashes: string[] = [];
      let seed = 7;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
      for (let v = 0; v < 5; v++) {
        for (let i = 0; i < 300; i++) {
          const k = Uint8Array.of(rnd() % 256, rnd() % 256);
          if (rnd() % 5 === 0) tree.remove(k);
          else tree.set(k, Uint8Array.of(v, i % 256));
        }
        const writes: Array<[Uint8Array, Uint8Array]> = [];
        const s = saveWorkingTree(tree, new Uint8Array(0), new Slab(), writes);
        expect(writes.length).toBe(s.newNodes);
        hashes.push(toHex(s.rootHash));
      }
      return hashes;
    };
    expect(run()).toEqual(run());
  });

  it("a key update after commit copies the path and records orphans", () => {
    const tree = new MutableTree(undefined, 0);
    for (let i = 0; i < 16; i++) tree.set(Uint8Array.of(i), Uint8Array.of(i));
    const v1 = saveWorkingTree(tree, new Uint8Array(0), new Slab(), []);
    tree.set(Uint8Array.of(5), Uint8Array.of(99));
    const v2 = saveWorkingTree(tree, new Uint8Array(0), new Slab(), []);
    expect(v2.newNodes).toBe(v2.root!.height + 1);
    expect(v2.orphans.length).toBe(v2.newNodes);
    expect(getFromTree(v1.root, Uint8Array.of(5))).toEqual(Uint8Array.of(5));
    expect(getFromTree(v2.root, Uint8Array.of(5))).toEqual(Uint8Array.of(99));
  });
});
