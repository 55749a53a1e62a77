import type { Context } from "../../chain/app/context.js";
import { makeEvent } from "../../chain/events/types.js";
import { h3CellProblem } from "./h3.js";
import { certificateSignBytes, possessionSignBytes } from "./sign-bytes.js";
import { ED25519_VERIFY_GAS, verifyEd25519 } from "./verify.js";
import { DEVICES_MODULE_ACCOUNT, type DevicesKeeper } from "./keeper.js";
import { DEVICE_CLASSES, isComputeClass, type Capacity, type Location } from "./types.js";
import {
  ErrBadCertificate, ErrClassNotAllowed, ErrDeviceFlagged, ErrDeviceKeyTaken, ErrDeviceNotFound, ErrInsufficientBond,
  ErrInvalidBond, ErrInvalidCapacity, ErrInvalidDeviceSignature, ErrInvalidLocation, ErrLocationTaken, ErrNotOwner,
  ErrUnknownMaker, ErrUnknownValidator,
} from "./errors.js";

const U64_MAX = (1n << 64n) - 1n;

export interface RegisterDeviceInput {
  owner: string;
  makerId: string;
  devicePubKey: Uint8Array;
  deviceClass: number;
  capacity: Capacity;
  location: Location;
  makerSignature: Uint8Array;
  deviceSignature: Uint8Array;
}

/** Stateless checks of a registration (validateBasic). */
export function validateRegistration(r: RegisterDeviceInput): void {
  if (!DEVICE_CLASSES.includes(r.deviceClass)) throw ErrInvalidCapacity.raise(`unknown device class ${r.deviceClass}`);
  if (r.devicePubKey.length !== 32) throw ErrBadCertificate.raise("device key must be a 32-byte ed25519 key");
  const c = r.capacity;
  for (const v of [c.solarPeakW, c.storageWh, c.fp32TflopsMilli]) if (v < 0n || v > U64_MAX) throw ErrInvalidCapacity.raise("value out of range");
  if (c.gpuModel.length > 64) throw ErrInvalidCapacity.raise("gpu model longer than 64 characters");
  if (isComputeClass(r.deviceClass) && (c.gpuCount < 1 || c.fp32TflopsMilli === 0n || c.gpuModel === "")) {
    throw ErrInvalidCapacity.raise("gpu and combined devices need a GPU model, count and FP32 TFLOPS");
  }
  if (!isComputeClass(r.deviceClass) && (c.gpuCount !== 0 || c.fp32TflopsMilli !== 0n)) throw ErrInvalidCapacity.raise("only gpu and combined devices declare GPUs");
  if ((r.deviceClass === 1 || r.deviceClass === 4) && c.solarPeakW === 0n) throw ErrInvalidCapacity.raise("solar and combined devices need a peak power");
  if (r.deviceClass === 2 && c.storageWh === 0n) throw ErrInvalidCapacity.raise("storage devices need a capacity");
  const problem = h3CellProblem(r.location.h3Cell);
  if (problem) throw ErrInvalidLocation.raise(`h3 cell: ${problem}`);
  if (r.location.index < 0 || r.location.index > 0xffffffff) throw ErrInvalidLocation.raise("index must be a u32");
}

/** Registers a maker-certified device; one location address and one key per device. */
export function processRegisterDevice(k: DevicesKeeper, ctx: Context, r: RegisterDeviceInput): bigint {
  const maker = k.getMaker(ctx, r.makerId);
  if (!maker) throw ErrUnknownMaker.raise(r.makerId);
  if (!maker.classes.includes(r.deviceClass)) throw ErrClassNotAllowed.raise(`maker ${maker.id} does not certify class ${r.deviceClass}`);
  ctx.gasMeter.consume(2n * ED25519_VERIFY_GAS, "ed25519 device certificate");
  const cert = certificateSignBytes({
    chainId: ctx.block.chainId, devicePubKey: r.devicePubKey, deviceClass: r.deviceClass, capacity: r.capacity, location: r.location,
  });
  if (!verifyEd25519(r.makerSignature, cert, maker.pubkey)) throw ErrBadCertificate.raise(`not signed by maker ${maker.id}`);
  if (!verifyEd25519(r.deviceSignature, possessionSignBytes(ctx.block.chainId, r.owner, r.devicePubKey), r.devicePubKey)) {
    throw ErrInvalidDeviceSignature.raise();
  }
  if (k.deviceIdByPubKey(ctx, r.devicePubKey) !== undefined) throw ErrDeviceKeyTaken.raise();
  const taken = k.deviceIdAtLocation(ctx, r.location.h3Cell, r.location.index);
  if (taken !== undefined) throw ErrLocationTaken.raise(`held by device ${taken}`);
  const id = k.nextDeviceId(ctx);
  const p = k.params(ctx);
  k.createDevice(ctx, {
    id, owner: r.owner, makerId: maker.id, pubkey: r.devicePubKey, deviceClass: r.deviceClass, capacity: r.capacity,
    location: r.location, registeredHeight: ctx.block.height, bond: 0n, validator: "", score: p.initialScore, lastNonce: 0n,
    flagged: false, flaggedHeight: 0n,
  });
  ctx.emit(makeEvent("register_device", [["device_id", id.toString()], ["owner", r.owner], ["maker", maker.id], ["h3_cell", r.location.h3Cell.toString(16)], ["location_index", String(r.location.index)]]));
  return id;
}

function ownedDevice(k: DevicesKeeper, ctx: Context, owner: string, id: bigint) {
  const d = k.getDevice(ctx, id);
  if (!d) throw ErrDeviceNotFound.raise(`device ${id}`);
  if (d.owner !== owner) throw ErrNotOwner.raise(`device ${id}`);
  return d;
}

/** Adds `amount` to the device bond (owner -> devices module account) and names the backed validator. */
export function processBondDevice(k: DevicesKeeper, ctx: Context, owner: string, id: bigint, amount: bigint, validator: string): void {
  const d = ownedDevice(k, ctx, owner, id);
  if (d.flagged) throw ErrDeviceFlagged.raise(`device ${id}`);
  if (amount <= 0n) throw ErrInvalidBond.raise("amount must be positive");
  if (!k.staking.hasValidator(ctx, validator)) throw ErrUnknownValidator.raise(validator);
  const p = k.params(ctx);
  k.bank.sendFromAccountToModule(ctx, owner, DEVICES_MODULE_ACCOUNT, [{ denom: p.bondDenom, amount }]);
  k.setDevice(ctx, { ...d, bond: d.bond + amount, validator });
  ctx.emit(makeEvent("bond_device", [["device_id", id.toString()], ["amount", `${amount}${p.bondDenom}`], ["validator", validator]]));
}

/** Moves `amount` of the bond to an unbonding entry paid out after `unbonding_blocks` (slashable until then). */
export function processUnbondDevice(k: DevicesKeeper, ctx: Context, owner: string, id: bigint, amount: bigint): bigint {
  const d = ownedDevice(k, ctx, owner, id);
  if (amount <= 0n) throw ErrInvalidBond.raise("amount must be positive");
  if (amount > d.bond) throw ErrInsufficientBond.raise(`bond ${d.bond} < ${amount}`);
  const p = k.params(ctx);
  const completionHeight = ctx.block.height + p.unbondingBlocks;
  k.setDevice(ctx, { ...d, bond: d.bond - amount });
  k.addUnbonding(ctx, { deviceId: id, owner, amount, completionHeight });
  ctx.emit(makeEvent("unbond_device", [["device_id", id.toString()], ["amount", `${amount}${p.bondDenom}`], ["completion_height", completionHeight.toString()]]));
  return completionHeight;
}

/** End block: pays matured unbondings back to their owners. */
export function processMatureUnbondings(k: DevicesKeeper, ctx: Context): void {
  const p = k.params(ctx);
  const due = [...k.iterateUnbondings(ctx, ctx.block.height)];
  for (const { key, u } of due) {
    k.setUnbondingAt(ctx, key, { ...u, amount: 0n });
    if (u.amount > 0n) k.bank.sendFromModuleToAccount(ctx, DEVICES_MODULE_ACCOUNT, u.owner, [{ denom: p.bondDenom, amount: u.amount }]);
    ctx.emit(makeEvent("complete_device_unbonding", [["device_id", u.deviceId.toString()], ["amount", `${u.amount}${p.bondDenom}`]]));
  }
}
