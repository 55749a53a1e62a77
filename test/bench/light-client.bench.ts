/**
 * @pogcs/light-client figures: headers/s verified sequentially and by skipping (fixture chains,
 * 100 validators), one 100-validator header in ms, ICS23 proofs/s, browser bundle size
 * (min+gzip) and steady memory while following. The pure-JS (@noble) and node:crypto verifiers
 * run side by side. Budgets (issue 4): bundle <= 60 KB, memory <= 16 MB, header <= 100 ms pure JS.
 * Run alone: npx tsx test/bench/light-client.bench.ts  (LC_BENCH_HEIGHTS, LC_FOLLOW_HEIGHTS)
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createCommitMultiStore } from "../../chain/store/commit-multistore.js";
import { buildBrowserBundle, BUNDLE_BUDGET_BYTES, PACKAGE_DIR } from "../../light-client/scripts/build-browser.js";
import {
  LightClient,
  createNobleVerifier,
  createNodeVerifier,
  hashHeader,
  verifyAdjacent,
  verifyStoreProof,
  type SignatureVerifier,
} from "../../light-client/src/node.js";
import { FixtureChain, rotatingSet, staticSet } from "../../light-client/test/fixture-chain.js";

interface Figure {
  bench: string;
  name: string;
  value: string;
}

const BENCH = "light-client";
const num = (name: string, d: number) => Number(process.env[name] ?? d);
const fmt = (n: number, digits = 1) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function followAll(fc: FixtureChain, verifier: SignatureVerifier, sequential: boolean): Promise<{ ms: number; steps: number }> {
  let steps = 0;
  const c = await LightClient.create({ chainId: fc.chainId, primary: fc.provider(), verifier, sequential, onProgress: (p) => p.step === "verified" && steps++ });
  await c.initialize({ height: 1n, hash: hashHeader(fc.block(1).signedHeader.header) });
  const t0 = performance.now();
  await c.sync();
  return { ms: performance.now() - t0, steps };
}

function oneHeaderMs(fc: FixtureChain, verifier: SignatureVerifier, samples: number): number {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const h = 2 + (i % (Number(fc.tip) - 1));
    const opts = { chainId: fc.chainId, trustLevel: { numerator: 1n, denominator: 3n }, trustingPeriodMs: 1e12, maxClockDriftMs: 1e12, now: Date.now(), verifier };
    const t0 = performance.now();
    verifyAdjacent({ lightBlock: fc.block(h - 1) }, fc.block(h), opts);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function proofsPerSecond(): { member: number; absent: number; keys: number } {
  const keys = 10_000;
  const cms = createCommitMultiStore({ storeNames: ["acc", "bank", "gov"] });
  const enc = new TextEncoder();
  for (let i = 0; i < keys; i++) cms.getStore("bank").set(enc.encode(`key-${String(i * 2).padStart(6, "0")}`), enc.encode(String(i * 1000)));
  cms.commit();
  const present = Array.from({ length: 200 }, (_, i) => enc.encode(`key-${String(i * 98).padStart(6, "0")}`));
  const absent = Array.from({ length: 200 }, (_, i) => enc.encode(`key-${String(i * 98 + 1).padStart(6, "0")}`));
  const qp = present.map((k) => ({ k, q: cms.query("bank", k, { prove: true }) }));
  const qa = absent.map((k) => ({ k, q: cms.query("bank", k, { prove: true }) }));
  const rate = (qs: typeof qp) => {
    const t0 = performance.now();
    for (let r = 0; r < 3; r++) for (const { k, q } of qs) verifyStoreProof(cms.appHash, "bank", k, q.value, q.proofOps!);
    return (3 * qs.length) / ((performance.now() - t0) / 1000);
  };
  return { member: rate(qp), absent: rate(qa), keys };
}

function followMemory(heights: number): { steadyMb: number; firstMb: number; growthKb: number; stateBytes: number; samples: number } {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(PACKAGE_DIR, "scripts", "follow-memory.ts"), String(heights), "25", "100"], {
    encoding: "utf8",
    cwd: join(PACKAGE_DIR, ".."),
  });
  if (r.status !== 0) throw new Error(`follow-memory failed: ${r.stderr}`);
  const j = JSON.parse(r.stdout.trim().split("\n").pop()!) as { samples: Array<{ heapUsed: number }>; stateBytes: number };
  const s = j.samples;
  const mid = s[Math.floor(s.length / 2)]!.heapUsed;
  const last = s[s.length - 1]!.heapUsed;
  return { steadyMb: last / 2 ** 20, firstMb: s[0]!.heapUsed / 2 ** 20, growthKb: (last - mid) / 1024, stateBytes: j.stateBytes, samples: s.length };
}

export async function run(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const out = (name: string, value: string) => {
    figures.push({ bench: BENCH, name, value });
    console.log(`${BENCH}: ${name}: ${value}`);
  };
  const heights = num("LC_BENCH_HEIGHTS", 30);
  console.log(`${BENCH}: building fixture chains (100 validators, ${heights} heights; rotating set: a quarter replaced every 5 heights)`);
  const stat = new FixtureChain({ membersAt: staticSet(100, "bench") }).build(heights);
  const rot = new FixtureChain({ membersAt: rotatingSet(100, 5, "bench-rot") }).build(heights);

  const bundle = await buildBrowserBundle();
  out("browser bundle (min+gzip)", `${bundle.gzipBytes} B (${fmt(bundle.gzipBytes / 1024)} KB; minified ${bundle.minifiedBytes} B; budget ${BUNDLE_BUDGET_BYTES} B)`);

  for (const [label, make] of [["pure JS @noble", createNobleVerifier], ["node:crypto", createNodeVerifier]] as const) {
    const v = make();
    out(`one 100-validator header, adjacent (67 sigs), ${label}`, `${fmt(oneHeaderMs(stat, v, 9))} ms (median of 9)`);
    const seq = await followAll(stat, v, true);
    out(`sequential, ${label}`, `${fmt((seq.steps / seq.ms) * 1000)} headers/s (${seq.steps} headers in ${fmt(seq.ms, 0)} ms)`);
    const skipStatic = await followAll(stat, v, false);
    out(`skipping, static set, ${label}`, `${fmt(((heights - 1) / skipStatic.ms) * 1000)} heights/s (${heights - 1} heights in ${skipStatic.steps} step(s), ${fmt(skipStatic.ms, 0)} ms)`);
    const skipRot = await followAll(rot, v, false);
    out(`skipping, rotating set, ${label}`, `${fmt(((heights - 1) / skipRot.ms) * 1000)} heights/s (${heights - 1} heights in ${skipRot.steps} verified steps, ${fmt(skipRot.ms, 0)} ms)`);
  }

  const p = proofsPerSecond();
  out(`ICS23 proofs (iavl + simple, ${p.keys} keys)`, `${fmt(p.member, 0)} membership/s, ${fmt(p.absent, 0)} non-membership/s`);

  const followHeights = num("LC_FOLLOW_HEIGHTS", 150);
  const m = followMemory(followHeights);
  out(
    "steady memory following (browser bundle, 100 validators, pure JS)",
    `${fmt(m.steadyMb)} MB heap after GC at height ${followHeights} (${fmt(m.firstMb)} MB at start, ${fmt(m.growthKb, 0)} KB growth over the second half; whole process incl. tsx and the fixture generator; persisted state ${m.stateBytes} B; budget 16 MB)`,
  );
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await run();
}
