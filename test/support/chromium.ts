/**
 * Debian's headless Chromium driven by playwright-core, for the explorer tests: the flags this
 * machine needs (no background networking: the network is closed) and where screenshots go.
 * `.ci/run` installs chromium; outside CI a test may skip when it is missing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Screenshots kept as test artifacts: .tmp/artifacts/explorer/*.png. */
export const ARTIFACTS = fileURLToPath(new URL("../../.tmp/artifacts/explorer/", import.meta.url));

/** Run browser tests when chromium is installed, and always in CI (where a missing browser must fail). */
export const chromiumWanted = existsSync(CHROMIUM) || Boolean(process.env.CI);

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Script errors the page raised. */
  pageErrors: string[];
  shot(name: string): Promise<unknown>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "pogcs-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 }, timeout: 20_000 });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  return {
    context, page, pageErrors,
    shot: (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true }),
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
