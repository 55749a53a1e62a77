// Pools (virtual asset pools: NAV per share) and the hour-slot AMM (spot prices, class price index,
// TWAP), charted over time from points sampled on new blocks. Routes that a node does not serve
// yet (404/501) read as "no data yet".
import { h, card, table, int, short, amount, badge, replace, empty, fixed, fromFixed18, time } from "../lib/dom.js";
import { restFirst, isMissing } from "../lib/api.js";
import { lineChart } from "../lib/chart.js";

const MAX_CLASSES = 8, MAX_POOLS = 20;
const TWAP_WINDOW = 3600;

/** REST paths (node/rest/routes/pools.ts, amm.ts); lists so a renamed route can be tried next to the old one. */
export const PATHS = {
  pools: () => ["/pogcs/pools/v1/pools?page.limit=100"],
  classes: () => ["/pogcs/amm/v1/classes"],
  classPools: (c) => [`/pogcs/amm/v1/classes/${encodeURIComponent(c)}/pools?page.limit=${MAX_POOLS}`],
  priceIndex: (c, w) => [`/pogcs/amm/v1/classes/${encodeURIComponent(c)}/price_index?window_seconds=${w}`],
};

const noData = (r, what) => empty(isMissing(r) ? `No ${what} data yet: this node does not serve the route (module not deployed).` : r.status === 0 ? `No ${what} data: ${r.message}.` : `No ${what} data (${r.status}: ${r.message}).`);

/** A 1e18 fixed-point price in quote base units, shown per display unit when the quote is the staking denom. */
export function price(v, quoteDenom, cfg) {
  const x = fromFixed18(v);
  return quoteDenom === cfg.denom.base ? x / 10 ** cfg.denom.decimals : x;
}
const quoteOf = (x, cfg) => x.pools[0]?.pool?.quote_denom ?? cfg.denom.base;
const unitOf = (q, cfg) => (q === cfg.denom.base ? cfg.denom.display : q);

/** NAV per pool share: assets / total_shares (0 for an empty pool). */
export const navPerShare = (p) => (Number(p.total_shares) > 0 ? Number(p.assets) / Number(p.total_shares) : 0);

async function loadAmm() {
  const cls = await restFirst(PATHS.classes());
  if (!cls.ok) return { cls, classes: [] };
  const classes = await Promise.all((cls.data.classes ?? []).slice(0, MAX_CLASSES).map(async (c) => {
    const [pools, idx] = await Promise.all([restFirst(PATHS.classPools(c.slot_class)), restFirst(PATHS.priceIndex(c.slot_class, TWAP_WINDOW))]);
    return { c, pools: pools.ok ? (pools.data.pools ?? []) : [], index: idx.ok ? idx.data : null };
  }));
  return { cls, classes };
}

export async function sample(ctx, height) {
  const [pools, amm] = await Promise.all([restFirst(PATHS.pools()), loadAmm()]);
  if (pools.ok) for (const p of (pools.data.pools ?? []).slice(0, MAX_POOLS)) ctx.history.add(`nav:${p.name || p.id}`, height, navPerShare(p));
  for (const x of amm.classes) {
    const q = quoteOf(x, ctx.cfg);
    if (x.index) {
      ctx.history.add(`index:${x.c.slot_class}`, height, price(x.index.spot_price, q, ctx.cfg));
      ctx.history.add(`twap:${x.c.slot_class}`, height, price(x.index.price, q, ctx.cfg));
    }
    for (const v of x.pools) if (!v.pool?.expired) ctx.history.add(`spot:${v.pool.slot_denom}`, height, price(v.spot_price, v.pool.quote_denom, ctx.cfg));
  }
}

function poolsTable(pools, ctx) {
  return table([
    { label: "Pool", cell: (p) => h("span", {}, h("b", {}, p.name || `#${p.id}`), h("span", { class: "muted" }, ` #${p.id}`)) },
    { label: "Kind", cell: (p) => badge(String(p.kind).replace("POOL_KIND_", "").toLowerCase().replace(/_/g, " ")) },
    { label: "Members", cls: "num", cell: (p) => `${p.member_count}/${p.seats}` },
    { label: "Assets", cls: "num", cell: (p) => `${amount(p.assets, ctx.cfg.denom.decimals, 2)} ${p.quote_denom === ctx.cfg.denom.base ? ctx.cfg.denom.display : p.quote_denom}` },
    { label: "Shares", cls: "num", cell: (p) => int(p.total_shares) },
    { label: "NAV / share", cls: "num", cell: (p) => fixed(navPerShare(p), 6) },
    { label: "Revenue share", cls: "num", cell: (p) => `${fixed(p.revenue_share_bps / 100, 2)} %` },
    { label: "Creator", cell: (p) => short(p.creator, 10, 6) },
  ], pools, { empty: "No pools yet." });
}

function ammTable(classes, cfg) {
  const rows = classes.flatMap(({ pools }) => pools);
  return table([
    { label: "Slot", cell: (v) => h("span", { class: "mono" }, v.pool.slot_denom) },
    { label: "Hour (UTC)", cell: (v) => time(new Date(Number(v.pool.hour_start) * 1000).toISOString()) },
    { label: "Base reserve", cls: "num", cell: (v) => int(v.pool.base_reserve) },
    { label: "Quote reserve", cls: "num", cell: (v) => (v.pool.quote_denom === cfg.denom.base ? `${amount(v.pool.quote_reserve, cfg.denom.decimals, 2)} ${cfg.denom.display}` : `${int(v.pool.quote_reserve)} ${v.pool.quote_denom}`) },
    { label: "Spot", cls: "num", cell: (v) => `${fixed(price(v.spot_price, v.pool.quote_denom, cfg), 6)} ${unitOf(v.pool.quote_denom, cfg)}` },
    { label: "TWAP since open", cls: "num", cell: (v) => fixed(price(v.twap_since_open, v.pool.quote_denom, cfg), 6) },
    { label: "Fee", cls: "num", cell: (v) => `${v.fee_bps} bps` },
    { label: "", cell: (v) => (v.pool.expired ? badge("expired", "bad") : v.trading_open ? badge("open", "ok") : badge("closed", "warn")) },
  ], rows, { empty: "No slot pools yet." });
}

function indexTable(classes, cfg) {
  return table([
    { label: "Class", cell: (x) => h("b", {}, x.c.slot_class) },
    { label: "Spot index", cls: "num", cell: (x) => (x.index ? `${fixed(price(x.index.spot_price, quoteOf(x, cfg), cfg), 6)} ${unitOf(quoteOf(x, cfg), cfg)}` : "—") },
    { label: `TWAP (${TWAP_WINDOW / 3600} h window)`, cls: "num", cell: (x) => (x.index ? fixed(price(x.index.price, quoteOf(x, cfg), cfg), 6) : "—") },
    { label: "Live pools", cls: "num", cell: (x) => String(x.pools.filter((v) => !v.pool?.expired).length) },
    { label: "Σ base", cls: "num", cell: (x) => int(x.c.sum_base) },
    { label: "Σ quote", cls: "num", cell: (x) => int(x.c.sum_quote) },
  ], classes, { empty: "No classes yet." });
}

export function render(root, _params, ctx) {
  const pools = h("div", { "data-testid": "pools" }), index = h("div", { "data-testid": "amm-index" }), slots = h("div");
  const navChart = h("div"), idxChart = h("div"), spotChart = h("div");
  const charts = () => {
    replace(navChart, lineChart(ctx.history.withPrefix("nav:"), { height: 180, yFormat: (v) => fixed(v, 4), xLabel: "height", legend: true, zero: false, empty: "No pool data sampled yet." }));
    replace(idxChart, lineChart([...ctx.history.withPrefix("index:").map((x) => ({ ...x, name: `${x.name} spot` })), ...ctx.history.withPrefix("twap:").map((x) => ({ ...x, name: `${x.name} TWAP` }))], { height: 180, yFormat: (v) => fixed(v, 4), xLabel: "height", legend: true, zero: false, empty: "No price index sampled yet." }));
    replace(spotChart, lineChart(ctx.history.withPrefix("spot:").slice(-8), { width: 1200, height: 260, yFormat: (v) => fixed(v, 4), xLabel: "height", legend: true, zero: false, empty: "No slot prices sampled yet." }));
  };
  const draw = async () => {
    const [p, amm] = await Promise.all([restFirst(PATHS.pools()), loadAmm()]);
    replace(pools, p.ok ? poolsTable(p.data.pools ?? [], ctx) : noData(p, "pool"));
    replace(index, amm.cls.ok ? indexTable(amm.classes, ctx.cfg) : noData(amm.cls, "AMM"));
    replace(slots, amm.cls.ok ? ammTable(amm.classes, ctx.cfg) : noData(amm.cls, "AMM"));
    charts();
  };
  replace(root,
    h("h1", { class: "page" }, "Pools & AMM", h("small", {}, "hour-slot tokens gch/<class>/<hour> (1 = one GPU-hour) against the quote denom; prices per slot token")),
    card("Asset pools", pools, { class: "span-12", testid: "pools-card" }),
    card("Pool NAV per share over time", navChart, { class: "span-6", note: "sampled on new blocks" }),
    card("Green compute price index", idxChart, { class: "span-6", note: "spot and TWAP per class" }),
    card("Price index by class", index, { class: "span-12", testid: "amm-card" }),
    card("Slot pools", slots, { class: "span-12" }),
    card("Slot spot prices over time", spotChart, { class: "span-12" }));
  draw();
  let n = 0;
  return { onBlock() { if (++n % 4 === 0) draw(); }, onSample: charts };
}
