/** Store layout of the auth module: one place for every key. */
export const AUTH = "auth";

export const ACCOUNT_PREFIX = Uint8Array.of(0x01);
export const NEXT_ACCOUNT_NUMBER_KEY = Uint8Array.of(0x02);
export const PARAMS_KEY = Uint8Array.of(0x03);

export function accountKey(addr: Uint8Array): Uint8Array {
  const k = new Uint8Array(1 + addr.length);
  k[0] = ACCOUNT_PREFIX[0]!;
  k.set(addr, 1);
  return k;
}
