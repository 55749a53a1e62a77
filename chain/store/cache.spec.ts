import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toHex } from "../crypto/bytes.js";
import { createCacheMultiStore } from "./cache.js";
import { createCommitMultiStore } from "./commit-multistore.js";
import { ErrInvalidKey, ErrNilValue, ErrUnknownStore } from "./errors.js";
import type { KVStore } from "./types.js";

const keyArb = fc.uint8Array({ minLength: 1, maxLength: 3, max: 5 });
const opArb = fc.record({ level: fc.integer({ min: 0, max: 2 }), del: fc.boolean(), key: keyArb, value: fc.uint8Array({ minLength: 1, maxLength: 3 }) });
const boundArb = fc.option(fc.uint8Array({ maxLength: 3, max: 6 }), { nil: undefined });

function modelRange(m: Map<string, Uint8Array>, start?: Uint8Array, end?: Uint8Array, reverse = false): string[] {
  const s = start && toHex(start);
  const e = end && toHex(end);
  // hex strings of bytes sort like the bytes
  const ks = [...m.keys()].filter((k) => (s === undefined || k >= s) && (e === undefined || k < e)).sort();
  if (reverse) ks.reverse();
  return ks.map((k) => `${k}=${toHex(m.get(k)!)}`);
}

const dump = (s: KVStore, start?: Uint8Array, end?: Uint8Array, reverse = false) =>
  [...s.iterate(start, end, reverse)].map(([k, v]) => `${toHex(k)}=${toHex(v)}`);

describe("cache store", () => {
  it("nested branches iterate like a sorted map model, in both directions, and write() flushes", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), boundArb, boundArb, fc.boolean(), (ops, start, end, flushInner) => {
        const cms = createCommitMultiStore({ storeNames: ["s"] });
        const b1 = cms.branch();
        const b2 = b1.branch();
        const stores = [cms.getStore("s"), b1.getStore("s"), b2.getStore("s")];
        for (const op of ops) {
          if (op.del) stores[op.level]!.delete(op.key);
          else stores[op.level]!.set(op.key, op.value);
        }
        // each level sees its parent's view overlaid by its own buffered writes
        const own = [new Map<string, Uint8Array | undefined>(), new Map<string, Uint8Array | undefined>(), new Map<string, Uint8Array | undefined>()];
        for (const op of ops) own[op.level]!.set(toHex(op.key), op.del ? undefined : op.value);
        const view = (l: number): Map<string, Uint8Array> => {
          const m = l === 0 ? new Map<string, Uint8Array>() : new Map(view(l - 1));
          for (const [k, v] of own[l]!) (v === undefined ? m.delete(k) : m.set(k, v));
          return m;
        };
        for (let l = 0; l < 3; l++) {
          const m = view(l);
          expect(dump(stores[l]!, start, end)).toEqual(modelRange(m, start, end));
          expect(dump(stores[l]!, start, end, true)).toEqual(modelRange(m, start, end, true));
          for (const op of ops) expect(stores[l]!.get(op.key)).toEqual(m.get(toHex(op.key)));
        }
        if (flushInner) b2.write();
        b1.write();
        expect(dump(cms.getStore("s"))).toEqual(modelRange(view(flushInner ? 2 : 1)));
      }),
      { numRuns: 300 },
    );
  });

  it("validates keys, values and store names", () => {
    const c = createCacheMultiStore(createCommitMultiStore({ storeNames: ["s"] }));
    expect(() => c.getStore("s").set(new Uint8Array(0), Uint8Array.of(1))).toThrow(expect.objectContaining({ codespace: ErrInvalidKey.codespace, code: ErrInvalidKey.code }));
    // Empty values cannot be proven with ICS23, so the store refuses them at the lowest write.
    expect(() => c.getStore("s").set(Uint8Array.of(1), new Uint8Array())).toThrow(expect.objectContaining({ codespace: ErrNilValue.codespace, code: ErrNilValue.code }));
    expect(() => c.getStore("s").set(Uint8Array.of(1), undefined as unknown as Uint8Array)).toSatisfy((f: () => void) => {
      try {
        f();
        return false;
      } catch (e) {
        return ErrNilValue.is(e);
      }
    });
    expect(() => c.getStore("nope")).toThrow();
    try {
      c.getStore("nope");
    } catch (e) {
      expect(ErrUnknownStore.is(e)).toBe(true);
    }
  });

  it("dropping a branch discards its writes; the caller's buffers are copied", () => {
    const cms = createCommitMultiStore({ storeNames: ["s"] });
    const b = cms.branch();
    const k = Uint8Array.of(1);
    const v = Uint8Array.of(2);
    b.getStore("s").set(k, v);
    v[0] = 9;
    expect(b.getStore("s").get(Uint8Array.of(1))).toEqual(Uint8Array.of(2));
    expect(cms.getStore("s").get(k)).toBeUndefined();
  });
});
