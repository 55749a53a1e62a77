import { ics23, iavlSpec, tendermintSpec, verifyMembership, verifyNonMembership } from "@confio/ics23";
import { describe, expect, it } from "vitest";
import { toHex, utf8 } from "../crypto/bytes.js";
import { createCommitMultiStore } from "./commit-multistore.js";
import { computeAppHash, createStoreProof } from "./commit-info.js";
import { emptyRootHash } from "./iavl/node.js";
import { encodeCommitmentProof } from "./iavl/proof.js";

const decode = (b: Uint8Array) => ics23.CommitmentProof.decode(b);

/** Verifies a query the way CosmJS's queryStoreVerified did, against the app hash. */
function verifyQuery(appHash: Uint8Array, store: string, key: Uint8Array, value: Uint8Array | undefined, ops: { type: string; key: Uint8Array; data: Uint8Array }[]): boolean {
  expect(ops.map((o) => o.type)).toEqual(["ics23:iavl", "ics23:simple"]);
  expect(toHex(ops[0]!.key)).toBe(toHex(key));
  expect(ops[1]!.key).toEqual(utf8(store));
  const sub = decode(ops[0]!.data);
  const storeProof = decode(ops[1]!.data);
  const storeRoot = storeProof.exist!.value!;
  const okStore = verifyMembership(storeProof, tendermintSpec, appHash, utf8(store), storeRoot);
  const okSub = value !== undefined ? verifyMembership(sub, iavlSpec, storeRoot, key, value) : verifyNonMembership(sub, iavlSpec, storeRoot, key);
  return okStore && okSub;
}

function build(keys: string[]) {
  const cms = createCommitMultiStore({ storeNames: ["acc", "bank", "gov"] });
  for (const k of keys) cms.getStore("bank").set(utf8(k), utf8(`v-${k}`));
  cms.getStore("acc").set(utf8("x"), utf8("1"));
  cms.commit();
  return cms;
}

describe("ICS23 proofs", () => {
  const keys = Array.from({ length: 50 }, (_, i) => `k${String(i * 2).padStart(3, "0")}`);
  const cms = build(keys);

  it("membership of first, middle and last keys verifies with iavlSpec + tendermintSpec", () => {
    for (const k of [keys[0]!, keys[25]!, keys[49]!]) {
      const q = cms.query("bank", utf8(k), { prove: true });
      expect(q.value).toEqual(utf8(`v-${k}`));
      expect(verifyQuery(cms.appHash, "bank", utf8(k), q.value, q.proofOps!)).toBe(true);
    }
  });

  it("non-membership before the first, between keys and after the last verifies", () => {
    for (const k of ["a", "k001", "k051", "k0999", "z"]) {
      const q = cms.query("bank", utf8(k), { prove: true });
      expect(q.value).toBeUndefined();
      expect(verifyQuery(cms.appHash, "bank", utf8(k), undefined, q.proofOps!)).toBe(true);
    }
  });

  it("single-key tree: membership and both sides of non-membership", () => {
    const q = cms.query("acc", utf8("x"), { prove: true });
    expect(verifyQuery(cms.appHash, "acc", utf8("x"), utf8("1"), q.proofOps!)).toBe(true);
    for (const k of ["a", "y"]) {
      const n = cms.query("acc", utf8(k), { prove: true });
      expect(verifyQuery(cms.appHash, "acc", utf8(k), undefined, n.proofOps!)).toBe(true);
    }
  });

  it("empty tree: root is sha256(\"\") proven in the app hash; no ICS23 neighbour proof exists", () => {
    const q = cms.query("gov", utf8("a"), { prove: true });
    expect(q.value).toBeUndefined();
    const storeProof = decode(q.proofOps![1]!.data);
    expect(toHex(storeProof.exist!.value!)).toBe(toHex(emptyRootHash()));
    expect(verifyMembership(storeProof, tendermintSpec, cms.appHash, utf8("gov"), emptyRootHash())).toBe(true);
    const sub = decode(q.proofOps![0]!.data);
    expect(sub.nonexist!.left).toBeFalsy();
    expect(sub.nonexist!.right).toBeFalsy();
  });

  it("rejects tampered proofs, wrong values and non-membership of a present key", () => {
    const k = utf8(keys[10]!);
    const q = cms.query("bank", k, { prove: true });
    const sub = decode(q.proofOps![0]!.data);
    const root = decode(q.proofOps![1]!.data).exist!.value!;
    expect(verifyMembership(sub, iavlSpec, root, k, utf8("other"))).toBe(false);
    const tampered = decode(q.proofOps![0]!.data);
    tampered.exist!.path![1]!.prefix![5]! ^= 1;
    expect(verifyMembership(tampered, iavlSpec, root, k, q.value!)).toBe(false);
    expect(verifyMembership(sub, tendermintSpec, root, k, q.value!)).toBe(false);
    const present = cms.query("bank", utf8("k0005"), { prove: true }); // absent; proof for its neighbours
    expect(verifyNonMembership(decode(present.proofOps![0]!.data), iavlSpec, root, k)).toBe(false);
    const badApp = cms.appHash.slice();
    badApp[0]! ^= 1;
    expect(verifyQuery(badApp, "bank", k, q.value, q.proofOps!)).toBe(false);
  });

  it("historical proofs verify against that version's app hash", () => {
    const c = build(["a", "b", "c"]);
    const h1 = c.appHash;
    c.getStore("bank").set(utf8("b"), utf8("new"));
    c.getStore("bank").delete(utf8("c"));
    c.commit();
    const old = c.query("bank", utf8("b"), { height: 1n, prove: true });
    expect(old.value).toEqual(utf8("v-b"));
    expect(verifyQuery(h1, "bank", utf8("b"), old.value, old.proofOps!)).toBe(true);
    const gone = c.query("bank", utf8("c"), { prove: true });
    expect(verifyQuery(c.appHash, "bank", utf8("c"), undefined, gone.proofOps!)).toBe(true);
  });

  it("simple-map proofs verify for every position in maps of 1..9 stores", () => {
    for (let n = 1; n <= 9; n++) {
      const roots = Array.from({ length: n }, (_, i) => ({ name: `s${i}`, root: new Uint8Array(32).fill(i + 1) }));
      const app = computeAppHash(roots);
      for (const r of roots) {
        const p = decode(encodeCommitmentProof(createStoreProof(roots, r.name)!));
        expect(verifyMembership(p, tendermintSpec, app, utf8(r.name), r.root)).toBe(true);
      }
    }
    expect(toHex(computeAppHash([]))).toBe(toHex(emptyRootHash()));
  });
});
