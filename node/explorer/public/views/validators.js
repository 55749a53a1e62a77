// Validators: staking records joined with PoGCS power (stake x (1 + g), then the cap), power over time.
import { h, card, table, int, short, amount, ppm, fixed, badge, replace, link, empty } from "../lib/dom.js";
import { rest } from "../lib/api.js";
import { lineChart, stackedBar } from "../lib/chart.js";

export const POWER_COLORS = { stake: "#3b7dd8", green: "#2f9e6e", cut: "#d3455b" };

/** { operator -> staking validator } and { operator -> PoGCS power row }, plus the total power. */
export async function loadValidators(ctx) {
  const [st, pw] = await Promise.all([rest("/cosmos/staking/v1beta1/validators?pagination.limit=200"), rest("/pogcs/pogcs/v1/validators/power")]);
  const staking = new Map((st.ok ? st.data.validators : []).map((v) => [v.operator_address, v]));
  const power = new Map((pw.ok ? pw.data.powers : []).map((p) => [p.operator, p]));
  ctx.monikers = new Map([...staking].map(([op, v]) => [op, v.description?.moniker || op]));
  return { staking, power, total: pw.ok ? Number(pw.data.total) : 0, error: st.ok ? (pw.ok ? null : pw) : st };
}

/** Splits a power row into the stake part, the green bonus (g) and what the cap took off. */
export function breakdown(p) {
  const stake = Number(BigInt(p.stake ?? "0") / 1_000_000n);
  const uncapped = Number(p.uncapped ?? 0), power = Number(p.power ?? 0);
  const stakePart = Math.min(stake, power);
  return { stake, uncapped, power, parts: [
    { label: "stake", value: stakePart, color: POWER_COLORS.stake },
    { label: "green bonus (g)", value: Math.max(0, power - stakePart), color: POWER_COLORS.green },
    { label: "removed by the cap", value: Math.max(0, uncapped - power), color: POWER_COLORS.cut },
  ] };
}

export function statusBadge(v, p) {
  if (!v) return badge("unknown");
  if (v.jailed) return badge("jailed", "bad");
  if (p?.penalized) return badge("penalized", "warn");
  return v.status === "BOND_STATUS_BONDED" ? badge("bonded", "ok") : badge(v.status.replace("BOND_STATUS_", "").toLowerCase(), "warn");
}

export async function sample(ctx, height) {
  const pw = await rest("/pogcs/pogcs/v1/validators/power");
  if (!pw.ok) return;
  for (const p of pw.data.powers) ctx.history.add(`power:${p.operator}`, height, Number(p.power));
}

export function powerChart(ctx, operators, opts = {}) {
  const series = ctx.history.withPrefix("power:").filter((x) => !operators || operators.includes(x.name))
    .map((x) => ({ name: ctx.monikers?.get(x.name) ?? x.name.slice(0, 18), points: x.points }));
  return lineChart(series, { width: opts.width ?? 1200, height: opts.height ?? 260, yFormat: (v) => int(Math.round(v)), integer: true, xLabel: "height", legend: true });
}

export function render(root, _params, ctx) {
  const list = h("div", { "data-testid": "validators" });
  const chart = h("div");
  const draw = async () => {
    const { staking, power, total, error } = await loadValidators(ctx);
    const ops = [...new Set([...staking.keys(), ...power.keys()])];
    const rows = ops.map((op) => ({ op, v: staking.get(op), p: power.get(op) }))
      .sort((a, b) => Number(b.p?.power ?? 0) - Number(a.p?.power ?? 0));
    replace(list, error && rows.length === 0 ? empty(`Could not load validators: ${error.message}`) : table([
      { label: "Validator", cell: (r) => link(`#/validator/${r.op}`, r.v?.description?.moniker || r.op, { "data-testid": "validator-link", "data-operator": r.op }) },
      { label: "Operator", cell: (r) => short(r.op, 14, 6) },
      { label: "Status", cell: (r) => statusBadge(r.v, r.p) },
      { label: "Stake (GCS)", cls: "num", cell: (r) => amount(r.p?.stake ?? r.v?.tokens, ctx.cfg.denom.decimals, 0) },
      { label: "g", cls: "num", cell: (r) => (r.p ? ppm(r.p.g_ppm) : "—") },
      { label: "VGC (mGPUh)", cls: "num", cell: (r) => (r.p ? int(r.p.vgc) : "—") },
      { label: "Power", cls: "num", cell: (r) => (r.p ? int(r.p.power) : "—") },
      { label: "Share", cls: "num", cell: (r) => (r.p && total ? `${fixed((100 * Number(r.p.power)) / total, 2)} %` : "—") },
      { label: "Breakdown", cell: (r) => (r.p ? stackedBar(breakdown(r.p).parts, breakdown(r.p).uncapped) : "—") },
    ], rows, { key: (r) => r.op, empty: "No validators." }));
    replace(chart, powerChart(ctx));
  };
  replace(root,
    h("h1", { class: "page" }, "Validators", h("small", {}, "power = stake × (1 + g), capped; g from the validator's verified green compute (VGC)")),
    card("Validator set", [list, h("div", { class: "legend" }, Object.entries({ stake: "stake part", green: "green bonus", cut: "removed by the cap" }).map(([k, l]) => h("span", {}, h("i", { style: `background:${POWER_COLORS[k]}` }), l)))], { class: "span-12", testid: "validator-set" }),
    card("Consensus power over time", chart, { class: "span-12", note: "sampled on new blocks" }));
  draw();
  let n = 0;
  return { onBlock() { if (++n % 3 === 0) draw(); }, onSample() { replace(chart, powerChart(ctx)); } };
}
