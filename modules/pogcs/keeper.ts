import type { Context } from "../../chain/app/context.js";
import { accAddress, parseAccAddress } from "../../chain/codec/address.js";
import { prefixEnd } from "../../chain/crypto/bytes.js";
import { ErrLogic } from "../../chain/errors/index.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "../devices/long.js";
import type { DevicesReader } from "../devices/reader.js";
import type { PogcsBankKeeper, PogcsStakingKeeper, ReadCtx } from "./expected-keepers.js";
import type { EmissionSchedule } from "./emission.js";
import { EMPTY_LEDGER, ledgerFromProto, ledgerToProto, type Ledger } from "./ledger.js";
import {
  DEFAULT_EMISSION, DEFAULT_POGCS_PARAMS, emissionFromProto, emissionToProto, pogcsParamsFromProto, pogcsParamsToProto, type PogcsParams,
} from "./params.js";
import {
  DEVICE_RESULT_PREFIX, EMISSION_KEY, LEDGER_KEY, PARAMS_KEY, PENDING_PREFIX, POGCS_STORE, POWER_PREFIX, deviceResultKey, pendingKey,
  powerKey, vgcEpochPrefix, vgcKey,
} from "./keys.js";
import type { PowerRow } from "./power.js";

import P = pogcs.pogcs.v1;

export const POGCS_MODULE_ACCOUNT = "pogcs";

const enc = new TextEncoder();
const dec = new TextDecoder();

export interface StoredPower {
  operator: string;
  stake: bigint;
  gPpm: bigint;
  vgc: bigint;
  uncapped: bigint;
  power: bigint;
  penalized: boolean;
  epoch: bigint;
}

export interface DeviceEpochResult {
  deviceId: bigint;
  epoch: bigint;
  validator: string;
  vgc: bigint;
  capacityWeight: bigint;
  workReward: bigint;
  capacityReward: bigint;
}

/** Pogcs keeper: the only writer of the pogcs store (ledger, pending rewards, VGC, power table). */
export class PogcsKeeper {
  constructor(
    readonly bank: PogcsBankKeeper,
    readonly staking: PogcsStakingKeeper,
    readonly devices: DevicesReader,
    readonly powerReduction: bigint,
  ) {}

  params(ctx: ReadCtx): PogcsParams {
    const raw = ctx.kv(POGCS_STORE).get(PARAMS_KEY);
    return raw ? pogcsParamsFromProto(P.Params.decode(raw)) : DEFAULT_POGCS_PARAMS;
  }

  setParams(ctx: Context, p: PogcsParams): void {
    ctx.kv(POGCS_STORE).set(PARAMS_KEY, P.Params.encode(pogcsParamsToProto(p)).finish());
  }

  emission(ctx: ReadCtx): EmissionSchedule {
    const raw = ctx.kv(POGCS_STORE).get(EMISSION_KEY);
    return raw ? emissionFromProto(P.EmissionSchedule.decode(raw)) : DEFAULT_EMISSION;
  }

  setEmission(ctx: Context, s: EmissionSchedule): void {
    ctx.kv(POGCS_STORE).set(EMISSION_KEY, P.EmissionSchedule.encode(emissionToProto(s)).finish());
  }

  ledger(ctx: ReadCtx): Ledger {
    const raw = ctx.kv(POGCS_STORE).get(LEDGER_KEY);
    return raw ? ledgerFromProto(P.Ledger.decode(raw)) : { ...EMPTY_LEDGER };
  }

  setLedger(ctx: Context, l: Ledger): void {
    for (const v of [l.stakerDust, l.capacityPool, l.workPool, l.emitted, l.burned]) if (v < 0n) throw ErrLogic.raise("negative ledger entry");
    ctx.kv(POGCS_STORE).set(LEDGER_KEY, P.Ledger.encode(ledgerToProto(l)).finish());
  }

  // --- pending rewards ---
  pending(ctx: ReadCtx, address: string): bigint {
    const raw = ctx.kv(POGCS_STORE).get(pendingKey(parseAccAddress(address)));
    return raw ? BigInt(dec.decode(raw)) : 0n;
  }

  /** Credits a reward; the caller moves the same amount out of a pool in the ledger. */
  credit(ctx: Context, address: string, amount: bigint): void {
    if (amount <= 0n) return;
    ctx.kv(POGCS_STORE).set(pendingKey(parseAccAddress(address)), enc.encode((this.pending(ctx, address) + amount).toString()));
  }

  clearPending(ctx: Context, address: string): void {
    ctx.kv(POGCS_STORE).delete(pendingKey(parseAccAddress(address)));
  }

  *iteratePending(ctx: ReadCtx): IterableIterator<{ address: string; amount: bigint }> {
    for (const [k, v] of ctx.kv(POGCS_STORE).iterate(PENDING_PREFIX, prefixEnd(PENDING_PREFIX))) {
      yield { address: accAddress(k.subarray(1)), amount: BigInt(dec.decode(v)) };
    }
  }

  // --- VGC per validator and epoch ---
  setEpochVgc(ctx: Context, epoch: bigint, valoper: string, vgc: bigint): void {
    if (vgc > 0n) ctx.kv(POGCS_STORE).set(vgcKey(epoch, valoper), enc.encode(vgc.toString()));
  }

  epochVgc(ctx: ReadCtx, epoch: bigint): Map<string, bigint> {
    const p = vgcEpochPrefix(epoch);
    const out = new Map<string, bigint>();
    for (const [k, v] of ctx.kv(POGCS_STORE).iterate(p, prefixEnd(p))) out.set(dec.decode(k.subarray(p.length)), BigInt(dec.decode(v)));
    return out;
  }

  pruneEpochVgc(ctx: Context, epoch: bigint): void {
    const p = vgcEpochPrefix(epoch);
    const keys = [...ctx.kv(POGCS_STORE).iterate(p, prefixEnd(p))].map(([k]) => k.slice());
    for (const k of keys) ctx.kv(POGCS_STORE).delete(k);
  }

  // --- power table ---
  getPower(ctx: ReadCtx, valoper: string): StoredPower | undefined {
    const raw = ctx.kv(POGCS_STORE).get(powerKey(valoper));
    return raw ? storedFromProto(P.ValidatorPower.decode(raw)) : undefined;
  }

  powerTable(ctx: ReadCtx): StoredPower[] {
    return [...ctx.kv(POGCS_STORE).iterate(POWER_PREFIX, prefixEnd(POWER_PREFIX))].map(([, v]) => storedFromProto(P.ValidatorPower.decode(v)));
  }

  setPowerTable(ctx: Context, rows: PowerRow[], epoch: bigint): void {
    const store = ctx.kv(POGCS_STORE);
    const old = [...store.iterate(POWER_PREFIX, prefixEnd(POWER_PREFIX))].map(([k]) => k.slice());
    for (const k of old) store.delete(k);
    for (const r of rows) {
      const m: P.IValidatorPower = {
        operator: r.operator, stake: r.stake.toString(), gPpm: toLong(r.gPpm), vgc: r.vgc.toString(), uncapped: r.uncapped.toString(),
        power: r.power.toString(), penalized: r.penalized, epoch: toLong(epoch),
      };
      store.set(powerKey(r.operator), P.ValidatorPower.encode(m).finish());
    }
  }

  // --- device results ---
  setDeviceResult(ctx: Context, r: DeviceEpochResult): void {
    ctx.kv(POGCS_STORE).set(deviceResultKey(r.deviceId, r.epoch), P.DeviceEpochResult.encode({
      deviceId: toLong(r.deviceId), epoch: toLong(r.epoch), validator: r.validator, vgc: r.vgc.toString(), capacityWeight: r.capacityWeight.toString(),
      workReward: r.workReward.toString(), capacityReward: r.capacityReward.toString(),
    }).finish());
  }

  getDeviceResult(ctx: ReadCtx, device: bigint, epoch: bigint): P.IDeviceEpochResult | undefined {
    const raw = ctx.kv(POGCS_STORE).get(deviceResultKey(device, epoch));
    return raw ? P.DeviceEpochResult.decode(raw) : undefined;
  }

  hasDeviceResults(ctx: ReadCtx): boolean {
    return !ctx.kv(POGCS_STORE).iterate(DEVICE_RESULT_PREFIX, prefixEnd(DEVICE_RESULT_PREFIX)).next().done;
  }
}

function storedFromProto(m: P.IValidatorPower): StoredPower {
  return {
    operator: m.operator ?? "", stake: BigInt(m.stake || "0"), gPpm: fromLong(m.gPpm), vgc: BigInt(m.vgc || "0"),
    uncapped: BigInt(m.uncapped || "0"), power: BigInt(m.power || "0"), penalized: m.penalized ?? false, epoch: fromLong(m.epoch),
  };
}

export function storedToProto(s: StoredPower): P.IValidatorPower {
  return {
    operator: s.operator, stake: s.stake.toString(), gPpm: toLong(s.gPpm), vgc: s.vgc.toString(), uncapped: s.uncapped.toString(),
    power: s.power.toString(), penalized: s.penalized, epoch: toLong(s.epoch),
  };
}
