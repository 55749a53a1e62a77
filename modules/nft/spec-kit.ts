import { createContext } from "../../chain/app/create-context.js";
import type { Context, QueryContext } from "../../chain/app/context.js";
import { toBech32 } from "../../chain/codec/address.js";
import { compareBytes, toHex } from "../../chain/crypto/bytes.js";
import { isChainError } from "../../chain/errors/index.js";
import { createInfiniteGasMeter } from "../../chain/gas/meter.js";
import type { KVStore, MultiStore } from "../../chain/store/types.js";
import { createNftModule, type NftModule } from "./module.js";

/** Test-only: an in-memory nft store with tx-like atomic message execution and a settable clock. */
export interface NftSpecKit extends NftModule {
  time: bigint;
  addr(i: number): string;
  /** A deliver context at the current time; writes go straight to the store. */
  ctx(): Context;
  query(path: string, req: Uint8Array): Uint8Array;
  /** Runs one message like a tx: validateBasic, handle, and discard all writes on failure. */
  run(typeUrl: string, value: Uint8Array): { code: number; codespace: string; log: string; signers: string[] };
  /** Runs fn atomically; a thrown ChainError rolls back and is returned as code/codespace. */
  atomic(fn: (ctx: Context) => void): { code: number; codespace: string; log: string };
  invariantFailures(): string[];
}

function createMemoryStore(): KVStore & { snapshot(): Map<string, [Uint8Array, Uint8Array]>; restore(m: Map<string, [Uint8Array, Uint8Array]>): void } {
  let rows = new Map<string, [Uint8Array, Uint8Array]>();
  return {
    get: (k) => rows.get(toHex(k))?.[1],
    has: (k) => rows.has(toHex(k)),
    set: (k, v) => void rows.set(toHex(k), [k.slice(), v.slice()]),
    delete: (k) => void rows.delete(toHex(k)),
    iterate(start, end, reverse) {
      const list = [...rows.values()]
        .filter(([k]) => (!start || compareBytes(k, start) >= 0) && (!end || compareBytes(k, end) < 0))
        .sort((a, b) => compareBytes(a[0], b[0]));
      if (reverse) list.reverse();
      return list[Symbol.iterator]();
    },
    snapshot: () => new Map(rows),
    restore: (m) => void (rows = m),
  };
}

export function createNftSpecKit(): NftSpecKit {
  const m = createNftModule();
  const store = createMemoryStore();
  const multi: MultiStore = { getStore: () => store, storeNames: () => ["nft"] };
  const kit: NftSpecKit = {
    ...m,
    time: 1_767_225_600n,
    addr: (i) => toBech32("gcs", new Uint8Array(20).fill(i + 1)),
    ctx: () =>
      createContext({
        block: { chainId: "nft-spec", height: 1n, timeSeconds: kit.time, timeNanos: 0, proposer: new Uint8Array() },
        mode: "deliver",
        store: multi,
        gasMeter: createInfiniteGasMeter(),
      }),
    query(path, req) {
      const q = m.module.queries!.find((x) => x.path === path);
      if (!q) throw new TypeError(`no query ${path}`);
      const qc: QueryContext = { height: 1n, chainId: "nft-spec", kv: () => store };
      return q.handle(qc, req);
    },
    atomic(fn) {
      const before = store.snapshot();
      try {
        fn(kit.ctx());
        return { code: 0, codespace: "", log: "" };
      } catch (e) {
        store.restore(before);
        if (!isChainError(e)) throw e;
        return { code: e.code, codespace: e.codespace, log: e.message };
      }
    },
    run(typeUrl, value) {
      const spec = m.module.msgs!.find((x) => x.typeUrl === typeUrl);
      if (!spec) throw new TypeError(`no message ${typeUrl}`);
      const msg = spec.decode(value);
      let signers: string[] = [];
      const r = kit.atomic((ctx) => {
        signers = spec.signers(msg);
        spec.validateBasic(msg);
        spec.handle(ctx, msg);
      });
      return { ...r, signers };
    },
    invariantFailures() {
      const qc: QueryContext = { height: 1n, chainId: "nft-spec", kv: () => store };
      return m.module.invariants!.map((i) => i.check(qc)).filter((x): x is string => x !== undefined);
    },
  };
  return kit;
}
