import { concat, equal, toHex, utf8 } from "./bytes.js";
import { LightClientError } from "./errors.js";
import { sha256 } from "./hash.js";
import {
  IAVL_SPEC,
  TENDERMINT_SPEC,
  calculateRoot,
  decodeCommitmentProof,
  verifyExistence,
  verifyNonExistence,
} from "./ics23.js";

/**
 * Verified state reads: the answer of `abci_query path=/store/<store>/key prove=true` checked
 * against an app hash the light client verified. The node answers with two ProofOps: `ics23:iavl`
 * (key in the module store) then `ics23:simple` (store root in the app hash), as the Cosmos SDK.
 */
export interface ProofOp {
  type: string;
  key: Uint8Array;
  data: Uint8Array;
}

/** SHA-256(""), the root of an empty IAVL store. */
const EMPTY_ROOT = sha256(new Uint8Array(0));

/**
 * Throws `invalid_proof` unless `ops` prove that `key` in store `storeName` holds `value`
 * (or, with value undefined, is absent) under `appHash`.
 */
export function verifyStoreProof(
  appHash: Uint8Array,
  storeName: string,
  key: Uint8Array,
  value: Uint8Array | undefined,
  ops: readonly ProofOp[],
): void {
  const fail = (why: string): never => {
    throw new LightClientError("invalid_proof", why, { store: storeName, key: toHex(key) });
  };
  if (ops.length !== 2 || ops[0]!.type !== "ics23:iavl" || ops[1]!.type !== "ics23:simple") {
    fail(`expected proof ops [ics23:iavl, ics23:simple], got [${ops.map((o) => o.type).join(", ")}]`);
  }
  if (!equal(ops[0]!.key, key)) fail("iavl proof op is for another key");
  if (!equal(ops[1]!.key, utf8(storeName))) fail("simple proof op is for another store");
  const sub = decodeCommitmentProof(ops[0]!.data);
  const top = decodeCommitmentProof(ops[1]!.data);
  if (!top.exist) return fail("store proof must be an existence proof");
  let storeRoot: Uint8Array;
  if (value !== undefined) {
    if (!sub.exist) return fail("value given but the proof is a non-existence proof");
    storeRoot = calculateRoot(sub.exist);
    verifyExistence(sub.exist, IAVL_SPEC, storeRoot, key, value);
  } else {
    if (!sub.nonexist) return fail("no value but the proof is an existence proof");
    const n = sub.nonexist;
    if (!n.left && !n.right) {
      // An empty store has no neighbours; its root SHA-256("") is what the store proof must show.
      if (!equal(n.key, key)) fail("non-existence proof is for another key");
      storeRoot = EMPTY_ROOT;
    } else {
      storeRoot = calculateRoot((n.left ?? n.right)!);
      verifyNonExistence(n, IAVL_SPEC, storeRoot, key);
    }
  }
  verifyExistence(top.exist, TENDERMINT_SPEC, appHash, utf8(storeName), storeRoot);
}

/** The bank store key of one balance: 0x02 | len(addr) | addr | denom. */
export function bankBalanceKey(address: Uint8Array, denom: string): Uint8Array {
  return concat(Uint8Array.of(0x02, address.length), address, utf8(denom));
}

const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

function polymod(values: number[]): number {
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk;
}

/** Decodes a bech32 account address (e.g. gcs1...) to its bytes; throws invalid_argument. */
export function decodeBech32Address(addr: string): { prefix: string; bytes: Uint8Array } {
  const bad = (why: string): never => {
    throw new LightClientError("invalid_argument", `bad address ${JSON.stringify(addr)}: ${why}`);
  };
  if (addr !== addr.toLowerCase() && addr !== addr.toUpperCase()) bad("mixed case");
  const s = addr.toLowerCase();
  const pos = s.lastIndexOf("1");
  if (pos < 1 || pos + 7 > s.length || s.length > 90) bad("not bech32");
  const prefix = s.slice(0, pos);
  const data: number[] = [];
  for (const c of s.slice(pos + 1)) {
    const v = CHARSET.indexOf(c);
    if (v < 0) bad(`invalid character ${c}`);
    data.push(v);
  }
  const hrp = [...prefix].map((c) => c.charCodeAt(0));
  if (polymod([...hrp.map((c) => c >> 5), 0, ...hrp.map((c) => c & 31), ...data]) !== 1) bad("checksum mismatch");
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  for (const v of data.slice(0, -6)) {
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  if (bits >= 5 || (acc & ((1 << bits) - 1)) !== 0) bad("bad padding");
  return { prefix, bytes: Uint8Array.from(out) };
}

/** Encodes bytes as a bech32 address (e.g. gcs1...). */
export function encodeBech32Address(prefix: string, bytes: Uint8Array): string {
  const data: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const hrp = [...prefix].map((c) => c.charCodeAt(0));
  const mod = polymod([...hrp.map((c) => c >> 5), 0, ...hrp.map((c) => c & 31), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  for (let i = 0; i < 6; i++) data.push((mod >> (5 * (5 - i))) & 31);
  return `${prefix}1${data.map((d) => CHARSET[d]).join("")}`;
}
