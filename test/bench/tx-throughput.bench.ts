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
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, existsSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { MsgMultiSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { buildSignedTx } from "../../node/client/build-tx.js";
import { signerFromMnemonic, signerFromPrivateKey } from "../../node/keyring/hd.js";
import { createNodeSecp256k1Verifier } from "../../node/crypto/secp256k1.js";
import { envNumber, fmt, HttpClient, percentile, rfc3339Ms, sleep, tempDevnet, type BenchResult, type Figure } from "./lib.js";
import { signInWorker, signSend, type SendSpec, type SignAccount, type Signer } from "./sign-worker.js";

const BENCH = "tx";
const FUND_PER_ACCOUNT = 1_000_000_000n;
const OUTPUTS_PER_MULTISEND = 100;
const SEND_FEE = "500";
const SEND_GAS = "200000";
/** The node's default mempool.size; broadcasts beyond it are refused with code 20. */
const CODE_MEMPOOL_FULL = 20;
const CODE_SEQUENCE_MISMATCH = 32;

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

/** CPU seconds (user + system) of a process so far, from /proc (Linux); undefined elsewhere. */
function procCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return undefined;
  }
}

interface Account {
  signer: Signer;
  accountNumber: bigint;
  /** Sequence of the account's first pre-signed tx. */
  firstSeq: number;
  to: string;
  /** Global tx indices of this account's pre-signed txs, in sequence order. */
  first: number;
  count: number;
  pos: number;
  dead: boolean;
}

interface BlockSeen {
  height: number;
  timeMs: number;
  numTxs: number;
  /** performance.now() when the poller first saw the block committed. */
  seenAt: number;
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
    const chainId = net.info.chainId;
    const denom = net.info.denom;
    const faucet = signerFromMnemonic(net.info.faucet.mnemonic, 0, { prefix: "gcs" });

    const queryAccounts = async (addresses: string[]): Promise<Array<{ accountNumber: bigint; sequence: bigint } | undefined>> => {
      const out: Array<{ accountNumber: bigint; sequence: bigint } | undefined> = [];
      for (let i = 0; i < addresses.length; i += 100) {
        const chunk = addresses.slice(i, i + 100);
        const res = await client.batch<{ response: { code: number; value: string | null } }>(
          chunk.map((address) => ({
            method: "abci_query",
            params: { path: "/cosmos.auth.v1beta1.Query/Account", data: Buffer.from(QueryAccountRequest.encode({ address }).finish()).toString("hex") },
          })),
        );
        for (const r of res) {
          if (r.response.code !== 0 || !r.response.value) {
            out.push(undefined);
            continue;
          }
          const any = QueryAccountResponse.decode(Buffer.from(r.response.value, "base64")).account!;
          const acc = BaseAccount.decode(any.value);
          out.push({ accountNumber: acc.accountNumber, sequence: acc.sequence });
        }
      }
      return out;
    };

    // 3. fund N fresh accounts with MsgMultiSend (one input, up to 100 outputs each)
    const privs = Array.from({ length: nAccounts }, () => new Uint8Array(randomBytes(32)));
    const signers = privs.map((p) => signerFromPrivateKey(p, "gcs"));
    const [faucetAcc] = await queryAccounts([faucet.address]);
    if (!faucetAcc) throw new Error("faucet account not found");
    let faucetSeq = faucetAcc.sequence;
    const fundHashes: string[] = [];
    const tf = performance.now();
    for (let i = 0; i < nAccounts; i += OUTPUTS_PER_MULTISEND) {
      const outs = signers.slice(i, i + OUTPUTS_PER_MULTISEND);
      const total = FUND_PER_ACCOUNT * BigInt(outs.length);
      const msg = MsgMultiSend.fromPartial({
        inputs: [{ address: faucet.address, coins: [{ denom, amount: total.toString() }] }],
        outputs: outs.map((s) => ({ address: s.address, coins: [{ denom, amount: FUND_PER_ACCOUNT.toString() }] })),
      });
      const tx = buildSignedTx(faucet, {
        messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend", value: MsgMultiSend.encode(msg).finish() }],
        fee: [{ denom, amount: "50000" }],
        gasLimit: 20_000_000n,
        chainId,
        accountNumber: faucetAcc.accountNumber,
        sequence: faucetSeq,
      });
      const r = await client.call<{ code: number; log: string; hash: string }>("broadcast_tx_sync", { tx: Buffer.from(tx).toString("base64") });
      if (r.code !== 0) throw new Error(`funding tx refused: code ${r.code}: ${r.log}`);
      fundHashes.push(r.hash);
      faucetSeq++;
    }
    for (const h of fundHashes) {
      const t0 = performance.now();
      for (;;) {
        try {
          const r = await client.call<{ tx_result: { code: number; log: string } }>("tx", { hash: h });
          if (r.tx_result.code !== 0) throw new Error(`funding tx ${h} failed in block: code ${r.tx_result.code}: ${r.tx_result.log}`);
          break;
        } catch (e) {
          if ((e as Error).message.startsWith("funding tx")) throw e;
          if (performance.now() - t0 > 60_000) throw new Error(`funding tx ${h} not committed within 60 s`);
          await sleep(200);
        }
      }
    }
    const accInfo = await queryAccounts(signers.map((s) => s.address));
    if (accInfo.some((a) => !a)) throw new Error("some funded accounts are missing");
    log(`  funded ${fmt(nAccounts)} accounts with ${fundHashes.length} MsgMultiSend txs in ${((performance.now() - tf) / 1000).toFixed(1)} s`);

    // 4. pre-sign, before the window, in worker threads. Enough for the node to run at the
    // verification bound for the whole run: it verifies each signature at least once on one
    // thread, so it cannot commit faster than that.
    const spec: SendSpec = { chainId, denom, fee: SEND_FEE, gasLimit: SEND_GAS };
    const perAccount = Math.ceil((bound.perSecond * (warmup + seconds + 2) * 1.1) / nAccounts);
    const nWorkers = Math.max(1, cpus().length);
    const accounts: Account[] = signers.map((s, i) => ({
      signer: s,
      accountNumber: accInfo[i]!.accountNumber,
      firstSeq: Number(accInfo[i]!.sequence),
      to: signers[(i + 1) % nAccounts]!.address,
      first: i * perAccount,
      count: perAccount,
      pos: 0,
      dead: false,
    }));
    const ts = performance.now();
    const per = Math.ceil(nAccounts / nWorkers);
    const batches = await Promise.all(
      Array.from({ length: nWorkers }, (_, w) => {
        const list: SignAccount[] = [];
        for (let i = w * per; i < Math.min(nAccounts, (w + 1) * per); i++) {
          list.push({ priv: privs[i]!, accountNumber: accounts[i]!.accountNumber.toString(), to: accounts[i]!.to, firstSequence: accounts[i]!.firstSeq, count: perAccount });
        }
        return signInWorker(spec, list);
      }),
    );
    const signMs = performance.now() - ts;
    // global tx index = account * perAccount + k; workers hold contiguous account ranges
    const txBytes: Uint8Array[] = [];
    const hashIndex = new Map<string, number>();
    for (const b of batches) {
      const n = b.offsets.length - 1;
      for (let i = 0; i < n; i++) {
        const idx = txBytes.length;
        txBytes.push(b.bytes.subarray(b.offsets[i]!, b.offsets[i + 1]!));
        hashIndex.set(Buffer.from(b.hashes.subarray(32 * i, 32 * i + 32)).toString("hex"), idx);
      }
    }
    fig("pre-signed txs (before the window, worker threads)", `${fmt(txBytes.length)} in ${(signMs / 1000).toFixed(1)} s (${fmt((txBytes.length / signMs) * 1000)} signs/s on ${nWorkers} threads)`);

    // 5. the run: warm-up, then the measured window
    const sendAt: number[] = new Array(txBytes.length).fill(NaN);
    const rejected = new Map<string, number>();
    const reject = (k: string) => rejected.set(k, (rejected.get(k) ?? 0) + 1);
    let accepted = 0;
    let acceptedInWindow = 0;
    let signedOnTheFly = 0;
    let httpErrors = 0;

    const blocks = new Map<number, BlockSeen>();
    let lastHeight = Number((await client.call<{ sync_info: { latest_block_height: string } }>("status")).sync_info.latest_block_height);
    let blockWaiters: Array<() => void> = [];
    const nextBlock = () => new Promise<void>((r) => blockWaiters.push(r));

    const wall0 = Date.now();
    const perf0 = performance.now();
    const windowStartWall = wall0 + warmup * 1000;
    const windowEndWall = windowStartWall + seconds * 1000;
    const windowStartPerf = perf0 + warmup * 1000;
    const windowEndPerf = windowStartPerf + seconds * 1000;
    log(`  sending for ${warmup} s warm-up + ${seconds} s window from ${fmt(nAccounts)} accounts, ${concurrency} broadcasts in flight ...`);

    const nodePid = net.processes[0]?.pid;
    let cpuAtStart: { node?: number; self: NodeJS.CpuUsage } | undefined;
    let cpuAtEnd: { node?: number; self: NodeJS.CpuUsage } | undefined;
    const cpuStartTimer = setTimeout(() => (cpuAtStart = { node: procCpuSeconds(nodePid), self: process.cpuUsage() }), warmup * 1000);
    const cpuEndTimer = setTimeout(() => (cpuAtEnd = { node: procCpuSeconds(nodePid), self: process.cpuUsage() }), (warmup + seconds) * 1000);

    let pollDone = false;
    const poller = (async () => {
      const pollClient = new HttpClient(net.rpc, 2);
      try {
        while (!pollDone) {
          try {
            const r = await pollClient.call<{ block_metas: Array<{ header: { height: string; time: string }; num_txs: string }> }>("blockchain", {
              minHeight: lastHeight + 1,
            });
            const now = performance.now();
            const metas = [...r.block_metas].sort((a, b) => Number(a.header.height) - Number(b.header.height));
            for (const m of metas) {
              const h = Number(m.header.height);
              if (h <= lastHeight) continue;
              blocks.set(h, { height: h, timeMs: rfc3339Ms(m.header.time), numTxs: Number(m.num_txs), seenAt: now });
              lastHeight = h;
              if (rfc3339Ms(m.header.time) > windowEndWall) pollDone = true;
            }
            if (metas.length > 0) {
              const w = blockWaiters;
              blockWaiters = [];
              for (const f of w) f();
            }
          } catch {
            // "min height > max height": no new block yet
          }
          await sleep(25);
        }
      } finally {
        pollClient.close();
      }
    })();

    const broadcast = async (bytes: Uint8Array): Promise<{ code: number; codespace: string; log: string } | undefined> => {
      try {
        const r = await client.post(`{"jsonrpc":"2.0","id":1,"method":"broadcast_tx_sync","params":{"tx":"${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64")}"}}`);
        const j = JSON.parse(r.text) as { result?: { code: number; codespace: string; log: string }; error?: { message: string } };
        if (!j.result) return undefined;
        return j.result;
      } catch {
        return undefined;
      }
    };

    const lane = async (laneAccounts: Account[]) => {
      let rr = 0;
      while (performance.now() < windowEndPerf) {
        const live = laneAccounts.filter((a) => !a.dead);
        if (live.length === 0) return;
        const a = live[rr++ % live.length]!;
        let idx: number;
        if (a.pos < a.count) {
          idx = a.first + a.pos;
        } else {
          // pre-signed supply exhausted: sign now (client cost inside the window; reported)
          const seq = a.firstSeq + a.pos;
          const bytes = signSend(spec, a.signer, a.accountNumber, a.to, seq);
          idx = txBytes.length;
          txBytes.push(bytes);
          sendAt.push(NaN);
          hashIndex.set(createHash("sha256").update(bytes).digest("hex"), idx);
          a.first = idx - a.pos;
          a.count = a.pos + 1;
          signedOnTheFly++;
        }
        const t = performance.now();
        const r = await broadcast(txBytes[idx]!);
        if (!r) {
          httpErrors++;
          await sleep(50);
          continue;
        }
        if (r.code === 0) {
          sendAt[idx] = t;
          a.pos++;
          accepted++;
          if (t >= windowStartPerf && t < windowEndPerf) acceptedInWindow++;
          continue;
        }
        reject(`${r.codespace || "?"}/${r.code}`);
        if (r.code === CODE_MEMPOOL_FULL) {
          await nextBlock(); // retry the same tx once a block has made room
        } else if (r.code === CODE_SEQUENCE_MISMATCH) {
          const m = /expected (\d+)/.exec(r.log);
          const want = m ? Number(m[1]) - a.firstSeq : -1;
          if (want > a.pos && want <= a.count) a.pos = want;
          else a.dead = true;
        } else {
          a.dead = true; // this account's later sequences cannot be admitted now
        }
      }
    };
    const lanes: Account[][] = Array.from({ length: concurrency }, () => []);
    accounts.forEach((a, i) => lanes[i % concurrency]!.push(a));
    await Promise.all(lanes.map(lane));
    while (!cpuAtEnd && performance.now() < windowEndPerf + 1000) await sleep(5);
    clearTimeout(cpuStartTimer);
    clearTimeout(cpuEndTimer);
    const mempoolAtEnd = Number((await client.call<{ n_txs: string }>("num_unconfirmed_txs")).n_txs);
    const tWait = performance.now();
    while (!pollDone && performance.now() - tWait < 120_000) await sleep(50);
    pollDone = true;
    await poller;

    // 6. what was committed in the window
    const inWindow = [...blocks.values()].filter((b) => b.timeMs > windowStartWall && b.timeMs <= windowEndWall).sort((a, b) => a.height - b.height);
    const committed = inWindow.reduce((s, b) => s + b.numTxs, 0);
    const lat: number[] = [];
    let deliverFailed = 0;
    let foreign = 0;
    for (const b of inWindow) {
      if (b.numTxs === 0) continue;
      const blk = await client.call<{ block: { data: { txs: string[] | null } } }>("block", { height: b.height });
      for (const t64 of blk.block.data.txs ?? []) {
        const idx = hashIndex.get(createHash("sha256").update(Buffer.from(t64, "base64")).digest("hex"));
        if (idx === undefined || Number.isNaN(sendAt[idx]!)) {
          foreign++;
          continue;
        }
        lat.push(b.seenAt - sendAt[idx]!);
      }
      const res = await client.call<{ txs_results: Array<{ code: number }> | null }>("block_results", { height: b.height });
      for (const x of res.txs_results ?? []) if (x.code !== 0) deliverFailed++;
    }
    lat.sort((x, y) => x - y);
    const tps = committed / seconds;

    // node's own per-block timing (its "committed block" log lines: txs, ms of applyBlock)
    const nodeLog = join(net.info.validators[0]!.home, "node.log");
    let execMs = 0;
    let execTxs = 0;
    if (existsSync(nodeLog)) {
      for (const line of readFileSync(nodeLog, "utf8").split("\n")) {
        if (!line.includes("committed block")) continue;
        const h = /"?height"?[=:]"?(\d+)/.exec(line);
        const n = /"?txs"?[=:](\d+)/.exec(line);
        const ms = /"?ms"?[=:](\d+)/.exec(line);
        if (!h || !n || !ms) continue;
        if (inWindow.some((b) => b.height === Number(h[1]))) {
          execMs += Number(ms[1]);
          execTxs += Number(n[1]);
        }
      }
    }

    const windowMs = inWindow.length > 1 ? inWindow[inWindow.length - 1]!.timeMs - inWindow[0]!.timeMs : NaN;
    fig("window", `${seconds} s (after ${warmup} s warm-up), ${fmt(nAccounts)} sender accounts, ${concurrency} broadcasts in flight`);
    fig("committed tx/s (txs in blocks timed inside the window / window s)", fmt(tps, 1));
    fig("committed txs in window", fmt(committed));
    fig("blocks produced in window", `${inWindow.length} (mean block period ${inWindow.length > 1 ? fmt(windowMs / (inWindow.length - 1)) : "-"} ms)`);
    fig("avg txs/block (max)", `${fmt(inWindow.length ? committed / inWindow.length : 0, 1)} (${fmt(Math.max(0, ...inWindow.map((b) => b.numTxs)))})`);
    fig("broadcast-to-commit latency p50 / p99 / max", `${fmt(percentile(lat, 50))} / ${fmt(percentile(lat, 99))} / ${fmt(lat[lat.length - 1] ?? NaN)} ms (n=${fmt(lat.length)})`);
    fig("broadcasts accepted by CheckTx (in window)", `${fmt(accepted)} (${fmt(acceptedInWindow)}, ${fmt(acceptedInWindow / seconds)}/s)`);
    fig("rejected broadcasts by codespace/code", rejected.size ? [...rejected.entries()].map(([k, v]) => `${k}: ${fmt(v)}`).join(", ") : "none");
    fig("failed in block (DeliverTx code != 0)", fmt(deliverFailed));
    fig("mempool size at window end", fmt(mempoolAtEnd));
    if (execTxs > 0) fig("node applyBlock time in window (from its log)", `${fmt(execMs)} ms for ${fmt(execTxs)} txs (${fmt((execMs * 1000) / execTxs)} us/tx)`);
    if (cpuAtStart && cpuAtEnd) {
      const self = cpuAtEnd.self.user + cpuAtEnd.self.system - cpuAtStart.self.user - cpuAtStart.self.system;
      const node = cpuAtStart.node !== undefined && cpuAtEnd.node !== undefined ? cpuAtEnd.node - cpuAtStart.node : NaN;
      fig("CPU in window: node process / bench client (all threads)", `${fmt((node / seconds) * 100)}% / ${fmt((self / 1e6 / seconds) * 100)}% of one core`);
    }
    if (httpErrors || signedOnTheFly || foreign) fig("client notes", `http errors ${httpErrors}, signed in window ${signedOnTheFly}, unmatched txs ${foreign}`);
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
