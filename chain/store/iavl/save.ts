import { NODE_KEY_LENGTH, Slab, encodeNode, writeNodeKey } from "./codec.js";
import { Node, computeInnerHash, computeLeafHash, rootHash } from "./node.js";
import type { MutableTree } from "./tree.js";

export interface SavedTree {
  root: Node | undefined;
  rootHash: Uint8Array;
  /** Committed nodes the new version no longer references (still used by older versions). */
  orphans: Node[];
  newNodes: number;
}

/**
 * Commits the working tree as version tree.version + 1: gives every dirty node its node key
 * (children before parents, so a parent row can name its children), hashes each dirty node
 * exactly once, and appends one row per new node to `writes` under `nodeRowPrefix || nodeKey`.
 */
export function saveWorkingTree(
  tree: MutableTree,
  nodeRowPrefix: Uint8Array,
  slab: Slab,
  writes: Array<[Uint8Array, Uint8Array]>,
): SavedTree {
  const version = tree.version + 1;
  let nonce = 0;
  const pl = nodeRowPrefix.length;
  const save = (n: Node): void => {
    if (n.nonce !== 0) return;
    if (n.height === 0) {
      if (n.hash === undefined) n.hash = computeLeafHash(n.key, n.value!, n.version);
    } else {
      const l = n.left!;
      const r = n.right!;
      save(l);
      save(r);
      if (n.hash === undefined) n.hash = computeInnerHash(n.height, n.size, n.version, l.hash!, r.hash!);
    }
    n.nonce = ++nonce;
    const key = slab.alloc(pl + NODE_KEY_LENGTH);
    key.set(nodeRowPrefix, 0);
    writeNodeKey(key, pl, n.version, n.nonce);
    writes.push([key, encodeNode(n, slab)]);
  };
  const root = tree.root;
  if (root !== undefined) save(root);
  const orphans = tree.orphans;
  tree.orphans = [];
  tree.version = version;
  return { root, rootHash: rootHash(root), orphans, newNodes: nonce };
}
