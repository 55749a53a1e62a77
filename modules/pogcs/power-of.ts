import type { ReadCtx } from "./expected-keepers.js";
import { POGCS_STORE, powerKey } from "./keys.js";
import { pogcs } from "../../proto/gen/pogcs.js";

/** Default consensus power reduction (the SDK's 10^6 tokens per unit of power). */
export const DEFAULT_POWER_REDUCTION = 1_000_000n;

export interface PowerOfOptions {
  /** Tokens per unit of consensus power; must match what createPogcsModule was given. */
  powerReduction?: bigint;
  /** Power of a validator missing from the table (created since the last boundary): default g = 0, uncapped. */
  fallback?: (ctx: ReadCtx, validator: { operator: string; tokens: bigint }) => bigint;
}

/**
 * The power function staking injects: the capped PoGCS power computed at the last epoch boundary
 * (pogcs end block runs before staking's, so at a boundary the table is fresh). Reads only the
 * pogcs store, so it needs no keeper and can be created before the staking module.
 */
export function createPowerOf(opts: PowerOfOptions = {}): (ctx: ReadCtx, validator: { operator: string; tokens: bigint }) => bigint {
  const reduction = opts.powerReduction ?? DEFAULT_POWER_REDUCTION;
  const fallback = opts.fallback ?? ((_ctx, v) => v.tokens / reduction);
  return (ctx, validator) => {
    const raw = ctx.kv(POGCS_STORE).get(powerKey(validator.operator));
    if (!raw) return fallback(ctx, validator);
    return BigInt(pogcs.pogcs.v1.ValidatorPower.decode(raw).power || "0");
  };
}
