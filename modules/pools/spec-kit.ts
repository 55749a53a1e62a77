/**
 * Test support: auth + bank + pools over in-memory stores, a fake device registry (devices and
 * reports set directly), a settable block height, time and beacon, tx-like atomic execution.
 */
import { createContext } from "../../chain/app/create-context.js";
import type { Context, QueryContext } from "../../chain/app/context.js";
import type { AbciEvent } from "../../chain/events/types.js";
import { toBech32 } from "../../chain/codec/address.js";
import { compareBytes, toHex } from "../../chain/crypto/bytes.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { isChainError } from "../../chain/errors/index.js";
import { createInfiniteGasMeter } from "../../chain/gas/meter.js";
import type { KVStore, MultiStore } from "../../chain/store/types.js";
import { createAuthModule } from "../auth/module.js";
import { createBankModule, type BankModule } from "../bank/module.js";
import { DEFAULT_DEVICES_PARAMS } from "../devices/params.js";
import { DeviceClass, type Device, type ReportRecord } from "../devices/types.js";
import { createPoolsModule, POOLS_MODULE_PERMISSIONS, type PoolsModule } from "./module.js";
import type { PoolsDevicesReader } from "./expected-keepers.js";
import { u64 } from "./keys.js";

type Rows = Map<string, [Uint8Array, Uint8Array]>;

function memoryStore(rows: () => Rows): KVStore {
  return {
    get: (k) => rows().get(toHex(k))?.[1],
    has: (k) => rows().has(toHex(k)),
    set: (k, v) => {
      // Like the IAVL cache: empty values cannot be proven.
      if (v.length === 0) throw new TypeError("empty store value");
      rows().set(toHex(k), [k.slice(), v.slice()]);
    },
    delete: (k) => void rows().delete(toHex(k)),
    iterate(start, end, reverse) {
      const list = [...rows().values()]
        .filter(([k]) => (!start || compareBytes(k, start) >= 0) && (!end || compareBytes(k, end) < 0))
        .sort((a, b) => compareBytes(a[0], b[0]));
      if (reverse) list.reverse();
      return list[Symbol.iterator]();
    },
  };
}

export const T0 = 1_767_225_600n; // 2026-01-01T00:00:00Z
export const EPOCH = 10n;

export interface DeviceOpts {
  owner: string;
  cls?: number;
  bond?: bigint;
  gpuCount?: number;
  gpuModel?: string;
  cell?: bigint;
  score?: number;
  flagged?: boolean;
}

export interface PoolsSpecKit extends PoolsModule {
  bank: BankModule;
  height: bigint;
  time: bigint;
  beacon: Uint8Array;
  devices: Map<bigint, Device>;
  reports: Map<string, ReportRecord>;
  events: AbciEvent[];
  addr(i: number): string;
  fund(address: string, denom: string, amount: bigint): void;
  addDevice(id: bigint, o: DeviceOpts): Device;
  report(deviceId: bigint, epoch: bigint, o?: { greenWh?: bigint; consumedWh?: bigint; uptime?: number }): void;
  ctx(): Context;
  query(): QueryContext;
  atomic(fn: (ctx: Context) => void): { code: number; codespace: string; log: string };
  run(typeUrl: string, value: Uint8Array): { code: number; codespace: string; log: string };
  /** Runs the pools end block at the current height and time (keeps its events). */
  endBlock(): void;
  /** Advances one block per call (time +5 s) running end block, until the end of `epoch`. */
  toEpochEnd(epoch: bigint): void;
  invariantFailures(): string[];
}

export function createPoolsSpecKit(): PoolsSpecKit {
  let rows = new Map<string, Rows>();
  const stores = new Map<string, KVStore>();
  const storeOf = (name: string): KVStore => {
    let s = stores.get(name);
    if (!s) {
      s = memoryStore(() => {
        let r = rows.get(name);
        if (!r) rows.set(name, (r = new Map()));
        return r;
      });
      stores.set(name, s);
    }
    return s;
  };
  const multi: MultiStore = { getStore: storeOf, storeNames: () => ["auth", "bank", "pools"] };
  const auth = createAuthModule({ modulePermissions: new Map([...POOLS_MODULE_PERMISSIONS, ["amm", ["burner"]], ["market", []]]) });
  const bank = createBankModule({ accounts: auth.keeper });
  const devices = new Map<bigint, Device>();
  const reports = new Map<string, ReportRecord>();
  const reader: PoolsDevicesReader = {
    params: () => ({ ...DEFAULT_DEVICES_PARAMS, epochLength: EPOCH }),
    getDevice: (_ctx, id) => devices.get(id),
    getReport: (_ctx, d, e) => reports.get(`${d}/${e}`),
  };
  const pools = createPoolsModule({ bank: bank.keeper, devices: reader });
  const qc = (): QueryContext => ({ height: kit.height, chainId: "pools-spec", kv: storeOf });
  const kit: PoolsSpecKit = {
    ...pools, bank, height: 1n, time: T0, beacon: sha256(Uint8Array.of(42)), devices, reports, events: [],
    addr: (i) => toBech32("gcs", new Uint8Array(20).fill(i + 1)),
    fund(address, denom, amount) {
      const c = kit.ctx();
      auth.keeper.ensureAccount(c, address);
      bank.keeper.importBalance(c, address, { denom, amount });
    },
    addDevice(id, o) {
      const d: Device = {
        id, owner: o.owner, makerId: "maker-1", pubkey: u64(id), deviceClass: o.cls ?? DeviceClass.DEVICE_CLASS_GPU,
        capacity: { solarPeakW: 0n, storageWh: 0n, gpuModel: o.gpuModel ?? "RTX 4090", gpuCount: o.gpuCount ?? 4, fp32TflopsMilli: 82_600n },
        location: { h3Cell: o.cell ?? 1n, index: 0 }, registeredHeight: 1n, bond: o.bond ?? 1_000_000n, validator: "", score: o.score ?? 600,
        lastNonce: 0n, flagged: o.flagged ?? false, flaggedHeight: 0n,
      };
      devices.set(id, d);
      return d;
    },
    report(deviceId, epoch, o = {}) {
      reports.set(`${deviceId}/${epoch}`, {
        body: { chainId: "pools-spec", deviceId, epoch, energyProducedWh: 0n, energyConsumedWh: o.consumedWh ?? 1000n, greenWh: o.greenWh ?? 900n, gpuSeconds: 0n, uptimePermille: o.uptime ?? 990, nonce: epoch + 1n },
        bodyHash: new Uint8Array(32), height: kit.height,
      });
    },
    ctx: () =>
      createContext({
        block: { chainId: "pools-spec", height: kit.height, timeSeconds: kit.time, timeNanos: 0, proposer: new Uint8Array(), extras: { randomness: kit.beacon, lastCommitVotes: [], misbehavior: [] } },
        mode: "deliver", store: multi, gasMeter: createInfiniteGasMeter(),
      }),
    query: qc,
    atomic(fn) {
      const before = new Map([...rows].map(([n, r]) => [n, new Map(r)]));
      try {
        const c = kit.ctx();
        fn(c);
        kit.events.push(...c.events);
        return { code: 0, codespace: "", log: "" };
      } catch (e) {
        rows = before;
        if (!isChainError(e)) throw e;
        return { code: e.code, codespace: e.codespace, log: e.message };
      }
    },
    run(typeUrl, value) {
      const spec = pools.module.msgs!.find((x) => x.typeUrl === typeUrl);
      if (!spec) throw new TypeError(`no message ${typeUrl}`);
      const msg = spec.decode(value);
      return kit.atomic((ctx) => {
        spec.validateBasic(msg);
        spec.handle(ctx, msg);
      });
    },
    endBlock() {
      const c = kit.ctx();
      pools.module.endBlock!(c);
      kit.events.push(...c.events);
    },
    toEpochEnd(epoch) {
      const end = (epoch + 1n) * EPOCH;
      while (kit.height < end) {
        kit.height += 1n;
        kit.time += 5n;
        kit.endBlock();
      }
    },
    invariantFailures() {
      const all = [...pools.module.invariants!, ...bank.module.invariants!];
      return all.map((i) => i.check(qc())).map((r, i) => (r === undefined ? undefined : `${all[i]!.name}: ${r}`)).filter((x): x is string => x !== undefined);
    },
  };
  return kit;
}

/** Attributes of the events of one type, as objects. */
export function eventsOf(events: readonly AbciEvent[], type: string): Array<Record<string, string>> {
  return events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}
