/**
 * AMM swaps against bank sends through a real node, in the same run: a 1-validator devnet
 * (`pogcsd start`, 1000 ms blocks, 10-block epochs), one AMM pool set up the way the devnet
 * scenario does it (devnet/scenario: a device-agent swarm registers and bonds a GPU device, a
 * pool by stake admits it at an epoch end, the device commits an hour >= 1 h ahead and adds it
 * with GCS as liquidity), then the tx-throughput machinery (test/bench/tx-throughput.bench.ts):
 * many funded senders, txs pre-signed in worker threads, broadcast_tx_sync with bounded
 * concurrency, commits counted from the blocks timed inside each window.
 *   (a) window of MsgSend (1 ugcs to the next account), then, once the mempool is empty,
 *   (b) window of /pogcs.amm.v1.MsgSwapExactIn buying the slot with 1,000 ugcs (min out 1,
 *       deadline 6 h ahead) from the same accounts.
 * The device declares GPU_COUNT GPUs (not the scenario's 8): every committed swap must buy at
 * least one whole slot unit, so the pool needs that many units; the swap's work does not depend
 * on the reserve sizes.
 *
 *   npm run bench -- amm-node
 * Env: BENCH_AMM_NODE_SECONDS (each window, default 20), BENCH_AMM_NODE_ACCOUNTS (default 500),
 * BENCH_AMM_NODE_CONCURRENCY (default 48), BENCH_AMM_NODE_RATE (tx/s to pre-sign for, default 1200;
 * beyond that, txs are signed in the window and reported).
 */
import { pathToFileURL } from "node:url";
import { pogcs } from "../../proto/gen/pogcs.js";
import { SCENARIO_CAPACITY, setupActors, type Actors } from "../../devnet/scenario/actors.js";
import { msg, ok, query } from "../../devnet/scenario/chain.js";
import { admit, commitCapacity, createPool } from "../../devnet/scenario/pools-flow.js";
import { addLiquidity } from "../../devnet/scenario/market-flow.js";
import { envNumber, fmt, HttpClient, percentile, sleep, tempDevnet, type BenchResult, type Figure } from "./lib.js";
import { fundAccounts, presignSends, queryAccounts, rejectedText, sendWindow, type FundedAccounts, type WindowResult } from "./tx-load.js";

const BENCH = "amm-node";
const EPOCH_LENGTH = 10;
const GPU_COUNT = 1_000_000;
const LIQUIDITY_QUOTE = 30_000_000n; // 30 GCS against GPU_COUNT slot units
const SWAP_IN = "1000";
const FEE = "500";

interface Pool {
  denom: string;
  deadline: bigint;
}

/** Stake pool, device admitted at an epoch end, an hour committed and added to the AMM. */
async function setUpPool(a: Actors, log: (s: string) => void): Promise<Pool> {
  const d = a.devices[0]!;
  const poolId = await createPool(a, "bench stake pool", 1, { stake: { minBond: "5000000" } });
  await admit(a, d, poolId, log);
  const now = await a.rpc.blockTime();
  const hour = ((now + 3600n + 300n + 3599n) / 3600n) * 3600n;
  const deadline = now + 6n * 3600n;
  const slot = await commitCapacity(a, d, hour, BigInt(GPU_COUNT));
  const lp = await addLiquidity(d.sender, slot.denom, BigInt(GPU_COUNT), LIQUIDITY_QUOTE, deadline);
  log(`  pool: device ${d.deviceId} in stake pool #${poolId}, ${fmt(GPU_COUNT)} units of ${slot.denom} + ${LIQUIDITY_QUOTE} ugcs added (position ${lp.positionId})`);
  return { denom: slot.denom, deadline };
}

async function poolReserves(a: Actors, denom: string): Promise<string> {
  const r = await query(a.rpc, "/pogcs.amm.v1.Query/Pool", pogcs.amm.v1.QueryPoolRequest, { slotDenom: denom }, pogcs.amm.v1.QueryPoolResponse);
  const p = r?.pool?.pool;
  return p ? `base ${p.baseReserve}, quote ${p.quoteReserve}` : "?";
}

/** Gas used by one swap (signed and committed by the buyer), to size the bench txs' gas limit. */
async function probeSwapGas(a: Actors, client: HttpClient, pool: Pool): Promise<number> {
  const out = ok(await a.buyer.send([msg("/pogcs.amm.v1.MsgSwapExactIn", { trader: a.buyer.address, slotDenom: pool.denom, denomIn: "ugcs", amountIn: SWAP_IN, minAmountOut: "1", deadline: pool.deadline.toString() })]), "probe swap");
  const r = await client.call<{ tx_result: { gas_used: string } }>("tx", { hash: out.hash });
  return Number(r.tx_result.gas_used);
}

async function waitMempoolEmpty(client: HttpClient, timeoutMs = 60_000): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const n = Number((await client.call<{ n_txs: string }>("num_unconfirmed_txs")).n_txs);
    if (n === 0 || performance.now() - t0 > timeoutMs) return n;
    await sleep(250);
  }
}

/** The first DeliverTx failure log among the window's blocks (what went wrong, if anything did). */
async function firstFailure(client: HttpClient, w: WindowResult): Promise<string | undefined> {
  for (const b of w.inWindow) {
    if (b.numTxs === 0) continue;
    const res = await client.call<{ txs_results: Array<{ code: number; codespace: string; log: string }> | null }>("block_results", { height: b.height });
    const bad = (res.txs_results ?? []).find((x) => x.code !== 0);
    if (bad) return `${bad.codespace}/${bad.code} ${bad.log.slice(0, 160)}`;
  }
  return undefined;
}

export async function run(): Promise<BenchResult> {
  const log = (s: string) => console.log(s);
  const seconds = envNumber("BENCH_AMM_NODE_SECONDS", 20);
  const warmup = 2;
  const nAccounts = Math.floor(envNumber("BENCH_AMM_NODE_ACCOUNTS", 500));
  const concurrency = Math.floor(envNumber("BENCH_AMM_NODE_CONCURRENCY", 48));
  const rate = envNumber("BENCH_AMM_NODE_RATE", 1200);
  const perAccount = Math.ceil((rate * (warmup + seconds + 2)) / nAccounts);
  const figures: Figure[] = [];
  const fig = (name: string, value: string) => {
    figures.push({ bench: BENCH, name, value });
    log(`  ${name}: ${value}`);
  };

  log(`starting 1-validator devnet (block interval 1000 ms, epoch ${EPOCH_LENGTH} blocks) ...`);
  const net = await tempDevnet(1000, { epochLength: EPOCH_LENGTH });
  const client = new HttpClient(net.rpc, concurrency + 8);
  let actors: Actors | undefined;
  try {
    const t0 = performance.now();
    const verbose = process.env.BENCH_VERBOSE ? log : () => {};
    actors = await setupActors({ rpcs: [net.rpc], chainId: net.info.chainId, mnemonic: net.info.faucet.mnemonic, validators: 1, devices: 1, capacity: { ...SCENARIO_CAPACITY, gpuCount: GPU_COUNT }, log: verbose });
    const pool = await setUpPool(actors, verbose);
    const gasUsed = await probeSwapGas(actors, client, pool);
    const swapGas = Math.max(200_000, Math.ceil((gasUsed * 1.5) / 10_000) * 10_000);
    fig("setup (devnet up to pool with liquidity)", `${((performance.now() - t0) / 1000).toFixed(1)} s; pool ${pool.denom}: ${await poolReserves(actors, pool.denom)}`);
    fig("gas used by one swap (bench gas limit)", `${fmt(gasUsed)} (${fmt(swapGas)})`);

    const funded = await fundAccounts(client, net.info, nAccounts);
    log(`  funded ${fmt(nAccounts)} accounts in ${(funded.ms / 1000).toFixed(1)} s`);
    const nodePids = [net.processes[0]?.pid];

    const runKind = async (kind: "send" | "swap", f: FundedAccounts, over: Parameters<typeof presignSends>[4]) => {
      const pre = await presignSends(net.info, f, perAccount, [client], over);
      log(`  ${kind}: pre-signed ${fmt(pre.txBytes.length)} in ${(pre.signMs / 1000).toFixed(1)} s; ${warmup} s warm-up + ${seconds} s window, ${concurrency} in flight ...`);
      const w = await sendWindow(pre, { pollRpc: net.rpc, seconds, warmup, concurrency, nodePids });
      const left = await waitMempoolEmpty(client);
      return { w, left, failure: w.deliverFailed ? await firstFailure(client, w) : undefined };
    };

    const sends = await runKind("send", funded, {});
    const accInfo = await queryAccounts(client, funded.signers.map((s) => s.address));
    if (accInfo.some((x) => !x)) throw new Error("an account vanished after the send window");
    const before = await poolReserves(actors, pool.denom);
    const swaps = await runKind("swap", { ...funded, accInfo: accInfo as FundedAccounts["accInfo"] }, {
      fee: FEE,
      gasLimit: String(swapGas),
      swap: { slotDenom: pool.denom, denomIn: "ugcs", amountIn: SWAP_IN, minAmountOut: "1", deadline: pool.deadline.toString() },
    });
    const after = await poolReserves(actors, pool.denom);

    fig("window (each)", `${seconds} s after ${warmup} s warm-up, ${fmt(nAccounts)} senders, ${concurrency} broadcasts in flight`);
    const ok = (w: WindowResult) => (w.committed - w.deliverFailed) / w.seconds;
    for (const [name, r] of [["bank MsgSend", sends], ["amm MsgSwapExactIn", swaps]] as const) {
      const w = r.w;
      fig(`${name}: committed tx/s (ok in block)`, `${fmt(w.tps, 1)} (${fmt(ok(w), 1)})`);
      fig(`${name}: committed txs, blocks in window`, `${fmt(w.committed)} in ${w.inWindow.length} blocks (max ${fmt(Math.max(0, ...w.inWindow.map((b) => b.numTxs)))}/block)`);
      fig(`${name}: broadcast-to-commit p50 / p99`, `${fmt(percentile(w.lat, 50))} / ${fmt(percentile(w.lat, 99))} ms (n=${fmt(w.lat.length)})`);
      fig(`${name}: failed in block`, `${fmt(w.deliverFailed)}${r.failure ? ` (first: ${r.failure})` : ""}`);
      fig(`${name}: rejected at broadcast`, rejectedText(w.rejected));
      if (w.cpu) fig(`${name}: CPU node / bench client`, `${fmt((w.cpu.nodes / seconds) * 100)}% / ${fmt((w.cpu.self / seconds) * 100)}% of one core`);
      if (w.httpErrors || w.signedOnTheFly || w.foreign || r.left) fig(`${name}: notes`, `http errors ${w.httpErrors}, signed in window ${w.signedOnTheFly}, other txs ${w.foreign}, mempool left ${r.left}`);
    }
    fig("pool reserves before / after the swap window", `${before} / ${after}`);
    fig("swaps/s as % of bank sends/s (committed; ok in block)", `${fmt((100 * swaps.w.tps) / sends.w.tps, 1)}%; ${fmt((100 * ok(swaps.w)) / ok(sends.w), 1)}%`);
    return figures;
  } finally {
    actors?.swarm.stop();
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
