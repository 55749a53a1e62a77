/**
 * Consensus benchmark (issue 2): a real 4-validator devnet on this machine (four `pogcsd start`
 * processes with p2p, 1000 ms blocks), CosmJS-format MsgSend txs from N funded accounts spread
 * round-robin over the four RPC endpoints (each account always broadcasts to the same node, so
 * its sequences arrive in order) for a measured window: committed tx/s, broadcast-to-commit
 * latency, blocks/s. In the same run, the signature bound: secp256k1 verifications/s on one core
 * (node:crypto) x cores / validators, since every validator verifies every tx and they share
 * this machine's cores. Then the catch-up speed of a restarted validator, on a second devnet
 * with a 100 ms commit timeout (500 ms propose timeout): one validator is stopped (SIGTERM), the other three produce
 * N blocks, it is restarted and its `status` polled until it reaches their height.
 *
 *   npx tsx test/bench/run.ts consensus         (BENCH_SECONDS=15 for a quick run)
 *   npx tsx test/bench/consensus.bench.ts
 *
 * Knobs (env): BENCH_SECONDS (window, default 60), BENCH_WARMUP_SECONDS (default 3),
 * BENCH_ACCOUNTS (default 1000), BENCH_CONCURRENCY (in-flight broadcasts over all nodes,
 * default 64), BENCH_CATCHUP_BLOCKS (blocks the stopped validator misses, default 200).
 *
 * Load generation, funding, pre-signing and commit observation are tx-throughput.bench.ts's
 * (see there); commits are observed by polling validator 0's blocks, so a tx's latency runs from
 * its broadcast (to whichever node) to validator 0 having the block.
 */
import { loadavg, cpus } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ChildProcess } from "node:child_process";
import { envNumber, fmt, HttpClient, percentile, sleep, tempDevnet, type BenchResult, type Figure } from "./lib.js";
import { measureVerifyBound } from "./tx-throughput.bench.js";
import { applyTimeFromLog, fundAccounts, presignSends, rejectedText, sendWindow } from "./tx-load.js";

const BENCH = "consensus";
const VALIDATORS = 4;
/** Nothing gets jailed for downtime during the bench (a stopped or slow validator included). */
const DOWNTIME_WINDOW = 100_000;

export interface ConsensusBenchOptions {
  seconds?: number;
  warmupSeconds?: number;
  accounts?: number;
  concurrency?: number;
  catchupBlocks?: number;
  log?: (s: string) => void;
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");

async function height(c: HttpClient): Promise<{ height: number; catchingUp: boolean }> {
  const s = await c.call<{ sync_info: { latest_block_height: string; catching_up: boolean } }>("status");
  return { height: Number(s.sync_info.latest_block_height), catchingUp: s.sync_info.catching_up };
}

async function waitAllAt(clients: HttpClient[], h: number, timeoutMs: number): Promise<void> {
  const t0 = performance.now();
  for (;;) {
    const hs = await Promise.all(clients.map((c) => height(c).then((x) => x.height, () => 0)));
    if (hs.every((x) => x >= h)) return;
    if (performance.now() - t0 > timeoutMs) throw new Error(`nodes did not all reach height ${h} within ${timeoutMs} ms (at ${hs.join(", ")})`);
    await sleep(100);
  }
}

function stopProcess(p: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (p.exitCode !== null || p.signalCode !== null) return res();
    const t = setTimeout(() => p.kill("SIGKILL"), 10_000);
    p.once("exit", () => {
      clearTimeout(t);
      res();
    });
    p.kill("SIGTERM");
  });
}

export async function run(opts: ConsensusBenchOptions = {}): Promise<BenchResult> {
  const log = opts.log ?? ((s: string) => console.log(s));
  const seconds = opts.seconds ?? envNumber("BENCH_SECONDS", 60);
  const warmup = opts.warmupSeconds ?? envNumber("BENCH_WARMUP_SECONDS", 3);
  const nAccounts = Math.floor(opts.accounts ?? envNumber("BENCH_ACCOUNTS", 1000));
  const concurrency = Math.floor(opts.concurrency ?? envNumber("BENCH_CONCURRENCY", 64));
  const catchupBlocks = Math.floor(opts.catchupBlocks ?? envNumber("BENCH_CATCHUP_BLOCKS", 200));
  const figures: Figure[] = [];
  const fig = (name: string, value: string) => {
    figures.push({ bench: BENCH, name, value });
    log(`  ${name}: ${value}`);
  };

  // 1. the bound, measured while nothing of ours runs
  log(`consensus: measuring secp256k1 verify bound (node:crypto, one core, unique signatures) ...`);
  const perCore = measureVerifyBound(3000).perSecond;
  const nCores = cpus().length;
  const bound = (perCore * nCores) / VALIDATORS;
  fig("secp256k1 verifications/s (node:crypto, 1 core)", fmt(perCore));
  fig("signature bound (per core x cores / validators)", `${fmt(perCore)} x ${nCores} / ${VALIDATORS} = ${fmt(bound)} tx/s`);

  // 2. throughput on a 4-validator devnet
  log(`starting ${VALIDATORS}-validator devnet (block interval 1000 ms, downtime window ${fmt(DOWNTIME_WINDOW)}) ...`);
  let tps = NaN;
  let p50 = NaN;
  {
    const net = await tempDevnet(1000, { validators: VALIDATORS, downtimeWindow: DOWNTIME_WINDOW });
    const clients = net.info.validators.map((v) => new HttpClient(v.rpc, Math.ceil(concurrency / VALIDATORS) + 8));
    try {
      const funded = await fundAccounts(clients[0]!, net.info, nAccounts);
      // every node must have the funding before it sees the accounts' sends
      await waitAllAt(clients, funded.height, 60_000);
      log(`  funded ${fmt(nAccounts)} accounts in ${(funded.ms / 1000).toFixed(1)} s (all nodes at height ${funded.height}${funded.rewinds ? `; funding resent from an earlier sequence ${funded.rewinds}x` : ""})`);

      // enough pre-signed txs to run at the bound for the whole run
      const perAccount = Math.ceil((bound * (warmup + seconds + 2) * 1.1) / nAccounts);
      const pre = await presignSends(net.info, funded, perAccount, clients);
      fig("pre-signed txs (before the window, worker threads)", `${fmt(pre.txBytes.length)} in ${(pre.signMs / 1000).toFixed(1)} s (${fmt((pre.txBytes.length / pre.signMs) * 1000)} signs/s on ${pre.nWorkers} threads)`);

      log(`  sending for ${warmup} s warm-up + ${seconds} s window from ${fmt(nAccounts)} accounts over ${VALIDATORS} nodes, ${concurrency} broadcasts in flight ...`);
      const loadStart = load();
      const w = await sendWindow(pre, { pollRpc: net.info.validators[0]!.rpc, seconds, warmup, concurrency, nodePids: net.processes.map((p) => p.pid) });
      const loadEnd = load();
      const { inWindow, committed, lat } = w;
      tps = w.tps;
      p50 = percentile(lat, 50);
      const blocksPerS = inWindow.length > 1 ? ((inWindow.length - 1) / w.windowMs) * 1000 : NaN;
      const exec = applyTimeFromLog(join(net.info.validators[0]!.home, "node.log"), new Set(inWindow.map((b) => b.height)));

      fig("window", `${seconds} s (after ${warmup} s warm-up), ${fmt(nAccounts)} sender accounts round-robin over ${VALIDATORS} nodes, ${concurrency} broadcasts in flight`);
      fig("load average (1/5/15 min) at window start / end", `${loadStart} / ${loadEnd}`);
      fig("committed tx/s (txs in blocks timed inside the window / window s)", fmt(tps, 1));
      fig("committed txs in window", fmt(committed));
      fig("blocks/s in window", `${fmt(blocksPerS, 2)} (${inWindow.length} blocks, mean period ${inWindow.length > 1 ? fmt(w.windowMs / (inWindow.length - 1)) : "-"} ms)`);
      fig("avg txs/block (max)", `${fmt(inWindow.length ? committed / inWindow.length : 0, 1)} (${fmt(Math.max(0, ...inWindow.map((b) => b.numTxs)))})`);
      fig("broadcast-to-commit latency p50 / p99 / max", `${fmt(p50)} / ${fmt(percentile(lat, 99))} / ${fmt(lat[lat.length - 1] ?? NaN)} ms (n=${fmt(lat.length)})`);
      fig("broadcasts accepted by CheckTx (in window)", `${fmt(w.accepted)} (${fmt(w.acceptedInWindow)}, ${fmt(w.acceptedInWindow / seconds)}/s)`);
      fig("rejected broadcasts by codespace/code", rejectedText(w.rejected));
      fig("failed in block (DeliverTx code != 0)", fmt(w.deliverFailed));
      fig("mempool size at window end (sum over nodes)", fmt(w.mempoolAtEnd));
      if (exec.txs > 0) fig("validator 0 applyBlock time in window (from its log)", `${fmt(exec.ms)} ms for ${fmt(exec.txs)} txs (${fmt((exec.ms * 1000) / exec.txs)} us/tx; ${fmt(exec.ms / Math.max(1, inWindow.length))} ms/block)`);
      fig("window blocks committed in a round > 0 (max round)", `${exec.laterRounds} (${exec.maxRound})`);
      if (w.cpu) fig(`CPU in window: ${VALIDATORS} node processes (sum) / bench client (all threads)`, `${fmt((w.cpu.nodes / seconds) * 100)}% / ${fmt((w.cpu.self / seconds) * 100)}% of one core (${nCores} cores = ${nCores * 100}%)`);
      if (w.httpErrors || w.signedOnTheFly || w.foreign) fig("client notes", `http errors ${w.httpErrors}, signed in window ${w.signedOnTheFly}, unmatched txs ${w.foreign}`);
      fig("committed tx/s vs signature bound", `${fmt(tps, 1)} / ${fmt(bound)} = ${(tps / bound).toFixed(3)}`);
    } finally {
      for (const c of clients) c.close();
      await net.close();
    }
  }
  const met = tps >= 1000 && p50 < 1500;
  fig("aim >= 1,000 tx/s with p50 < 1.5 s", met ? "met" : `not met (${fmt(tps, 1)} tx/s, p50 ${fmt(p50)} ms)`);

  // 3. catch-up of a restarted validator, on a fresh devnet with a short commit timeout
  // A 500 ms propose timeout: a quarter of the rounds have the stopped validator as proposer.
  log(`starting ${VALIDATORS}-validator devnet for catch-up (timeout commit 100 ms, propose 500 ms) ...`);
  {
    const net = await tempDevnet(1000, { validators: VALIDATORS, downtimeWindow: DOWNTIME_WINDOW, timeouts: { commit: 100, propose: 500 }, waitHeight: 3 });
    const clients = net.info.validators.map((v) => new HttpClient(v.rpc, 2));
    const down = VALIDATORS - 1;
    try {
      await stopProcess(net.processes[down]!);
      const stoppedAt = (await height(clients[0]!)).height;
      const tStop = performance.now();
      log(`  validator ${down} stopped at height ~${stoppedAt}; waiting for the others to produce ${catchupBlocks} blocks ...`);
      let h = stoppedAt;
      while (h < stoppedAt + catchupBlocks) {
        if (performance.now() - tStop > 300_000) throw new Error(`the ${down} remaining validators made only ${h - stoppedAt} blocks in 300 s`);
        await sleep(200);
        h = (await height(clients[0]!)).height;
      }
      const downS = (performance.now() - tStop) / 1000;
      const behind = (await height(clients[0]!)).height;
      fig(`blocks/s of ${down} validators (1 down, timeouts commit 100 / propose 500 ms)`, `${fmt((behind - stoppedAt) / downS, 1)} (${behind - stoppedAt} blocks in ${downS.toFixed(1)} s)`);
      const own = clients[down]!;
      // the restarted node's height before it serves RPC: what its store had when stopped
      const tRestart = performance.now();
      net.startNode(down);
      let first: { t: number; height: number } | undefined;
      let done: { t: number; height: number; target: number } | undefined;
      while (!done) {
        if (performance.now() - tRestart > 300_000) throw new Error(`restarted validator did not catch up within 300 s (at ${first ? "height " + first.height : "no RPC"})`);
        const [mine, theirs] = await Promise.all([height(own).catch(() => undefined), height(clients[0]!)]);
        const now = performance.now();
        if (mine) {
          if (!first) first = { t: now, height: mine.height };
          if (mine.height >= theirs.height) done = { t: now, height: mine.height, target: theirs.height };
        }
        if (!done) await sleep(50);
      }
      const rpcUpS = (first!.t - tRestart) / 1000;
      const syncS = (done.t - first!.t) / 1000;
      const totalS = (done.t - tRestart) / 1000;
      fig("restarted validator: blocks behind at restart", fmt(behind - stoppedAt));
      fig("restarted validator: restart to RPC up", `${rpcUpS.toFixed(1)} s (height ${first!.height} then; others at ~${behind}+)`);
      fig(
        "catch-up blocks/s (from RPC up to the others' height)",
        syncS > 0 ? `${fmt((done.height - first!.height) / syncS, 1)} (${done.height - first!.height} blocks in ${syncS.toFixed(1)} s, reached ${done.height})` : `caught up before RPC answered (height ${done.height})`,
      );
      fig("catch-up blocks/s (from restart, incl. process start)", `${fmt((done.height - stoppedAt) / totalS, 1)} (${done.height - stoppedAt} blocks in ${totalS.toFixed(1)} s)`);
    } finally {
      for (const c of clients) c.close();
      await net.close();
    }
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  run().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
