import type { MultiStore, KVStore } from "../store/types.js";
import type { GasMeter } from "../gas/meter.js";
import { createGasKVStore } from "../gas/gas-kv.js";
import type { KVGasConfig } from "../gas/config.js";
import type { AbciEvent } from "../events/types.js";
import type { BlockInfo, Context, ExecMode } from "./context.js";
import { EventManager } from "./event-manager.js";

export interface ContextOptions {
  block: BlockInfo;
  mode: ExecMode;
  store: MultiStore;
  gasMeter: GasMeter;
  /** When set, store access is charged to the meter (txs); unset for genesis and block hooks. */
  kvGas?: KVGasConfig;
}

export function createContext(opts: ContextOptions, shared?: EventManager): Context {
  const events = shared ?? new EventManager();
  const cache = new Map<string, KVStore>();
  return {
    block: opts.block,
    mode: opts.mode,
    gasMeter: opts.gasMeter,
    kv(name: string): KVStore {
      let s = cache.get(name);
      if (!s) {
        const raw = opts.store.getStore(name);
        s = opts.kvGas ? createGasKVStore(raw, opts.gasMeter, opts.kvGas) : raw;
        cache.set(name, s);
      }
      return s;
    },
    emit(event: AbciEvent) {
      events.emit(event);
    },
    get events() {
      return events.events;
    },
    unmetered() {
      return opts.kvGas ? createContext({ ...opts, kvGas: undefined }, events) : this;
    },
  };
}
