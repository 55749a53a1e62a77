import { ErrInvalidCoins } from "../errors/sdk.js";

/**
 * Coins as the SDK defines them: denom validated by regex, amount a non-negative bigint that
 * fits in 256 bits, a list sorted by denom with no duplicates. Checked subtraction throws.
 */
export interface Coin {
  denom: string;
  amount: bigint;
}

/** Cosmos SDK default denom regex: [a-zA-Z][a-zA-Z0-9/:._-]{2,127}. */
const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
export const MAX_AMOUNT = (1n << 256n) - 1n;

export function isValidDenom(denom: string): boolean {
  return DENOM_RE.test(denom);
}

export function validateDenom(denom: string): void {
  if (!isValidDenom(denom)) throw ErrInvalidCoins.raise(`invalid denom: ${JSON.stringify(denom)}`);
}

/** Parses the decimal string of a proto Coin amount; rejects signs, blanks, overflow. */
export function parseAmount(s: string): bigint {
  if (!/^[0-9]{1,78}$/.test(s)) throw ErrInvalidCoins.raise(`invalid amount ${JSON.stringify(s)}`);
  const v = BigInt(s);
  if (v > MAX_AMOUNT) throw ErrInvalidCoins.raise(`amount ${s} overflows 256 bits`);
  return v;
}

export function coinFromProto(c: { denom: string; amount: string }): Coin {
  validateDenom(c.denom);
  return { denom: c.denom, amount: parseAmount(c.amount) };
}

export function coinToProto(c: Coin): { denom: string; amount: string } {
  return { denom: c.denom, amount: c.amount.toString() };
}

/** Validates a coin list meant to be sent: positive amounts, sorted, no duplicate denoms. */
export function validatePositiveCoins(coins: Coin[]): void {
  for (let i = 0; i < coins.length; i++) {
    const c = coins[i]!;
    validateDenom(c.denom);
    if (c.amount <= 0n) throw ErrInvalidCoins.raise(`${c.amount}${c.denom}: amount must be positive`);
    if (i > 0 && coins[i - 1]!.denom >= c.denom) {
      throw ErrInvalidCoins.raise(`coins must be sorted by denom and without duplicates: ${formatCoins(coins)}`);
    }
  }
}

export function coinsFromProto(list: Array<{ denom: string; amount: string }>): Coin[] {
  return list.map(coinFromProto);
}

export function formatCoins(coins: Coin[]): string {
  return coins.map((c) => `${c.amount}${c.denom}`).join(",");
}

/** Parses "10ugcs,5uatom" (CLI/genesis input); result sorted. */
export function parseCoins(s: string): Coin[] {
  if (s.trim() === "") return [];
  const out: Coin[] = [];
  for (const part of s.split(",")) {
    const m = /^\s*([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})\s*$/.exec(part);
    if (!m) throw ErrInvalidCoins.raise(`cannot parse coin ${JSON.stringify(part)}`);
    out.push({ denom: m[2]!, amount: parseAmount(m[1]!) });
  }
  out.sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
  return out;
}

export function addCoins(a: Coin[], b: Coin[]): Coin[] {
  const m = new Map<string, bigint>();
  for (const c of [...a, ...b]) m.set(c.denom, (m.get(c.denom) ?? 0n) + c.amount);
  return [...m.entries()]
    .filter(([, v]) => v !== 0n)
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([denom, amount]) => ({ denom, amount }));
}
