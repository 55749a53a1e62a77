// Devices on an equirectangular map of their H3 cells (no tiles): the view fits the cells, with a
// graticule for orientation and a world inset showing where the view is. x is scaled by
// cos(latitude) at the view's centre so hexagons keep their shape.
import { h, s, fixed } from "./dom.js";

export const CLASS_COLORS = { solar: "#e0a526", storage: "#3b7dd8", gpu: "#2f9e6e", combined: "#9a5bd3", unspecified: "#888" };

function step(span) {
  const raw = span / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const n = raw / mag;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
}

/** devices: GeoDevice[] from /explorer/api/devices; opts: { width, height, selected, minSpanDeg }. */
export function deviceMap(devices, opts = {}) {
  const W = opts.width ?? 640, H = opts.height ?? 340;
  if (devices.length === 0) return h("p", { class: "empty" }, "No devices registered yet.");
  const pts = devices.flatMap((d) => (d.boundary.length ? d.boundary : [[d.lat, d.lng]]));
  let [la0, la1] = [Math.min(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[0]))];
  let [lo0, lo1] = [Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1]))];
  const minSpan = opts.minSpanDeg ?? 0.04;
  const cLat = (la0 + la1) / 2, cLng = (lo0 + lo1) / 2;
  const kx = Math.max(0.05, Math.cos((cLat * Math.PI) / 180));
  // Span in "screen degrees" (x already scaled), padded 25%, fitted to the W:H box.
  let spanX = Math.max((lo1 - lo0) * kx, minSpan) * 1.25;
  let spanY = Math.max(la1 - la0, minSpan) * 1.25;
  if (spanX / spanY > W / H) spanY = (spanX * H) / W; else spanX = (spanY * W) / H;
  la0 = cLat - spanY / 2; la1 = cLat + spanY / 2;
  lo0 = cLng - spanX / kx / 2; lo1 = cLng + spanX / kx / 2;
  const X = (lng) => ((lng - lo0) / (lo1 - lo0)) * W;
  const Y = (lat) => ((la1 - lat) / (la1 - la0)) * H;

  const g = step(la1 - la0);
  const grid = [];
  for (let v = Math.ceil(la0 / g) * g; v <= la1; v += g) {
    grid.push(s("line", { x1: 0, x2: W, y1: Y(v), y2: Y(v), class: "grat" }), s("text", { x: 4, y: Y(v) - 3, class: "grat-label" }, `${fixed(v, 3)}°`));
  }
  const gx = step((lo1 - lo0));
  for (let v = Math.ceil(lo0 / gx) * gx; v <= lo1; v += gx) {
    grid.push(s("line", { y1: 0, y2: H, x1: X(v), x2: X(v), class: "grat" }), s("text", { x: X(v) + 3, y: H - 4, class: "grat-label" }, `${fixed(v, 3)}°`));
  }

  const byCell = new Map();
  for (const d of devices) byCell.set(d.cell, [...(byCell.get(d.cell) ?? []), d]);
  const cells = [...byCell.values()].map((ds) => {
    const d = ds[0];
    const color = CLASS_COLORS[d.deviceClass] ?? CLASS_COLORS.unspecified;
    const sel = ds.some((x) => x.id === opts.selected);
    const poly = d.boundary.map(([a, b]) => `${X(b).toFixed(1)},${Y(a).toFixed(1)}`).join(" ");
    const cx = X(d.lng), cy = Y(d.lat);
    const label = ds.map((x) => `device ${x.id} (${x.deviceClass}, score ${x.score}‰)`).join("\n");
    const a = s("a", { href: `#/device/${d.id}`, class: `cell${sel ? " selected" : ""}${ds.some((x) => x.flagged) ? " flagged" : ""}`, "data-device-id": d.id },
      poly ? s("polygon", { points: poly, fill: color, "fill-opacity": 0.25 + 0.55 * (d.score / 1000), stroke: color }) : null,
      s("circle", { cx, cy, r: sel ? 5 : 3.5, fill: color }),
      ds.length > 1 ? s("text", { x: cx + 6, y: cy - 6, class: "cell-count" }, `×${ds.length}`) : null,
      s("title", {}, `${label}\ncell ${d.cell}\n${fixed(d.lat, 5)}, ${fixed(d.lng, 5)}`));
    return a;
  });

  // World inset (bottom right): the whole equirectangular frame and the current view.
  const IW = 120, IH = 60, ix = W - IW - 8, iy = H - IH - 8;
  const wx = (lng) => ix + ((lng + 180) / 360) * IW, wy = (lat) => iy + ((90 - lat) / 180) * IH;
  const inset = s("g", { class: "inset" },
    s("rect", { x: ix, y: iy, width: IW, height: IH, class: "inset-frame" }),
    s("line", { x1: ix, x2: ix + IW, y1: wy(0), y2: wy(0), class: "grat" }),
    s("line", { y1: iy, y2: iy + IH, x1: wx(0), x2: wx(0), class: "grat" }),
    devices.map((d) => s("circle", { cx: wx(d.lng), cy: wy(d.lat), r: 1.5, fill: CLASS_COLORS[d.deviceClass] ?? "#888" })),
    s("rect", { x: wx(lo0) - 2, y: wy(la1) - 2, width: Math.max(4, wx(lo1) - wx(lo0)) + 4 - 4, height: Math.max(4, wy(la0) - wy(la1)), class: "inset-view" }));

  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "map", role: "img", "aria-label": "devices map", "data-testid": "device-map" },
    s("rect", { x: 0, y: 0, width: W, height: H, class: "map-bg" }), grid, cells, inset);
  const legend = h("div", { class: "legend" },
    Object.entries(CLASS_COLORS).filter(([k]) => devices.some((d) => d.deviceClass === k)).map(([k, c]) => h("span", {}, h("i", { style: `background:${c}` }), k)),
    h("span", { class: "muted" }, "fill strength = score; click a cell for the device"));
  return h("div", { class: "map-wrap" }, svg, legend);
}
