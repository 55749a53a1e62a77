import type { Context } from "../../chain/app/context.js";
import { fromUtf8, prefixEnd, utf8 } from "../../chain/crypto/bytes.js";
import { makeEvent } from "../../chain/events/types.js";
import { pogcs } from "../../proto/gen/pogcs.js";
import type { ReadCtx } from "../auth/keeper.js";
import { getH3Parts, h3CellProblem, H3_RESOLUTION } from "../devices/h3.js";
import { ErrInvalidRegion, ErrNoRegion, ErrRegionOverlap, ErrUnknownRegion } from "./errors.js";
import { CARBON, CELL_PREFIX, REGION_PREFIX, cellKey, readU64, regionKey } from "./keys.js";
import { regionFromProto, regionToProto, type Region } from "./types.js";

const REGION_ID_RE = /^[A-Z][A-Z0-9-]{1,31}$/;
/** Far above any real grid (coal is about 1,000 g/kWh); a typo guard, not a policy. */
export const MAX_G_CO2E_PER_KWH = 10_000n;
export const MAX_REGION_CELLS = 1000;

/** The ancestor of an H3 cell at a coarser resolution: same base cell and leading digits, the rest 7. */
export function h3Parent(cell: bigint, res: number): bigint {
  let v = cell & ~(0xfn << 52n);
  v |= BigInt(res) << 52n;
  for (let r = res + 1; r <= 15; r++) v |= 7n << BigInt((15 - r) * 3);
  return v;
}

export function h3Resolution(cell: bigint): number {
  return getH3Parts(cell).resolution;
}

/** Is `a` equal to or an ancestor of `b`? */
export function h3Contains(a: bigint, b: bigint): boolean {
  const ra = h3Resolution(a);
  return ra <= h3Resolution(b) && h3Parent(b, ra) === a;
}

export function validateRegionId(id: string): void {
  if (!REGION_ID_RE.test(id)) throw ErrInvalidRegion.raise(`region id ${JSON.stringify(id)}: uppercase letter then 1..31 of A-Z 0-9 -`);
}

export function validateFactor(f: bigint): void {
  if (f < 0n || f > MAX_G_CO2E_PER_KWH) throw ErrInvalidRegion.raise(`emission factor ${f} g/kWh outside 0..${MAX_G_CO2E_PER_KWH}`);
}

/** Stateless checks: id, factor, 1..1000 distinct valid cells at resolutions 0..8, no cell inside another. */
export function validateRegion(r: Region): void {
  validateRegionId(r.id);
  validateFactor(r.gCo2ePerKwh);
  if (r.cells.length === 0 || r.cells.length > MAX_REGION_CELLS) throw ErrInvalidRegion.raise(`region ${r.id} needs 1..${MAX_REGION_CELLS} cells`);
  for (const c of r.cells) {
    const res = c >= 0n && c < 1n << 64n ? h3Resolution(c) : -1;
    const why = res < 0 || res > H3_RESOLUTION ? `resolution above ${H3_RESOLUTION}` : h3CellProblem(c, res);
    if (why) throw ErrInvalidRegion.raise(`cell ${c.toString(16)} of region ${r.id}: ${why}`);
  }
  for (let i = 0; i < r.cells.length; i++) {
    for (let j = 0; j < r.cells.length; j++) {
      if (i !== j && h3Contains(r.cells[i]!, r.cells[j]!)) throw ErrInvalidRegion.raise(`cell ${r.cells[j]!.toString(16)} repeats or lies inside ${r.cells[i]!.toString(16)}`);
    }
  }
}

export function getRegion(ctx: ReadCtx, id: string): Region | undefined {
  const raw = ctx.kv(CARBON).get(regionKey(id));
  return raw ? regionFromProto(pogcs.carbon.v1.Region.decode(raw)) : undefined;
}

export function requireRegion(ctx: ReadCtx, id: string): Region {
  const r = getRegion(ctx, id);
  if (!r) throw ErrUnknownRegion.raise(`region ${JSON.stringify(id)}`);
  return r;
}

export function getRegions(ctx: ReadCtx): Region[] {
  const out: Region[] = [];
  for (const [, v] of ctx.kv(CARBON).iterate(REGION_PREFIX, prefixEnd(REGION_PREFIX))) out.push(regionFromProto(pogcs.carbon.v1.Region.decode(v)));
  return out;
}

function* iterateCells(ctx: ReadCtx): IterableIterator<{ cell: bigint; region: string }> {
  for (const [k, v] of ctx.kv(CARBON).iterate(CELL_PREFIX, prefixEnd(CELL_PREFIX))) yield { cell: readU64(k, 1), region: fromUtf8(v) };
}

/** The region whose cells contain `cell` (a device's resolution-8 cell), or undefined. */
export function regionOfCell(ctx: ReadCtx, cell: bigint): string | undefined {
  if (cell < 0n || cell >= 1n << 64n) return undefined;
  const res = h3Resolution(cell);
  const top = res < H3_RESOLUTION ? res : H3_RESOLUTION;
  for (let r = 0; r <= top; r++) {
    const hit = ctx.kv(CARBON).get(cellKey(h3Parent(cell, r)));
    if (hit) return fromUtf8(hit);
  }
  return undefined;
}

export function requireRegionOfCell(ctx: ReadCtx, cell: bigint): string {
  const r = regionOfCell(ctx, cell);
  if (r === undefined) throw ErrNoRegion.raise(`cell ${cell.toString(16)}`);
  return r;
}

/** Creates or replaces a region; its cells may not overlap any other region's. */
export function setRegion(ctx: Context, r: Region): void {
  validateRegion(r);
  const others = [...iterateCells(ctx)].filter((c) => c.region !== r.id);
  for (const mine of r.cells) {
    for (const o of others) {
      if (h3Contains(mine, o.cell) || h3Contains(o.cell, mine)) throw ErrRegionOverlap.raise(`cell ${mine.toString(16)} of ${r.id} and ${o.cell.toString(16)} of ${o.region}`);
    }
  }
  const kv = ctx.kv(CARBON);
  const old = getRegion(ctx, r.id);
  for (const c of old?.cells ?? []) kv.delete(cellKey(c));
  for (const c of r.cells) kv.set(cellKey(c), utf8(r.id));
  kv.set(regionKey(r.id), pogcs.carbon.v1.Region.encode(regionToProto(r)).finish());
  ctx.emit(makeEvent("pogcs.carbon.v1.EventSetRegion", [["region", r.id], ["g_co2e_per_kwh", r.gCo2ePerKwh.toString()], ["cells", String(r.cells.length)]]));
}

/** Governance: new factors for existing regions (all checked before any write). */
export function setEmissionFactors(ctx: Context, factors: Array<{ region: string; gCo2ePerKwh: bigint }>): void {
  const seen = new Set<string>();
  const updated = factors.map((f) => {
    validateFactor(f.gCo2ePerKwh);
    if (seen.has(f.region)) throw ErrInvalidRegion.raise(`region ${f.region} listed twice`);
    seen.add(f.region);
    return { ...requireRegion(ctx, f.region), gCo2ePerKwh: f.gCo2ePerKwh };
  });
  for (const r of updated) {
    ctx.kv(CARBON).set(regionKey(r.id), pogcs.carbon.v1.Region.encode(regionToProto(r)).finish());
    ctx.emit(makeEvent("pogcs.carbon.v1.EventSetEmissionFactor", [["region", r.id], ["g_co2e_per_kwh", r.gCo2ePerKwh.toString()]]));
  }
}
