import { sha256 } from "@noble/hashes/sha256";
import { describe, expect, it } from "vitest";
import { concatBytes, toHex, utf8 } from "../crypto/bytes.js";
import { ErrInvalidProof } from "./errors.js";
import {
  emptyHash,
  getSplitPoint,
  hashFromByteSlices,
  innerHash,
  isValidMerkleProof,
  leafHash,
  proofsFromByteSlices,
  verifyMerkleProof,
} from "./merkle.js";

const b = (...xs: number[]) => Uint8Array.from(xs);

describe("merkle: CometBFT crypto/merkle/tree_test.go TestHashFromByteSlices vectors", () => {
  const cases: [string, Uint8Array[], string][] = [
    ["empty", [], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["single", [b(1, 2, 3)], "054edec1d0211f624fed0cbca9d4f9400b0e491c43742af2c5b0abebf0c990d8"],
    ["single blank", [b()], "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"],
    ["two", [b(1, 2, 3), b(4, 5, 6)], "82e6cfce00453804379b53962939eaa7906b39904be0813fcadd31b100773c4b"],
    [
      "many (5)",
      [b(1, 2), b(3, 4), b(5, 6), b(7, 8), b(9, 10)],
      "f326493eceab4f2d9ffbc78c59432a0a005d6ea98392045c74df5d14a113be18",
    ],
  ];
  for (const [name, items, want] of cases) {
    it(name, () => expect(toHex(hashFromByteSlices(items))).toBe(want));
  }
});

describe("merkle: CometBFT crypto/merkle/rfc6962_test.go TestRFC6962Hasher vectors", () => {
  it("empty tree, empty leaf, leaf, node", () => {
    expect(toHex(emptyHash())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(toHex(leafHash(b()))).toBe("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    expect(toHex(leafHash(utf8("L123456")))).toBe("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
    expect(toHex(innerHash(utf8("N123"), utf8("N456")))).toBe(
      "aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb",
    );
  });
});

describe("merkle: split point (CometBFT Test_getSplitPoint table)", () => {
  const table: [number, number][] = [
    [1, 0], [2, 1], [3, 2], [4, 2], [5, 4], [10, 8], [20, 16], [100, 64], [255, 128], [256, 128], [257, 256],
  ];
  for (const [n, want] of table) it(`n=${n}`, () => expect(getSplitPoint(n)).toBe(want));
});

describe("merkle: three leaves, derived from the RFC 6962 definition with an independent sha256", () => {
  it("root = H(1 || H(1 || H(0||a) || H(0||b)) || H(0||c))", () => {
    const [x, y, z] = [utf8("a"), utf8("b"), utf8("c")];
    const L = (v: Uint8Array) => sha256(concatBytes(b(0), v));
    const N = (l: Uint8Array, r: Uint8Array) => sha256(concatBytes(b(1), l, r));
    expect(toHex(hashFromByteSlices([x, y, z]))).toBe(toHex(N(N(L(x), L(y)), L(z))));
  });
});

describe("merkle proofs (mirrors the checks of CometBFT TestProof)", () => {
  it("empty input has no proofs and the empty root", () => {
    const { root, proofs } = proofsFromByteSlices([]);
    expect(toHex(root)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(proofs).toEqual([]);
  });

  for (const total of [1, 2, 3, 5, 7, 8, 9, 33]) {
    it(`every proof of a ${total}-leaf tree verifies and tampering fails`, () => {
      const items = Array.from({ length: total }, (_, i) => sha256(utf8(`item-${i}`)));
      const root = hashFromByteSlices(items);
      const { root: root2, proofs } = proofsFromByteSlices(items);
      expect(toHex(root2)).toBe(toHex(root));
      items.forEach((item, i) => {
        const p = proofs[i]!;
        expect(p.index).toBe(i);
        expect(p.total).toBe(total);
        expect(() => verifyMerkleProof(p, root, item)).not.toThrow();
        // trail too long / too short
        expect(isValidMerkleProof({ ...p, aunts: [...p.aunts, new Uint8Array(32)] }, root, item)).toBe(false);
        if (p.aunts.length > 0) expect(isValidMerkleProof({ ...p, aunts: p.aunts.slice(0, -1) }, root, item)).toBe(false);
        // mutated leaf / root
        const bad = item.slice();
        bad[0]! ^= 1;
        expect(isValidMerkleProof(p, root, bad)).toBe(false);
        const badRoot = root.slice();
        badRoot[31]! ^= 1;
        expect(isValidMerkleProof(p, badRoot, item)).toBe(false);
        // wrong index / total
        if (total > 1) expect(isValidMerkleProof({ ...p, index: (i + 1) % total }, root, item)).toBe(false);
        expect(isValidMerkleProof({ ...p, index: total }, root, item)).toBe(false);
      });
    });
  }

  it("raises a typed error", () => {
    const { root, proofs } = proofsFromByteSlices([b(1), b(2)]);
    try {
      verifyMerkleProof(proofs[0]!, root, b(3));
      expect.unreachable();
    } catch (err) {
      expect(ErrInvalidProof.is(err)).toBe(true);
    }
  });
});
