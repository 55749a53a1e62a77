import type { Context } from "../../chain/app/context.js";
import { formatUnixSeconds } from "../../chain/codec/time.js";
import { fromUtf8, utf8 } from "../../chain/crypto/bytes.js";
import { makeEvent } from "../../chain/events/types.js";
import { epochOf, isEpochStart } from "../devices/epochs.js";
import type { CarbonBankKeeper, CarbonDevicesReader, CarbonNft, ReadCtx } from "./expected-keepers.js";
import {
  ErrConversionTooSmall, ErrDeviceFlagged, ErrDeviceNotFound, ErrNotDeviceOwner, ErrNothingToIssue, ErrReportAlreadyIssued,
  ErrReportNotFound, ErrRetiredCredits, ErrAmountOverflow, ErrWrongCreditType, ErrWrongRegion,
} from "./errors.js";
import { requireNotFrozen } from "./frozen.js";
import { CARBON, epochTimeKey, issuedKey } from "./keys.js";
import { CreditLedger, type SerialRange } from "./ledger.js";
import { requireRegion, requireRegionOfCell } from "./regions.js";
import { MAX_CREDIT_AMOUNT } from "./amounts.js";
import { CO2, REC, SerialStatus, type Batch } from "./types.js";

const S = SerialStatus;
export const CARBON_MODULE_ACCOUNT = CARBON;

/** `2026010100`: the UTC hour of a unix time, as it appears in batch ids. */
export function hourLabel(hour: bigint): string {
  return formatUnixSeconds(hour).slice(0, 13).replace(/[-T]/g, "");
}

export function batchId(type: string, region: string, hour: bigint, seq: bigint): string {
  return `${type}-${region}-${hourLabel(hour)}-${seq.toString().padStart(6, "0")}`;
}

/** Credits of a RECs amount (Wh) at `g` gCO2e/kWh: floor(Wh * g / 1000) grams, rounded against the holder. */
export function creditsFor(wh: bigint, gPerKwh: bigint): bigint {
  return (wh * gPerKwh) / 1000n;
}

/**
 * The carbon keeper: issuance from device reports, conversion to carbon credits, sends,
 * cancellation; retirement and baskets live in retire.ts and baskets.ts on top of it.
 */
export class CarbonKeeper {
  readonly ledger = new CreditLedger();

  constructor(
    readonly devices: CarbonDevicesReader,
    readonly bank: CarbonBankKeeper,
    readonly nft: CarbonNft,
  ) {}

  // ---- vintage clock

  /** Begin block: remembers when each device epoch started (the vintage hour of its reports). */
  recordEpochStart(ctx: Context): void {
    const L = this.devices.params(ctx).epochLength;
    if (!isEpochStart(ctx.block.height, L)) return;
    ctx.kv(CARBON).set(epochTimeKey(epochOf(ctx.block.height, L)), utf8(ctx.block.timeSeconds.toString()));
  }

  epochStartTime(ctx: ReadCtx, epoch: bigint): bigint | undefined {
    const raw = ctx.kv(CARBON).get(epochTimeKey(epoch));
    return raw ? BigInt(fromUtf8(raw)) : undefined;
  }

  issuedBatchOf(ctx: ReadCtx, deviceId: bigint, epoch: bigint): string | undefined {
    const raw = ctx.kv(CARBON).get(issuedKey(deviceId, epoch));
    return raw ? fromUtf8(raw) : undefined;
  }

  // ---- issuance

  /**
   * One REC batch per verified report of the owner's device (amount = greenWh, unit Wh), each
   * report at most once (the issued-report marker). All reports are checked before any write.
   */
  issueRecs(ctx: Context, owner: string, deviceId: bigint, epochs: bigint[], region: string): string[] {
    const device = this.devices.getDevice(ctx, deviceId);
    if (!device) throw ErrDeviceNotFound.raise(`device ${deviceId}`);
    if (device.owner !== owner) throw ErrNotDeviceOwner.raise(`device ${deviceId} belongs to ${device.owner}`);
    if (device.flagged) throw ErrDeviceFlagged.raise(`device ${deviceId}`);
    const deviceRegion = requireRegionOfCell(ctx, device.location.h3Cell);
    if (region !== "" && region !== deviceRegion) throw ErrWrongRegion.raise(`device ${deviceId} is in ${deviceRegion}, not ${region}`);
    const seen = new Set<bigint>();
    const reports = epochs.map((epoch) => {
      const r = this.devices.getReport(ctx, deviceId, epoch);
      if (!r) throw ErrReportNotFound.raise(`device ${deviceId} epoch ${epoch}`);
      const prior = this.issuedBatchOf(ctx, deviceId, epoch);
      if (prior !== undefined || seen.has(epoch)) throw ErrReportAlreadyIssued.raise(`device ${deviceId} epoch ${epoch}${prior ? ` (batch ${prior})` : ""}`);
      seen.add(epoch);
      if (r.body.greenWh <= 0n) throw ErrNothingToIssue.raise(`device ${deviceId} epoch ${epoch}`);
      return r;
    });
    let serial = this.ledger.nextSerial(ctx, REC);
    const total = reports.reduce((a, r) => a + r.body.greenWh, 0n);
    if (serial - 1n + total > MAX_CREDIT_AMOUNT) throw ErrAmountOverflow.raise("REC serial space exhausted");
    const ids: string[] = [];
    for (const r of reports) {
      const start = this.epochStartTime(ctx, r.body.epoch) ?? ctx.block.timeSeconds;
      const hour = start - (start % 3600n);
      const id = batchId(REC, deviceRegion, hour, this.ledger.nextSequence(ctx, "batch"));
      const amount = r.body.greenWh;
      const b: Batch = {
        id, creditType: REC, region: deviceRegion, vintageHour: hour, vintageEpoch: r.body.epoch, deviceId, issuer: owner, amount,
        serialStart: serial, serialEnd: serial + amount - 1n, issuanceHeight: ctx.block.height, issuanceTime: ctx.block.timeSeconds,
        report: { deviceId, epoch: r.body.epoch, bodyHash: r.bodyHash, reportHeight: r.height, greenWh: amount },
        sourceBatch: "", sourceAmount: 0n, gCo2ePerKwh: 0n,
      };
      this.ledger.issue(ctx, b, owner);
      ctx.kv(CARBON).set(issuedKey(deviceId, r.body.epoch), utf8(id));
      serial += amount;
      ids.push(id);
      ctx.emit(makeEvent("pogcs.carbon.v1.EventIssue", [
        ["batch_id", id], ["credit_type", REC], ["owner", owner], ["device_id", deviceId.toString()], ["epoch", r.body.epoch.toString()],
        ["amount", amount.toString()], ["serial_start", b.serialStart.toString()], ["serial_end", b.serialEnd.toString()], ["region", deviceRegion],
      ]));
    }
    return ids;
  }

  /**
   * Consumes `amount` Wh of a REC batch (status converted, never tradable again) and issues a new
   * CO2 batch of floor(amount * factor / 1000) grams at the batch region's current factor.
   */
  convertToCredits(ctx: Context, owner: string, batchId_: string, amount: bigint): { batchId: string; credits: bigint } {
    const rec = this.ledger.requireBatch(ctx, batchId_);
    if (rec.creditType !== REC) throw ErrWrongCreditType.raise(`batch ${rec.id} is ${rec.creditType}, conversion takes REC`);
    requireNotFrozen(ctx, this.devices, rec);
    const factor = requireRegion(ctx, rec.region).gCo2ePerKwh;
    const credits = creditsFor(amount, factor);
    if (credits === 0n) throw ErrConversionTooSmall.raise(`${amount} Wh at ${factor} g/kWh`);
    const serial = this.ledger.nextSerial(ctx, CO2);
    if (serial - 1n + credits > MAX_CREDIT_AMOUNT) throw ErrAmountOverflow.raise("CO2 serial space exhausted");
    this.ledger.move(ctx, rec.id, { holder: owner, status: S.SERIAL_STATUS_TRADABLE }, { holder: owner, status: S.SERIAL_STATUS_CONVERTED }, amount);
    const id = batchId(CO2, rec.region, rec.vintageHour, this.ledger.nextSequence(ctx, "batch"));
    this.ledger.issue(ctx, {
      id, creditType: CO2, region: rec.region, vintageHour: rec.vintageHour, vintageEpoch: rec.vintageEpoch, deviceId: rec.deviceId, issuer: owner,
      amount: credits, serialStart: serial, serialEnd: serial + credits - 1n, issuanceHeight: ctx.block.height, issuanceTime: ctx.block.timeSeconds,
      sourceBatch: rec.id, sourceAmount: amount, gCo2ePerKwh: factor,
    }, owner);
    ctx.emit(makeEvent("pogcs.carbon.v1.EventConvert", [
      ["owner", owner], ["rec_batch_id", rec.id], ["rec_amount", amount.toString()], ["batch_id", id], ["credits", credits.toString()], ["g_co2e_per_kwh", factor.toString()],
    ]));
    return { batchId: id, credits };
  }

  // ---- transfers and cancellation

  /** Tradable credits of an unfrozen batch only (34); asking for more than is tradable while retired credits would cover it is refused as moving retired credits. */
  send(ctx: Context, sender: string, recipient: string, batchId_: string, amount: bigint): SerialRange[] {
    requireNotFrozen(ctx, this.devices, this.ledger.requireBatch(ctx, batchId_));
    const bal = this.ledger.getBalance(ctx, batchId_, sender);
    if (bal.tradable < amount && bal.retired > 0n && bal.tradable + bal.retired >= amount) {
      throw ErrRetiredCredits.raise(`${sender} holds ${bal.tradable} tradable and ${bal.retired} retired of ${batchId_}, asked ${amount}`);
    }
    const ranges = this.ledger.move(ctx, batchId_, { holder: sender, status: S.SERIAL_STATUS_TRADABLE }, { holder: recipient, status: S.SERIAL_STATUS_TRADABLE }, amount);
    ctx.emit(makeEvent("pogcs.carbon.v1.EventSend", [["batch_id", batchId_], ["sender", sender], ["recipient", recipient], ["amount", amount.toString()]]));
    return ranges;
  }

  /** Allowed on frozen batches too: cancelling takes the credits out of circulation for good. */
  cancel(ctx: Context, owner: string, batchId_: string, amount: bigint, reason: string): SerialRange[] {
    this.ledger.requireBatch(ctx, batchId_);
    const ranges = this.ledger.move(ctx, batchId_, { holder: owner, status: S.SERIAL_STATUS_TRADABLE }, { holder: owner, status: S.SERIAL_STATUS_CANCELLED }, amount);
    ctx.emit(makeEvent("pogcs.carbon.v1.EventCancel", [["batch_id", batchId_], ["owner", owner], ["amount", amount.toString()], ["reason", reason]]));
    return ranges;
  }
}
