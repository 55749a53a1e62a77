/**
 * Test-only: the amm with real auth, bank and nft keepers over an in-memory commit multistore, a
 * fake SlotReader (slots exist once registered; backing switchable), a settable clock, tx-like
 * atomic message execution (a cache branch written only on success) and the working app hash.
 */
import { pogcs } from "../../proto/gen/pogcs.js";
import { createContext } from "../../chain/app/create-context.js";
import type { Context, QueryContext } from "../../chain/app/context.js";
import { toBech32 } from "../../chain/codec/address.js";
import { toHex } from "../../chain/crypto/bytes.js";
import { isChainError } from "../../chain/errors/index.js";
import { createInfiniteGasMeter } from "../../chain/gas/meter.js";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import type { CommitMultiStore, MultiStore } from "../../chain/store/types.js";
import { createAuthModule } from "../auth/module.js";
import { moduleAddress } from "../auth/keeper.js";
import { createBankModule } from "../bank/module.js";
import type { BankKeeper } from "../bank/keeper.js";
import { createNftModule, type NftModule } from "../nft/module.js";
import { isSlotExpired, parseSlotDenom, type SlotReader, type SlotStatus } from "../pools/slots.js";
import { AMM_MODULE_PERMISSIONS, createAmmModule, type AmmModule } from "./module.js";
import { AMM_MODULE_ACCOUNT } from "./keys.js";

const STORES = ["auth", "bank", "nft", "amm"];
export const QUOTE = "ugcs";
/** 2026-01-01T00:00:00Z. */
export const T0 = 1_767_225_600n;

export interface TxOutcome {
  code: number;
  codespace: string;
  log: string;
  /** Decoded Msg...Response on success. */
  response?: Record<string, unknown>;
}

export interface AmmSpecKit {
  amm: AmmModule;
  nft: NftModule;
  bank: BankKeeper;
  cms: CommitMultiStore;
  time: bigint;
  height: bigint;
  /** Registered slots and whether they are backed (the fake pools module). */
  slots: Map<string, { backed: boolean }>;
  addr(i: number): string;
  ctx(store?: MultiStore): Context;
  view(): QueryContext;
  /** Registers a slot and credits `amount` of it to each of `holders`. */
  mintSlot(denom: string, holders: string[], amount: bigint): void;
  fund(holder: string, denom: string, amount: bigint): void;
  balance(addr: string, denom: string): bigint;
  moduleBalance(denom: string): bigint;
  atomic(fn: (ctx: Context) => void): { code: number; codespace: string; log: string };
  /** validateBasic + handle in a branch written only on success, like a tx. */
  run(typeUrl: string, msg: Record<string, unknown>): TxOutcome;
  endBlock(): void;
  query<T>(method: string, req: Record<string, unknown>): T;
  invariantFailures(): string[];
  hash(): string;
  /** Exported bank, nft and amm genesis, for a round trip. */
  exportGenesis(): { bank: unknown; nft: unknown; amm: unknown };
}

function createFakeSlots(slots: Map<string, { backed: boolean }>, bank: () => BankKeeper): SlotReader {
  return {
    slotStatus(ctx, denom, now): SlotStatus | undefined {
      const s = slots.get(denom);
      const id = parseSlotDenom(denom);
      if (!s || !id) return undefined;
      const supply = bank().getSupply(ctx, denom);
      return { cls: id.cls, hourStart: id.hourStart, supply, backedUnits: s.backed ? supply : 0n, backed: s.backed, expired: isSlotExpired(id, now) };
    },
  };
}

/** With `genesis`, the bank, nft and amm states are imported (in app order) instead of defaults. */
export function createAmmSpecKit(genesis?: { bank: unknown; nft: unknown; amm: unknown }): AmmSpecKit {
  const perms = new Map<string, readonly string[]>([...AMM_MODULE_PERMISSIONS]);
  const auth = createAuthModule({ modulePermissions: perms });
  const bankMod = createBankModule({ accounts: auth.keeper });
  const bank = bankMod.keeper;
  const nft = createNftModule();
  const slots = new Map<string, { backed: boolean }>();
  const amm = createAmmModule({
    bank,
    nft: { ...nft.capabilities, nftIdsOfOwner: (ctx, owner, classId) => nft.keeper.getNftsOfOwner(ctx, owner, classId).map((n) => n.id) },
    slots: createFakeSlots(slots, () => bank),
  });
  const cms = createCommitMultiStore({ storeNames: STORES, keepRecent: 0 });
  const kit: AmmSpecKit = {
    amm, nft, bank, cms, slots, time: T0, height: 1n,
    addr: (i) => toBech32("gcs", new Uint8Array(20).fill(i + 1)),
    ctx: (store = cms) =>
      createContext({
        block: { chainId: "amm-spec", height: kit.height, timeSeconds: kit.time, timeNanos: 0, proposer: new Uint8Array() },
        mode: "deliver", store, gasMeter: createInfiniteGasMeter(),
      }),
    view: () => ({ height: kit.height, chainId: "amm-spec", kv: (n) => cms.getStore(n) }),
    mintSlot(denom, holders, amount) {
      if (!slots.has(denom)) slots.set(denom, { backed: true });
      for (const h of holders) kit.fund(h, denom, amount);
    },
    fund(holder, denom, amount) {
      const b = cms.branch();
      bank.importBalance(kit.ctx(b), holder, { denom, amount });
      b.write();
    },
    balance: (a, d) => bank.getBalance(kit.view(), a, d),
    moduleBalance: (d) => bank.getBalance(kit.view(), moduleAddress(AMM_MODULE_ACCOUNT), d),
    atomic(fn) {
      const b = cms.branch();
      try {
        fn(kit.ctx(b));
        b.write();
        return { code: 0, codespace: "", log: "" };
      } catch (e) {
        if (!isChainError(e)) throw e;
        return { code: e.code, codespace: e.codespace, log: e.message };
      }
    },
    run(typeUrl, obj) {
      const spec = amm.module.msgs!.find((m) => m.typeUrl === typeUrl);
      if (!spec) throw new TypeError(`no message ${typeUrl}`);
      const name = typeUrl.split(".").pop()!;
      const T = (pogcs.amm.v1 as unknown as Record<string, { fromObject(o: unknown): unknown; encode(m: unknown): { finish(): Uint8Array } }>)[name]!;
      const R = (pogcs.amm.v1 as unknown as Record<string, { decode(b: Uint8Array): unknown; toObject(m: unknown, o: unknown): Record<string, unknown> }>)[`${name}Response`]!;
      const msg = spec.decode(T.encode(T.fromObject(obj)).finish());
      let response: Record<string, unknown> | undefined;
      const r = kit.atomic((ctx) => {
        spec.validateBasic(msg);
        const out = spec.handle(ctx, msg);
        response = R.toObject(R.decode(out.value), { longs: String, defaults: true });
      });
      return r.code === 0 ? { ...r, response } : r;
    },
    endBlock() {
      const b = cms.branch();
      amm.module.endBlock!(kit.ctx(b));
      b.write();
    },
    query<T>(method: string, req: Record<string, unknown>): T {
      const q = amm.module.queries!.find((x) => x.path === `/pogcs.amm.v1.Query/${method}`)!;
      const types = pogcs.amm.v1 as unknown as Record<string, { fromObject(o: unknown): unknown; encode(m: unknown): { finish(): Uint8Array }; decode(b: Uint8Array): unknown; toObject(m: unknown, o: unknown): unknown }>;
      const Req = types[`Query${method}Request`]!;
      const Res = types[`Query${method}Response`]!;
      const out = q.handle(kit.view(), Req.encode(Req.fromObject(req)).finish());
      return Res.toObject(Res.decode(out), { longs: String, defaults: true }) as T;
    },
    invariantFailures() {
      const all = [...amm.module.invariants!, ...nft.module.invariants!, ...bankMod.module.invariants!];
      return all.map((i) => i.check(kit.view())).filter((x): x is string => x !== undefined);
    },
    hash: () => toHex(cms.workingHash()),
    exportGenesis: () => ({ bank: bankMod.module.exportGenesis!(kit.view()), nft: nft.module.exportGenesis!(kit.view()), amm: amm.module.exportGenesis!(kit.view()) }),
  };
  // Genesis: module accounts, then the nft class the amm owns.
  const g = cms.branch();
  const gctx = createContext({ block: { chainId: "amm-spec", height: 0n, timeSeconds: T0, timeNanos: 0, proposer: new Uint8Array() }, mode: "genesis", store: g, gasMeter: createInfiniteGasMeter() });
  auth.keeper.getOrCreateModuleAccount(gctx, AMM_MODULE_ACCOUNT);
  if (genesis) {
    bankMod.module.initGenesis!(gctx, genesis.bank);
    nft.module.initGenesis!(gctx, genesis.nft);
  }
  amm.module.initGenesis!(gctx, genesis?.amm);
  g.write();
  return kit;
}
