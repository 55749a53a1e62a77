import type { AbciEvent } from "../events/types.js";
import type { GasMeter } from "../gas/meter.js";
import type { KVStore, KVReader } from "../store/types.js";

/** What a block tells the state machine about time and authorship: the only clock it sees. */
export interface BlockInfo {
  chainId: string;
  height: bigint;
  /** Block time, UTC, as protobuf Timestamp parts. */
  timeSeconds: bigint;
  timeNanos: number;
  /** Consensus address (20 bytes) of the proposer; empty at genesis. */
  proposer: Uint8Array;
  /** What consensus knows about the block beyond the header (absent in CheckTx and queries). */
  extras?: BlockExtras;
}

/** ABCI FinalizeBlock's extra inputs, as far as PoGCS modules need them. */
export interface BlockExtras {
  /** The per-block randomness beacon of DESIGN §5 (32 bytes); empty when consensus has none. */
  randomness: Uint8Array;
  /** The previous block's validators and whether each signed its commit (downtime tracking). */
  lastCommitVotes: Array<{ address: Uint8Array; power: bigint; signed: boolean }>;
  /** Misbehaviour proven by evidence included in this block. */
  misbehavior: Misbehavior[];
}

export interface Misbehavior {
  type: "duplicate_vote";
  /** Consensus address (20 bytes) of the offender. */
  validatorAddress: Uint8Array;
  /** Height of the infraction. */
  height: bigint;
  timeSeconds: bigint;
  totalVotingPower: bigint;
}

/** A change to the consensus validator set (ed25519 key, new power; 0 removes). */
export interface ValidatorUpdate {
  pubKey: Uint8Array;
  power: bigint;
}

/** check: mempool admission; recheck: after a commit; simulate: gas estimate; deliver: in a block. */
export type ExecMode = "check" | "recheck" | "simulate" | "deliver" | "genesis" | "block";

export interface Context {
  readonly block: BlockInfo;
  readonly mode: ExecMode;
  readonly gasMeter: GasMeter;
  /** The module store, gas-metered when running a tx. */
  kv(storeName: string): KVStore;
  emit(event: AbciEvent): void;
  readonly events: readonly AbciEvent[];
  /** The same store and events without per-access gas (for work charged a flat price). */
  unmetered(): Context;
}

/** Read-only view for queries, pinned at one committed height. */
export interface QueryContext {
  readonly height: bigint;
  readonly chainId: string;
  kv(storeName: string): KVReader;
}
