import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { FixtureChain, staticSet } from "../test/fixture-chain.js";
import { BROWSER_BUNDLE } from "./build-browser.js";

/**
 * Steady memory while following the chain, in a process of its own: loads the browser bundle,
 * follows a 100-validator fixture chain block by block with the pure-JS verifier, and prints the
 * heap after GC every `every` blocks as JSON. The fixture generator (chain/block + node:crypto)
 * lives in the same heap, so the figures are an upper bound for the client.
 */
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heights = Number(process.argv[2] ?? 200);
const every = Number(process.argv[3] ?? 25);
const validators = Number(process.argv[4] ?? 100);

const lc = (await import(pathToFileURL(BROWSER_BUNDLE).href)) as typeof import("../src/index.js");
const fc = new FixtureChain({ membersAt: staticSet(validators, "follow") }).build(2);
const store = new lc.MemoryStore();
const client = await lc.LightClient.create({ chainId: fc.chainId, primary: fc.provider(), store });
await client.initialize({ height: 1n, hash: lc.hashHeader(fc.block(1).signedHeader.header) });
const samples: Array<{ height: number; heapUsed: number; rss: number }> = [];
for (let h = 2; h <= heights; h++) {
  fc.build(h);
  await client.sync();
  fc.prune(BigInt(h - 1));
  if (h % every === 0 || h === 2) {
    gc();
    const m = process.memoryUsage();
    samples.push({ height: h, heapUsed: m.heapUsed, rss: m.rss });
  }
}
const stateBytes = JSON.stringify(await store.load()).length;
process.stdout.write(JSON.stringify({ validators, heights, samples, stateBytes }) + "\n");
