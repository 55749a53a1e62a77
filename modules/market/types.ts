import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "../devices/long.js";

import P = pogcs.market.v1;

export const Status = P.ContractStatus;
export const Kind = P.ContractKind;
export const Verification = P.Verification;

export const ALL_STATUSES: readonly number[] = [
  Status.CONTRACT_STATUS_OPEN, Status.CONTRACT_STATUS_ACTIVE, Status.CONTRACT_STATUS_SUBMITTED, Status.CONTRACT_STATUS_VOTING,
  Status.CONTRACT_STATUS_COMPLETED, Status.CONTRACT_STATUS_EXPIRED, Status.CONTRACT_STATUS_SLASHED, Status.CONTRACT_STATUS_CANCELLED,
];

/** Statuses in which the contract still holds escrow and its positions are live. */
export function isLive(status: number): boolean {
  return status >= Status.CONTRACT_STATUS_OPEN && status <= Status.CONTRACT_STATUS_VOTING;
}

export interface Vote {
  voter: string;
  approve: boolean;
}

export interface Contract {
  id: bigint;
  requester: string;
  kind: number;
  specUri: string;
  specHash: Uint8Array;
  slotClass: string;
  hours: bigint;
  denom: string;
  price: bigint;
  incentive: bigint;
  deadline: bigint;
  verification: number;
  providerBondBps: number;
  status: number;
  createdAt: bigint;
  unitsFilled: bigint;
  positionCount: number;
  resultHash: Uint8Array;
  submitter: string;
  submittedAt: bigint;
  phaseDeadline: bigint;
  drawSeed: string;
  committee: string[];
  votes: Vote[];
  spotChecker: string;
  /** 0 none, 1 matched, 2 differed. */
  spotResult: number;
  disputedBy: string;
  disputeReason: string;
  escrow: bigint;
  bonds: bigint;
  closedAt: bigint;
}

export interface Position {
  contractId: bigint;
  index: number;
  nftId: string;
  deviceId: bigint;
  provider: string;
  units: bigint;
  bond: bigint;
  paidTo: string;
  paidAmount: bigint;
  settled: boolean;
}

const amt = (s: string | null | undefined): bigint => (s ? BigInt(s) : 0n);

export function contractToProto(c: Contract): P.IContract {
  return {
    id: toLong(c.id), requester: c.requester, kind: c.kind, specUri: c.specUri, specHash: c.specHash, slotClass: c.slotClass,
    hours: toLong(c.hours), price: { denom: c.denom, amount: c.price.toString() }, incentive: { denom: c.denom, amount: c.incentive.toString() },
    deadline: toLong(c.deadline), verification: c.verification, providerBondBps: c.providerBondBps, status: c.status,
    createdAt: toLong(c.createdAt), unitsFilled: toLong(c.unitsFilled), positionCount: c.positionCount, resultHash: c.resultHash,
    submitter: c.submitter, submittedAt: toLong(c.submittedAt), phaseDeadline: toLong(c.phaseDeadline), drawSeed: c.drawSeed,
    committee: c.committee, votes: c.votes, spotChecker: c.spotChecker, spotResult: c.spotResult, disputedBy: c.disputedBy,
    disputeReason: c.disputeReason, escrow: c.escrow.toString(), bonds: c.bonds.toString(), closedAt: toLong(c.closedAt),
  };
}

export function contractFromProto(m: P.IContract): Contract {
  return {
    id: fromLong(m.id), requester: m.requester ?? "", kind: m.kind ?? 0, specUri: m.specUri ?? "", specHash: m.specHash ?? new Uint8Array(),
    slotClass: m.slotClass ?? "", hours: fromLong(m.hours), denom: m.price?.denom ?? "", price: amt(m.price?.amount), incentive: amt(m.incentive?.amount),
    deadline: fromLong(m.deadline), verification: m.verification ?? 0, providerBondBps: m.providerBondBps ?? 0, status: m.status ?? 0,
    createdAt: fromLong(m.createdAt), unitsFilled: fromLong(m.unitsFilled), positionCount: m.positionCount ?? 0, resultHash: m.resultHash ?? new Uint8Array(),
    submitter: m.submitter ?? "", submittedAt: fromLong(m.submittedAt), phaseDeadline: fromLong(m.phaseDeadline), drawSeed: m.drawSeed ?? "",
    committee: [...(m.committee ?? [])], votes: (m.votes ?? []).map((v) => ({ voter: v.voter ?? "", approve: v.approve ?? false })),
    spotChecker: m.spotChecker ?? "", spotResult: m.spotResult ?? 0, disputedBy: m.disputedBy ?? "", disputeReason: m.disputeReason ?? "",
    escrow: amt(m.escrow), bonds: amt(m.bonds), closedAt: fromLong(m.closedAt),
  };
}

export function encodeContract(c: Contract): Uint8Array {
  return P.Contract.encode(contractToProto(c)).finish();
}

export function decodeContract(b: Uint8Array): Contract {
  return contractFromProto(P.Contract.decode(b));
}

export function positionToProto(p: Position): P.IPosition {
  return {
    contractId: toLong(p.contractId), index: p.index, nftId: p.nftId, deviceId: toLong(p.deviceId), provider: p.provider,
    units: toLong(p.units), bond: p.bond.toString(), paidTo: p.paidTo, paidAmount: p.paidAmount.toString(), settled: p.settled,
  };
}

export function positionFromProto(m: P.IPosition): Position {
  return {
    contractId: fromLong(m.contractId), index: m.index ?? 0, nftId: m.nftId ?? "", deviceId: fromLong(m.deviceId), provider: m.provider ?? "",
    units: fromLong(m.units), bond: amt(m.bond), paidTo: m.paidTo ?? "", paidAmount: amt(m.paidAmount), settled: m.settled ?? false,
  };
}

export function encodePosition(p: Position): Uint8Array {
  return P.Position.encode(positionToProto(p)).finish();
}

export function decodePosition(b: Uint8Array): Position {
  return positionFromProto(P.Position.decode(b));
}
