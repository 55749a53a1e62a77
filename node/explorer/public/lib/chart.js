// Small SVG charts drawn by hand: line charts over time (x = block height or seconds) and a
// horizontal stacked bar. Scales are linear; ticks are "nice" steps of 1, 2 or 5 x 10^k.
import { h, s, fixed } from "./dom.js";

export const PALETTE = ["#2f9e6e", "#3b7dd8", "#d08a2c", "#9a5bd3", "#d3455b", "#2aa0a8", "#7a8a23", "#c05c99"];

function niceStep(span, count) {
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  const n = raw / mag;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
}

function ticks(min, max, count, integer = false) {
  if (max === min) return [min];
  const step = integer ? Math.max(1, niceStep(max - min, count)) : niceStep(max - min, count);
  const out = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/**
 * series: [{ name, points: [[x, y], ...], color? }]; opts: { width, height, yFormat, xFormat, xLabel,
 * empty, zero (y axis from 0, default), integer (whole y ticks), legend }. x ticks are whole numbers.
 * Returns an <svg> that scales to its container's width.
 */
export function lineChart(series, opts = {}) {
  const live = series.filter((x) => x.points.length > 0);
  if (live.length === 0 || live.every((x) => x.points.length < 2)) {
    return h("p", { class: "empty" }, opts.empty ?? "Collecting points: the chart fills in as blocks arrive.");
  }
  const W = opts.width ?? 640, H = opts.height ?? 220, L = 64, R = 16, T = 14, B = 28;
  const xs = live.flatMap((x) => x.points.map((p) => p[0]));
  const ys = live.flatMap((x) => x.points.map((p) => p[1]));
  let [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (opts.zero !== false && y0 > 0) y0 = 0;
  if (y1 === y0) { y1 = y0 + (Math.abs(y0) || 1); }
  if (x1 === x0) x1 = x0 + 1;
  const pad = (y1 - y0) * 0.08;
  y1 += pad;
  const X = (v) => L + ((v - x0) / (x1 - x0)) * (W - L - R);
  const Y = (v) => T + (1 - (v - y0) / (y1 - y0)) * (H - T - B);
  const yf = opts.yFormat ?? ((v) => fixed(v, 3));
  const xf = opts.xFormat ?? ((v) => String(Math.round(v)));
  const grid = ticks(y0, y1, 4, opts.integer).map((v) => [
    s("line", { x1: L, x2: W - R, y1: Y(v), y2: Y(v), class: "grid" }),
    s("text", { x: L - 6, y: Y(v) + 4, class: "tick", "text-anchor": "end" }, yf(v)),
  ]);
  const xt = ticks(x0, x1, Math.round(W / 110), true).map((v) => s("text", { x: X(v), y: H - 8, class: "tick", "text-anchor": "middle" }, xf(v)));
  const lines = live.map((se, i) => {
    const color = se.color ?? PALETTE[i % PALETTE.length];
    const d = se.points.map((p, j) => `${j ? "L" : "M"}${X(p[0]).toFixed(1)},${Y(p[1]).toFixed(1)}`).join("");
    const last = se.points[se.points.length - 1];
    return s("g", { class: "series" },
      s("path", { d, fill: "none", stroke: color, "stroke-width": 2, "stroke-linejoin": "round" }),
      s("circle", { cx: X(last[0]), cy: Y(last[1]), r: 3, fill: color }),
      s("title", {}, `${se.name}: ${yf(last[1])}`));
  });
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": opts.label ?? "chart" },
    grid, xt, s("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis" }), lines,
    opts.xLabel ? s("text", { x: W - R, y: H - B - 4, class: "tick", "text-anchor": "end" }, opts.xLabel) : null);
  const legend = live.length > 1 || opts.legend
    ? h("div", { class: "legend" }, live.map((se, i) => h("span", {}, h("i", { style: `background:${se.color ?? PALETTE[i % PALETTE.length]}` }), se.name)))
    : null;
  return h("div", { class: "chart-wrap" }, svg, legend);
}

/** Horizontal stacked bar: parts [{ label, value, color }] scaled to `total` (or their sum). */
export function stackedBar(parts, total) {
  const sum = total ?? parts.reduce((a, p) => a + p.value, 0);
  const W = 100;
  let x = 0;
  const rects = parts.filter((p) => p.value > 0).map((p) => {
    const w = sum > 0 ? (p.value / sum) * W : 0;
    const r = s("rect", { x, y: 0, width: w, height: 10, fill: p.color }, s("title", {}, `${p.label}: ${fixed(p.value, 2)}`));
    x += w;
    return r;
  });
  return s("svg", { viewBox: `0 0 ${W} 10`, preserveAspectRatio: "none", class: "stacked" }, s("rect", { x: 0, y: 0, width: W, height: 10, class: "track" }), rects);
}
