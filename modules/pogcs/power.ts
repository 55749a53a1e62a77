/**
 * PoGCS voting power (DESIGN §5), pure integer maths:
 *   g(v) = G_MAX * min(1, VGC(v) / VGC_TARGET)          (parts per million, rounded down)
 *   power(v) = stake(v) * (1 + g(v)) / reduction        (consensus units, rounded down)
 * then a per-validator cap of `capPpm` of the total, by water-filling (applyPowerCap).
 */
export const PPM = 1_000_000n;

export function computeG(vgc: bigint, target: bigint, gMaxPpm: bigint): bigint {
  if (target <= 0n || vgc <= 0n) return 0n;
  const v = vgc < target ? vgc : target;
  return (gMaxPpm * v) / target;
}

export function uncappedPower(stake: bigint, gPpm: bigint, reduction: bigint): bigint {
  if (stake <= 0n) return 0n;
  return (stake * (PPM + gPpm)) / (PPM * reduction);
}

/**
 * Water-filling cap. With the powers sorted from largest, try m = 0, 1, ... capped validators:
 * the cap level C solves C = c * (m*C + R) where R is the sum of the uncapped rest, i.e.
 * C = floor(c*R / (1 - c*m)); stop at the first m where the largest uncapped power fits under C.
 * Rounding C down keeps C <= c * (m*C + R), so no validator ends above the cap of the new total.
 * Feasible only when n * c >= 1 (5 validators for 20%): with fewer, no allocation can respect the
 * cap and the powers are returned unchanged (flattening them would hand equal power to unequal stake).
 * Validators of power 0 are left at 0 and do not count towards n.
 */
export function applyPowerCap(powers: readonly bigint[], capPpm: bigint): bigint[] {
  const idx = powers.map((p, i) => ({ p, i })).filter((x) => x.p > 0n);
  const n = BigInt(idx.length);
  if (capPpm >= PPM || n === 0n || n * capPpm < PPM) return [...powers];
  idx.sort((a, b) => (a.p > b.p ? -1 : a.p < b.p ? 1 : a.i - b.i));
  let rest = idx.reduce((s, x) => s + x.p, 0n);
  for (let m = 0; m < idx.length; m++) {
    const denom = PPM - capPpm * BigInt(m);
    if (denom <= 0n) break;
    const level = (capPpm * rest) / denom;
    if (idx[m]!.p <= level) {
      const out = [...powers];
      for (let j = 0; j < m; j++) out[idx[j]!.i] = level;
      return out;
    }
    rest -= idx[m]!.p;
  }
  return [...powers];
}

export interface PowerInput {
  operator: string;
  stake: bigint;
  vgc: bigint;
  penalized: boolean;
}

export interface PowerRow extends PowerInput {
  gPpm: bigint;
  uncapped: bigint;
  power: bigint;
}

export interface PowerParams {
  vgcTarget: bigint;
  gMaxPpm: bigint;
  capPpm: bigint;
  reduction: bigint;
  /** Only the top `maxValidators` by uncapped power take part (the set staking would pick); 0 = all. */
  maxValidators?: number;
}

/** The whole table: g, uncapped and capped power per validator, in the input order. */
export function computePowerTable(rows: readonly PowerInput[], p: PowerParams): PowerRow[] {
  const withG = rows.map((r) => {
    const gPpm = r.penalized ? 0n : computeG(r.vgc, p.vgcTarget, p.gMaxPpm);
    return { ...r, gPpm, uncapped: uncappedPower(r.stake, gPpm, p.reduction), power: 0n };
  });
  let active = withG.map((_, i) => i);
  if (p.maxValidators && p.maxValidators > 0 && active.length > p.maxValidators) {
    active.sort((a, b) => {
      const x = withG[a]!;
      const y = withG[b]!;
      return x.uncapped === y.uncapped ? (x.operator < y.operator ? -1 : 1) : x.uncapped > y.uncapped ? -1 : 1;
    });
    active = active.slice(0, p.maxValidators);
  }
  const capped = applyPowerCap(active.map((i) => withG[i]!.uncapped), p.capPpm);
  active.forEach((i, j) => (withG[i]!.power = capped[j]!));
  return withG;
}
