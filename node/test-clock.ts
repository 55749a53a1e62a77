/**
 * A wall clock that a devnet can move forward (never back): `pogcsd start --test-clock` on a
 * devnet or test chain id enables the JSON-RPC method `unsafe_advance_time`, so hour-slot expiry,
 * contract deadlines and vote periods can be exercised in seconds. Every validator of the network
 * must be advanced by the same amount (block times are checked against each node's clock).
 */
export interface TestClock {
  now(): number;
  /** Moves the clock forward by `ms`; returns the new offset from the real clock. */
  advance(ms: number): number;
  readonly offsetMs: number;
}

export function createTestClock(): TestClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError("the clock only moves forward by a whole number of ms");
      offset += ms;
      return offset;
    },
    get offsetMs() {
      return offset;
    },
  };
}

export function testClockAllowed(chainId: string): boolean {
  return /^(pogcs-devnet|test)/.test(chainId);
}
