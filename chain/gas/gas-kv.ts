import type { KVStore } from "../store/types.js";
import type { GasMeter } from "./meter.js";
import type { KVGasConfig } from "./config.js";

/** Wraps a KVStore so every access charges the meter, as the SDK's gaskv store. */
export function createGasKVStore(parent: KVStore, meter: GasMeter, cfg: KVGasConfig): KVStore {
  return {
    get(key) {
      meter.consume(cfg.readCostFlat, "ReadFlat");
      const v = parent.get(key);
      meter.consume(cfg.readCostPerByte * BigInt(key.length + (v?.length ?? 0)), "ReadPerByte");
      return v;
    },
    has(key) {
      meter.consume(cfg.hasCost, "Has");
      return parent.has(key);
    },
    set(key, value) {
      meter.consume(cfg.writeCostFlat, "WriteFlat");
      meter.consume(cfg.writeCostPerByte * BigInt(key.length + value.length), "WritePerByte");
      parent.set(key, value);
    },
    delete(key) {
      meter.consume(cfg.deleteCost, "Delete");
      parent.delete(key);
    },
    *iterate(start, end, reverse) {
      for (const [k, v] of parent.iterate(start, end, reverse)) {
        meter.consume(cfg.iterNextCostFlat, "IterNextFlat");
        meter.consume(cfg.readCostPerByte * BigInt(k.length + v.length), "ValuePerByte");
        yield [k, v];
      }
    },
  };
}
