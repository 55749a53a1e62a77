/**
 * Tx throughput of a real 1-validator devnet (one `pogcsd start` process, 1000 ms blocks):
 * N accounts funded by MsgMultiSend, then MsgSend txs from all of them over RPC
 * broadcast_tx_sync (HTTP keep-alive, bounded concurrency) for a measured window.
 * Also measures the bound: secp256k1 verifications/s on one core with node:crypto.
 *
 *   npx tsx test/bench/tx-throughput.bench.ts          (BENCH_SECONDS=10 for a quick run)
 *
 * Knobs (env): BENCH_SECONDS (window, default 60), BENCH_WARMUP_SECONDS (default 3),
 * BENCH_ACCOUNTS (default 1000), BENCH_CONCURRENCY (in-flight broadcasts, default 48).
 *
 * How commits are observed: by polling `blockchain` (block metas from the node's block cache)
 * every 25 ms during the window, then reading the window's blocks (`block`, `block_results`)
 * after it. That costs the node one tiny request per poll. A WebSocket subscription was not
 * used: the node's per-socket event handler encodes every Tx event (tx bytes, results, flattened
 * events) for a socket as soon as it has any subscription, i.e. per-tx work during the window.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { signerFromPrivateKey } from "../../node/keyring/hd.js";
import { createNodeSecp256k1Verifier } from "../../node/crypto/secp256k1.js";
import { envNumber, fmt, HttpClient, percentile, tempDevnet, type BenchResult, type Figure } from "./lib.js";
import { OUTPUTS_PER_MULTISEND, applyTimeFromLog, fundAccounts, presignSends, rejectedText, sendWindow } from "./tx-load.js";

const BENCH = "tx";

export interface TxBenchOptions {
  seconds?: number;
  warmupSeconds?: number;
  accounts?: number;
  concurrency?: number;
  log?: (s: string) => void;
}

/** secp256k1 verifications/s on this thread with the node's verifier, every signature unique. */
export function measureVerifyBound(ms = 3000): { perSecond: number; computed: number } {
  const signer = signerFromPrivateKey(randomBytes(32), "gcs");
  const msgs: Buffer[] = [];
  const sigs: Uint8Array[] = [];
  for (let i = 0; i < 2000; i++) {
    const m = randomBytes(180); // about the size of a MsgSend SignDoc
    msgs.push(m);
    sigs.push(signer.signDirect(m));
  }
  // cacheSize 1: the one key stays parsed (as in the node), and with 2,000 signatures cycled
  // the signature cache never hits, so every call is a real verification.
  const v = createNodeSecp256k1Verifier({ cacheSize: 1 });
  for (let i = 0; i < 200; i++) v.verify(signer.pubKey, msgs[i]!, sigs[i]!); // warm up
  const before = v.computed;
  let n = 0;
  const t0 = performance.now();
  let el = 0;
  while ((el = performance.now() - t0) < ms) {
    for (let j = 0; j < 50; j++, n++) {
      const i = n % msgs.length;
      if (!v.verify(signer.pubKey, msgs[i]!, sigs[i]!)) throw new Error("verification failed");
    }
  }
  if (v.cacheHits !== 0 || v.computed - before !== n) throw new Error("verifier cache was hit; bound would be wrong");
  return { perSecond: (n / el) * 1000, computed: n };
}


export async function run(opts: TxBenchOptions = {}): Promise<BenchResult> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const seconds = opts.seconds ?? envNumber("BENCH_SECONDS", 60);
  const warmup = opts.warmupSeconds ?? envNumber("BENCH_WARMUP_SECONDS", 3);
  const nAccounts = Math.floor(opts.accounts ?? envNumber("BENCH_ACCOUNTS", 1000));
  const concurrency = Math.floor(opts.concurrency ?? envNumber("BENCH_CONCURRENCY", 48));
  const figures: Figure[] = [];
  const fig = (name: string, value: string) => {
    figures.push({ bench: BENCH, name, value });
    log(`  ${name}: ${value}`);
  };

  // 1. the bound, measured while nothing else runs
  log(`tx throughput: measuring secp256k1 verify bound (node:crypto, one core, unique signatures) ...`);
  const bound = measureVerifyBound(3000);
  fig("secp256k1 verifications/s (node:crypto, 1 core)", fmt(bound.perSecond));

  // 2. devnet
  log(`starting 1-validator devnet (block interval 1000 ms) ...`);
  const net = await tempDevnet(1000);
  const client = new HttpClient(net.rpc, concurrency + 8);
  try {
    // 3. fund N fresh accounts
    const funded = await fundAccounts(client, net.info, nAccounts);
    log(`  funded ${fmt(nAccounts)} accounts with ${Math.ceil(nAccounts / OUTPUTS_PER_MULTISEND)} MsgMultiSend txs in ${(funded.ms / 1000).toFixed(1)} s`);

    // 4. pre-sign, before the window, in worker threads. Enough for the node to run at the
    // verification bound for the whole run: it verifies each signature at least once on one
    // thread, so it cannot commit faster than that.
    const perAccount = Math.ceil((bound.perSecond * (warmup + seconds + 2) * 1.1) / nAccounts);
    const pre = await presignSends(net.info, funded, perAccount, [client]);
    fig("pre-signed txs (before the window, worker threads)", `${fmt(pre.txBytes.length)} in ${(pre.signMs / 1000).toFixed(1)} s (${fmt((pre.txBytes.length / pre.signMs) * 1000)} signs/s on ${pre.nWorkers} threads)`);

    // 5. the run: warm-up, then the measured window
    log(`  sending for ${warmup} s warm-up + ${seconds} s window from ${fmt(nAccounts)} accounts, ${concurrency} broadcasts in flight ...`);
    const w = await sendWindow(pre, { pollRpc: net.rpc, seconds, warmup, concurrency, nodePids: [net.processes[0]?.pid] });

    // 6. what was committed in the window
    const { inWindow, committed, tps, lat } = w;
    const exec = applyTimeFromLog(join(net.info.validators[0]!.home, "node.log"), new Set(inWindow.map((b) => b.height)));
    fig("window", `${seconds} s (after ${warmup} s warm-up), ${fmt(nAccounts)} sender accounts, ${concurrency} broadcasts in flight`);
    fig("committed tx/s (txs in blocks timed inside the window / window s)", fmt(tps, 1));
    fig("committed txs in window", fmt(committed));
    fig("blocks produced in window", `${inWindow.length} (mean block period ${inWindow.length > 1 ? fmt(w.windowMs / (inWindow.length - 1)) : "-"} ms)`);
    fig("avg txs/block (max)", `${fmt(inWindow.length ? committed / inWindow.length : 0, 1)} (${fmt(Math.max(0, ...inWindow.map((b) => b.numTxs)))})`);
    fig("broadcast-to-commit latency p50 / p99 / max", `${fmt(percentile(lat, 50))} / ${fmt(percentile(lat, 99))} / ${fmt(lat[lat.length - 1] ?? NaN)} ms (n=${fmt(lat.length)})`);
    fig("broadcasts accepted by CheckTx (in window)", `${fmt(w.accepted)} (${fmt(w.acceptedInWindow)}, ${fmt(w.acceptedInWindow / seconds)}/s)`);
    fig("rejected broadcasts by codespace/code", rejectedText(w.rejected));
    fig("failed in block (DeliverTx code != 0)", fmt(w.deliverFailed));
    fig("mempool size at window end", fmt(w.mempoolAtEnd));
    if (exec.txs > 0) fig("node applyBlock time in window (from its log)", `${fmt(exec.ms)} ms for ${fmt(exec.txs)} txs (${fmt((exec.ms * 1000) / exec.txs)} us/tx)`);
    if (w.cpu) fig("CPU in window: node process / bench client (all threads)", `${fmt((w.cpu.nodes / seconds) * 100)}% / ${fmt((w.cpu.self / seconds) * 100)}% of one core`);
    if (w.httpErrors || w.signedOnTheFly || w.foreign) fig("client notes", `http errors ${w.httpErrors}, signed in window ${w.signedOnTheFly}, unmatched txs ${w.foreign}`);
    fig("committed tx/s vs verify bound", `${fmt(tps, 1)} / ${fmt(bound.perSecond)} = ${(tps / bound.perSecond).toFixed(3)}`);
    fig("aim >= 2,000 tx/s", tps >= 2000 ? "met" : `not met (${fmt(tps, 1)} tx/s)`);
    return figures;
  } finally {
    client.close();
    await net.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
