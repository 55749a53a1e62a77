import { pogcs } from "../../proto/gen/pogcs.js";
import { fromLong, toLong } from "../devices/long.js";

import P = pogcs.pogcs.v1;

/** Supply ledger and the undistributed balances of the pogcs module account (all in the emission denom). */
export interface Ledger {
  genesisSupply: bigint;
  emitted: bigint;
  /** Fee burns by pogcs. */
  burned: bigint;
  currentPerBlock: bigint;
  stakerDust: bigint;
  capacityPool: bigint;
  workPool: bigint;
  /** Credited to pending rewards, ever. */
  distributed: bigint;
  lastSettledEpoch: bigint;
  anySettled: boolean;
  feesCollected: bigint;
  withdrawn: bigint;
  burnedElsewhere: bigint;
}

export const EMPTY_LEDGER: Ledger = {
  genesisSupply: 0n, emitted: 0n, burned: 0n, currentPerBlock: 0n, stakerDust: 0n, capacityPool: 0n, workPool: 0n,
  distributed: 0n, lastSettledEpoch: 0n, anySettled: false, feesCollected: 0n, withdrawn: 0n, burnedElsewhere: 0n,
};

const s = (b: bigint) => b.toString();
const b = (x: string | null | undefined) => BigInt(x || "0");

export function ledgerToProto(l: Ledger): P.ILedger {
  return {
    genesisSupply: s(l.genesisSupply), emitted: s(l.emitted), burned: s(l.burned), currentPerBlock: s(l.currentPerBlock),
    stakerDust: s(l.stakerDust), capacityPool: s(l.capacityPool), workPool: s(l.workPool), distributed: s(l.distributed),
    lastSettledEpoch: toLong(l.lastSettledEpoch), anySettled: l.anySettled, feesCollected: s(l.feesCollected), withdrawn: s(l.withdrawn),
    burnedElsewhere: s(l.burnedElsewhere),
  };
}

export function ledgerFromProto(m: P.ILedger): Ledger {
  return {
    genesisSupply: b(m.genesisSupply), emitted: b(m.emitted), burned: b(m.burned), currentPerBlock: b(m.currentPerBlock),
    stakerDust: b(m.stakerDust), capacityPool: b(m.capacityPool), workPool: b(m.workPool), distributed: b(m.distributed),
    lastSettledEpoch: fromLong(m.lastSettledEpoch), anySettled: m.anySettled ?? false, feesCollected: b(m.feesCollected),
    withdrawn: b(m.withdrawn), burnedElsewhere: b(m.burnedElsewhere),
  };
}
