import { BLOCK_PART_SIZE_BYTES, makePartSet, type PartSet } from "../../../chain/block/part-set.js";
import type { BlockId } from "../../../chain/block/types.js";
import { blockIdKey } from "../block-id.js";
import { serializeNodeBlock, type NodeBlock } from "./codec.js";

/** Serialized blocks and part sets of the height being decided, by block id; cleared at each commit. */
export class BlockCache {
  readonly blockBytes = new Map<string, Uint8Array>();
  /** Part sets of blocks we hold (own proposal, assembled, inline), to send and relay parts. */
  readonly partSets = new Map<string, PartSet>();

  partSetOf(id: BlockId, bytes: Uint8Array): PartSet {
    const k = blockIdKey(id);
    let ps = this.partSets.get(k);
    if (!ps) {
      ps = makePartSet(bytes, BLOCK_PART_SIZE_BYTES);
      this.partSets.set(k, ps);
    }
    return ps;
  }

  bytesOf(nb: NodeBlock, id: BlockId): Uint8Array {
    const k = blockIdKey(id);
    let b = this.blockBytes.get(k);
    if (!b) {
      b = serializeNodeBlock(nb);
      this.blockBytes.set(k, b);
    }
    return b;
  }

  clear(): void {
    this.blockBytes.clear();
    this.partSets.clear();
  }
}
