import { createContext } from "../../chain/app/create-context.js";
import type { Context, QueryContext } from "../../chain/app/context.js";
import { toBech32 } from "../../chain/codec/address.js";
import type { Coin } from "../../chain/codec/coins.js";
import { compareBytes, fromUtf8, toHex, utf8 } from "../../chain/crypto/bytes.js";
import { ErrInsufficientFunds, isChainError } from "../../chain/errors/index.js";
import { createInfiniteGasMeter } from "../../chain/gas/meter.js";
import type { KVStore, MultiStore } from "../../chain/store/types.js";
import { moduleAddress } from "../auth/keeper.js";
import { createNftModule, type NftModule } from "../nft/module.js";
import { DeviceClass, type Device } from "../devices/types.js";
import { createGpuAssetsModule, type GpuAssetsModule } from "./module.js";

/** Test-only: gpuassets + real nft over in-memory stores, fake devices and a store-backed fake bank. */
export interface GpuSpecKit extends GpuAssetsModule {
  nftModule: NftModule;
  time: bigint;
  height: bigint;
  gov: string;
  addr(i: number): string;
  addDevice(id: bigint, owner: string, cls?: number): Device;
  fund(addr: string, coin: Coin): void;
  balance(addr: string, denom: string): bigint;
  ctx(): Context;
  qctx(): QueryContext;
  query(path: string, req: Uint8Array): { code: number; value?: Uint8Array; log: string };
  /** Runs one message like a tx (validateBasic, handle); all writes discarded on failure. */
  run(typeUrl: string, value: Uint8Array): { code: number; codespace: string; log: string; value?: Uint8Array };
  atomic(fn: (ctx: Context) => void): { code: number; codespace: string; log: string };
  /** Hex dump of every store, to compare state before and after a refused message. */
  dump(): string;
  invariantFailures(): string[];
}

type Rows = Map<string, [Uint8Array, Uint8Array]>;

function memStore(rows: { m: Rows }): KVStore {
  return {
    get: (k) => rows.m.get(toHex(k))?.[1],
    has: (k) => rows.m.has(toHex(k)),
    set: (k, v) => void rows.m.set(toHex(k), [k.slice(), v.slice()]),
    delete: (k) => void rows.m.delete(toHex(k)),
    iterate(start, end, reverse) {
      const list = [...rows.m.values()].filter(([k]) => (!start || compareBytes(k, start) >= 0) && (!end || compareBytes(k, end) < 0)).sort((a, b) => compareBytes(a[0], b[0]));
      if (reverse) list.reverse();
      return list[Symbol.iterator]();
    },
  };
}

/** `genesis`: nft and gpuassets genesis to import instead of the defaults. */
export function createGpuSpecKit(genesis?: { nft: unknown; gpuassets: unknown }): GpuSpecKit {
  const names = ["nft", "gpuassets", "fakebank"];
  const data = new Map(names.map((n) => [n, { m: new Map() as Rows }]));
  const stores = new Map(names.map((n) => [n, memStore(data.get(n)!)]));
  const multi: MultiStore = { getStore: (n) => stores.get(n)!, storeNames: () => names };
  const devices = new Map<bigint, Device>();
  const balKey = (a: string, d: string) => utf8(`${a}/${d}`);
  const getBal = (ctx: { kv(n: string): { get(k: Uint8Array): Uint8Array | undefined } }, a: string, d: string) => {
    const raw = ctx.kv("fakebank").get(balKey(a, d));
    return raw ? BigInt(fromUtf8(raw)) : 0n;
  };
  const bank = {
    send(ctx: Context, from: string, to: string, coins: Coin[]) {
      for (const c of coins) {
        const have = getBal(ctx, from, c.denom);
        if (have < c.amount) throw ErrInsufficientFunds.raise(`${have}${c.denom} < ${c.amount}${c.denom}`);
        ctx.kv("fakebank").set(balKey(from, c.denom), utf8((have - c.amount).toString()));
        ctx.kv("fakebank").set(balKey(to, c.denom), utf8((getBal(ctx, to, c.denom) + c.amount).toString()));
      }
    },
  };
  const nftModule = createNftModule();
  const m = createGpuAssetsModule({ devices: { getDevice: (_ctx, id) => devices.get(id) }, nft: nftModule.capabilities, bank });
  const all = [nftModule.module, m.module];
  const kit: GpuSpecKit = {
    ...m,
    nftModule,
    time: 1_767_225_600n,
    height: 1n,
    gov: moduleAddress("gov"),
    addr: (i) => toBech32("gcs", new Uint8Array(20).fill(i + 1)),
    addDevice(id, owner, cls = DeviceClass.DEVICE_CLASS_GPU) {
      const d: Device = {
        id, owner, makerId: "maker-1", pubkey: new Uint8Array(32), deviceClass: cls,
        capacity: { solarPeakW: 0n, storageWh: 0n, gpuModel: "RTX 4090", gpuCount: 2, fp32TflopsMilli: 82_600n }, location: { h3Cell: 0n, index: 0 },
        registeredHeight: 1n, bond: 0n, validator: "", score: 600, lastNonce: 0n, flagged: false, flaggedHeight: 0n,
      };
      devices.set(id, d);
      return d;
    },
    fund(a, c) {
      kit.ctx().kv("fakebank").set(balKey(a, c.denom), utf8((getBal(kit.ctx(), a, c.denom) + c.amount).toString()));
    },
    balance: (a, d) => getBal(kit.qctx(), a, d),
    ctx: () => createContext({ block: { chainId: "gpu-spec", height: kit.height, timeSeconds: kit.time, timeNanos: 0, proposer: new Uint8Array() }, mode: "deliver", store: multi, gasMeter: createInfiniteGasMeter() }),
    qctx: () => ({ height: kit.height, chainId: "gpu-spec", kv: (n) => stores.get(n)! }),
    query(path, req) {
      const q = m.module.queries!.find((x) => x.path === path);
      if (!q) throw new TypeError(`no query ${path}`);
      try {
        return { code: 0, value: q.handle(kit.qctx(), req), log: "" };
      } catch (e) {
        if (!isChainError(e)) throw e;
        return { code: e.code, log: e.message };
      }
    },
    atomic(fn) {
      const before = new Map([...data].map(([n, r]) => [n, new Map(r.m)]));
      try {
        fn(kit.ctx());
        return { code: 0, codespace: "", log: "" };
      } catch (e) {
        for (const [n, r] of before) data.get(n)!.m = r;
        if (!isChainError(e)) throw e;
        return { code: e.code, codespace: e.codespace, log: e.message };
      }
    },
    run(typeUrl, value) {
      const spec = [...(m.module.msgs ?? []), ...(nftModule.module.msgs ?? [])].find((x) => x.typeUrl === typeUrl);
      if (!spec) throw new TypeError(`no message ${typeUrl}`);
      let out: Uint8Array | undefined;
      const r = kit.atomic((ctx) => {
        const msg = spec.decode(value);
        spec.validateBasic(msg);
        out = spec.handle(ctx, msg).value;
      });
      return { ...r, value: r.code === 0 ? out : undefined };
    },
    dump: () => names.map((n) => [...data.get(n)!.m.entries()].sort().map(([k, [, v]]) => `${n}:${k}=${toHex(v)}`).join("\n")).join("\n"),
    invariantFailures: () => all.flatMap((x) => x.invariants ?? []).map((i) => i.check(kit.qctx())).filter((x): x is string => x !== undefined),
  };
  const r = kit.atomic((ctx) => {
    nftModule.module.initGenesis!(ctx, genesis?.nft);
    m.module.initGenesis!(ctx, genesis?.gpuassets);
  });
  if (r.code !== 0) throw new TypeError(`spec kit genesis failed: ${r.log}`);
  return kit;
}
