/**
 * The implicit keys CometBFT's event bus adds before matching a subscription, built as extra
 * events for `matchesEvents` (query.ts).
 */
import { toHex } from "../../chain/crypto/bytes.js";
import type { AbciEvent } from "../../chain/events/types.js";

/** An event carrying one composite key, split at its last dot as CometBFT's ExpandEvents does. */
export function syntheticEvent(compositeKey: string, value: string): AbciEvent {
  const dot = compositeKey.lastIndexOf(".");
  return {
    type: dot < 0 ? compositeKey : compositeKey.slice(0, dot),
    attributes: [{ key: dot < 0 ? "" : compositeKey.slice(dot + 1), value, index: false }],
  };
}

/** Events to match a `Tx` subscription against: the tx's own events plus tm.event/tx.hash/tx.height. */
export function txSubscriptionEvents(tx: {
  hash: Uint8Array | string;
  height: bigint;
  events: readonly AbciEvent[];
}): AbciEvent[] {
  const hex = typeof tx.hash === "string" ? tx.hash.toUpperCase() : toHex(tx.hash).toUpperCase();
  return [
    ...tx.events,
    syntheticEvent("tm.event", "Tx"),
    syntheticEvent("tx.hash", hex),
    syntheticEvent("tx.height", tx.height.toString()),
  ];
}

/**
 * Events for a block-level subscription (`NewBlock`, `NewBlockEvents`, `NewBlockHeader`):
 * the finalize-block events plus tm.event. CometBFT adds no `block.height` to these; pass
 * `height` to add one anyway.
 */
export function blockSubscriptionEvents(
  eventType: string,
  events: readonly AbciEvent[] = [],
  height?: bigint,
): AbciEvent[] {
  const out = [...events, syntheticEvent("tm.event", eventType)];
  if (height !== undefined) out.push(syntheticEvent("block.height", height.toString()));
  return out;
}
