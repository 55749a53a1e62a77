import { build } from "esbuild";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/**
 * Builds dist/pogcs-light-client.browser.js (ESM, minified, platform browser: any `node:` import in
 * the core would fail this build) and measures it. Budget: 60 KB minified + gzipped.
 */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BROWSER_BUNDLE = join(PACKAGE_DIR, "dist", "pogcs-light-client.browser.js");
export const BUNDLE_BUDGET_BYTES = 60 * 1024;

export interface BundleSize {
  path: string;
  minifiedBytes: number;
  gzipBytes: number;
}

export const AGENT_BROWSER_BUNDLE = join(PACKAGE_DIR, "dist", "pogcs-light-client.agent.browser.js");

export async function buildBrowserBundle(entry = "index.ts", outfile = BROWSER_BUNDLE): Promise<BundleSize> {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(PACKAGE_DIR, "src", entry)],
    outfile,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
  const code = readFileSync(outfile);
  return { path: outfile, minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await buildBrowserBundle();
  console.log(`${s.path}: ${s.minifiedBytes} B minified, ${s.gzipBytes} B min+gzip (budget ${BUNDLE_BUDGET_BYTES} B)`);
  const g = await buildBrowserBundle("agent-entry.ts", AGENT_BROWSER_BUNDLE);
  console.log(`${g.path}: ${g.minifiedBytes} B minified, ${g.gzipBytes} B min+gzip (agent entry: core + device maths + txs + agent)`);
  if (s.gzipBytes > BUNDLE_BUDGET_BYTES) process.exit(1);
}
