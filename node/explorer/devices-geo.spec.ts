import { describe, it, expect } from "vitest";
import { pogcs } from "../../proto/gen/pogcs.js";
import { toLong, fromLong } from "../../modules/devices/long.js";
import { makeH3Cell } from "../../modules/devices/h3.js";
import { cellHex, listGeoDevices, loadCellGeometry, type AbciQuery, type CellGeometry } from "./devices-geo.js";

import D = pogcs.devices.v1;

const CELL = makeH3Cell(20, [0, 0, 0, 0, 0, 0, 0, 1]);

/** A fake devices query: `perClass[c]` devices of class c, served in pages as the module does. */
function fakeQuery(perClass: Record<number, number>, calls: string[] = []): AbciQuery {
  return (path, data) => {
    const req = D.QueryDevicesByClassRequest.decode(data);
    calls.push(`${req.class}@${fromLong(req.page?.offset as never)}`);
    const n = perClass[req.class] ?? 0;
    const offset = Number(fromLong(req.page?.offset as never)), limit = Number(fromLong(req.page?.limit as never));
    const ids = Array.from({ length: n }, (_, i) => BigInt(req.class * 10_000 + i + 1)).slice(offset, offset + limit);
    const end = offset + limit;
    const devices = ids.map((id) => ({ id: toLong(id), owner: `owner${id}`, class: req.class, location: { h3Cell: toLong(CELL), index: 0 }, score: 500, validator: "gcsvaloper1x" }));
    expect(path).toBe("/pogcs.devices.v1.Query/DevicesByClass");
    return { code: 0, height: 7n, value: D.QueryDevicesResponse.encode({ devices, page: { total: toLong(BigInt(n)), nextOffset: toLong(end < n ? BigInt(end) : 0n) } }).finish() };
  };
}

const flat: CellGeometry = { cellToLatLng: () => [1, 2], cellToBoundary: () => [[0, 0], [0, 1], [1, 1]] };

describe("explorer device geometry", () => {
  it("h3 cell centres match the H3 reference values and lie inside their hexagon", async () => {
    const geo = await loadCellGeometry();
    // h3-js README example: latLngToCell(37.3615593, -122.0553238, 7) = 87283472bffffff, centred at:
    const [lat, lng] = geo.cellToLatLng("87283472bffffff");
    expect(lat).toBeCloseTo(37.35171820183272, 9);
    expect(lng).toBeCloseTo(-122.05032565263946, 9);
    const b = geo.cellToBoundary(cellHex(CELL as never));
    const [clat, clng] = geo.cellToLatLng(cellHex(CELL as never));
    expect(b).toHaveLength(6);
    expect(clat).toBeGreaterThan(Math.min(...b.map((p) => p[0])));
    expect(clat).toBeLessThan(Math.max(...b.map((p) => p[0])));
    expect(clng).toBeGreaterThan(Math.min(...b.map((p) => p[1])));
    expect(clng).toBeLessThan(Math.max(...b.map((p) => p[1])));
  });

  it("cellHex writes uint64 cells in hex", () => {
    expect(cellHex(toLong(0x8828308281fffffn))).toBe("8828308281fffff");
    expect(cellHex(undefined)).toBe("0");
  });

  it("lists every class through all pages, sorted by id, with height and class names", () => {
    const calls: string[] = [];
    const out = listGeoDevices(fakeQuery({ 1: 2, 3: 1500, 4: 1 }, calls), flat);
    expect(out.devices).toHaveLength(1503);
    expect(out.height).toBe("7");
    expect(out.truncated).toBe(false);
    expect(calls).toEqual(["1@0", "2@0", "3@0", "3@1000", "4@0"]);
    const ids = out.devices.map((d) => BigInt(d.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(out.devices[0]).toMatchObject({ id: "10001", deviceClass: "solar", cell: cellHex(CELL as never), lat: 1, lng: 2, boundary: [[0, 0], [0, 1], [1, 1]] });
    expect(out.devices.at(-1)!.deviceClass).toBe("combined");
  });

  it("stops at MAX_GEO_DEVICES and says so; a failing query contributes nothing", () => {
    const big = listGeoDevices(fakeQuery({ 3: 6000 }), flat);
    expect(big.devices).toHaveLength(5000);
    expect(big.truncated).toBe(true);
    const failing: AbciQuery = () => ({ code: 5, height: 0n });
    expect(listGeoDevices(failing, flat)).toEqual({ height: "0", devices: [], truncated: false });
  });
});
