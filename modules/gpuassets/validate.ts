import { parseAccAddress } from "../../chain/codec/address.js";
import { ErrInvalidAddress, ErrInvalidAssetId, ErrInvalidText } from "./errors.js";

export const MAX_TEXT = 256;

export function validateAddress(addr: string, what: string): void {
  try {
    parseAccAddress(addr);
  } catch (e) {
    throw ErrInvalidAddress.raise(`${what} ${JSON.stringify(addr)}: ${(e as Error).message}`);
  }
}

export function validateAssetId(id: bigint): void {
  if (id <= 0n) throw ErrInvalidAssetId.raise(`asset ${id}`);
}

/** Required text: 1..MAX_TEXT characters; optional text: 0..MAX_TEXT. */
export function validateText(what: string, s: string, required: boolean): void {
  if ((required && s.length === 0) || s.length > MAX_TEXT) throw ErrInvalidText.raise(`${what}: ${required ? "1" : "0"}..${MAX_TEXT} characters`);
}
