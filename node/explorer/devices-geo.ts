import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong } from "../../modules/devices/long.js";

import D = pogcs.devices.v1;

/** One device as the explorer map draws it: its H3 cell, the cell's centre and outline. */
export interface GeoDevice {
  id: string;
  deviceClass: string;
  owner: string;
  validator: string;
  score: number;
  flagged: boolean;
  /** H3 cell index in hex (8828308281fffff). */
  cell: string;
  lat: number;
  lng: number;
  /** Cell outline, [lat, lng] pairs. */
  boundary: Array<[number, number]>;
}

/** The two h3-js functions the map needs (node-side only; the page gets plain numbers). */
export interface CellGeometry {
  cellToLatLng(cell: string): [number, number];
  cellToBoundary(cell: string): Array<[number, number]>;
}

/** Answers an ABCI query at the latest height (node.app.query). */
export type AbciQuery = (path: string, data: Uint8Array) => { code: number; value?: Uint8Array; height: bigint };

const CLASS_NAMES: Record<number, string> = { 1: "solar", 2: "storage", 3: "gpu", 4: "combined" };
const PAGE = 1000;
/** Upper bound on devices returned (the map stays readable, the answer small). */
export const MAX_GEO_DEVICES = 5000;

let geometry: Promise<CellGeometry> | undefined;

/** h3-js is loaded on first use (it allocates its own heap; nodes nobody browses never load it). */
export function loadCellGeometry(): Promise<CellGeometry> {
  geometry ??= import("h3-js").then((h3) => ({ cellToLatLng: (c) => h3.cellToLatLng(c) as [number, number], cellToBoundary: (c) => h3.cellToBoundary(c) as Array<[number, number]> }));
  return geometry;
}

/** A uint64 (protobufjs Long or number) as an unpadded hex H3 index. */
export function cellHex(v: { toString(radix?: number): string } | number | null | undefined): string {
  if (v === null || v === undefined) return "0";
  return BigInt(v.toString()).toString(16);
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Every registered device (all four classes, paged), each with the centre and outline of its cell. */
export function listGeoDevices(query: AbciQuery, geo: CellGeometry): { height: string; devices: GeoDevice[]; truncated: boolean } {
  const devices: GeoDevice[] = [];
  let height = 0n;
  let truncated = false;
  for (const cls of [1, 2, 3, 4]) {
    let offset = 0;
    for (;;) {
      const req = D.QueryDevicesByClassRequest.encode({ class: cls, page: { offset: toLong(BigInt(offset)), limit: toLong(BigInt(PAGE)) } }).finish();
      const res = query("/pogcs.devices.v1.Query/DevicesByClass", req);
      if (res.code !== 0) break;
      height = res.height;
      const out = D.QueryDevicesResponse.decode(res.value ?? new Uint8Array());
      for (const d of out.devices) {
        if (devices.length >= MAX_GEO_DEVICES) {
          truncated = true;
          break;
        }
        devices.push(toGeo(d, geo));
      }
      const next = Number(out.page?.nextOffset ?? 0);
      if (truncated || next === 0 || out.devices.length === 0) break;
      offset = next;
    }
  }
  devices.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
  return { height: height.toString(), devices, truncated };
}

function toGeo(d: D.IDevice, geo: CellGeometry): GeoDevice {
  const cell = cellHex(d.location?.h3Cell as never);
  let lat = 0;
  let lng = 0;
  let boundary: Array<[number, number]> = [];
  try {
    [lat, lng] = geo.cellToLatLng(cell);
    boundary = geo.cellToBoundary(cell).map(([a, b]) => [round(a), round(b)]);
  } catch {
    // not a valid H3 cell (cannot happen for registered devices): drawn at 0,0 without outline
  }
  return {
    id: String(d.id ?? 0),
    deviceClass: CLASS_NAMES[Number(d.class ?? 0)] ?? "unspecified",
    owner: d.owner ?? "",
    validator: d.validator ?? "",
    score: Number(d.score ?? 0),
    flagged: Boolean(d.flagged),
    cell,
    lat: round(lat),
    lng: round(lng),
    boundary,
  };
}
