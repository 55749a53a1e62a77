import { pogcs } from "../../proto/gen/pogcs.js";
import { createContext } from "../../chain/app/create-context.js";
import type { Context, QueryContext } from "../../chain/app/context.js";
import { toBech32 } from "../../chain/codec/address.js";
import type { Coin } from "../../chain/codec/coins.js";
import { compareBytes, toHex } from "../../chain/crypto/bytes.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { ErrInsufficientFunds, isChainError } from "../../chain/errors/index.js";
import { createInfiniteGasMeter } from "../../chain/gas/meter.js";
import type { KVStore, MultiStore } from "../../chain/store/types.js";
import { DEFAULT_DEVICES_PARAMS } from "../devices/params.js";
import { makeH3Cell } from "../devices/h3.js";
import type { Device, ReportRecord } from "../devices/types.js";
import { createNftModule, type NftModule } from "../nft/module.js";
import type { CarbonBankKeeper } from "./expected-keepers.js";
import { createCarbonModule, type CarbonModule } from "./module.js";
import type { CarbonGenesisJson } from "./genesis.js";

/** Test-only: carbon + real nft over in-memory stores, a fake bank and a fake device registry. */
export interface CarbonSpecKit extends CarbonModule {
  nftModule: NftModule;
  height: bigint;
  time: bigint;
  devices: Map<bigint, Device>;
  reports: Map<string, ReportRecord>;
  balances: Map<string, bigint>;
  addr(i: number): string;
  ctx(): Context;
  /** A read-only context over the same stores. */
  queryCtx(): QueryContext;
  /** Adds a device of `owner` in `cell` (default: base cell 20, region EXAMPLE-NA-WEST). */
  addDevice(id: bigint, owner: string, cell?: bigint): void;
  addReport(device: bigint, epoch: bigint, greenWh: bigint): void;
  /** Runs one message like a tx (validateBasic + handle, all writes discarded on failure). */
  run(typeUrl: string, msg: Record<string, unknown>): { code: number; codespace: string; log: string; value?: Uint8Array };
  query(method: string, req: Uint8Array): Uint8Array;
  invariantFailures(): string[];
}

type Rows = Map<string, [Uint8Array, Uint8Array]>;

function memoryStore(rows: Rows): KVStore {
  return {
    get: (k) => rows.get(toHex(k))?.[1],
    has: (k) => rows.has(toHex(k)),
    set: (k, v) => {
      // Like the real store: empty values cannot be proven, so they are refused.
      if (v.length === 0) throw new TypeError(`empty value at ${toHex(k)}`);
      rows.set(toHex(k), [k.slice(), v.slice()]);
    },
    delete: (k) => void rows.delete(toHex(k)),
    iterate(start, end, reverse) {
      const list = [...rows.values()]
        .filter(([k]) => (!start || compareBytes(k, start) >= 0) && (!end || compareBytes(k, end) < 0))
        .sort((a, b) => compareBytes(a[0], b[0]));
      if (reverse) list.reverse();
      return list[Symbol.iterator]();
    },
  };
}

export const CELL_WEST = makeH3Cell(20, [1, 2, 3, 4, 5, 6, 0, 1]);
export const CELL_EAST = makeH3Cell(21, [0, 0, 0, 0, 0, 0, 0, 1]);
export const CELL_NOWHERE = makeH3Cell(60, [0, 0, 0, 0, 0, 0, 0, 1]);

export function createCarbonSpecKit(genesis?: CarbonGenesisJson): CarbonSpecKit {
  let stores: Record<string, Rows> = { carbon: new Map(), nft: new Map() };
  const multi: MultiStore = { getStore: (n) => memoryStore(stores[n]!), storeNames: () => Object.keys(stores) };
  const balances = new Map<string, bigint>();
  const supply = new Map<string, bigint>();
  const add = (m: Map<string, bigint>, k: string, d: bigint) => {
    const v = (m.get(k) ?? 0n) + d;
    if (v < 0n) throw ErrInsufficientFunds.raise(`${k}: ${m.get(k) ?? 0n} < ${-d}`);
    m.set(k, v);
  };
  const bank: CarbonBankKeeper = {
    mint: (_c, mod, coins: Coin[]) => coins.forEach((c) => (add(balances, `${mod}|${c.denom}`, c.amount), add(supply, c.denom, c.amount))),
    sendFromModuleToAccount: (_c, mod, to, coins) => coins.forEach((c) => (add(balances, `${mod}|${c.denom}`, -c.amount), add(balances, `${to}|${c.denom}`, c.amount))),
    burnFrom: (_c, _mod, from, coins) => coins.forEach((c) => (add(balances, `${from}|${c.denom}`, -c.amount), add(supply, c.denom, -c.amount))),
    getSupply: (_c, denom) => supply.get(denom) ?? 0n,
    setDenomMetadata: () => undefined,
  };
  const devices = new Map<bigint, Device>();
  const reports = new Map<string, ReportRecord>();
  const nftModule = createNftModule();
  const m = createCarbonModule({
    bank,
    nft: nftModule.capabilities,
    devices: {
      params: () => ({ ...DEFAULT_DEVICES_PARAMS, epochLength: 10n }),
      getDevice: (_c, id) => devices.get(id),
      getReport: (_c, d, e) => reports.get(`${d}/${e}`),
    },
  });
  const qctx = (): QueryContext => ({ height: kit.height, chainId: "carbon-spec", kv: (n) => memoryStore(stores[n]!) });
  const kit: CarbonSpecKit = {
    ...m, nftModule, height: 1n, time: 1_767_225_600n, devices, reports, balances,
    addr: (i) => toBech32("gcs", new Uint8Array(20).fill(i + 1)),
    ctx: () => createContext({
      block: { chainId: "carbon-spec", height: kit.height, timeSeconds: kit.time, timeNanos: 0, proposer: new Uint8Array() },
      mode: "deliver", store: multi, gasMeter: createInfiniteGasMeter(),
    }),
    queryCtx: () => qctx(),
    addDevice(id, owner, cell = CELL_WEST) {
      devices.set(id, {
        id, owner, makerId: "maker-1", pubkey: new Uint8Array(32), deviceClass: 1, capacity: { solarPeakW: 5000n, storageWh: 0n, gpuModel: "", gpuCount: 0, fp32TflopsMilli: 0n },
        location: { h3Cell: cell, index: 0 }, registeredHeight: 1n, bond: 0n, validator: "", score: 600, lastNonce: 0n, flagged: false, flaggedHeight: 0n,
      });
    },
    addReport(device, epoch, greenWh) {
      const body = { chainId: "carbon-spec", deviceId: device, epoch, energyProducedWh: greenWh, energyConsumedWh: greenWh, greenWh, gpuSeconds: 0n, uptimePermille: 1000, nonce: epoch + 1n };
      reports.set(`${device}/${epoch}`, { body, bodyHash: sha256(new TextEncoder().encode(`${device}/${epoch}/${greenWh}`)), height: epoch * 10n + 5n });
    },
    run(typeUrl, obj) {
      const spec = m.module.msgs!.find((x) => x.typeUrl === typeUrl);
      if (!spec) throw new TypeError(`no message ${typeUrl}`);
      const name = typeUrl.split(".").pop()!;
      const codec = (PROTO as Record<string, { fromObject(o: unknown): unknown; encode(x: unknown): { finish(): Uint8Array } }>)[name]!;
      const bytes = codec.encode(codec.fromObject(obj)).finish();
      const before = { stores: cloneStores(stores), balances: new Map(balances), supply: new Map(supply) };
      try {
        const msg = spec.decode(bytes);
        spec.validateBasic(msg);
        const r = spec.handle(kit.ctx(), msg);
        return { code: 0, codespace: "", log: "", value: r.value };
      } catch (e) {
        stores = before.stores;
        balances.clear();
        for (const [k, v] of before.balances) balances.set(k, v);
        supply.clear();
        for (const [k, v] of before.supply) supply.set(k, v);
        if (!isChainError(e)) throw e;
        return { code: e.code, codespace: e.codespace, log: e.message };
      }
    },
    query(method, req) {
      const q = m.module.queries!.find((x) => x.path === `/pogcs.carbon.v1.Query/${method}`);
      if (!q) throw new TypeError(`no query ${method}`);
      return q.handle(qctx(), req);
    },
    invariantFailures: () => m.module.invariants!.map((i) => i.check(qctx())).filter((x): x is string => x !== undefined),
  };
  m.module.initGenesis!(kit.ctx(), genesis);
  return kit;
}

function cloneStores(s: Record<string, Rows>): Record<string, Rows> {
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, new Map(v)]));
}

const PROTO = pogcs.carbon.v1 as unknown;
