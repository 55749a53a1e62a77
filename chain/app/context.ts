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
