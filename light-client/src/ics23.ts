import { compare, concat, encodeUvarint, equal } from "./bytes.js";
import { LightClientError } from "./errors.js";
import { sha256 } from "./hash.js";
import { fieldBytes, fieldVarint, readFields, type ProtoField } from "./proto.js";

/**
 * A focused ICS23 verifier (cosmos/ics23 go/proof.go, ops.go) for the two specs the SDK chains:
 * IavlSpec (module stores) and TendermintSpec (the store-name map under the app hash). Only SHA-256,
 * no key prehash, value prehash SHA-256 and VAR_PROTO lengths: exactly what these specs allow.
 */
export interface LeafOp {
  hash: number;
  prehashKey: number;
  prehashValue: number;
  length: number;
  prefix: Uint8Array;
}
export interface InnerOp {
  hash: number;
  prefix: Uint8Array;
  suffix: Uint8Array;
}
export interface ExistenceProof {
  key: Uint8Array;
  value: Uint8Array;
  leaf: LeafOp;
  path: InnerOp[];
}
export interface NonExistenceProof {
  key: Uint8Array;
  left?: ExistenceProof;
  right?: ExistenceProof;
}
export interface CommitmentProof {
  exist?: ExistenceProof;
  nonexist?: NonExistenceProof;
}

export interface ProofSpec {
  name: string;
  leafPrefix: Uint8Array;
  minPrefixLength: number;
  maxPrefixLength: number;
  childSize: number;
  iavl: boolean;
}

const SHA256 = 1;
const VAR_PROTO = 1;
const NO_HASH = 0;

export const IAVL_SPEC: ProofSpec = { name: "iavl", leafPrefix: Uint8Array.of(0), minPrefixLength: 4, maxPrefixLength: 12, childSize: 33, iavl: true };
export const TENDERMINT_SPEC: ProofSpec = { name: "simple", leafPrefix: Uint8Array.of(0), minPrefixLength: 1, maxPrefixLength: 1, childSize: 32, iavl: false };

const fail = (why: string): never => {
  throw new LightClientError("invalid_proof", why);
};

function decodeLeaf(b: Uint8Array): LeafOp {
  const f = readFields(b);
  return { hash: fieldVarint(f, 1), prehashKey: fieldVarint(f, 2), prehashValue: fieldVarint(f, 3), length: fieldVarint(f, 4), prefix: fieldBytes(f, 5) };
}

function decodeExistence(b: Uint8Array): ExistenceProof {
  const f = readFields(b);
  const leaf = f.find((x) => x.field === 3 && x.bytes);
  if (leaf === undefined) fail("existence proof without a leaf op");
  const path = f
    .filter((x): x is ProtoField & { bytes: Uint8Array } => x.field === 4 && x.bytes !== undefined)
    .map((x) => {
      const g = readFields(x.bytes);
      return { hash: fieldVarint(g, 1), prefix: fieldBytes(g, 2), suffix: fieldBytes(g, 3) };
    });
  return { key: fieldBytes(f, 1), value: fieldBytes(f, 2), leaf: decodeLeaf(leaf!.bytes!), path };
}

/** Decodes a CommitmentProof (exist or nonexist; batch and compressed proofs are refused). */
export function decodeCommitmentProof(b: Uint8Array): CommitmentProof {
  const f = readFields(b);
  const exist = f.find((x) => x.field === 1 && x.bytes);
  if (exist) return { exist: decodeExistence(exist.bytes!) };
  const non = f.find((x) => x.field === 2 && x.bytes);
  if (non) {
    const g = readFields(non.bytes!);
    const left = g.find((x) => x.field === 2 && x.bytes);
    const right = g.find((x) => x.field === 3 && x.bytes);
    return {
      nonexist: {
        key: fieldBytes(g, 1),
        left: left ? decodeExistence(left.bytes!) : undefined,
        right: right ? decodeExistence(right.bytes!) : undefined,
      },
    };
  }
  return fail("only existence and non-existence proofs are supported");
}

/**
 * `count` signed varints (Go's binary.ReadVarint: zig-zag, at most 10 bytes, no overflow) and the
 * number of bytes left after them, or undefined when they do not decode.
 */
function readVarints(b: Uint8Array, count: number): { values: bigint[]; rest: number } | undefined {
  const values: bigint[] = [];
  let o = 0;
  for (let i = 0; i < count; i++) {
    let x = 0n;
    for (let n = 0; ; n++) {
      if (o >= b.length || n >= 10) return undefined;
      const c = b[o++]!;
      if (n === 9 && c > 1) return undefined; // overflows 64 bits
      x |= BigInt(c & 0x7f) << BigInt(7 * n);
      if (c < 0x80) break;
    }
    values.push((x >> 1n) ^ -(x & 1n)); // zig-zag, as Go's binary.Varint
  }
  return { values, rest: b.length - o };
}

/**
 * cosmos/ics23 validateIavlOps. The leaf prefix (layer 0) is exactly varint(height 0) varint(size 1)
 * varint(version >= 0) with nothing after: trailing bytes would let key bytes move into the prefix
 * and prove a suffix of a real key (false presence, and false absence with it as a neighbour). The
 * inner op at layer n >= 1 has height >= n, size >= 0, version >= 0, then exactly 1 byte (0x20, the
 * running hash on the left) or 34 (0x20, left sibling, 0x20), and hashes with SHA-256.
 */
function validateIavlOp(prefix: Uint8Array, hash: number, layer: number): void {
  const r = readVarints(prefix, 3);
  const what = layer === 0 ? "iavl leaf prefix" : `iavl inner op ${layer}`;
  if (r === undefined) return fail(`${what}: height, size and version do not decode`);
  const [height, size, version] = r.values as [bigint, bigint, bigint];
  if (height < BigInt(layer) || size < 0n || version < 0n) fail(`${what}: bad height ${height}, size ${size} or version ${version}`);
  if (layer === 0) {
    if (height !== 0n || size !== 1n) fail(`${what}: height must be 0 and size 1`);
    if (r.rest !== 0) fail(`${what}: ${r.rest} bytes after height, size and version`);
  } else {
    if (r.rest !== 1 && r.rest !== 34) fail(`${what}: ${r.rest} bytes after height, size and version (1 or 34 allowed)`);
    if (hash !== SHA256) fail(`${what}: hash op is not SHA-256`);
  }
}

function checkAgainstSpec(p: ExistenceProof, spec: ProofSpec): void {
  const l = p.leaf;
  if (l.hash !== SHA256 || l.prehashKey !== NO_HASH || l.prehashValue !== SHA256 || l.length !== VAR_PROTO) {
    fail(`leaf op does not match the ${spec.name} spec`);
  }
  if (!equal(l.prefix.subarray(0, spec.leafPrefix.length), spec.leafPrefix)) fail("leaf prefix does not match the spec");
  if (spec.iavl) validateIavlOp(l.prefix, l.hash, 0);
  const maxLeftChildBytes = spec.childSize; // two children, order [0, 1]
  p.path.forEach((op, i) => {
    if (op.hash !== SHA256) fail("inner op hash is not SHA-256");
    if (op.prefix[0] === spec.leafPrefix[0]) fail("inner prefix starts with the leaf prefix");
    if (op.prefix.length < spec.minPrefixLength) fail("inner prefix too short");
    if (op.prefix.length > spec.maxPrefixLength + maxLeftChildBytes) fail("inner prefix too long");
    if (op.suffix.length % spec.childSize !== 0) fail("inner suffix is not a whole number of children");
    if (spec.iavl) validateIavlOp(op.prefix, op.hash, i + 1);
  });
}

function leafHash(l: LeafOp, key: Uint8Array, value: Uint8Array): Uint8Array {
  if (key.length === 0) fail("leaf key is empty");
  if (value.length === 0) fail("leaf value is empty");
  const v = sha256(value);
  return sha256(concat(l.prefix, encodeUvarint(key.length), key, encodeUvarint(v.length), v));
}

/** The root an existence proof commits to. */
export function calculateRoot(p: ExistenceProof): Uint8Array {
  let h = leafHash(p.leaf, p.key, p.value);
  for (const op of p.path) h = sha256(concat(op.prefix, h, op.suffix));
  return h;
}

export function verifyExistence(p: ExistenceProof, spec: ProofSpec, root: Uint8Array, key: Uint8Array, value: Uint8Array): void {
  checkAgainstSpec(p, spec);
  if (!equal(p.key, key)) fail("proof is for another key");
  if (!equal(p.value, value)) fail("proof is for another value");
  if (!equal(calculateRoot(p), root)) fail(`${spec.name} proof does not lead to the expected root`);
}

interface Padding {
  minPrefix: number;
  maxPrefix: number;
  suffix: number;
}

function padding(spec: ProofSpec, branch: 0 | 1): Padding {
  const prefix = branch * spec.childSize;
  return { minPrefix: prefix + spec.minPrefixLength, maxPrefix: prefix + spec.maxPrefixLength, suffix: (1 - branch) * spec.childSize };
}

function hasPadding(op: InnerOp, p: Padding): boolean {
  return op.prefix.length >= p.minPrefix && op.prefix.length <= p.maxPrefix && op.suffix.length === p.suffix;
}

const isLeftMost = (spec: ProofSpec, path: InnerOp[]) => path.every((op) => hasPadding(op, padding(spec, 0)));
const isRightMost = (spec: ProofSpec, path: InnerOp[]) => path.every((op) => hasPadding(op, padding(spec, 1)));

function orderFromPadding(spec: ProofSpec, op: InnerOp): number {
  if (hasPadding(op, padding(spec, 0))) return 0;
  if (hasPadding(op, padding(spec, 1))) return 1;
  return fail("inner op has no valid padding");
}

/** The two paths meet at a node where left goes down branch 0 and right down branch 1, then edge-most. */
function isLeftNeighbor(spec: ProofSpec, left: InnerOp[], right: InnerOp[]): boolean {
  let l = left.length - 1;
  let r = right.length - 1;
  while (l >= 0 && r >= 0 && equal(left[l]!.prefix, right[r]!.prefix) && equal(left[l]!.suffix, right[r]!.suffix)) {
    l--;
    r--;
  }
  if (l < 0 || r < 0) return false;
  if (orderFromPadding(spec, left[l]!) !== 0 || orderFromPadding(spec, right[r]!) !== 1) return false;
  return isRightMost(spec, left.slice(0, l)) && isLeftMost(spec, right.slice(0, r));
}

/** Returns the root both neighbours lead to (they must agree). */
export function verifyNonExistence(p: NonExistenceProof, spec: ProofSpec, root: Uint8Array, key: Uint8Array): void {
  if (!equal(p.key, key)) fail("non-existence proof is for another key");
  const { left, right } = p;
  if (!left && !right) fail("non-existence proof has no neighbours");
  if (left) {
    verifyExistence(left, spec, root, left.key, left.value);
    if (compare(left.key, key) >= 0) fail("left neighbour is not below the key");
  }
  if (right) {
    verifyExistence(right, spec, root, right.key, right.value);
    if (compare(key, right.key) >= 0) fail("right neighbour is not above the key");
  }
  if (!left && !isLeftMost(spec, right!.path)) fail("right neighbour is not the left-most leaf");
  if (!right && !isRightMost(spec, left!.path)) fail("left neighbour is not the right-most leaf");
  if (left && right && !isLeftNeighbor(spec, left.path, right.path)) fail("neighbours are not adjacent leaves");
}
