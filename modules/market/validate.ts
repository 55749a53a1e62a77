import { parseAccAddress } from "../../chain/codec/address.js";
import { ErrInvalidAddress } from "../../chain/errors/index.js";
import { isValidSlotClass } from "../pools/slots.js";
import {
  ErrAmountOverflow, ErrInvalidClass, ErrInvalidKind, ErrInvalidReason, ErrInvalidResultHash, ErrInvalidSpec, ErrInvalidVerification, ErrZeroAmount,
} from "./errors.js";
import { MAX_MARKET_AMOUNT } from "./math.js";
import { Kind, Verification } from "./types.js";

/** Stateless checks shared by the messages; each refusal has its own code. */

export const MAX_URI = 512;
export const MAX_REASON = 256;

export function validateAccount(addr: string, what: string): void {
  try {
    parseAccAddress(addr);
  } catch (e) {
    throw ErrInvalidAddress.raise(`${what} ${JSON.stringify(addr)}: ${(e as Error).message}`);
  }
}

/** A decimal amount: malformed or above 2^128-1 is an overflow, zero is refused unless allowed. */
export function parseMarketAmount(s: string, what: string, allowZero = false): bigint {
  if (!/^[0-9]{1,80}$/.test(s)) {
    if (/^[0-9]+$/.test(s)) throw ErrAmountOverflow.raise(`${what} ${s.slice(0, 40)}...`);
    if (s === "" && allowZero) return 0n;
    throw ErrZeroAmount.raise(`${what} ${JSON.stringify(s.slice(0, 40))} is not a positive integer`);
  }
  const v = BigInt(s);
  if (v > MAX_MARKET_AMOUNT) throw ErrAmountOverflow.raise(`${what} ${s}`);
  if (v === 0n && !allowZero) throw ErrZeroAmount.raise(what);
  return v;
}

export function validateKind(kind: number): void {
  if (kind !== Kind.CONTRACT_KIND_TRAINING && kind !== Kind.CONTRACT_KIND_INFERENCE && kind !== Kind.CONTRACT_KIND_RENDERING) {
    throw ErrInvalidKind.raise(`kind ${kind}`);
  }
}

export function validateVerification(v: number): void {
  if (v !== Verification.VERIFICATION_COMMITTEE && v !== Verification.VERIFICATION_REQUESTER && v !== Verification.VERIFICATION_SPOT) {
    throw ErrInvalidVerification.raise(`verification ${v}`);
  }
}

export function validateSpec(uri: string, hash: Uint8Array): void {
  if (uri === "" || uri.length > MAX_URI) throw ErrInvalidSpec.raise(`spec_uri must be 1..${MAX_URI} characters`);
  if (hash.length !== 32) throw ErrInvalidSpec.raise("spec_hash must be 32 bytes");
}

export function validateClass(cls: string): void {
  if (!isValidSlotClass(cls)) throw ErrInvalidClass.raise(JSON.stringify(cls));
}

export function validateResultHash(h: Uint8Array): void {
  if (h.length !== 32) throw ErrInvalidResultHash.raise(`${h.length} bytes`);
}

export function validateReason(r: string): void {
  if (r.length > MAX_REASON) throw ErrInvalidReason.raise(`${r.length} characters`);
}
