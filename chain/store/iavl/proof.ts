import {
  CommitmentProof,
  ExistenceProof,
  HashOp,
  InnerOp,
  LeafOp,
  LengthOp,
} from "cosmjs-types/cosmos/ics23/v1/proofs";
import { Node, compareKeys, hashNode, keyPrefixNumber, putVarint } from "./node.js";
import { indexOfKey, leafAtIndex } from "./tree.js";

/**
 * ICS23 proofs for IavlSpec, laid out as cosmos/iavl's proof_ics23.go: the leaf prefix is
 * varint(0) varint(1) varint(version); each inner op is varint(height) varint(size)
 * varint(version) followed by the sibling hash on its side, each hash preceded by its length
 * byte 0x20.
 */

function leafOp(version: number): LeafOp {
  const p = new Uint8Array(12);
  p[0] = 0;
  p[1] = 2;
  const o = putVarint(p, 2, version);
  return LeafOp.fromPartial({
    hash: HashOp.SHA256,
    prehashKey: HashOp.NO_HASH,
    prehashValue: HashOp.SHA256,
    length: LengthOp.VAR_PROTO,
    prefix: p.slice(0, o),
  });
}

function innerOp(n: Node, wentLeft: boolean): InnerOp {
  const head = new Uint8Array(30);
  let o = putVarint(head, 0, n.height);
  o = putVarint(head, o, n.size);
  o = putVarint(head, o, n.version);
  if (wentLeft) {
    const prefix = new Uint8Array(o + 1);
    prefix.set(head.subarray(0, o));
    prefix[o] = 32;
    const rh = hashNode(n.right!);
    const suffix = new Uint8Array(1 + rh.length);
    suffix[0] = rh.length;
    suffix.set(rh, 1);
    return InnerOp.fromPartial({ hash: HashOp.SHA256, prefix, suffix });
  }
  const lh = hashNode(n.left!);
  const prefix = new Uint8Array(o + 2 + lh.length);
  prefix.set(head.subarray(0, o));
  prefix[o] = lh.length;
  prefix.set(lh, o + 1);
  prefix[o + 1 + lh.length] = 32;
  return InnerOp.fromPartial({ hash: HashOp.SHA256, prefix, suffix: new Uint8Array(0) });
}

/** Existence proof of the leaf holding `key` (which must be present in `root`). */
export function createExistenceProof(root: Node, key: Uint8Array): ExistenceProof {
  hashNode(root);
  const kp = keyPrefixNumber(key);
  const path: Array<[Node, boolean]> = [];
  let n = root;
  while (n.height !== 0) {
    const left = compareKeys(kp, key, n.kp, n.key) < 0;
    path.push([n, left]);
    n = left ? n.left! : n.right!;
  }
  const ops: InnerOp[] = [];
  for (let i = path.length - 1; i >= 0; i--) ops.push(innerOp(path[i]![0], path[i]![1]));
  return ExistenceProof.fromPartial({ key: n.key, value: n.value!, leaf: leafOp(n.version), path: ops });
}

export interface TreeProof {
  value: Uint8Array | undefined;
  proof: CommitmentProof;
}

/**
 * Value of `key` with a membership proof, or a non-membership proof made of the existence
 * proofs of its neighbours. An empty tree has no neighbours: the non-existence proof then
 * carries only the key and verifies with no ICS23 verifier; the empty root (sha256("")) in the
 * store proof is what shows the store is empty.
 */
export function getWithProof(root: Node | undefined, key: Uint8Array): TreeProof {
  if (root === undefined) {
    return { value: undefined, proof: CommitmentProof.fromPartial({ nonexist: { key } }) };
  }
  const { index, value } = indexOfKey(root, key);
  if (value !== undefined) {
    return { value, proof: CommitmentProof.fromPartial({ exist: createExistenceProof(root, key) }) };
  }
  const left = index > 0 ? createExistenceProof(root, leafAtIndex(root, index - 1).key) : undefined;
  const right = index < root.size ? createExistenceProof(root, leafAtIndex(root, index).key) : undefined;
  return { value: undefined, proof: CommitmentProof.fromPartial({ nonexist: { key, left, right } }) };
}

export function encodeCommitmentProof(p: CommitmentProof): Uint8Array {
  return CommitmentProof.encode(p).finish();
}
