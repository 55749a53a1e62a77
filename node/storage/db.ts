import { Level } from "level";
import type { AbstractSublevel } from "abstract-level";

type Bytes = Uint8Array;
export type ByteSublevel = AbstractSublevel<Level<Bytes, Bytes>, Bytes | string | Buffer, Bytes, Bytes>;

/**
 * One LevelDB per node, split into sublevels. Everything a block changes (block, commit,
 * results, tx records, indexes, state tree rows, the latest-height pointer) goes into ONE
 * atomic batch, so a `kill -9` at any instant leaves either the old or the new height.
 */
export interface NodeDb {
  root: Level<Bytes, Bytes>;
  blocks: ByteSublevel;
  commits: ByteSublevel;
  results: ByteSublevel;
  blockHashes: ByteSublevel;
  txs: ByteSublevel;
  state: ByteSublevel;
  meta: ByteSublevel;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  txIndex: AbstractSublevel<any, any, string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  blockIndex: AbstractSublevel<any, any, string, string>;
}

export async function openNodeDb(path: string): Promise<NodeDb> {
  const root = new Level<Bytes, Bytes>(path, { keyEncoding: "view", valueEncoding: "view" });
  await root.open();
  const sub = (name: string) => root.sublevel<Bytes, Bytes>(name, { keyEncoding: "view", valueEncoding: "view" });
  return {
    root,
    blocks: sub("b"),
    commits: sub("c"),
    results: sub("r"),
    blockHashes: sub("h"),
    txs: sub("t"),
    state: sub("s"),
    meta: sub("m"),
    txIndex: root.sublevel<string, string>("i", { keyEncoding: "utf8", valueEncoding: "utf8" }),
    blockIndex: root.sublevel<string, string>("j", { keyEncoding: "utf8", valueEncoding: "utf8" }),
  };
}

export function be64(n: bigint): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n);
  return b;
}

export function readBe64(b: Uint8Array): bigint {
  return new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0);
}

/** Reads a key; undefined when absent (level 10 returns undefined rather than throwing). */
export async function getOrUndefined(db: ByteSublevel, key: Uint8Array): Promise<Uint8Array | undefined> {
  const v = await db.get(key);
  return v ?? undefined;
}
