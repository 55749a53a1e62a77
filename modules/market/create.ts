import type { Context } from "../../chain/app/context.js";
import { ErrLogic } from "../../chain/errors/index.js";
import { isComputeClass } from "../devices/types.js";
import { HOUR_SECONDS, parseSlotDenom, slotClassOfModel } from "../pools/slots.js";
import {
  ErrAlreadyFilled, ErrClassMismatch, ErrDeadlineTooFar, ErrDeviceFlagged, ErrInvalidBondBps, ErrInvalidHours, ErrNotComputeDevice,
  ErrNotDeviceOwner, ErrNotRequester, ErrNotSlotDenom, ErrPastDeadline, ErrSelfDealing, ErrSlotAfterDeadline, ErrSlotsUnavailable,
  ErrTooManyUnits, ErrUnknownDevice, ErrWrongDenom, ErrWrongStatus, ErrAmountOverflow,
} from "./errors.js";
import { requireDeviceCapacity } from "./capacity.js";
import { emitMarket } from "./events.js";
import { MARKET_MODULE_ACCOUNT, type MarketKeeper } from "./keeper.js";
import { POSITION_CLASS, positionNftId } from "./keys.js";
import { computeBond, MAX_MARKET_AMOUNT } from "./math.js";
import { Status, type Contract, type Position } from "./types.js";

export interface CreateContractInput {
  requester: string;
  kind: number;
  specUri: string;
  specHash: Uint8Array;
  slotClass: string;
  hours: bigint;
  price: { denom: string; amount: bigint };
  incentive: { denom: string; amount: bigint };
  deadline: bigint;
  verification: number;
  providerBondBps: number;
}

/** Stateful checks then the escrow of price + incentive; returns the new contract id. */
export function processCreateContract(k: MarketKeeper, ctx: Context, m: CreateContractInput): bigint {
  const p = k.params(ctx);
  const now = ctx.block.timeSeconds;
  if (m.hours < 1n || m.hours > p.maxHours) throw ErrInvalidHours.raise(`hours ${m.hours} not in 1..${p.maxHours}`);
  if (m.price.denom !== p.quoteDenom) throw ErrWrongDenom.raise(`price in ${m.price.denom}, quote denom is ${p.quoteDenom}`);
  if (m.incentive.amount > 0n && m.incentive.denom !== p.quoteDenom) throw ErrWrongDenom.raise(`incentive in ${m.incentive.denom}`);
  if (m.price.amount + m.incentive.amount > MAX_MARKET_AMOUNT) throw ErrAmountOverflow.raise("price + incentive");
  if (m.deadline <= now) throw ErrPastDeadline.raise(`deadline ${m.deadline} at block time ${now}`);
  if (m.deadline - now > p.maxDurationSeconds) throw ErrDeadlineTooFar.raise(`deadline ${m.deadline} is more than ${p.maxDurationSeconds}s ahead`);
  if (m.providerBondBps < p.minProviderBondBps || m.providerBondBps > p.maxProviderBondBps) {
    throw ErrInvalidBondBps.raise(`${m.providerBondBps} not in ${p.minProviderBondBps}..${p.maxProviderBondBps}`);
  }
  const id = k.nextContractId(ctx);
  const escrow = m.price.amount + m.incentive.amount;
  k.deps.bank.sendFromAccountToModule(ctx, m.requester, MARKET_MODULE_ACCOUNT, [{ denom: p.quoteDenom, amount: escrow }]);
  k.setNextContractId(ctx, id + 1n);
  const c: Contract = {
    id, requester: m.requester, kind: m.kind, specUri: m.specUri, specHash: m.specHash, slotClass: m.slotClass, hours: m.hours,
    denom: p.quoteDenom, price: m.price.amount, incentive: m.incentive.amount, deadline: m.deadline, verification: m.verification,
    providerBondBps: m.providerBondBps, status: Status.CONTRACT_STATUS_OPEN, createdAt: now, unitsFilled: 0n, positionCount: 0,
    resultHash: new Uint8Array(), submitter: "", submittedAt: 0n, phaseDeadline: 0n, drawSeed: "", committee: [], votes: [],
    spotChecker: "", spotResult: 0, disputedBy: "", disputeReason: "", escrow, bonds: 0n, closedAt: 0n,
  };
  k.saveContract(ctx, c, undefined);
  emitMarket(ctx, "EventContractCreated", [
    ["contract_id", id], ["requester", m.requester], ["kind", m.kind], ["slot_class", m.slotClass], ["hours", m.hours], ["price", m.price.amount],
    ["incentive", m.incentive.amount], ["denom", p.quoteDenom], ["deadline", m.deadline], ["verification", m.verification], ["provider_bond_bps", m.providerBondBps],
  ]);
  return id;
}

function requireOpen(c: Contract, now: bigint): void {
  if (c.status !== Status.CONTRACT_STATUS_OPEN) throw ErrWrongStatus.raise(`contract ${c.id} is ${Status[c.status]}`);
  if (now >= c.deadline) throw ErrPastDeadline.raise(`contract ${c.id} deadline ${c.deadline} passed`);
}

function mintPosition(k: MarketKeeper, ctx: Context, c: Contract, deviceId: bigint, provider: string, units: bigint, bond: bigint): Position {
  const index = c.positionCount;
  const pos: Position = { contractId: c.id, index, nftId: positionNftId(c.id, index), deviceId, provider, units, bond, paidTo: "", paidAmount: 0n, settled: false };
  k.deps.nft.mint(ctx, MARKET_MODULE_ACCOUNT, { classId: POSITION_CLASS, id: pos.nftId, owner: provider });
  k.setPosition(ctx, pos);
  c.positionCount = index + 1;
  emitMarket(ctx, "EventPositionMinted", [["contract_id", c.id], ["nft_id", pos.nftId], ["device_id", deviceId], ["owner", provider], ["units", units], ["bond", bond]]);
  return pos;
}

/** Path A: one compute device of the class takes all hours; its owner posts the bond and gets the position NFT. */
export function processAcceptContract(k: MarketKeeper, ctx: Context, provider: string, contractId: bigint, deviceId: bigint): string {
  const prev = k.requireContract(ctx, contractId);
  requireOpen(prev, ctx.block.timeSeconds);
  if (prev.unitsFilled > 0n) throw ErrAlreadyFilled.raise(`contract ${contractId} has ${prev.unitsFilled} slot units`);
  if (provider === prev.requester) throw ErrSelfDealing.raise();
  const d = k.deps.devices.getDevice(ctx, deviceId);
  if (!d) throw ErrUnknownDevice.raise(`device ${deviceId}`);
  if (d.owner !== provider) throw ErrNotDeviceOwner.raise(`device ${deviceId}`);
  if (!isComputeClass(d.deviceClass)) throw ErrNotComputeDevice.raise(`device ${deviceId}`);
  const cls = slotClassOfModel(d.capacity.gpuModel);
  if (cls !== prev.slotClass) throw ErrClassMismatch.raise(`device class ${cls}, contract class ${prev.slotClass}`);
  if (d.flagged) throw ErrDeviceFlagged.raise(`device ${deviceId}`);
  requireDeviceCapacity(k, ctx, deviceId, d.capacity.gpuCount, { hours: prev.hours, deadline: prev.deadline });
  const bond = computeBond(prev.price, prev.providerBondBps);
  if (bond > 0n) k.deps.bank.sendFromAccountToModule(ctx, provider, MARKET_MODULE_ACCOUNT, [{ denom: prev.denom, amount: bond }]);
  const c: Contract = { ...prev, committee: [...prev.committee], votes: [...prev.votes] };
  const pos = mintPosition(k, ctx, c, deviceId, provider, prev.hours, bond);
  c.unitsFilled = prev.hours;
  c.bonds = bond;
  c.status = Status.CONTRACT_STATUS_ACTIVE;
  k.saveContract(ctx, c, prev);
  k.setDeviceActive(ctx, deviceId, contractId);
  emitMarket(ctx, "EventContractAccepted", [["contract_id", contractId], ["provider", provider], ["device_id", deviceId], ["nft_id", pos.nftId], ["bond", bond]]);
  return pos.nftId;
}

/**
 * Path B: the requester redeems hour slots of the contract's class whose hour ends by the deadline.
 * The pools module burns them and names the backing devices; each gets a position (pro rata to
 * its units) minted to its owner, with no bond. The contract turns active once all hours are covered.
 */
export function processRedeemSlots(k: MarketKeeper, ctx: Context, requester: string, contractId: bigint, denom: string, amount: bigint): string[] {
  const pools = k.deps.pools;
  if (!pools) throw ErrSlotsUnavailable.raise("the pools module is not wired");
  const prev = k.requireContract(ctx, contractId);
  if (prev.requester !== requester) throw ErrNotRequester.raise(`contract ${contractId}`);
  requireOpen(prev, ctx.block.timeSeconds);
  const slot = parseSlotDenom(denom);
  if (!slot) throw ErrNotSlotDenom.raise(denom);
  if (slot.cls !== prev.slotClass) throw ErrClassMismatch.raise(`slot class ${slot.cls}, contract class ${prev.slotClass}`);
  if (slot.hourStart + HOUR_SECONDS > prev.deadline) throw ErrSlotAfterDeadline.raise(`${denom} ends after ${prev.deadline}`);
  if (prev.unitsFilled + amount > prev.hours) throw ErrTooManyUnits.raise(`${amount} more units, ${prev.hours - prev.unitsFilled} needed`);
  const assignments = pools.redeemer.redeem(ctx, requester, denom, amount);
  const total = assignments.reduce((a, x) => a + x.units, 0n);
  if (total !== amount || assignments.some((a) => a.units <= 0n)) throw ErrLogic.raise(`slot redemption assigned ${total} of ${amount} units`);
  const c: Contract = { ...prev, committee: [...prev.committee], votes: [...prev.votes] };
  const ids = assignments.map((a) => mintPosition(k, ctx, c, a.deviceId, a.owner, a.units, 0n).nftId);
  c.unitsFilled = prev.unitsFilled + amount;
  if (c.unitsFilled === c.hours) c.status = Status.CONTRACT_STATUS_ACTIVE;
  k.saveContract(ctx, c, prev);
  emitMarket(ctx, "EventSlotsRedeemed", [["contract_id", contractId], ["denom", denom], ["amount", amount], ["units_filled", c.unitsFilled], ["hours", c.hours]]);
  return ids;
}

/** The requester withdraws an open contract nobody has filled: full refund. */
export function processCancelContract(k: MarketKeeper, ctx: Context, requester: string, contractId: bigint): void {
  const prev = k.requireContract(ctx, contractId);
  if (prev.requester !== requester) throw ErrNotRequester.raise(`contract ${contractId}`);
  if (prev.status !== Status.CONTRACT_STATUS_OPEN) throw ErrWrongStatus.raise(`contract ${contractId} is ${Status[prev.status]}`);
  if (prev.unitsFilled > 0n) throw ErrAlreadyFilled.raise(`contract ${contractId} has ${prev.unitsFilled} slot units`);
  k.deps.bank.sendFromModuleToAccount(ctx, MARKET_MODULE_ACCOUNT, requester, [{ denom: prev.denom, amount: prev.escrow }]);
  k.saveContract(ctx, { ...prev, status: Status.CONTRACT_STATUS_CANCELLED, escrow: 0n, closedAt: ctx.block.timeSeconds }, prev);
  emitMarket(ctx, "EventContractCancelled", [["contract_id", contractId], ["refunded", prev.escrow]]);
}
