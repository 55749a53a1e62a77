import { ErrOutOfGas } from "../errors/sdk.js";

/**
 * Gas meter (Cosmos SDK store/types/gas.go). Consuming past the limit throws ErrOutOfGas
 * after recording the overflowing amount, so `consumed` reports what was attempted, as the SDK does.
 */
export interface GasMeter {
  readonly limit: bigint;
  readonly consumed: bigint;
  consume(amount: bigint, descriptor: string): void;
  refund(amount: bigint): void;
  isPastLimit(): boolean;
}

export const INFINITE_GAS = (1n << 64n) - 1n;

export function createGasMeter(limit: bigint): GasMeter {
  let consumed = 0n;
  return {
    limit,
    get consumed() {
      return consumed;
    },
    consume(amount, descriptor) {
      consumed += amount;
      if (consumed > INFINITE_GAS) consumed = INFINITE_GAS;
      if (consumed > limit) {
        throw ErrOutOfGas.raise(`out of gas in location: ${descriptor}; gasWanted: ${limit}, gasUsed: ${consumed}`);
      }
    },
    refund(amount) {
      consumed = amount > consumed ? 0n : consumed - amount;
    },
    isPastLimit() {
      return consumed > limit;
    },
  };
}

/** A meter that never runs out (genesis, begin/end block, simulate's outer frame). */
export function createInfiniteGasMeter(): GasMeter {
  return createGasMeter(INFINITE_GAS);
}
