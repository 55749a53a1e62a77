/**
 * State store benchmark: key writes per second into a 1,000,000-key IAVL multistore,
 * including commit (hashing) and persisting each commit's rows with one LevelDB batch,
 * against a raw LevelDB baseline measured in the same run.
 *
 *   npx tsx test/bench/store.bench.ts
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { Level } from "level";
import { installSha256 } from "../../chain/crypto/hash.js";
import { createCommitMultiStore } from "../../chain/store/index.js";
import type { CommitResult } from "../../chain/store/index.js";

const TREE_KEYS = 1_000_000;
const LOAD_BATCH = 250_000;
const WRITES_PER_COMMIT = 10_000;
const COMMITS = 20;
const KEEP_RECENT = 10;

type DB = Level<Uint8Array, Uint8Array>;

/** What node/ does at startup: the one-shot node:crypto hash (about 2x noble on small inputs). */
function installNodeSha256(): void {
  const h = (crypto as unknown as { hash?: (alg: string, d: Uint8Array, enc: "buffer") => Uint8Array }).hash;
  if (h) installSha256((d) => h("sha256", d, "buffer"));
  else installSha256((d) => crypto.createHash("sha256").update(d).digest());
}

async function persist(db: DB, r: CommitResult): Promise<void> {
  const b = db.batch();
  for (const [k, v] of r.writes) b.put(k, v);
  for (const k of r.deletes) b.del(k);
  await b.write();
}

function randomEntries(n: number): Array<[Uint8Array, Uint8Array]> {
  const buf = crypto.randomBytes(n * 72);
  const out: Array<[Uint8Array, Uint8Array]> = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [buf.subarray(i * 72, i * 72 + 32), buf.subarray(i * 72 + 32, i * 72 + 72)];
  return out;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

export async function run(): Promise<void> {
  installNodeSha256();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "store-bench-"));
  const db: DB = new Level<Uint8Array, Uint8Array>(dir, { keyEncoding: "view", valueEncoding: "view" });
  await db.open();
  try {
    const cms = createCommitMultiStore({ storeNames: ["bank"], keepRecent: KEEP_RECENT });
    const store = cms.getStore("bank");
    const existing: Uint8Array[] = [];

    // 1. bulk load
    let t0 = performance.now();
    let rows = 0;
    for (let loaded = 0; loaded < TREE_KEYS; loaded += LOAD_BATCH) {
      // random keys, inserted in sorted order: same key set, far cheaper to build
      const batch = randomEntries(LOAD_BATCH).sort((a, b) => Buffer.compare(a[0], b[0]));
      for (const [k, v] of batch) {
        store.set(k, v);
        existing.push(k);
      }
      const r = cms.commit();
      rows += r.writes.length;
      await persist(db, r);
    }
    let ms = performance.now() - t0;
    console.log(
      `bulk load: ${fmt(TREE_KEYS)} keys in ${(ms / 1000).toFixed(1)} s (${fmt((TREE_KEYS / ms) * 1000)} keys/s incl. commit + LevelDB, ${fmt(rows)} rows)`,
    );

    // 2. steady state: 50% updates of existing keys, 50% inserts, one LevelDB batch per commit
    let setMs = 0;
    let commitMs = 0;
    let persistMs = 0;
    let rowsTotal = 0;
    let delTotal = 0;
    const t1 = performance.now();
    for (let c = 0; c < COMMITS; c++) {
      const fresh = randomEntries(WRITES_PER_COMMIT);
      const ta = performance.now();
      for (let i = 0; i < WRITES_PER_COMMIT; i++) {
        const [k, v] = fresh[i]!;
        if (i % 2 === 0) store.set(existing[(k[0]! * 65536 + k[1]! * 256 + k[2]!) % existing.length]!, v);
        else store.set(k, v);
      }
      const tb = performance.now();
      const r = cms.commit();
      const tc = performance.now();
      await persist(db, r);
      const td = performance.now();
      setMs += tb - ta;
      commitMs += tc - tb;
      persistMs += td - tc;
      rowsTotal += r.writes.length;
      delTotal += r.deletes.length;
    }
    ms = performance.now() - t1;
    const totalWrites = COMMITS * WRITES_PER_COMMIT;
    const storeRate = (totalWrites / (setMs + commitMs + persistMs)) * 1000;
    console.log(`steady state: tree of ~${fmt(TREE_KEYS + (COMMITS * WRITES_PER_COMMIT) / 2)} keys, ${COMMITS} commits x ${fmt(WRITES_PER_COMMIT)} writes, keepRecent ${KEEP_RECENT}`);
    console.log(`  writes/s (set + commit + LevelDB batch): ${fmt(storeRate)}`);
    console.log(
      `  per commit: set ${(setMs / COMMITS).toFixed(0)} ms, commit (hash + rows) ${(commitMs / COMMITS).toFixed(0)} ms, LevelDB batch ${(persistMs / COMMITS).toFixed(0)} ms`,
    );
    console.log(`  rows per commit: ${fmt(rowsTotal / COMMITS)} puts, ${fmt(delTotal / COMMITS)} deletes (pruning)`);

    // 2b. pipelined: the LevelDB batch of commit N is written while commit N+1 executes
    let pending: Promise<void> | undefined;
    const tp = performance.now();
    for (let c = 0; c < COMMITS; c++) {
      const fresh = randomEntries(WRITES_PER_COMMIT);
      for (let i = 0; i < WRITES_PER_COMMIT; i++) {
        const [k, v] = fresh[i]!;
        if (i % 2 === 0) store.set(existing[(k[0]! * 65536 + k[1]! * 256 + k[2]!) % existing.length]!, v);
        else store.set(k, v);
      }
      const r = cms.commit();
      if (pending) await pending;
      pending = persist(db, r);
    }
    if (pending) await pending;
    const pipeRate = (COMMITS * WRITES_PER_COMMIT) / ((performance.now() - tp) / 1000);
    console.log(`  writes/s pipelined (batch N written during commit N+1): ${fmt(pipeRate)}`);

    // 3. baseline: the same number of raw key puts, one batch per 10k keys
    let rawMs = 0;
    for (let c = 0; c < COMMITS; c++) {
      const fresh = randomEntries(WRITES_PER_COMMIT);
      const ta = performance.now();
      const b = db.batch();
      for (const [k, v] of fresh) b.put(k, v);
      await b.write();
      rawMs += performance.now() - ta;
    }
    const rawRate = (totalWrites / rawMs) * 1000;
    console.log(`baseline: raw LevelDB batch puts/s (${fmt(WRITES_PER_COMMIT)} per batch): ${fmt(rawRate)}`);
    console.log(`ratio store / raw LevelDB: ${(storeRate / rawRate).toFixed(3)}`);
    console.log(`heap used: ${fmt(process.memoryUsage().heapUsed / 1048576)} MiB`);
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
