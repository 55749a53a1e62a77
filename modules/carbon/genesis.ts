import type { Context } from "../../chain/app/context.js";
import { fromHex, toHex } from "../../chain/crypto/bytes.js";
import { ErrInvalidRegion, ErrInvalidRow } from "./errors.js";
import type { ReadCtx } from "./expected-keepers.js";
import type { CarbonKeeper } from "./keeper.js";
import { BATCH_PREFIX, CARBON } from "./keys.js";
import { getRegions, setRegion } from "./regions.js";
import { ensureCertificateClass } from "./retire.js";

/**
 * carbon genesis (snake_case JSON). Regions with their H3 cells in hex (the usual H3 notation)
 * and emission factors in grams CO2e per kWh. `rows` carries the credit ledger of an exported
 * chain verbatim (hex key/value pairs of the carbon store below the region table); the
 * invariants check it at the first block. A new chain starts with no rows.
 */
export interface CarbonGenesisJson {
  regions?: Array<{ id: string; g_co2e_per_kwh: string; cells: string[] }>;
  rows?: Array<{ key: string; value: string }>;
}

/**
 * Illustrative regions on resolution-0 H3 base cells (each about 4 million km²) with round
 * factors; they show the format and are not an authoritative grid map. Base cell 20 covers
 * northern California, 21 the US north-east coast, 12 Ireland to Paris, 15 central Europe.
 */
export function defaultCarbonGenesis(): CarbonGenesisJson {
  return {
    regions: [
      { id: "EXAMPLE-NA-WEST", g_co2e_per_kwh: "250", cells: ["8029fffffffffff"] },
      { id: "EXAMPLE-NA-EAST", g_co2e_per_kwh: "350", cells: ["802bfffffffffff"] },
      { id: "EXAMPLE-EU-WEST", g_co2e_per_kwh: "200", cells: ["8019fffffffffff"] },
      { id: "EXAMPLE-EU-CENTRAL", g_co2e_per_kwh: "450", cells: ["801ffffffffffff"] },
    ],
    rows: [],
  };
}

function parseCell(s: string): bigint {
  if (!/^[0-9a-f]{15,16}$/.test(s)) throw ErrInvalidRegion.raise(`genesis cell ${JSON.stringify(s)} is not lowercase hex`);
  return BigInt(`0x${s}`);
}

function parseFactor(s: string): bigint {
  if (!/^[0-9]{1,6}$/.test(s)) throw ErrInvalidRegion.raise(`genesis factor ${JSON.stringify(s)}`);
  return BigInt(s);
}

export function initCarbonGenesis(k: CarbonKeeper, ctx: Context, g: CarbonGenesisJson | undefined): void {
  const state = g ?? defaultCarbonGenesis();
  ensureCertificateClass(k, ctx);
  for (const r of state.regions ?? []) setRegion(ctx, { id: r.id, gCo2ePerKwh: parseFactor(r.g_co2e_per_kwh), cells: r.cells.map(parseCell) });
  const kv = ctx.kv(CARBON);
  for (const row of state.rows ?? []) {
    const key = fromHex(row.key);
    const value = fromHex(row.value);
    if (!key || !value || key.length === 0) throw ErrInvalidRow.raise(`row ${JSON.stringify(row.key)}`);
    if (key[0]! < BATCH_PREFIX[0]!) throw ErrInvalidRow.raise("genesis rows may not write the region table");
    kv.set(key, value);
  }
}

export function exportCarbonGenesis(_k: CarbonKeeper, ctx: ReadCtx): CarbonGenesisJson {
  const regions = getRegions(ctx).map((r) => ({ id: r.id, g_co2e_per_kwh: r.gCo2ePerKwh.toString(), cells: r.cells.map((c) => c.toString(16)) }));
  const rows: Array<{ key: string; value: string }> = [];
  for (const [k, v] of ctx.kv(CARBON).iterate(BATCH_PREFIX, undefined)) rows.push({ key: toHex(k), value: toHex(v) });
  return { regions, rows };
}
