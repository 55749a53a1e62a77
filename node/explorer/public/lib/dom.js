// Tiny DOM helpers: h() builds elements, s() builds SVG elements; formatting of chain values.
const SVG_NS = "http://www.w3.org/2000/svg";

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "text") el.textContent = String(v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);
export const s = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

export function replace(el, ...children) {
  el.replaceChildren();
  return build(el, {}, children);
}

/** A card with a title, optional note on the right, and a body. */
export function card(title, body, opts = {}) {
  return h("section", { class: `card ${opts.class ?? ""}`, "data-testid": opts.testid },
    h("header", {}, h("h2", {}, title), opts.note ? h("span", { class: "note" }, opts.note) : null),
    h("div", { class: "card-body" }, body));
}

export const empty = (msg) => h("p", { class: "empty" }, msg);

/** A table from column specs `{ label, cell(row) -> node|string, cls? }`. */
export function table(columns, rows, opts = {}) {
  if (rows.length === 0) return empty(opts.empty ?? "Nothing yet.");
  return h("table", { class: opts.class ?? "" },
    h("thead", {}, h("tr", {}, columns.map((c) => h("th", { class: c.cls }, c.label)))),
    h("tbody", {}, rows.map((r) => h("tr", { "data-key": opts.key?.(r) }, columns.map((c) => h("td", { class: c.cls }, c.cell(r)))))));
}

/** Key/value list from `[label, value]` pairs. */
export const kv = (pairs) => h("dl", { class: "kv" }, pairs.filter(Boolean).map(([k, v]) => [h("dt", {}, k), h("dd", {}, v ?? "—")]));

export const link = (href, text, attrs = {}) => h("a", { href, ...attrs }, text);

// ---- formatting -------------------------------------------------------------------------------

/** Integer string with thin group separators ("1234567" -> "1 234 567"). */
export function int(v) {
  const str = String(v ?? "0");
  const neg = str.startsWith("-");
  const d = neg ? str.slice(1) : str;
  return (neg ? "-" : "") + d.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
}

/** Base-unit amount (string) shown in display units with up to `places` decimals. */
export function amount(base, decimals = 6, places = 2) {
  let v;
  try { v = BigInt(String(base ?? "0").split(".")[0]); } catch { return String(base); }
  const neg = v < 0n;
  if (neg) v = -v;
  const unit = 10n ** BigInt(decimals);
  const whole = v / unit;
  const frac = (v % unit).toString().padStart(decimals, "0").slice(0, places).replace(/0+$/, "");
  return `${neg ? "-" : ""}${int(whole.toString())}${frac ? "." + frac : ""}`;
}

/** 1e18 fixed-point decimal string -> number (for charts; display uses fixed()). */
export function fromFixed18(v) {
  try {
    const b = BigInt(String(v ?? "0"));
    return Number(b / 10n ** 12n) / 1e6;
  } catch { return Number(v) || 0; }
}

export const fixed = (x, places = 4) => (Number.isFinite(x) ? x.toLocaleString("en-US", { maximumFractionDigits: places }) : "—");

/** Parts per million as a percentage. */
export const ppm = (v) => `${fixed(Number(v ?? 0) / 1e4, 2)} %`;

/** Address shortened in the middle, full value in the tooltip. */
export function short(addr, head = 10, tail = 6) {
  const a = String(addr ?? "");
  if (a.length <= head + tail + 1) return h("span", { class: "mono" }, a);
  return h("span", { class: "mono", title: a }, `${a.slice(0, head)}…${a.slice(-tail)}`);
}

export function ago(iso) {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return "";
  const s = Math.max(0, Math.round((Date.now() - t) / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
  return `${Math.floor(s / 86400)}d ago`;
}

export const time = (iso) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC") : String(iso ?? "");
};

export function badge(text, kind = "") {
  return h("span", { class: `badge ${kind}` }, text);
}
