import { compareBytes } from "../../crypto/bytes.js";
import { Node, compareKeys, keyPrefixNumber, newLeaf } from "./node.js";

/**
 * Reads on an immutable root (any committed version, or the working root between writes).
 */
export function getFromTree(root: Node | undefined, key: Uint8Array): Uint8Array | undefined {
  if (root === undefined) return undefined;
  const kp = keyPrefixNumber(key);
  let n = root;
  while (n.height !== 0) n = compareKeys(kp, key, n.kp, n.key) < 0 ? n.left! : n.right!;
  return compareKeys(kp, key, n.kp, n.key) === 0 ? n.value : undefined;
}

/** Number of keys < key, and the value when key is present (iavl GetWithIndex). */
export function indexOfKey(root: Node | undefined, key: Uint8Array): { index: number; value: Uint8Array | undefined } {
  if (root === undefined) return { index: 0, value: undefined };
  const kp = keyPrefixNumber(key);
  let n = root;
  let index = 0;
  while (n.height !== 0) {
    if (compareKeys(kp, key, n.kp, n.key) < 0) n = n.left!;
    else {
      index += n.left!.size;
      n = n.right!;
    }
  }
  const c = compareKeys(n.kp, n.key, kp, key);
  if (c === 0) return { index, value: n.value };
  return { index: c < 0 ? index + 1 : index, value: undefined };
}

export function leafAtIndex(root: Node, index: number): Node {
  let n = root;
  while (n.height !== 0) {
    const ls = n.left!.size;
    if (index < ls) n = n.left!;
    else {
      index -= ls;
      n = n.right!;
    }
  }
  return n;
}

/** Entries with start <= key < end in key order; an explicit stack, so depth never matters. */
export function* iterateTree(
  root: Node | undefined,
  start?: Uint8Array,
  end?: Uint8Array,
  reverse = false,
): Generator<[Uint8Array, Uint8Array]> {
  if (root === undefined) return;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.height === 0) {
      if (start !== undefined && compareBytes(n.key, start) < 0) continue;
      if (end !== undefined && compareBytes(n.key, end) >= 0) continue;
      yield [n.key, n.value!];
      continue;
    }
    // left subtree holds keys < n.key, right subtree keys >= n.key
    const goLeft = start === undefined || compareBytes(start, n.key) < 0;
    const goRight = end === undefined || compareBytes(n.key, end) < 0;
    if (reverse) {
      if (goLeft) stack.push(n.left!);
      if (goRight) stack.push(n.right!);
    } else {
      if (goRight) stack.push(n.right!);
      if (goLeft) stack.push(n.left!);
    }
  }
}

function calcHeightAndSize(n: Node): void {
  const l = n.left!;
  const r = n.right!;
  n.height = (l.height > r.height ? l.height : r.height) + 1;
  n.size = l.size + r.size;
}

/**
 * The working (uncommitted) tree of one store. Mutations follow cosmos/iavl's recursiveSet /
 * recursiveRemove / balance exactly, because the node versions and shape they produce are part
 * of the hash. Committed nodes are never modified: they are copied (and recorded as orphans of
 * the working version), while dirty nodes are changed in place.
 */
export class MutableTree {
  root: Node | undefined;
  /** Last committed version; new nodes get version + 1. */
  version: number;
  /** Committed nodes that the working version no longer references. */
  orphans: Node[] = [];
  private updated = false;
  private removed = false;
  private newKey: Node | undefined;

  constructor(root: Node | undefined, version: number) {
    this.root = root;
    this.version = version;
  }

  private orphan(n: Node): void {
    if (n.nonce !== 0) this.orphans.push(n);
  }

  /** A node the working version may change: a dirty node itself, else a fresh copy. */
  private mut(n: Node): Node {
    if (n.nonce === 0) {
      n.hash = undefined;
      return n;
    }
    this.orphans.push(n);
    return new Node(n.key, n.kp, n.value, n.left, n.right, n.height, n.size, this.version + 1, 0, undefined);
  }

  /** Returns true if the key already existed (value replaced). */
  set(key: Uint8Array, value: Uint8Array): boolean {
    const kp = keyPrefixNumber(key);
    this.updated = false;
    if (this.root === undefined) {
      this.root = newLeaf(key, kp, value, this.version + 1);
      return false;
    }
    this.root = this.setRec(this.root, key, kp, value);
    return this.updated;
  }

  private setRec(node: Node, key: Uint8Array, kp: number, value: Uint8Array): Node {
    const v = this.version + 1;
    if (node.height === 0) {
      const c = compareKeys(kp, key, node.kp, node.key);
      if (c < 0) return new Node(node.key, node.kp, undefined, newLeaf(key, kp, value, v), node, 1, 2, v, 0, undefined);
      if (c > 0) return new Node(key, kp, undefined, node, newLeaf(key, kp, value, v), 1, 2, v, 0, undefined);
      this.updated = true;
      if (node.nonce === 0) {
        node.value = value;
        node.hash = undefined;
        return node;
      }
      this.orphans.push(node);
      return newLeaf(node.key, node.kp, value, v);
    }
    const n = this.mut(node);
    if (compareKeys(kp, key, n.kp, n.key) < 0) n.left = this.setRec(n.left!, key, kp, value);
    else n.right = this.setRec(n.right!, key, kp, value);
    if (this.updated) return n;
    calcHeightAndSize(n);
    return this.balance(n);
  }

  /** Returns true if the key was present. */
  remove(key: Uint8Array): boolean {
    if (this.root === undefined) return false;
    this.removed = false;
    this.newKey = undefined;
    const r = this.removeRec(this.root, key, keyPrefixNumber(key));
    if (!this.removed) return false;
    this.root = r;
    this.newKey = undefined;
    return true;
  }

  private removeRec(node: Node, key: Uint8Array, kp: number): Node | undefined {
    if (node.height === 0) {
      if (compareKeys(kp, key, node.kp, node.key) !== 0) return node;
      this.removed = true;
      this.orphan(node);
      return undefined;
    }
    if (compareKeys(kp, key, node.kp, node.key) < 0) {
      const nl = this.removeRec(node.left!, key, kp);
      if (!this.removed) return node;
      if (nl === undefined) {
        // the removed leaf was our left child: we collapse into the right child, whose
        // smallest key (our key) becomes the key of the ancestor that went right.
        this.orphan(node);
        this.newKey = node;
        return node.right;
      }
      const n = this.mut(node);
      n.left = nl;
      calcHeightAndSize(n);
      return this.balance(n);
    }
    const nr = this.removeRec(node.right!, key, kp);
    if (!this.removed) return node;
    if (nr === undefined) {
      this.orphan(node);
      return node.left;
    }
    const n = this.mut(node);
    n.right = nr;
    if (this.newKey !== undefined) {
      n.key = this.newKey.key;
      n.kp = this.newKey.kp;
      this.newKey = undefined;
    }
    calcHeightAndSize(n);
    return this.balance(n);
  }

  /** n is dirty. */
  private balance(n: Node): Node {
    const b = n.left!.height - n.right!.height;
    if (b > 1) {
      const l = n.left!;
      if (l.left!.height - l.right!.height >= 0) return this.rotateRight(n);
      n.left = this.rotateLeft(l);
      return this.rotateRight(n);
    }
    if (b < -1) {
      const r = n.right!;
      if (r.left!.height - r.right!.height <= 0) return this.rotateLeft(n);
      n.right = this.rotateRight(r);
      return this.rotateLeft(n);
    }
    return n;
  }

  private rotateRight(node: Node): Node {
    const n = this.mut(node);
    const l = this.mut(n.left!);
    n.left = l.right;
    l.right = n;
    calcHeightAndSize(n);
    calcHeightAndSize(l);
    return l;
  }

  private rotateLeft(node: Node): Node {
    const n = this.mut(node);
    const r = this.mut(n.right!);
    n.right = r.left;
    r.left = n;
    calcHeightAndSize(n);
    calcHeightAndSize(r);
    return r;
  }
}
