import type { CommitMultiStore, KVReader } from "../store/types.js";
import type { QueryContext } from "./context.js";

/** A read-only view of committed state at `height`, backed by the versioned trees. */
export function createQueryContext(cms: CommitMultiStore, chainId: string, height: bigint): QueryContext {
  return {
    height,
    chainId,
    kv(name: string): KVReader {
      return {
        get: (key) => cms.query(name, key, { height }).value,
        has: (key) => cms.query(name, key, { height }).value !== undefined,
        iterate: (start, end, reverse) => {
          if (!reverse) return cms.iterateAt(name, height, start, end);
          const all = [...cms.iterateAt(name, height, start, end)].reverse();
          return all[Symbol.iterator]();
        },
      };
    },
  };
}
