import { ErrInvalidAmount } from "./errors.js";

/** floor(sqrt(n)) for any non-negative bigint, by Newton's method from an upper bound. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw ErrInvalidAmount.raise(`isqrt(${n})`);
  if (n < 2n) return n;
  // 2^ceil(bits/2) >= sqrt(n): Newton then decreases monotonically to the floor.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n; // floor division: the iterate stays >= floor(sqrt(n))
    if (y >= x) return x;
    x = y;
  }
}
