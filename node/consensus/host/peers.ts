import { toHex } from "../../../chain/crypto/bytes.js";

/** What the host knows about a connected peer (its height, what we sent it, what it holds). */
export interface PeerState {
  height: bigint;
  /** When we first saw this peer ahead of our consensus height (catch-up pull). */
  aheadSince: number;
  sent: Set<string>;
  sentAt: number;
  /** `${height}/${part set hash hex}` of blocks the peer told us it holds (CS_HAS_BLOCK). */
  has: Set<string>;
  /** Parts the peer sent us (so it holds them), by `partKey`; cleared at each new height. */
  partsKnown: Set<string>;
}

export function newPeerState(height: bigint): PeerState {
  return { height, aheadSince: 0, sent: new Set(), sentAt: 0, has: new Set(), partsKnown: new Set() };
}

export function partKey(height: bigint, round: number, partSetHash: Uint8Array, index: number): string {
  return `${height}/${round}/${toHex(partSetHash)}/${index}`;
}
