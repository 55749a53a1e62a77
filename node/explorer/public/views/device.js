// One device: its record, where its cell is, and its history of epoch reports and challenges.
import { h, card, kv, table, int, short, amount, badge, replace, link, empty, fixed } from "../lib/dom.js";
import { rest, local } from "../lib/api.js";
import { deviceMap } from "../lib/map.js";
import { lineChart } from "../lib/chart.js";

const STATUS = {
  CHALLENGE_STATUS_AWAITING_COMMIT: ["awaiting commit", "warn"], CHALLENGE_STATUS_AWAITING_SAMPLE: ["awaiting sample", "warn"],
  CHALLENGE_STATUS_AWAITING_REVEAL: ["awaiting reveal", "warn"], CHALLENGE_STATUS_PASSED: ["passed", "ok"],
  CHALLENGE_STATUS_FAILED_LATE: ["failed: late", "bad"], CHALLENGE_STATUS_FAILED_WRONG: ["failed: wrong", "bad"],
};

const challengeBadge = (c) => {
  if (!c) return h("span", { class: "muted" }, "—");
  const [t, k] = STATUS[c.status] ?? [String(c.status), ""];
  return h("span", { title: `n=${c.n} k=${c.k}, issued at ${c.issued_height}` }, badge(t, k), c.score_after ? ` → ${c.score_after} ‰` : "");
};

export function render(root, [id], ctx) {
  const rec = h("div"), where = h("div"), hist = h("div"), chart = h("div");
  const d = ctx.cfg.denom;
  const draw = async () => {
    const [r, hs, geo] = await Promise.all([rest(`/pogcs/devices/v1/devices/${id}`), rest(`/pogcs/devices/v1/devices/${id}/history?page.limit=50`), local("/explorer/api/devices")]);
    if (!r.ok) {
      replace(rec, empty(r.status === 404 ? `No device ${id}.` : `Could not load the device: ${r.message}`));
      return;
    }
    const dev = r.data.device;
    const cap = dev.capacity ?? {};
    replace(rec, kv([
      ["Device id", h("span", { "data-testid": "device-id" }, dev.id)],
      ["Class", dev.class.replace("DEVICE_CLASS_", "").toLowerCase()],
      ["Owner", short(dev.owner, 14, 8)],
      ["Validator", dev.validator ? link(`#/validator/${dev.validator}`, ctx.monikers?.get(dev.validator) ?? dev.validator) : "none"],
      ["Maker", dev.maker_id],
      ["Score", h("span", {}, `${dev.score} ‰ `, dev.flagged ? badge(`flagged at ${dev.flagged_height}`, "bad") : badge("in good standing", "ok"))],
      ["Bond", `${amount(dev.bond, d.decimals, 6)} ${d.display}`],
      ["Capacity", [cap.gpu_count ? `${cap.gpu_count} × ${cap.gpu_model} (${fixed(Number(cap.fp32_tflops_milli) / 1000, 1)} TFLOPS fp32)` : null,
        Number(cap.solar_peak_w) ? `solar ${int(cap.solar_peak_w)} W` : null, Number(cap.storage_wh) ? `storage ${int(cap.storage_wh)} Wh` : null].filter(Boolean).join(" · ") || "—"],
      ["H3 cell", `${BigInt(dev.location.h3_cell).toString(16)} (slot ${dev.location.index}; ${r.data.density_count}/${r.data.density_cap} of this class in the cell)`],
      ["Registered at", `height ${dev.registered_height}`],
      ["Last nonce", dev.last_nonce],
    ]));
    const mine = geo.ok ? geo.data.devices.filter((x) => x.id === String(dev.id)) : [];
    if (mine[0]) {
      const near = geo.data.devices.filter((x) => Math.abs(x.lat - mine[0].lat) < 0.05 && Math.abs(x.lng - mine[0].lng) < 0.07);
      replace(where, deviceMap(near, { selected: String(dev.id), height: 260, minSpanDeg: 0.02 }), h("p", { class: "muted" }, `Cell centre ${fixed(mine[0].lat, 5)}, ${fixed(mine[0].lng, 5)}`));
    } else replace(where, empty("Location unavailable."));
    const entries = hs.ok ? hs.data.entries : [];
    replace(hist, table([
      { label: "Epoch", cls: "num", cell: (e) => e.epoch },
      { label: "Report at", cls: "num", cell: (e) => (e.report ? e.report.height : "—") },
      { label: "GPU s", cls: "num", cell: (e) => (e.report ? int(e.report.body.gpu_seconds) : "—") },
      { label: "Green Wh", cls: "num", cell: (e) => (e.report ? int(e.report.body.green_wh) : "—") },
      { label: "Consumed Wh", cls: "num", cell: (e) => (e.report ? int(e.report.body.energy_consumed_wh) : "—") },
      { label: "Produced Wh", cls: "num", cell: (e) => (e.report ? int(e.report.body.energy_produced_wh) : "—") },
      { label: "Uptime", cls: "num", cell: (e) => (e.report ? `${fixed(e.report.body.uptime_permille / 10, 1)} %` : "—") },
      { label: "Challenge", cell: (e) => challengeBadge(e.challenge) },
    ], entries, { empty: hs.ok ? "No reports or challenges yet." : `History unavailable: ${hs.message}` }));
    const rep = entries.filter((e) => e.report).map((e) => e.report.body).reverse();
    replace(chart, lineChart([
      { name: "GPU hours", points: rep.map((b) => [Number(b.epoch), Number(b.gpu_seconds) / 3600]) },
      { name: "green kWh", points: rep.map((b) => [Number(b.epoch), Number(b.green_wh) / 1000]), color: "#e0a526" },
    ], { width: 1200, height: 240, xLabel: "epoch", empty: "Needs reports from two epochs.", zero: true }));
  };
  replace(root,
    h("h1", { class: "page" }, h("a", { href: "#/devices" }, "Devices"), h("span", { class: "muted" }, "›"), h("span", {}, `Device #${id}`)),
    card("Device record", rec, { class: "span-7", testid: "device-detail" }),
    card("Location", where, { class: "span-5" }),
    card("Reports per epoch", chart, { class: "span-12" }),
    card("Reports and challenges", hist, { class: "span-12", testid: "device-history" }));
  draw();
  let n = 0;
  return { onBlock() { if (++n % 5 === 0) draw(); } };
}
