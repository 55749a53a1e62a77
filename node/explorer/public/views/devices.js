// Devices: every registered device on a map of its H3 cell, and as a table.
import { h, card, table, short, badge, replace, link, empty, fixed, int } from "../lib/dom.js";
import { local, rest } from "../lib/api.js";
import { deviceMap } from "../lib/map.js";

export function deviceRows(devs, ctx) {
  return table([
    { label: "Device", cell: (x) => link(`#/device/${x.id}`, `#${x.id}`, { "data-testid": "device-link", "data-device-id": x.id }) },
    { label: "Class", cell: (x) => x.deviceClass },
    { label: "H3 cell", cell: (x) => h("span", { class: "mono" }, x.cell) },
    { label: "Centre", cls: "num", cell: (x) => `${fixed(x.lat, 4)}, ${fixed(x.lng, 4)}` },
    { label: "Score", cls: "num", cell: (x) => `${x.score} ‰` },
    { label: "Validator", cell: (x) => (x.validator ? link(`#/validator/${x.validator}`, ctx.monikers?.get(x.validator) ?? short(x.validator, 12, 6)) : h("span", { class: "muted" }, "none")) },
    { label: "Owner", cell: (x) => short(x.owner, 10, 6) },
    { label: "", cell: (x) => (x.flagged ? badge("flagged", "bad") : badge("ok", "ok")) },
  ], devs, { key: (x) => x.id, empty: "No devices registered yet." });
}

export function render(root, _params, ctx) {
  const map = h("div"), list = h("div", { "data-testid": "devices" }), epoch = h("div");
  const draw = async () => {
    const [r, ep] = await Promise.all([local("/explorer/api/devices"), rest("/pogcs/devices/v1/epoch")]);
    if (!r.ok) {
      replace(map, empty(`Could not load devices: ${r.message}`));
      return;
    }
    const devs = r.data.devices;
    replace(map, deviceMap(devs, { width: 1200, height: 440 }));
    replace(list, deviceRows(devs, ctx), r.data.truncated ? h("p", { class: "muted" }, "Only the first devices are shown.") : null);
    if (ep.ok) {
      const rec = ep.data.record;
      replace(epoch, h("p", {}, `Epoch ${int(ep.data.current_epoch)} (${ep.data.epoch_length} blocks), started at height ${rec?.start_height ?? "—"}; `,
        `${rec?.challenged?.length ?? 0} device(s) challenged this epoch.`));
    }
  };
  replace(root,
    h("h1", { class: "page" }, "Devices", h("small", {}, "cell centres and outlines computed by the node from each device's H3 index")),
    card("Map", map, { class: "span-12", testid: "devices-map" }),
    card("Epoch", epoch, { class: "span-12" }),
    card("Registered devices", list, { class: "span-12" }));
  draw();
  let n = 0;
  return { onBlock() { if (++n % 5 === 0) draw(); } };
}
