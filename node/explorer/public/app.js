// PoGCS explorer: a hash router over small views, fed live by the node's WebSocket (NewBlock).
import { replace, int } from "./lib/dom.js";
import { loadConfig, rpc } from "./lib/api.js";
import { LiveFeed } from "./lib/live.js";
import { History } from "./lib/history.js";
import { b64bytes, decodeTx, txHash } from "./lib/tx.js";
import * as overview from "./views/overview.js";
import * as validators from "./views/validators.js";
import * as validator from "./views/validator.js";
import * as devices from "./views/devices.js";
import * as device from "./views/device.js";
import * as markets from "./views/markets.js";
import * as carbon from "./views/carbon.js";

const ROUTES = [
  [/^\/?$/, overview, "overview"],
  [/^\/validators$/, validators, "validators"],
  [/^\/validator\/([a-z0-9]+)$/, validator, "validators"],
  [/^\/devices$/, devices, "devices"],
  [/^\/device\/([0-9]+)$/, device, "devices"],
  [/^\/markets$/, markets, "markets"],
  [/^\/carbon$/, carbon, "carbon"],
];
/** Views whose `sample(ctx, height)` records chart points on every new block, whatever is shown. */
const SAMPLERS = [validators, markets, carbon];
const MAX_BLOCKS = 20, MAX_TXS = 30, SAMPLE_EVERY_MS = 1500;

const ctx = { cfg: null, history: new History(), blocks: [], txs: [], height: 0, lastBlockTime: null, state: "connecting" };
let view = null;
let sampling = false, lastSample = 0;

const $ = (sel) => document.querySelector(sel);

function renderHeader() {
  $("#chain-id").textContent = ctx.cfg?.chainId || "…";
  const hEl = $("[data-testid=height]");
  hEl.textContent = ctx.height ? int(ctx.height) : "…";
  hEl.dataset.height = String(ctx.height);
  const st = $("#live-state");
  st.className = `live ${ctx.state}`;
  st.textContent = ctx.state === "live" ? "live" : ctx.state === "connecting" ? "connecting" : "reconnecting";
}

function route() {
  const path = (location.hash.replace(/^#/, "") || "/").replace(/\/+$/, "") || "/";
  const found = ROUTES.find(([re]) => re.test(path));
  const [re, mod, nav] = found ?? ROUTES[0];
  const params = re.exec(path)?.slice(1) ?? [];
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.nav === nav);
  view?.dispose?.();
  const main = $("main");
  replace(main);
  view = mod.render(main, params, ctx) ?? null;
  window.scrollTo(0, 0);
}

async function txSummary(b64, height, index, result) {
  const bytes = b64bytes(b64);
  return { hash: await txHash(bytes), height, index, ...decodeTx(bytes), code: result?.code ?? 0, gasUsed: result?.gas_used ?? "0" };
}

async function onBlock(v) {
  const hdr = v.block.header;
  const height = Number(hdr.height);
  if (height <= ctx.height && ctx.blocks.some((b) => b.height === height)) return;
  const results = v.result_finalize_block?.txs_results ?? [];
  const txs = await Promise.all((v.block.data?.txs ?? []).map((t, i) => txSummary(t, height, i, results[i])));
  const t = Date.parse(hdr.time);
  if (ctx.lastBlockTime !== null && ctx.height === height - 1) ctx.history.add("chain:block_time", height, (t - ctx.lastBlockTime) / 1000);
  ctx.history.add("chain:txs", height, txs.length);
  ctx.lastBlockTime = t;
  ctx.height = Math.max(ctx.height, height);
  const summary = { height, time: hdr.time, hash: v.block_id.hash, proposer: hdr.proposer_address, numTxs: txs.length, live: true };
  ctx.blocks = [summary, ...ctx.blocks.filter((b) => b.height !== height)].sort((a, b) => b.height - a.height).slice(0, MAX_BLOCKS);
  ctx.txs = [...txs.reverse(), ...ctx.txs].slice(0, MAX_TXS);
  renderHeader();
  view?.onBlock?.(summary);
  sample(height);
}

async function sample(height) {
  if (sampling || Date.now() - lastSample < SAMPLE_EVERY_MS) return;
  sampling = true;
  lastSample = Date.now();
  try {
    for (const m of SAMPLERS) {
      try { await m.sample?.(ctx, height); } catch (e) { console.warn("sample", e); }
    }
    ctx.history.save();
    view?.onSample?.();
  } finally {
    sampling = false;
  }
}

/** Recent blocks and txs from RPC, so the page is not empty before the first live block. */
async function backfill() {
  try {
    const r = await rpc("blockchain", {});
    ctx.height = Math.max(ctx.height, Number(r.last_height));
    const known = new Set(ctx.blocks.map((b) => b.height));
    const old = r.block_metas.map((m) => ({ height: Number(m.header.height), time: m.header.time, hash: m.block_id.hash, proposer: m.header.proposer_address, numTxs: Number(m.num_txs) }));
    ctx.blocks = [...ctx.blocks, ...old.filter((b) => !known.has(b.height))].sort((a, b) => b.height - a.height).slice(0, MAX_BLOCKS);
    const times = old.map((b) => [b.height, Date.parse(b.time)]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < times.length; i++) if (times[i][0] === times[i - 1][0] + 1) ctx.history.add("chain:block_time", times[i][0], (times[i][1] - times[i - 1][1]) / 1000);
    for (const b of [...old].reverse()) ctx.history.add("chain:txs", b.height, b.numTxs);
  } catch (e) { console.warn("blockchain", e); }
  try {
    const r = await rpc("tx_search", { query: "tx.height>=1", per_page: "20", order_by: "desc" });
    const seen = new Set(ctx.txs.map((t) => t.hash));
    const old = await Promise.all(r.txs.map((t) => txSummary(t.tx, Number(t.height), t.index, t.tx_result)));
    ctx.txs = [...ctx.txs, ...old.filter((t) => !seen.has(t.hash))].slice(0, MAX_TXS);
  } catch (e) { console.warn("tx_search", e); }
}

async function main() {
  ctx.cfg = await loadConfig();
  ctx.history.load(ctx.cfg.chainId);
  document.title = `PoGCS explorer · ${ctx.cfg.chainId}`;
  renderHeader();
  const feed = new LiveFeed({ onBlock: (v) => onBlock(v).catch((e) => console.warn("block", e)), onState: (s) => { ctx.state = s; renderHeader(); } });
  feed.start();
  await backfill();
  renderHeader();
  window.addEventListener("hashchange", route);
  route();
  sample(ctx.height);
  // Without the socket (a proxy that drops it), poll the height and sample charts on each new one.
  setInterval(async () => {
    if (ctx.state === "live") return;
    try {
      const h = Number((await rpc("status")).sync_info.latest_block_height);
      if (h <= ctx.height) return;
      ctx.height = h;
      renderHeader();
      sample(h);
    } catch { /* node down */ }
  }, 3000);
}

main();
export { ctx };
