// Carbon: certificate and credit batches issued from verified device reports, supply split
// (tradable / retired / escrowed / cancelled), retirements and baskets; issued and retired over time.
import { h, card, table, int, short, badge, replace, empty, link, time } from "../lib/dom.js";
import { restFirst, isMissing } from "../lib/api.js";
import { lineChart } from "../lib/chart.js";

export const PATHS = {
  batches: (offset, limit) => [`/pogcs/carbon/v1/batches?page.offset=${offset}&page.limit=${limit}`],
  retirements: (offset, limit) => [`/pogcs/carbon/v1/retirements?page.offset=${offset}&page.limit=${limit}`],
  baskets: () => ["/pogcs/carbon/v1/baskets"],
};
const PAGE = 1000, MAX_BATCHES = 5000, SHOW = 30;

/** Every batch (up to MAX_BATCHES, pages of PAGE) so the supply totals are whole: { ok, data: { batches } } or the failure. */
async function loadBatches() {
  const first = await restFirst(PATHS.batches(0, PAGE));
  if (!first.ok) return first;
  const batches = [...(first.data.batches ?? [])];
  const total = Number(first.data.page?.total ?? batches.length);
  for (let off = PAGE; off < Math.min(total, MAX_BATCHES); off += PAGE) {
    const r = await restFirst(PATHS.batches(off, PAGE));
    if (!r.ok) break;
    batches.push(...(r.data.batches ?? []));
  }
  return { ok: true, data: { batches, total } };
}

/** The latest `n` retirements (the list is in id order): ask for the total, then the tail. */
async function loadRetirements(n) {
  const head = await restFirst(PATHS.retirements(0, 1));
  if (!head.ok) return head;
  const total = Number(head.data.page?.total ?? 0);
  if (total <= 1) return head;
  return restFirst(PATHS.retirements(Math.max(0, total - n), n));
}
const FIELDS = ["issued", "tradable", "retired", "escrowed", "cancelled", "converted"];

const noData = (r, what) => empty(isMissing(r) ? `No ${what} yet: this node does not serve the route (module not deployed).` : `No ${what}: ${r.message}.`);

/** Sum of each supply field per credit type over the listed batches. */
export function totals(batches) {
  const out = new Map();
  for (const b of batches) {
    const t = b.batch?.credit_type ?? "?";
    const row = out.get(t) ?? Object.fromEntries(FIELDS.map((f) => [f, 0n]));
    for (const f of FIELDS) row[f] += BigInt(b.supply?.[f] ?? "0");
    out.set(t, row);
  }
  return out;
}

export async function sample(ctx, height) {
  const r = await loadBatches();
  if (!r.ok) return;
  for (const [t, row] of totals(r.data.batches ?? [])) {
    ctx.history.add(`carbon-issued:${t}`, height, Number(row.issued));
    ctx.history.add(`carbon-retired:${t}`, height, Number(row.retired));
  }
}

const unixTime = (s) => (Number(s) ? time(new Date(Number(s) * 1000).toISOString()) : "—");

export function render(root, _params, ctx) {
  const supply = h("div", { "data-testid": "carbon-supply" }), batches = h("div"), retirements = h("div"), baskets = h("div"), chart = h("div");
  const charts = () => replace(chart, lineChart([
    ...ctx.history.withPrefix("carbon-issued:").map((x) => ({ ...x, name: `${x.name} issued` })),
    ...ctx.history.withPrefix("carbon-retired:").map((x) => ({ ...x, name: `${x.name} retired` })),
  ], { height: 200, yFormat: (v) => int(Math.round(v)), xLabel: "height", legend: true }));
  const draw = async () => {
    const [b, r, k] = await Promise.all([loadBatches(), loadRetirements(SHOW), restFirst(PATHS.baskets())]);
    if (b.ok) {
      const all = b.data.batches ?? [];
      replace(supply, table([
        { label: "Credit type", cell: ([t]) => h("b", {}, t) },
        ...FIELDS.map((f) => ({ label: f, cls: "num", cell: ([, row]) => int(row[f].toString()) })),
      ], [...totals(all)], { empty: "Nothing issued yet." }));
      replace(batches, table([
        { label: "Batch", cell: (x) => h("span", { class: "mono" }, x.batch.id) },
        { label: "Type", cell: (x) => x.batch.credit_type },
        { label: "Region", cell: (x) => x.batch.region },
        { label: "Vintage", cell: (x) => `${unixTime(x.batch.vintage_hour)} (epoch ${x.batch.vintage_epoch})` },
        { label: "Device", cell: (x) => link(`#/device/${x.batch.device_id}`, `#${x.batch.device_id}`) },
        { label: "Issued", cls: "num", cell: (x) => int(x.supply?.issued ?? x.batch.amount) },
        { label: "Retired", cls: "num", cell: (x) => int(x.supply?.retired ?? "0") },
        { label: "Serials", cell: (x) => h("span", { class: "mono muted" }, `${x.batch.serial_start}–${x.batch.serial_end}`) },
        { label: "Height", cls: "num", cell: (x) => x.batch.issuance_height },
      ], [...all].reverse().slice(0, SHOW), { empty: "No batches issued yet." }), b.data.total > all.length ? h("p", { class: "muted" }, `Totals over the first ${all.length} of ${b.data.total} batches.`) : null);
    } else {
      replace(supply, noData(b, "carbon issuance"));
      replace(batches, noData(b, "batches"));
    }
    replace(retirements, r.ok ? table([
      { label: "#", cls: "num", cell: (x) => x.id },
      { label: "Owner", cell: (x) => short(x.owner, 10, 6) },
      { label: "Beneficiary", cell: (x) => x.beneficiary || "—" },
      { label: "Jurisdiction", cell: (x) => x.jurisdiction || "—" },
      { label: "Reason", cell: (x) => x.reason || "—" },
      { label: "Amount", cls: "num", cell: (x) => int((x.credits ?? []).reduce((a, c) => a + BigInt(c.amount ?? "0"), 0n).toString()) },
      { label: "Certificate", cell: (x) => (x.certificate_id ? badge(x.certificate_id, "ok") : "—") },
      { label: "Height", cls: "num", cell: (x) => x.height },
    ], [...(r.data.retirements ?? [])].reverse(), { empty: "No retirements yet." }) : noData(r, "retirements"));
    replace(baskets, k.ok ? table([
      { label: "Basket", cell: (x) => h("b", {}, x.basket.name || x.basket.id) },
      { label: "Coin", cell: (x) => h("span", { class: "mono" }, x.basket.denom) },
      { label: "Coin supply", cls: "num", cell: (x) => int(x.coin_supply) },
      { label: "Batches held", cls: "num", cell: (x) => String(x.balances?.length ?? 0) },
      { label: "Curator", cell: (x) => short(x.basket.curator, 10, 6) },
    ], k.data.baskets ?? [], { empty: "No baskets yet." }) : noData(k, "baskets"));
    charts();
  };
  replace(root,
    h("h1", { class: "page" }, "Carbon", h("small", {}, "RECs (1 MWh, hourly vintage) from verified device energy reports; credits (tCO2e) by regional emission factor")),
    card("Supply by credit type", supply, { class: "span-7", testid: "carbon-card" }),
    card("Issued and retired over time", chart, { class: "span-5", note: "sampled on new blocks" }),
    card("Latest batches", batches, { class: "span-12" }),
    card("Retirements", retirements, { class: "span-12" }),
    card("Baskets", baskets, { class: "span-12" }));
  draw();
  let n = 0;
  return { onBlock() { if (++n % 4 === 0) draw(); }, onSample: charts };
}
