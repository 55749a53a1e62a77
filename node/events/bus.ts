import type { Block } from "cosmjs-types/tendermint/types/block";
import type { BlockID } from "cosmjs-types/tendermint/types/types";
import type { ResponseFinalizeBlock, TxResult } from "cosmjs-types/tendermint/abci/types";

export type NodeEvent =
  | { kind: "NewBlock"; block: Block; blockId: BlockID; results: ResponseFinalizeBlock }
  | { kind: "Tx"; tx: TxResult; hash: Uint8Array };

export type Listener = (e: NodeEvent) => void;

/** In-process fan-out of committed blocks and txs to RPC subscribers; a throwing listener is isolated. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  publish(e: NodeEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch {
        // a subscriber's bug must not stop block production
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
