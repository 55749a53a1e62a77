// One validator: staking record, PoGCS power broken down, backing devices, delegations, power history.
import { h, card, kv, table, int, short, amount, ppm, fixed, badge, replace, link, empty } from "../lib/dom.js";
import { rest, local } from "../lib/api.js";
import { stackedBar } from "../lib/chart.js";
import { breakdown, statusBadge, powerChart } from "./validators.js";

export function render(root, [operator], ctx) {
  const info = h("div"), power = h("div"), devices = h("div"), delegations = h("div"), chart = h("div");
  const title = h("span", {}, operator);
  const d = ctx.cfg.denom;

  const draw = async () => {
    const [v, p, dels, devs] = await Promise.all([
      rest(`/cosmos/staking/v1beta1/validators/${operator}`),
      rest(`/pogcs/pogcs/v1/validators/${operator}/power`),
      rest(`/cosmos/staking/v1beta1/validators/${operator}/delegations?pagination.limit=50`),
      local("/explorer/api/devices"),
    ]);
    if (!v.ok) {
      replace(info, empty(v.status === 404 ? `No validator ${operator}.` : `Could not load the validator: ${v.message}`));
    } else {
      const val = v.data.validator;
      ctx.monikers ??= new Map();
      ctx.monikers.set(operator, val.description?.moniker || operator);
      title.textContent = val.description?.moniker || operator;
      const rates = val.commission?.commission_rates ?? {};
      replace(info, kv([
        ["Operator", h("span", { "data-testid": "validator-operator" }, val.operator_address)],
        ["Status", statusBadge(val, p.ok ? p.data.power : null)],
        ["Tokens", `${amount(val.tokens, d.decimals, 6)} ${d.display}`],
        ["Delegator shares", val.delegator_shares],
        ["Commission", `${fixed(Number(rates.rate) * 100, 2)} % (max ${fixed(Number(rates.max_rate) * 100, 2)} %, change ≤ ${fixed(Number(rates.max_change_rate) * 100, 2)} %/day)`],
        ["Min self-delegation", val.min_self_delegation],
        ["Consensus key", h("span", { class: "mono" }, val.consensus_pubkey?.key ?? "—")],
        val.description?.details ? ["Details", val.description.details] : null,
        val.jailed ? ["Unbonding", `height ${val.unbonding_height}, until ${val.unbonding_time}`] : null,
      ]));
    }
    if (p.ok) {
      const row = p.data.power;
      const b = breakdown(row);
      replace(power,
        h("div", { class: "breakdown", "data-testid": "power-breakdown" }, stackedBar(b.parts, b.uncapped),
          h("div", { class: "legend" }, b.parts.map((x) => h("span", {}, h("i", { style: `background:${x.color}` }), `${x.label}: ${int(x.value)}`)))),
        kv([
          ["Stake", `${amount(row.stake, d.decimals, 6)} ${d.display} → ${int(b.stake)} power`],
          ["g (green factor)", ppm(row.g_ppm)],
          ["VGC over the window", `${int(row.vgc)} milli GPU-hours`],
          ["Uncapped power", `${int(row.uncapped)} = stake × (1 + g)`],
          ["Power (after the cap)", h("b", { "data-testid": "validator-power" }, int(row.power))],
          ["Penalized", row.penalized ? badge("yes", "bad") : badge("no", "ok")],
          ["As of epoch", row.epoch],
        ]));
    } else replace(power, empty(`No PoGCS power row (${p.message}).`));
    const mine = devs.ok ? devs.data.devices.filter((x) => x.validator === operator) : [];
    replace(devices, table([
      { label: "Device", cell: (x) => link(`#/device/${x.id}`, `#${x.id}`) },
      { label: "Class", cell: (x) => x.deviceClass },
      { label: "Cell", cell: (x) => h("span", { class: "mono" }, x.cell) },
      { label: "Score", cls: "num", cell: (x) => `${x.score} ‰` },
      { label: "", cell: (x) => (x.flagged ? badge("flagged", "bad") : "") },
    ], mine, { empty: "No devices back this validator." }));
    replace(delegations, dels.ok ? table([
      { label: "Delegator", cell: (x) => short(x.delegation.delegator_address, 12, 6) },
      { label: `Amount (${d.display})`, cls: "num", cell: (x) => amount(x.balance.amount, d.decimals, 2) },
    ], dels.data.delegation_responses ?? [], { empty: "No delegations." }) : empty(dels.message));
    replace(chart, powerChart(ctx, [operator], { width: 640, height: 220 }));
  };

  replace(root,
    h("h1", { class: "page" }, h("a", { href: "#/validators" }, "Validators"), h("span", { class: "muted" }, "›"), title),
    card("Validator", info, { class: "span-7", testid: "validator-detail" }),
    card("PoGCS power", power, { class: "span-5", testid: "validator-power-card" }),
    card("Power over time", chart, { class: "span-6" }),
    card("Backing devices", devices, { class: "span-6" }),
    card("Delegations", delegations, { class: "span-12" }));
  draw();
  let n = 0;
  return { onBlock() { if (++n % 5 === 0) draw(); }, onSample() { replace(chart, powerChart(ctx, [operator], { width: 640, height: 220 })); } };
}
