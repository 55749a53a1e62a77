import type { Context } from "../../chain/app/context.js";
import { sha256 } from "../../chain/crypto/hash.js";
import { equalBytes } from "../../chain/crypto/bytes.js";
import { makeEvent } from "../../chain/events/types.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import { reportSignBytes } from "./sign-bytes.js";
import { ED25519_VERIFY_GAS, verifyEd25519 } from "./verify.js";
import { epochOf, epochStart } from "./epochs.js";
import { DEVICES_MODULE_ACCOUNT, type DevicesKeeper } from "./keeper.js";
import { slashedKey, DEVICES_STORE } from "./keys.js";
import { reportBodyFromProto, type Device, type ReportBody } from "./types.js";
import {
  ErrAlreadySlashed, ErrDeviceFlagged, ErrDeviceNotFound, ErrDuplicateReport, ErrFutureEpoch, ErrInvalidReport,
  ErrInvalidReportSignature, ErrNonceNotIncreasing, ErrNotConflicting, ErrStaleEpoch, ErrUnknownMaker, ErrWrongChain,
} from "./errors.js";

export function decodeReportBody(bytes: Uint8Array): ReportBody {
  try {
    return reportBodyFromProto(pogcs.devices.v1.ReportBody.decode(bytes));
  } catch (e) {
    throw ErrInvalidReport.raise(`cannot decode report body: ${(e as Error).message}`);
  }
}

/** Decodes a signed body and checks chain, device, maker and signature (shared by reports and evidence). */
function authenticate(k: DevicesKeeper, ctx: Context, bytes: Uint8Array, signature: Uint8Array): { body: ReportBody; device: Device } {
  const body = decodeReportBody(bytes);
  if (body.chainId !== ctx.block.chainId) throw ErrWrongChain.raise(`report for chain ${JSON.stringify(body.chainId)}`);
  const device = k.getDevice(ctx, body.deviceId);
  if (!device) throw ErrDeviceNotFound.raise(`device ${body.deviceId}`);
  if (!k.getMaker(ctx, device.makerId)) throw ErrUnknownMaker.raise(`maker ${device.makerId} of device ${device.id} is no longer registered`);
  ctx.gasMeter.consume(ED25519_VERIFY_GAS, "ed25519 device report");
  if (!verifyEd25519(signature, reportSignBytes(bytes), device.pubkey)) throw ErrInvalidReportSignature.raise(`device ${device.id}`);
  return { body, device };
}

/**
 * Accepts one signed report per device and epoch: the current epoch, or the one just ended within
 * the grace window; the nonce must grow strictly per device (replay protection).
 */
export function processSubmitReport(k: DevicesKeeper, ctx: Context, bytes: Uint8Array, signature: Uint8Array): void {
  const { body, device } = authenticate(k, ctx, bytes, signature);
  if (device.flagged) throw ErrDeviceFlagged.raise(`device ${device.id}`);
  const p = k.params(ctx);
  if (body.uptimePermille > 1000) throw ErrInvalidReport.raise("uptime above 1000 per mille");
  if (body.greenWh > body.energyConsumedWh) throw ErrInvalidReport.raise("green energy above energy consumed");
  if (body.gpuSeconds > BigInt(device.capacity.gpuCount) * p.maxGpuSecondsPerGpu) throw ErrInvalidReport.raise("more GPU-seconds than the device's GPUs can deliver in an epoch");
  const current = epochOf(ctx.block.height, p.epochLength);
  if (body.epoch > current) throw ErrFutureEpoch.raise(`epoch ${body.epoch} > current ${current}`);
  const inGrace = body.epoch + 1n === current && ctx.block.height < epochStart(current, p.epochLength) + p.reportGraceBlocks;
  if (body.epoch !== current && !inGrace) throw ErrStaleEpoch.raise(`epoch ${body.epoch}, current ${current}`);
  if (k.getReport(ctx, device.id, body.epoch)) throw ErrDuplicateReport.raise(`device ${device.id} epoch ${body.epoch}`);
  if (body.nonce <= device.lastNonce) throw ErrNonceNotIncreasing.raise(`nonce ${body.nonce} <= ${device.lastNonce}`);
  k.setReport(ctx, { body, bodyHash: sha256(bytes), height: ctx.block.height });
  k.setDevice(ctx, { ...device, lastNonce: body.nonce });
  ctx.emit(makeEvent("device_report", [["device_id", device.id.toString()], ["epoch", body.epoch.toString()], ["gpu_seconds", body.gpuSeconds.toString()], ["green_wh", body.greenWh.toString()]]));
}

/** ceil(a * num / den): a slash rounds in favour of the protocol. */
function mulDivCeil(a: bigint, num: bigint, den: bigint): bigint {
  return (a * num + den - 1n) / den;
}

/**
 * Evidence of two different signed bodies for one device and epoch: slashes the bond and pending
 * unbondings by the param share (rounded up), pays the reporter its share of that (rounded down),
 * burns the rest, flags the device and sets its validator's g to 0 for `g_penalty_epochs`.
 */
export function processDoubleReport(
  k: DevicesKeeper, ctx: Context, sender: string, a: Uint8Array, sa: Uint8Array, b: Uint8Array, sb: Uint8Array,
): { slashed: bigint; reward: bigint } {
  const ra = authenticate(k, ctx, a, sa);
  const rb = authenticate(k, ctx, b, sb);
  if (ra.body.deviceId !== rb.body.deviceId || ra.body.epoch !== rb.body.epoch) throw ErrNotConflicting.raise("different device or epoch");
  if (equalBytes(a, b)) throw ErrNotConflicting.raise("identical bodies");
  const device = ra.device;
  const epoch = ra.body.epoch;
  const store = ctx.kv(DEVICES_STORE);
  if (store.has(slashedKey(device.id, epoch))) throw ErrAlreadySlashed.raise(`device ${device.id} epoch ${epoch}`);
  store.set(slashedKey(device.id, epoch), Uint8Array.of(1));
  const p = k.params(ctx);
  const num = BigInt(p.doubleReportSlashPermille);
  const bondCut = mulDivCeil(device.bond, num, 1000n);
  let slashed = bondCut;
  for (const { key, u } of [...k.iterateUnbondings(ctx)]) {
    if (u.deviceId !== device.id) continue;
    const cut = mulDivCeil(u.amount, num, 1000n);
    k.setUnbondingAt(ctx, key, { ...u, amount: u.amount - cut });
    slashed += cut;
  }
  const wasCounted = !device.flagged;
  k.setDevice(ctx, { ...device, bond: device.bond - bondCut, flagged: true, flaggedHeight: ctx.block.height });
  if (wasCounted) k.addDensity(ctx, device.location.h3Cell, device.deviceClass, -1n);
  const reward = (slashed * BigInt(p.doubleReportRewardPermille)) / 1000n;
  const burned = slashed - reward;
  if (reward > 0n) k.bank.sendFromModuleToAccount(ctx, DEVICES_MODULE_ACCOUNT, sender, [{ denom: p.bondDenom, amount: reward }]);
  if (burned > 0n) {
    k.bank.burn(ctx, DEVICES_MODULE_ACCOUNT, [{ denom: p.bondDenom, amount: burned }]);
    k.addBurned(ctx, burned);
  }
  if (device.validator !== "") {
    const current = epochOf(ctx.block.height, p.epochLength);
    k.setPenaltyUntil(ctx, device.validator, current + 1n + p.gPenaltyEpochs);
  }
  ctx.emit(makeEvent("device_double_report", [
    ["device_id", device.id.toString()], ["epoch", epoch.toString()], ["slashed", `${slashed}${p.bondDenom}`],
    ["reward", `${reward}${p.bondDenom}`], ["validator", device.validator],
  ]));
  return { slashed, reward };
}
