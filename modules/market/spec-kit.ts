import { createContext } from "../../chain/app/create-context.js";
import type { Context, QueryContext } from "../../chain/app/context.js";
import type { AbciEvent } from "../../chain/events/types.js";
import { toBech32 } from "../../chain/codec/address.js";
import { concatBytes, utf8 } from "../../chain/crypto/bytes.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { isChainError } from "../../chain/errors/index.js";
import { createInfiniteGasMeter } from "../../chain/gas/meter.js";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import type { CacheMultiStore } from "../../chain/store/types.js";
import { createAuthModule } from "../auth/module.js";
import { toHex } from "../../chain/crypto/bytes.js";
import { createBankModule, type BankModule } from "../bank/module.js";
import { createNftModule, type NftModule } from "../nft/module.js";
import { DeviceClass, type Device } from "../devices/types.js";
import type { SlotAssignment } from "../pools/slots.js";
import { ErrInsufficientFunds } from "../../chain/errors/index.js";
import { createMarketModule, MARKET_MODULE_PERMISSIONS, type MarketModule } from "./module.js";
import type { MarketParams } from "./params.js";
import { marketParamsToJson, DEFAULT_MARKET_PARAMS } from "./params.js";

export const DENOM = "ugcs";
export const POOL_ACCOUNT = "pools";

/**
 * Test-only: auth + bank + nft + market on an in-memory store, fake devices, fake committee
 * candidates and a fake pools module (slot balances in a map; the pool keeps `poolCutBps` of a
 * pooled device's revenue). Messages run like txs: all writes dropped on a ChainError.
 */
export interface MarketSpecKit {
  market: MarketModule;
  bank: BankModule;
  nft: NftModule;
  time: bigint;
  height: bigint;
  randomness: Uint8Array;
  devices: Map<bigint, Device>;
  candidates: string[];
  /** holder -> denom -> units */
  slots: Map<string, Map<string, bigint>>;
  /** denom -> backing devices, oldest commitment first (units each) */
  backing: Map<string, Array<{ deviceId: bigint; units: bigint }>>;
  pooledDevices: Set<bigint>;
  poolCutBps: bigint;
  addr(i: number): string;
  fund(addr: string, amount: bigint): void;
  balance(addr: string, denom?: string): bigint;
  /** An RTX 4090 GPU device with 8 GPUs (like the devnet scenario's), unless `over` says otherwise. */
  addDevice(id: bigint, owner: string, over?: Partial<Device>): void;
  ctx(): Context;
  query(path: string, req: Uint8Array): Uint8Array;
  run(typeUrl: string, value: Uint8Array): { code: number; codespace: string; log: string; value?: Uint8Array };
  atomic(fn: (ctx: Context) => void): { code: number; codespace: string; log: string };
  /** Events of every successful atomic run, in order. */
  events: AbciEvent[];
  endBlock(): void;
  invariantFailures(): string[];
  /** Total supply of DENOM. */
  supply(): bigint;
  /** sha256 over every key and value of every store: equal digests, equal state. */
  stateDigest(): string;
}

export function createMarketSpecKit(params: Partial<MarketParams> = {}, withPools = true, runGenesis = true): MarketSpecKit {
  const perms = new Map<string, readonly string[]>([...MARKET_MODULE_PERMISSIONS, [POOL_ACCOUNT, []]]);
  const auth = createAuthModule({ modulePermissions: perms });
  const bank = createBankModule({ accounts: auth.keeper });
  const nft = createNftModule();
  const kitRef: { k?: MarketSpecKit } = {};
  const market = createMarketModule({
    bank: bank.keeper,
    accounts: auth.keeper,
    devices: { getDevice: (_ctx, id) => kitRef.k!.devices.get(id) },
    nft: nft.capabilities,
    committee: { candidates: () => [...kitRef.k!.candidates] },
    pools: withPools
      ? {
          redeemer: {
            redeem(_ctx, holder, denom, amount): SlotAssignment[] {
              const k = kitRef.k!;
              const have = k.slots.get(holder)?.get(denom) ?? 0n;
              if (amount <= 0n || have < amount) throw ErrInsufficientFunds.raise(`${have} ${denom}`);
              const out: SlotAssignment[] = [];
              let left = amount;
              for (const b of k.backing.get(denom) ?? []) {
                if (left === 0n) break;
                const take = b.units < left ? b.units : left;
                if (take === 0n) continue;
                b.units -= take;
                left -= take;
                out.push({ deviceId: b.deviceId, owner: k.devices.get(b.deviceId)!.owner, units: take });
              }
              if (left > 0n) throw ErrInsufficientFunds.raise("unbacked");
              k.slots.get(holder)!.set(denom, have - amount);
              return out;
            },
          },
          revenue: {
            accrue(ctx, payerModule, deviceId, denom, amount) {
              const k = kitRef.k!;
              if (!k.pooledDevices.has(deviceId)) return amount;
              const cut = (amount * k.poolCutBps) / 10_000n;
              if (cut > 0n) bank.keeper.sendFromModuleToModule(ctx, payerModule, POOL_ACCOUNT, [{ denom, amount: cut }]);
              return amount - cut;
            },
          },
        }
      : undefined,
  });
  const cms = createCommitMultiStore({ storeNames: ["auth", "bank", "nft", "market"], keepRecent: 0 });
  const root: CacheMultiStore = cms.branch();
  const mkCtx = (store: CacheMultiStore): Context =>
    createContext({
      block: { chainId: "market-spec", height: kit.height, timeSeconds: kit.time, timeNanos: 0, proposer: new Uint8Array(), extras: { randomness: kit.randomness, lastCommitVotes: [], misbehavior: [] } },
      mode: "deliver",
      store,
      gasMeter: createInfiniteGasMeter(),
    });
  const qctx = (): QueryContext => ({ height: kit.height, chainId: "market-spec", kv: (n) => root.getStore(n) });
  const kit: MarketSpecKit = {
    market, bank, nft,
    time: 1_767_225_600n,
    height: 1n,
    randomness: sha256(utf8("beacon")),
    devices: new Map(),
    candidates: [],
    slots: new Map(),
    backing: new Map(),
    pooledDevices: new Set(),
    poolCutBps: 1_000n,
    addr: (i) => toBech32("gcs", sha256(concatBytes(utf8("market-spec"), Uint8Array.of(i))).subarray(0, 20)),
    fund(addr, amount) {
      kit.atomic((ctx) => bank.keeper.importBalance(ctx, addr, { denom: DENOM, amount }));
    },
    balance: (addr, denom = DENOM) => bank.keeper.getBalance(qctx(), addr, denom),
    addDevice(id, owner, over = {}) {
      kit.devices.set(id, {
        id, owner, makerId: "maker-1", pubkey: new Uint8Array(32), deviceClass: DeviceClass.DEVICE_CLASS_GPU,
        capacity: { solarPeakW: 0n, storageWh: 0n, gpuModel: "RTX 4090", gpuCount: 8, fp32TflopsMilli: 82_600n },
        location: { h3Cell: 0n, index: 0 }, registeredHeight: 1n, bond: 1_000n, validator: "", score: 600, lastNonce: 0n, flagged: false, flaggedHeight: 0n,
        ...over,
      });
    },
    ctx: () => mkCtx(root),
    events: [],
    query(path, req) {
      const q = market.module.queries!.find((x) => x.path === path);
      if (!q) throw new TypeError(`no query ${path}`);
      return q.handle(qctx(), req);
    },
    atomic(fn) {
      const b = root.branch();
      try {
        const ctx = mkCtx(b);
        fn(ctx);
        b.write();
        kit.events.push(...ctx.events);
        return { code: 0, codespace: "", log: "" };
      } catch (e) {
        if (!isChainError(e)) throw e;
        return { code: e.code, codespace: e.codespace, log: e.message };
      }
    },
    run(typeUrl, value) {
      const spec = market.module.msgs!.find((x) => x.typeUrl === typeUrl) ?? nft.module.msgs!.find((x) => x.typeUrl === typeUrl);
      if (!spec) throw new TypeError(`no message ${typeUrl}`);
      let out: Uint8Array | undefined;
      const r = kit.atomic((ctx) => {
        const msg = spec.decode(value);
        spec.validateBasic(msg);
        out = spec.handle(ctx, msg).value;
      });
      return { ...r, value: out };
    },
    endBlock() {
      const r = kit.atomic((ctx) => market.module.endBlock!(ctx));
      if (r.code !== 0) throw new TypeError(`end block failed: ${r.log}`);
    },
    invariantFailures() {
      const all = [...market.module.invariants!, ...nft.module.invariants!];
      return all.map((i) => i.check(qctx())).map((x, i) => (x === undefined ? undefined : `${all[i]!.name}: ${x}`)).filter((x): x is string => x !== undefined);
    },
    supply: () => bank.keeper.getSupply(qctx(), DENOM),
    stateDigest() {
      const parts: Uint8Array[] = [];
      for (const n of root.storeNames()) for (const [k, v] of root.getStore(n).iterate()) parts.push(utf8(n), k, v);
      return toHex(sha256(concatBytes(...parts)));
    },
  };
  kitRef.k = kit;
  if (!runGenesis) return kit;
  const g = kit.atomic((ctx) => {
    nft.module.initGenesis!(ctx, undefined);
    market.module.initGenesis!(ctx, { params: marketParamsToJson({ ...DEFAULT_MARKET_PARAMS, ...params }) });
  });
  if (g.code !== 0) throw new TypeError(`genesis failed: ${g.log}`);
  return kit;
}
