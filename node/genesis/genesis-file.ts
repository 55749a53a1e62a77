import { readFileSync } from "node:fs";
import { createValidator, type Validator } from "../../chain/block/validator-set.js";
import { NodeError } from "../errors.js";
import { parseRfc3339 } from "../rpc/time.js";

/** CometBFT-shaped genesis.json (what `pogcsd init` writes and `genesis` RPC serves). */
export interface GenesisDoc {
  genesis_time: string;
  chain_id: string;
  initial_height: string;
  consensus_params: {
    block: { max_bytes: string; max_gas: string };
    evidence: { max_age_num_blocks: string; max_age_duration: string; max_bytes: string };
    validator: { pub_key_types: string[] };
    version: { app: string };
  };
  validators: Array<{ address: string; pub_key: { type: string; value: string }; power: string; name: string }>;
  app_hash: string;
  app_state: Record<string, unknown>;
}

export interface ParsedGenesis {
  doc: GenesisDoc;
  raw: string;
  chainId: string;
  initialHeight: bigint;
  time: { seconds: bigint; nanos: number };
  validators: Validator[];
  maxBlockBytes: number;
  maxBlockGas: bigint;
}

export function defaultConsensusParams(): GenesisDoc["consensus_params"] {
  return {
    block: { max_bytes: "22020096", max_gas: "-1" },
    evidence: { max_age_num_blocks: "100000", max_age_duration: "172800000000000", max_bytes: "1048576" },
    validator: { pub_key_types: ["ed25519"] },
    version: { app: "0" },
  };
}

export function loadGenesis(path: string): ParsedGenesis {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (e) {
    throw new NodeError("GENESIS_MISSING", `cannot read genesis file ${path}: ${(e as Error).message}`, "run `pogcsd init --chain-id <chain-id> --home <home>`, or copy the network's genesis.json there");
  }
  let doc: GenesisDoc;
  try {
    doc = JSON.parse(raw) as GenesisDoc;
  } catch (e) {
    throw new NodeError("GENESIS_INVALID", `genesis file ${path} is not valid JSON: ${(e as Error).message}`, `fix the JSON syntax at that position in ${path}, or get the network's genesis.json again`);
  }
  try {
    return parseGenesis(doc, raw);
  } catch (e) {
    if (e instanceof NodeError && e.code === "GENESIS_INVALID") throw new NodeError(e.code, `${path}: ${e.message}`, e.fix);
    throw e;
  }
}

export function parseGenesis(doc: GenesisDoc, raw = JSON.stringify(doc)): ParsedGenesis {
  const bad = (m: string, field = m.split(" ")[0]!) =>
    new NodeError("GENESIS_INVALID", `invalid genesis: ${m}`, `correct the "${field}" field of genesis.json (all validators must use the same file)`);
  const int = (v: unknown, field: string): bigint => {
    if (typeof v !== "string" && typeof v !== "number") throw bad(`${field} must be an integer string, got ${JSON.stringify(v)}`, field);
    if (!/^-?[0-9]+$/.test(String(v))) throw bad(`${field} must be an integer string, got ${JSON.stringify(v)}`, field);
    return BigInt(v);
  };
  if (!doc.chain_id || doc.chain_id.length > 50) throw bad("chain_id must be 1..50 characters");
  const time = parseRfc3339(doc.genesis_time);
  if (!time) throw bad(`genesis_time ${JSON.stringify(doc.genesis_time)} is not RFC3339`);
  const initialHeight = int(doc.initial_height || "1", "initial_height");
  if (initialHeight !== 1n) throw bad("initial_height other than 1 is not supported yet");
  if (!Array.isArray(doc.validators) || doc.validators.length === 0) throw bad("validators: at least one validator is required", "validators");
  const validators = doc.validators.map((v, i) => {
    if (v.pub_key?.type !== "tendermint/PubKeyEd25519") throw bad(`validators[${i}].pub_key.type must be tendermint/PubKeyEd25519`, `validators[${i}].pub_key`);
    const pk = Buffer.from(v.pub_key.value, "base64");
    if (pk.length !== 32) throw bad(`validators[${i}].pub_key.value must be 32 bytes of base64`, `validators[${i}].pub_key`);
    const val = createValidator(new Uint8Array(pk), int(v.power, `validators[${i}].power`));
    if (v.address && v.address.toUpperCase() !== Buffer.from(val.address).toString("hex").toUpperCase()) {
      throw bad(`validators[${i}].address does not match its public key`, `validators[${i}].address`);
    }
    return val;
  });
  const cp = doc.consensus_params ?? defaultConsensusParams();
  return {
    doc,
    raw,
    chainId: doc.chain_id,
    initialHeight,
    time,
    validators,
    maxBlockBytes: Number(cp.block?.max_bytes ?? "22020096"),
    maxBlockGas: BigInt(cp.block?.max_gas ?? "-1"),
  };
}
