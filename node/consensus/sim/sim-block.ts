import { commitHash } from "../../../chain/block/vote.js";
import { ProtoWriter, encodeTimestamp } from "../../../chain/block/proto.js";
import { EMPTY_BYTES, type BlockId, type Commit, type Timestamp } from "../../../chain/block/types.js";
import { sha256 } from "../../../chain/crypto/hash.js";

/** The simulator's block: the consensus-relevant header fields and an opaque payload. */
export interface SimBlock {
  height: bigint;
  time: Timestamp;
  lastBlockId: BlockId;
  lastCommit: Commit | undefined;
  proposer: Uint8Array;
  payload: number;
}

const ids = new WeakMap<SimBlock, BlockId>();

/** Hash of the block's fields (the LastCommit through `commitHash`, as a header would). */
export function simBlockId(b: SimBlock): BlockId {
  let id = ids.get(b);
  if (id === undefined) {
    const bytes = new ProtoWriter()
      .varint(1, b.height)
      .lenDelimited(2, encodeTimestamp(b.time))
      .bytes(3, b.lastBlockId.hash)
      .bytes(4, b.lastCommit ? commitHash(b.lastCommit) : EMPTY_BYTES)
      .bytes(5, b.proposer)
      .varint(6, BigInt(b.payload))
      .finish();
    const hash = sha256(bytes);
    id = { hash, partSetHeader: { total: 1, hash: sha256(hash) } };
    ids.set(b, id);
  }
  return id;
}
