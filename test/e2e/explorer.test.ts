/**
 * The explorer page (/explorer on the RPC server) in Debian's headless Chromium, driven by
 * playwright-core, against a real 2-validator devnet with device agents: the page shows a block
 * that arrives over the WebSocket, opens a validator and a device, and renders the pools/AMM and
 * carbon panels (data or "no data yet"). Screenshots go to .tmp/artifacts/explorer/*.png.
 *
 * Skipped only when /usr/bin/chromium is missing and CI is not set; `.ci/run` installs chromium.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { tempDevnet } from "../support/devnet-fixture.js";
import { until } from "../support/bft.js";
import { ARTIFACTS, CHROMIUM, chromiumWanted, launchChromium, type Browser } from "../support/chromium.js";

if (!chromiumWanted) console.warn(`explorer.test.ts skipped: ${CHROMIUM} is missing (apt-get install chromium); in CI it runs and fails instead`);

type Net = Awaited<ReturnType<typeof tempDevnet>>;
interface GeoDevice { id: string; validator: string; cell: string; lat: number; lng: number; boundary: Array<[number, number]> }



(chromiumWanted ? describe : describe.skip)("explorer page in headless Chromium", () => {
  let net: Net;
  let rpc: string;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  const shot = (name: string) => browser.shot(name);
  const domHeight = async () => Number(await page.getAttribute("[data-testid=height]", "data-height"));
  // Page-side conditions are strings: this file is typechecked without the DOM library.

  beforeAll(async () => {
    [net, browser] = await Promise.all([
      tempDevnet({ validators: 2, blockIntervalMs: 400, epochLength: 10, devices: { count: 2 } }),
      launchChromium(),
    ]);
    rpc = net.info.validators[0]!.rpc;
    page = browser.page;
    pageErrors = browser.pageErrors;
  }, 45_000);

  afterAll(async () => {
    await browser?.close();
    await net?.close();
  });

  it("serves the device map data: every device with its H3 cell centre and hexagon", async () => {
    const devices = await until(async () => {
      const r = (await (await fetch(`${rpc}/explorer/api/devices`)).json()) as { devices: GeoDevice[] };
      return r.devices.length >= 2 ? r.devices : undefined;
    }, 25_000, "two registered devices");
    for (const d of devices) {
      expect(d.cell).toMatch(/^8[0-9a-f]{14}$/);
      expect(d.boundary).toHaveLength(6);
      // The centre lies within its cell's outline box, and the cell is small (resolution 8, ~0.5 km).
      const lats = d.boundary.map((p) => p[0]), lngs = d.boundary.map((p) => p[1]);
      expect(d.lat).toBeGreaterThan(Math.min(...lats));
      expect(d.lat).toBeLessThan(Math.max(...lats));
      expect(d.lng).toBeGreaterThan(Math.min(...lngs));
      expect(d.lng).toBeLessThan(Math.max(...lngs));
      expect(Math.max(...lats) - Math.min(...lats)).toBeLessThan(0.05);
    }
  }, 30_000);

  it("opens the page, sees a new block arrive, opens a validator and a device, saves screenshots", async () => {
    await page.goto(`${rpc}/explorer/`);
    await page.waitForSelector("#live-state.live");
    await page.waitForFunction(`Number(document.querySelector("[data-testid=height]")?.getAttribute("data-height")) > 0`);
    const h0 = await domHeight();
    // A block newer than the page's first height arrives over the socket: header and blocks list move.
    await page.waitForFunction(`Number(document.querySelector("[data-testid=block-height]")?.textContent?.replace(/\\D/g, "")) > ${h0}`);
    expect(await domHeight()).toBeGreaterThan(h0);
    await page.waitForSelector("[data-testid=latest-txs] tbody tr");
    await shot("overview");

    // Validators list -> the first validator's detail view.
    await page.goto(`${rpc}/explorer/#/validators`);
    const link = page.locator("[data-testid=validator-link]").first();
    await link.waitFor();
    const operator = (await link.getAttribute("data-operator"))!;
    expect(operator).toMatch(/^gcsvaloper1/);
    await page.waitForSelector("[data-testid=validator-set] svg.stacked");
    await shot("validators");
    await link.click();
    await page.waitForFunction(`location.hash === ${JSON.stringify(`#/validator/${operator}`)}`);
    await expect.poll(() => page.textContent("[data-testid=validator-operator]")).toBe(operator);
    expect(Number((await page.textContent("[data-testid=validator-power]"))!.replace(/\D/g, ""))).toBeGreaterThan(0);
    await page.waitForSelector("[data-testid=power-breakdown] svg.stacked rect");
    await shot("validator");

    // Devices map -> click a cell -> the device's detail view (record and history).
    await page.goto(`${rpc}/explorer/#/devices`);
    const cell = page.locator("[data-testid=device-map] a.cell").first();
    await cell.waitFor();
    const id = (await cell.getAttribute("data-device-id"))!;
    await shot("devices");
    await cell.click();
    await page.waitForFunction(`location.hash === ${JSON.stringify(`#/device/${id}`)}`);
    await expect.poll(() => page.textContent("[data-testid=device-id]")).toBe(id);
    await page.waitForSelector("[data-testid=device-history] table, [data-testid=device-history] .empty");
    await shot("device");

    // URL-addressable details: a direct link opens the same views.
    await page.goto(`${rpc}/explorer/#/validator/${operator}`);
    await expect.poll(() => page.textContent("[data-testid=validator-operator]")).toBe(operator);

    // Pools/AMM and carbon render their data, or say there is none yet, without script errors.
    for (const [route, sel] of [["markets", "[data-testid=pools-card] .card-body > div > *"], ["carbon", "[data-testid=carbon-card] .card-body > div > *"]] as const) {
      await page.goto(`${rpc}/explorer/#/${route}`);
      await page.waitForSelector(sel);
      await shot(route);
    }
    expect(pageErrors).toEqual([]);
    for (const n of ["overview", "validators", "validator", "devices", "device", "markets", "carbon"]) expect(existsSync(join(ARTIFACTS, `${n}.png`))).toBe(true);
  }, 55_000);
});
