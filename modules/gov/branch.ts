import type { Context } from "../../chain/app/context.js";
import { createContext } from "../../chain/app/create-context.js";
import { CacheKVStore } from "../../chain/store/cache.js";
import type { KVStore, MultiStore } from "../../chain/store/types.js";

/**
 * A cache branch of a context (the SDK's CacheContext): writes and events stay in the branch
 * until `write()` flushes both into the parent; dropping the branch discards them. Passed
 * proposals run their messages in one, so a failing message leaves no partial state.
 */
export function branchContext(parent: Context): { ctx: Context; write(): void } {
  const stores = new Map<string, CacheKVStore>();
  const multi: MultiStore = {
    getStore(name: string): KVStore {
      let s = stores.get(name);
      if (!s) {
        s = new CacheKVStore(parent.kv(name));
        stores.set(name, s);
      }
      return s;
    },
    storeNames: () => [...stores.keys()],
  };
  const ctx = createContext({ block: parent.block, mode: parent.mode, store: multi, gasMeter: parent.gasMeter });
  return {
    ctx,
    write() {
      for (const name of [...stores.keys()].sort()) stores.get(name)!.write();
      for (const e of ctx.events) parent.emit(e);
    },
  };
}
