// Overview: chain figures, latest blocks and txs (live), block time and txs per block.
import { h, card, table, int, short, time, badge, fixed, amount, replace } from "../lib/dom.js";
import { rest, local } from "../lib/api.js";
import { lineChart } from "../lib/chart.js";
import { msgLabel } from "../lib/tx.js";

function blocksTable(ctx) {
  return table([
    { label: "Height", cell: (b) => h("span", { class: "mono", "data-testid": "block-height" }, int(b.height)) },
    { label: "Time", cell: (b) => h("span", { class: "muted" }, time(b.time)) },
    { label: "Txs", cls: "num", cell: (b) => String(b.numTxs) },
    { label: "Proposer", cell: (b) => short(b.proposer, 8, 6) },
    { label: "Hash", cell: (b) => short(b.hash, 8, 6) },
  ], ctx.blocks, { key: (b) => String(b.height), empty: "Waiting for blocks…" });
}

function txsTable(ctx) {
  return table([
    { label: "Hash", cell: (t) => (t.hash ? short(t.hash, 8, 6) : h("span", { class: "muted" }, `#${t.index}`)) },
    { label: "Height", cls: "num", cell: (t) => int(t.height) },
    { label: "Messages", cell: (t) => h("span", { class: "msgs" }, t.msgs.length ? t.msgs.map((m) => badge(msgLabel(m))) : badge(t.error ? "undecodable" : "none", "warn")) },
    { label: "Result", cell: (t) => (Number(t.code) === 0 ? badge("ok", "ok") : badge(`code ${t.code}`, "bad")) },
    { label: "Gas", cls: "num", cell: (t) => int(t.gasUsed) },
  ], ctx.txs, { key: (t) => t.hash, empty: "No transactions yet." });
}

function stat(title, value, sub, testid) {
  return card(title, [h("span", { "data-testid": testid }, value), sub ? h("span", { class: "sub" }, sub) : null], { class: "stat span-3" });
}

export function render(root, _params, ctx) {
  const stats = h("div", { style: "display:contents" });
  const blocks = h("div", { "data-testid": "blocks" });
  const txs = h("div", { "data-testid": "txs" });
  const timeChart = h("div"), loadChart = h("div");
  const facts = { validators: "…", bonded: "…", devices: "…", epoch: "…" };

  const drawStats = () => {
    const times = ctx.history.get("chain:block_time").slice(-20).map((p) => p[1]);
    const avg = times.length ? times.reduce((a, b) => a + b, 0) / times.length : NaN;
    replace(stats,
      stat("Latest block", int(ctx.height || 0), Number.isFinite(avg) ? `avg block time ${fixed(avg, 2)} s` : "", "overview-height"),
      stat("Validators", facts.validators, facts.bonded, "overview-validators"),
      stat("Devices", facts.devices, "registered, all classes", "overview-devices"),
      stat("PoGCS epoch", facts.epoch, facts.epochSub ?? "", "overview-epoch"));
  };
  const drawLists = () => {
    replace(blocks, blocksTable(ctx));
    replace(txs, txsTable(ctx));
    blocks.querySelector("tbody tr")?.classList.add("fresh");
  };
  const drawCharts = () => {
    replace(timeChart, lineChart([{ name: "block time (s)", points: ctx.history.get("chain:block_time") }], { height: 200, yFormat: (v) => `${fixed(v, 2)} s`, xLabel: "height" }));
    replace(loadChart, lineChart([{ name: "txs per block", points: ctx.history.get("chain:txs"), color: "#3b7dd8" }], { height: 200, yFormat: (v) => fixed(v, 0), integer: true, xLabel: "height" }));
  };

  const loadFacts = async () => {
    const [vals, devs, ep] = await Promise.all([rest("/cosmos/staking/v1beta1/validators?pagination.limit=200"), local("/explorer/api/devices"), rest("/pogcs/devices/v1/epoch")]);
    if (vals.ok) {
      const bonded = vals.data.validators.filter((v) => v.status === "BOND_STATUS_BONDED");
      facts.validators = String(bonded.length);
      facts.bonded = `${amount(bonded.reduce((a, v) => a + BigInt(v.tokens), 0n).toString(), ctx.cfg.denom.decimals, 0)} ${ctx.cfg.denom.display} bonded`;
    } else facts.validators = "—";
    facts.devices = devs.ok ? String(devs.data.devices.length) : "—";
    if (ep.ok) {
      facts.epoch = int(ep.data.current_epoch);
      facts.epochSub = `${ep.data.epoch_length} blocks per epoch`;
    } else facts.epoch = "—";
    drawStats();
  };

  replace(root,
    h("h1", { class: "page" }, "Overview", h("small", {}, `${ctx.cfg.chainId} · ${ctx.cfg.moniker}`)),
    stats,
    card("Latest blocks", blocks, { class: "span-6", note: "live", testid: "latest-blocks" }),
    card("Latest transactions", txs, { class: "span-6", testid: "latest-txs" }),
    card("Block time", timeChart, { class: "span-6", note: "seconds between consecutive blocks" }),
    card("Transactions per block", loadChart, { class: "span-6" }));
  drawStats();
  drawLists();
  drawCharts();
  loadFacts();
  let n = 0;
  return {
    onBlock() {
      drawLists();
      drawStats();
      drawCharts();
      if (++n % 5 === 0) loadFacts();
    },
  };
}
