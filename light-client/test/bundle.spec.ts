import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { AGENT_BROWSER_BUNDLE, BUNDLE_BUDGET_BYTES, buildBrowserBundle, type BundleSize } from "../scripts/build-browser.js";
import { localnetLightBlock } from "./vectors.js";
import { FixtureChain, rotatingSet } from "./fixture-chain.js";

/** The browser build is what devices and web pages load: build it, load it, verify with it. */
type Bundle = typeof import("../src/index.js");
let size: BundleSize;
let lc: Bundle;

beforeAll(async () => {
  size = await buildBrowserBundle();
  lc = (await import(/* @vite-ignore */ pathToFileURL(size.path).href)) as Bundle;
});

describe("browser bundle", () => {
  it(`is ESM, has no node: imports and fits ${BUNDLE_BUDGET_BYTES} B min+gzip`, () => {
    const code = readFileSync(size.path, "utf8");
    expect(code).not.toMatch(/["']node:/);
    expect(code).not.toMatch(/\brequire\(/);
    expect(size.gzipBytes).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
  });

  it("verifies a real CometBFT header and commit with its pure-JS verifier", () => {
    const { header, commit, set } = localnetLightBlock();
    expect(lc.toHex(lc.hashHeader(header)).toUpperCase()).toBe(lc.toHex(commit.blockId.hash).toUpperCase());
    expect(() => lc.verifyCommitLight("chain-ORcSeX", set, commit, lc.createNobleVerifier())).not.toThrow();
    const bad = { ...commit, signatures: commit.signatures.map((s) => ({ ...s, signature: s.signature.slice() })) };
    bad.signatures[2]!.signature[0]! ^= 1;
    expect(() => lc.verifyCommitLight("chain-ORcSeX", set, bad, lc.createNobleVerifier())).toThrow(/bad_signature/);
  });

  it("runs a skipping light client over a fixture chain of 20 validators", async () => {
    const fc = new FixtureChain({ membersAt: rotatingSet(20, 6) }).build(40);
    const client = await lc.LightClient.create({ chainId: fc.chainId, primary: fc.provider() });
    await client.initialize({ height: 1n, hash: lc.hashHeader(fc.block(1).signedHeader.header) });
    await client.sync();
    expect(client.trustedHeight).toBe(40n);
    expect(client.verifier.name).toBe("noble-ed25519");
  });
});

describe("agent browser bundle (@pogcs/light-client/agent)", () => {
  it("builds for the browser without node: imports; the core bundle does not include it", async () => {
    const g = await buildBrowserBundle("agent-entry.ts", AGENT_BROWSER_BUNDLE);
    const code = readFileSync(g.path, "utf8");
    expect(code).not.toMatch(/["']node:/);
    const agent = (await import(/* @vite-ignore */ pathToFileURL(g.path).href)) as typeof import("../src/agent-entry.js");
    expect(typeof agent.DeviceAgent.create).toBe("function");
    expect(readFileSync(size.path, "utf8")).not.toMatch(/challenge-commit/);
    console.log(`core ${size.gzipBytes} B min+gzip (${size.minifiedBytes} B min); agent entry ${g.gzipBytes} B min+gzip (${g.minifiedBytes} B min)`);
  });
});
