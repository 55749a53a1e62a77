import { fromBase64, fromHex, toBase64, toHex } from "./bytes.js";
import { LightClientError, type LightErrorCode } from "./errors.js";
import { MAX_TOTAL_VOTING_POWER } from "./commit.js";
import { INT_RANGE, type IntType } from "./proto.js";
import type { BlockId, Commit, Header, LightBlock, Timestamp, Validator, ValidatorSet } from "./types.js";

/**
 * CometBFT JSON-RPC shapes (int64 as strings, hashes upper hex, keys and signatures base64) to the
 * light-client types and back. The same shapes are used to persist the trusted state, so a stored
 * state is readable by anyone who knows the RPC.
 */
type J = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const bad = (what: string): never => {
  throw new LightClientError("provider_error", `malformed RPC answer: ${what}`);
};

export function hexField(s: unknown, what: string): Uint8Array {
  if (s === null || s === undefined || s === "") return new Uint8Array(0);
  return (typeof s === "string" && fromHex(s)) || bad(`${what} is not hex`);
}

export function b64Field(s: unknown, what: string): Uint8Array {
  if (s === null || s === undefined || s === "") return new Uint8Array(0);
  return (typeof s === "string" && fromBase64(s)) || bad(`${what} is not base64`);
}

/**
 * An integer of protobuf type `type`, optionally within [`min`, `max`]. Out of range is refused: the
 * encoders would otherwise write p and p ± 2^64 as the same bytes, so a relabelled height or a
 * negative voting power would keep the genuine hashes (and signatures).
 */
function int(s: unknown, what: string, code: LightErrorCode, type: IntType, min?: bigint, max?: bigint): bigint {
  let v: bigint;
  if (typeof s === "number" && Number.isSafeInteger(s)) v = BigInt(s);
  else if (typeof s === "string" && /^-?\d{1,20}$/.test(s)) v = BigInt(s);
  else return bad(`${what} is not an integer`);
  const [lo, hi] = INT_RANGE[type];
  const out = (why: string): never => {
    throw new LightClientError(code, `${what} ${v} is ${why}`);
  };
  if (v < lo || v > hi) out(`outside the ${type} range`);
  if (min !== undefined && v < min) out(`below ${min}`);
  if (max !== undefined && v > max) out(`above ${max}`);
  return v;
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export function parseTime(s: unknown): Timestamp {
  const m = typeof s === "string" ? RFC3339.exec(s) : null;
  if (m === null) return bad(`time ${String(s)}`);
  const ms = Date.parse(`${m[1]}${m[3]}`);
  if (Number.isNaN(ms)) return bad(`time ${String(s)}`);
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos: m[2] ? Number(m[2].slice(1).padEnd(9, "0")) : 0 };
}

export function formatTime(t: Timestamp): string {
  const base = new Date(Number(t.seconds) * 1000).toISOString().slice(0, 19);
  if (t.nanos === 0) return `${base}Z`;
  return `${base}.${t.nanos.toString().padStart(9, "0").replace(/0+$/, "")}Z`;
}

const hexUp = (b: Uint8Array) => toHex(b).toUpperCase();

function parseBlockId(j: J | undefined, code: LightErrorCode): BlockId {
  return {
    hash: hexField(j?.hash, "block_id.hash"),
    partSetHeader: {
      total: Number(int(j?.parts?.total ?? 0, "block_id.parts.total", code, "uint32")),
      hash: hexField(j?.parts?.hash, "block_id.parts.hash"),
    },
  };
}

function formatBlockId(b: BlockId): J {
  return { hash: hexUp(b.hash), parts: { total: b.partSetHeader.total, hash: hexUp(b.partSetHeader.hash) } };
}

export function parseHeader(j: J): Header {
  if (typeof j !== "object" || j === null) bad("header missing");
  return {
    version: {
      block: int(j.version?.block ?? "0", "version.block", "invalid_header", "uint64"),
      app: int(j.version?.app ?? "0", "version.app", "invalid_header", "uint64"),
    },
    chainId: String(j.chain_id ?? ""),
    height: int(j.height, "height", "invalid_header", "int64", 1n),
    time: parseTime(j.time),
    lastBlockId: parseBlockId(j.last_block_id, "invalid_header"),
    lastCommitHash: hexField(j.last_commit_hash, "last_commit_hash"),
    dataHash: hexField(j.data_hash, "data_hash"),
    validatorsHash: hexField(j.validators_hash, "validators_hash"),
    nextValidatorsHash: hexField(j.next_validators_hash, "next_validators_hash"),
    consensusHash: hexField(j.consensus_hash, "consensus_hash"),
    appHash: hexField(j.app_hash, "app_hash"),
    lastResultsHash: hexField(j.last_results_hash, "last_results_hash"),
    evidenceHash: hexField(j.evidence_hash, "evidence_hash"),
    proposerAddress: hexField(j.proposer_address, "proposer_address"),
  };
}

export function formatHeader(h: Header): J {
  return {
    version: { block: h.version.block.toString(), app: h.version.app.toString() },
    chain_id: h.chainId,
    height: h.height.toString(),
    time: formatTime(h.time),
    last_block_id: formatBlockId(h.lastBlockId),
    last_commit_hash: hexUp(h.lastCommitHash),
    data_hash: hexUp(h.dataHash),
    validators_hash: hexUp(h.validatorsHash),
    next_validators_hash: hexUp(h.nextValidatorsHash),
    consensus_hash: hexUp(h.consensusHash),
    app_hash: hexUp(h.appHash),
    last_results_hash: hexUp(h.lastResultsHash),
    evidence_hash: hexUp(h.evidenceHash),
    proposer_address: hexUp(h.proposerAddress),
  };
}

export function parseCommit(j: J): Commit {
  if (typeof j !== "object" || j === null || !Array.isArray(j.signatures)) bad("commit missing");
  return {
    height: int(j.height, "commit.height", "invalid_commit", "int64", 1n),
    round: Number(int(j.round ?? 0, "commit.round", "invalid_commit", "int32", 0n)),
    blockId: parseBlockId(j.block_id, "invalid_commit"),
    signatures: (j.signatures as J[]).map((s) => ({
      blockIdFlag: Number(int(s?.block_id_flag, "block_id_flag", "invalid_commit", "int32", 0n, 3n)),
      validatorAddress: hexField(s.validator_address, "validator_address"),
      timestamp: parseTime(s.timestamp),
      signature: b64Field(s.signature, "signature"),
    })),
  };
}

export function formatCommit(c: Commit): J {
  return {
    height: c.height.toString(),
    round: c.round,
    block_id: formatBlockId(c.blockId),
    signatures: c.signatures.map((s) => ({
      block_id_flag: s.blockIdFlag,
      validator_address: hexUp(s.validatorAddress),
      timestamp: formatTime(s.timestamp),
      signature: s.signature.length > 0 ? toBase64(s.signature) : null,
    })),
  };
}

export function parseValidator(j: J): Validator {
  if (j?.pub_key?.type !== undefined && j.pub_key.type !== "tendermint/PubKeyEd25519") bad(`unsupported key type ${j.pub_key.type}`);
  return {
    address: hexField(j?.address, "validator address"),
    pubKey: b64Field(j?.pub_key?.value, "pub_key"),
    votingPower: int(j?.voting_power, "voting_power", "validator_set_mismatch", "int64", 1n, MAX_TOTAL_VOTING_POWER),
    proposerPriority: int(j?.proposer_priority ?? "0", "proposer_priority", "validator_set_mismatch", "int64"),
  };
}

export function formatValidators(set: ValidatorSet): J[] {
  return set.validators.map((v) => ({
    address: hexUp(v.address),
    pub_key: { type: "tendermint/PubKeyEd25519", value: toBase64(v.pubKey) },
    voting_power: v.votingPower.toString(),
    proposer_priority: (v.proposerPriority ?? 0n).toString(),
  }));
}

export function formatLightBlock(lb: LightBlock): J {
  return {
    signed_header: { header: formatHeader(lb.signedHeader.header), commit: formatCommit(lb.signedHeader.commit) },
    validator_set: { validators: formatValidators(lb.validatorSet) },
  };
}

export function parseLightBlock(j: J): LightBlock {
  return {
    signedHeader: { header: parseHeader(j?.signed_header?.header), commit: parseCommit(j?.signed_header?.commit) },
    validatorSet: { validators: ((j?.validator_set?.validators ?? []) as J[]).map(parseValidator) },
  };
}
