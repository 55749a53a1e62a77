import { CommitmentProof, type ExistenceProof as PbExistence } from "cosmjs-types/cosmos/ics23/v1/proofs";
import { describe, expect, it } from "vitest";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import { concat, utf8 } from "./bytes.js";
import { IAVL_SPEC, calculateRoot, decodeCommitmentProof, verifyExistence, type ExistenceProof } from "./ics23.js";
import { verifyStoreProof, type ProofOp } from "./state-proof.js";

/**
 * cosmos/ics23 validateIavlOps. A real key K with K[j] == len(K)-j-1 (here "key" 0x03 "zzz", j = 3)
 * lets a leaf prefix swallow varint(len K) and K[:j]: the leaf then hashes like K's and proves
 * K[j+1:] ("zzz") present with K's value, or, as K's right neighbour, K absent.
 */
const K = Uint8Array.of(...utf8("key"), 3, ...utf8("zzz"));
const J = 3;
const SUFFIX = K.slice(J + 1);
const code = (c: string) => expect.objectContaining({ code: c });

function build() {
  const cms = createCommitMultiStore({ storeNames: ["acc", "bank"] });
  const bank = cms.getStore("bank");
  bank.set(utf8("aaa"), utf8("a-value"));
  bank.set(K, utf8("K's value"));
  for (let i = 0; i < 20; i++) bank.set(utf8(`n${String(i).padStart(2, "0")}`), utf8(`v${i}`));
  cms.getStore("acc").set(utf8("x"), utf8("1"));
  cms.commit();
  return cms;
}

const proofOf = (ops: ProofOp[]) => CommitmentProof.decode(ops[0]!.data);

/** K's genuine leaf re-cut: prefix || varint(len K) || K[:j] as the prefix, K[j+1:] as the key. */
function shiftedLeaf(e: PbExistence): PbExistence {
  return { ...e, key: SUFFIX, leaf: { ...e.leaf!, prefix: concat(e.leaf!.prefix, Uint8Array.of(K.length), K.slice(0, J)) } };
}

describe("IAVL leaf and inner ops (validateIavlOps)", () => {
  const cms = build();
  const ops = (k: Uint8Array) => cms.query("bank", k, { prove: true }).proofOps! as ProofOp[];
  const value = utf8("K's value");

  it("genuine proofs of the node's store still verify; the suffix key is really absent", () => {
    verifyStoreProof(cms.appHash, "bank", K, value, ops(K));
    verifyStoreProof(cms.appHash, "bank", SUFFIX, undefined, ops(SUFFIX));
    verifyStoreProof(cms.appHash, "bank", utf8("key"), undefined, ops(utf8("key")));
  });

  it("false presence: K[j+1:] proven present with K's value by a leaf prefix with trailing bytes is refused", () => {
    const genuine = ops(K);
    const forged = shiftedLeaf(proofOf(genuine).exist!);
    const data = CommitmentProof.encode({ exist: forged }).finish();
    const forgedOps: ProofOp[] = [{ type: "ics23:iavl", key: SUFFIX, data }, genuine[1]!];
    expect(() => verifyStoreProof(cms.appHash, "bank", SUFFIX, value, forgedOps)).toThrow(code("invalid_proof"));
  });

  it("false absence: K proven absent with the shifted leaf as its right neighbour is refused", () => {
    const genuine = ops(K);
    const left = proofOf(ops(utf8("aaa"))).exist!;
    const right = shiftedLeaf(proofOf(genuine).exist!);
    const data = CommitmentProof.encode({ nonexist: { key: K, left, right } }).finish();
    const forgedOps: ProofOp[] = [{ type: "ics23:iavl", key: K, data }, genuine[1]!];
    expect(() => verifyStoreProof(cms.appHash, "bank", K, undefined, forgedOps)).toThrow(code("invalid_proof"));
  });

  /** K's existence proof with `edit` applied, checked against the root it now leads to. */
  const refusedAgainstOwnRoot = (edit: (p: ExistenceProof) => void) => {
    const p = decodeCommitmentProof(ops(K)[0]!.data).exist!;
    verifyExistence(p, IAVL_SPEC, calculateRoot(p), K, value);
    edit(p);
    expect(() => verifyExistence(p, IAVL_SPEC, calculateRoot(p), K, value)).toThrow(code("invalid_proof"));
  };

  it("an inner op whose prefix leaves other than 1 or 34 bytes after the three varints is refused", () => {
    refusedAgainstOwnRoot((p) => {
      p.path[0]!.prefix = concat(p.path[0]!.prefix, Uint8Array.of(0));
    });
    refusedAgainstOwnRoot((p) => {
      const op = p.path[1]!;
      op.prefix = op.prefix.length > 20 ? op.prefix.slice(0, -1) : concat(op.prefix, Uint8Array.of(1, 2));
    });
  });

  it("inner heights below the layer, leaf height/size other than 0/1 and overflowing varints are refused", () => {
    refusedAgainstOwnRoot((p) => {
      p.path[1]!.prefix = concat(Uint8Array.of(2), p.path[1]!.prefix.subarray(1)); // height 1 at layer 2
    });
    refusedAgainstOwnRoot((p) => {
      p.leaf.prefix = Uint8Array.of(0, 4, 2); // size 2
    });
    refusedAgainstOwnRoot((p) => {
      // version as a 10-byte varint whose last byte overflows 64 bits (Go's ReadVarint refuses it)
      p.leaf.prefix = Uint8Array.of(0, 2, 0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02);
    });
  });
});
